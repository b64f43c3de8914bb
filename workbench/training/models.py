"""Which models a run can start from, decided before ``YOLO()`` so that nothing waits on the network.

Online detection is one TCP connect to github.com:443 (where Ultralytics' release weights live),
bounded to half a second in a daemon thread and remembered for a minute: an offline machine
answers at once (no DNS) or after the bound, never later. A pretrained name that is neither on disk
nor downloadable is reported in one sentence that offers the from-scratch ``.yaml``.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

from ..messages import define, msg
from .weights import (SOURCE_RUN, checked_problem, local_models, models_dir,
                      ultralytics_weights_dir)

FAMILIES = [("yolo11", "YOLO11"), ("yolov8", "YOLOv8")]
SIZES = [("n", "nano"), ("s", "small"), ("m", "medium")]
NO_MODEL = define("model.none", "No model chosen: pick a pretrained .pt, a .yaml to train from scratch, or a .pt "
                  "file.")
NO_MODEL_FILE = define("model.no_file", "The model file {model} does not exist; choose another model file.")
NOT_A_MODEL = define("model.not_a_model", "{model} is not a .pt weights file or a .yaml model config; choose one "
                     "of those.")
OFFLINE = define("model.offline", "{model} is not on this computer and cannot be downloaded from here; get it "
                 "with the Models button (a mirror, or a file copied from another computer), train from scratch "
                 "with {scratch}, or choose a .pt file you have.")
NO_WEIGHTS = define("model.no_weights", "The weights file {model} does not exist; choose an existing .pt file.")
ON_DISK = define("model.on_disk", "{model} (pretrained, on disk)")
FROM = define("model.from", "{model} (pretrained, {where})")
LOCAL = define("model.local", "{name} ({where})")
DOWNLOAD = define("model.download", "{model} (pretrained, download)")
NOT_AVAILABLE = define("model.not_available", "{model} (pretrained, not available)")
# one template per size: "nano" and friends are words a translator must see in their sentence
SCRATCH = {name: define(f"model.scratch_{name}", "{model} " + name + " (from scratch)")
           for _size, name in SIZES}
PROBE_HOST = ("github.com", 443)
PROBE_SECONDS = 0.5
_probe_cache: tuple[float, bool] | None = None
# Set when Workbench itself put YOLO_OFFLINE=1 (to import Ultralytics offline); the variable then
# says nothing about the network now, so online() probes anyway.
offline_env_set_here = False


def weights_dirs(extra_dirs=()) -> list[Path]:
    """Folders searched for a pretrained ``.pt`` by name: the app's model folder, the given ones,
    the current folder, and Ultralytics' ``weights_dir`` setting."""
    dirs = [models_dir()] + [Path(d) for d in extra_dirs] + [Path.cwd()]
    uw = ultralytics_weights_dir()
    if uw:
        dirs.append(uw)
    return dirs


def find_weights(name: str, extra_dirs=()) -> Path | None:
    """The file ``name`` refers to: itself when it is a path on disk, else a file of that name in
    :func:`weights_dirs`; ``None`` when there is none."""
    p = Path(name)
    if p.is_file():
        return p.resolve()
    if p.name == name:  # a bare name such as "yolo11n.pt"
        for d in weights_dirs(extra_dirs):
            if (d / name).is_file():
                return (d / name).resolve()
    return None


def online(timeout: float = PROBE_SECONDS) -> bool:
    """Whether Ultralytics' download host answers, waiting at most ``timeout`` seconds (cached 60 s)."""
    global _probe_cache
    if os.environ.get("YOLO_OFFLINE", "").lower() in {"1", "true", "yes"} and not offline_env_set_here:
        return False
    now = time.monotonic()
    if _probe_cache and now - _probe_cache[0] < 60:
        return _probe_cache[1]
    result = [False]

    def probe():
        try:
            socket.create_connection(PROBE_HOST, timeout=timeout).close()
            result[0] = True
        except OSError:
            pass

    t = threading.Thread(target=probe, name="workbench-online-probe", daemon=True)
    t.start()
    t.join(timeout)
    _probe_cache = (now, result[0])
    return result[0]


def is_official_name(name: str) -> bool:
    """A bare Ultralytics weights name (``yolo11n.pt``) that Ultralytics would try to download."""
    return Path(name).name == name and name.lower().startswith("yolo") and name.lower().endswith(".pt")


def check_model(model: str, extra_dirs=()) -> str | None:
    """None when ``model`` can be loaded without the network hanging; else the one-sentence reason."""
    if not model:
        return msg(NO_MODEL)
    suffix = Path(model).suffix.lower()
    if suffix in {".yaml", ".yml"}:
        if Path(model).is_file() or Path(model).name == model:
            return None  # a file, or a built-in config name Ultralytics ships (yolo11n.yaml)
        return msg(NO_MODEL_FILE, model=model)
    if suffix != ".pt":
        return msg(NOT_A_MODEL, model=model)
    if find_weights(model, extra_dirs):
        return None
    if is_official_name(model):
        if online():
            return None
        scratch = Path(model).stem + ".yaml"
        return msg(OFFLINE, model=model, scratch=scratch)
    return msg(NO_WEIGHTS, model=model)


def model_choices(extra_dirs=(), runs_dir=None) -> list:
    """YOLO11/YOLOv8 n/s/m as pretrained .pt (available when on disk or downloadable) and as
    .yaml (always), then every other ``.pt`` on this computer (:func:`~.weights.local_models`:
    the model folder, Ultralytics' weights folder, ``extra_dirs``, runs under ``runs_dir``).
    Each label says where the file is; a file that fails the safety check is greyed with why."""
    from .types import ModelChoice

    out = []
    sources = {m.path: m for m in local_models(extra_dirs, runs_dir)}
    for stem, family in FAMILIES:
        for size, size_name in SIZES:
            name = f"{stem}{size}.pt"
            path = find_weights(name, extra_dirs)
            if path:
                found = sources.get(path)
                problem = checked_problem(path)
                label = msg(FROM, model=f"{family}{size}", where=found.source) if found else \
                    msg(ON_DISK, model=f"{family}{size}")
                out.append(ModelChoice(str(path), label, not problem, problem))
            else:
                reason = check_model(name, extra_dirs)
                label = msg(DOWNLOAD if reason is None else NOT_AVAILABLE, model=f"{family}{size}")
                out.append(ModelChoice(name, label, reason is None, reason or ""))
            out.append(ModelChoice(f"{stem}{size}.yaml", msg(SCRATCH[size_name], model=f"{family}{size}"), True))
    listed = {c.name for c in out}
    for m in sources.values():
        if str(m.path) in listed:
            continue
        shown = f"{m.path.parent.parent.name}/{m.path.name}" if m.source == SOURCE_RUN else m.path.name
        out.append(ModelChoice(str(m.path), msg(LOCAL, name=shown, where=m.source), not m.problem, m.problem))
    return out
