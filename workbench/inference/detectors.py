"""Run a trained detector on frames: load a model (.pt, ONNX, OpenVINO), predict, export (no Qt).

The Preview page, pre-labeling and ``workbench predict`` all go through :func:`load_detector`
(or :func:`fastest_detector`) and :meth:`Detector.predict`, so every backend answers in the same
plain :class:`Detection` objects, in pixels of the frame it was given.

The Preview page (a sketch; loading and exporting take seconds, so they go to a worker)::

    det = fastest_detector(best_pt)          # an export next to the .pt when fresh, else the .pt
    src = open_source(choice)                # camera index, video, image folder or image
    runner = LiveRunner(src, det, LiveSettings(conf=0.25), on_result=signal.emit).start()
    runner.update(conf=0.5, classes=[0])     # from the controls, while it runs
    runner.stop(close_source=True)           # runner.error says why it ended, if not stopped

On a CPU the exported models are much faster than the ``.pt`` (``benchmarks/bench_preview.py``):
OpenVINO INT8 most of all. :func:`export_for_cpu` makes the fastest export this machine can
(OpenVINO INT8 with the run's data.yaml for calibration, else OpenVINO FP32, else ONNX), and
:func:`fastest_detector` then loads it. ``.pt`` models remember their training size
(:attr:`Detector.train_imgsz`): run them at it unless the user asks for another.

The ONNX Runtime / OpenVINO runners live in :mod:`workbench.inference.runtimes`, the live loop
in :mod:`workbench.inference.live` (re-exported here).

Safety: a ``.pt`` file is a Python pickle, and an ordinary load runs code from the file. Every
``.pt`` is loaded weights-only (:mod:`workbench.checkpoints`); a file that would run code raises
:class:`~workbench.checkpoints.UnsafeCheckpoint`, and only a file the user then confirms
(``trust_checkpoint``) loads the ordinary way.

``torch``, ``ultralytics`` and ``cv2`` are imported inside the functions that need them.
"""
from __future__ import annotations

import importlib.util
import os
import threading
import time
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..checkpoints import UnsafeCheckpoint
from .runtimes import _DirectRunner, _OpenVinoRunner, _OrtRunner
from .types import EXPORT_FORMATS, Detection, InferenceError

def _ultralytics_yolo():
    # Offline first: a missing package must be an error we explain, never a pip run.
    os.environ.setdefault("YOLO_AUTOINSTALL", "false")
    from ultralytics import YOLO

    from ..checkpoints import guard_ultralytics_loads

    guard_ultralytics_loads()   # every .pt loads weights-only unless the user trusted that file
    return YOLO


def backend_of(path: str | os.PathLike) -> str:
    """The backend a model file needs: "pytorch", "onnx" or "openvino".

    Raises :class:`InferenceError` for anything else.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".pt":
        return "pytorch"
    if suffix == ".onnx":
        return "onnx"
    if (p.is_dir() and p.name.endswith("_openvino_model")) or suffix == ".xml":
        return "openvino"
    raise InferenceError(f"{p}: not a model Workbench can load; pick a .pt (PyTorch), an .onnx file "
                         "or an exported *_openvino_model folder")


def _check_model_file(p: Path, backend: str) -> None:
    """Cheap checks before the loader sees the file, so a wrong pick gets a clear message."""
    if not p.exists():
        raise InferenceError(f"{p}: no such file; pick a model file (.pt, .onnx or an OpenVINO folder)")
    if backend == "openvino":
        folder = p if p.is_dir() else p.parent
        if not any(folder.glob("*.xml")):
            raise InferenceError(f"{p}: no OpenVINO model (.xml) in this folder; export it again")
        if importlib.util.find_spec("openvino") is None:
            raise InferenceError(f"{p}: OpenVINO is not installed; install it (pip install openvino) "
                                 "or use the .pt or .onnx model")
        return
    if not p.is_file():
        raise InferenceError(f"{p}: not a file; pick a model file")
    if p.stat().st_size == 0:
        raise InferenceError(f"{p}: the file is empty (0 bytes); it is not a model")
    if backend == "pytorch" and not zipfile.is_zipfile(p):
        # torch.save has written zip archives since torch 1.6; anything else is not a YOLO .pt
        raise InferenceError(f"{p}: not a PyTorch model file (it is not a torch archive); "
                             "pick a best.pt or last.pt from a training run")
    if backend == "onnx" and importlib.util.find_spec("onnxruntime") is None:
        raise InferenceError(f"{p}: ONNX Runtime is not installed; install it (pip install onnxruntime) "
                             "or use the .pt model")


class Detector:
    """A loaded model that turns BGR frames into :class:`Detection` lists.

    Made by :func:`load_detector`. :meth:`predict` may be called from any one thread at a time
    (a lock serializes calls, because Ultralytics' predictor is not thread-safe).
    """

    def __init__(self, model, path: Path, backend: str):
        self._model = model
        self._lock = threading.Lock()
        self.path = path
        self.backend = backend
        self.names: dict[int, str] = {}
        self.imgsz: tuple[int, int] | None = None   # fixed input size of an exported model, else None
        # the size the model was trained (or exported) at: the default to run it at, None if unknown
        self.train_imgsz: int | None = None
        self.last_latency_ms = 0.0

    def predict(self, frame_bgr, conf: float = 0.25, iou: float = 0.7, imgsz: int = 640,
                classes: Sequence[int] | None = None) -> list[Detection]:
        """Detections in ``frame_bgr`` (an HxWx3 BGR uint8 array), best first.

        ``conf`` drops detections below that confidence, ``iou`` is the NMS overlap threshold,
        ``classes`` keeps only those model class ids. ``imgsz`` is the network input size; an
        exported model with a fixed size (:attr:`imgsz`) uses its own.
        """
        classes = None if classes is None else [int(c) for c in classes]
        with self._lock:
            t = time.perf_counter()
            try:
                if isinstance(self._model, _DirectRunner):
                    rows = self._model.run(frame_bgr, float(conf), float(iou), int(imgsz), classes)
                else:
                    results = self._model.predict(frame_bgr, conf=float(conf), iou=float(iou), verbose=False,
                                                  classes=classes,
                                                  imgsz=list(self.imgsz) if self.imgsz else int(imgsz))
                    rows = _rows(results[0])
            except Exception as e:  # noqa: BLE001 - any backend failure reads the same to a user
                raise InferenceError(f"{self.path}: the model failed on a frame ({type(e).__name__}: {e})") from e
            self.last_latency_ms = (time.perf_counter() - t) * 1000
        out = [Detection(int(c), self.names.get(int(c), str(int(c))), float(s), *map(float, b))
               for b, s, c in rows]
        out.sort(key=lambda d: -d.conf)
        return out

    def __repr__(self) -> str:
        return f"Detector({self.path.name!r}, backend={self.backend!r}, classes={len(self.names)})"


def _rows(result) -> list[tuple[list[float], float, int]]:
    """(xyxy, conf, cls) rows of an Ultralytics Results object."""
    boxes = result.boxes
    if boxes is None or len(boxes) == 0:
        return []
    return list(zip(boxes.xyxy.cpu().numpy().tolist(), boxes.conf.cpu().numpy().tolist(),
                    boxes.cls.cpu().numpy().astype(int).tolist()))


def load_detector(path: str | os.PathLike, task: str = "detect", device: str | None = None) -> Detector:
    """Load a detection model: a ``.pt`` (PyTorch), an ``.onnx`` file or an ``*_openvino_model`` folder.

    The file is checked before any loader sees it (exists, is a model of a known kind, the
    runtime is installed) and run once on a blank frame, so a broken file fails here with an
    :class:`InferenceError` naming it, not later in the middle of a stream. ``.pt`` models run
    in Ultralytics (``device`` as Ultralytics takes it, default automatic); exported models run
    on the CPU in ONNX Runtime / OpenVINO directly, with Ultralytics' pre- and post-processing.

    A ``.pt`` is loaded weights-only: one that would run code raises
    :class:`~workbench.checkpoints.UnsafeCheckpoint` (ask the user, ``trust_checkpoint``, retry).
    """
    p = Path(path)
    backend = backend_of(p)
    _check_model_file(p, backend)
    if backend in ("onnx", "openvino"):
        return _load_direct(p, backend, task)
    YOLO = _ultralytics_yolo()
    try:
        model = YOLO(str(p))      # the task comes from the checkpoint
    except UnsafeCheckpoint:
        raise                     # the caller may ask the user whether to trust the file
    except Exception as e:  # noqa: BLE001 - torch/pickle errors all mean "not a usable model"
        raise InferenceError(f"{p}: cannot load the model ({type(e).__name__}: {e}); "
                             "is it a YOLO model file that finished saving?") from e
    if model.task != task:
        raise InferenceError(f"{p}: this is a {model.task} model; Preview needs a {task} model")
    if device:
        model.overrides["device"] = device
    import numpy as np

    try:
        # one blank frame sets up Ultralytics' predictor now, not on the first real frame
        model.predict(np.zeros((64, 64, 3), np.uint8), verbose=False, imgsz=64)
    except Exception as e:  # noqa: BLE001
        raise InferenceError(f"{p}: the model does not run ({type(e).__name__}: {e}); "
                             "pick another model") from e
    det = Detector(model, p, backend)
    det.names = {int(k): str(v) for k, v in dict(model.predictor.model.names).items()}
    det.train_imgsz = _train_imgsz(model)
    return det


def _train_imgsz(model) -> int | None:
    """The training image size stored in a YOLO checkpoint (``train_args.imgsz``), as one int."""
    ckpt = getattr(model, "ckpt", None) or {}
    args = ckpt.get("train_args") if isinstance(ckpt, dict) else None
    size = (args or {}).get("imgsz", getattr(model, "overrides", {}).get("imgsz"))
    if isinstance(size, (list, tuple)) and size:
        size = max(size)
    try:
        size = int(size)
    except (TypeError, ValueError):
        return None
    return size if size >= 32 else None


def _load_direct(p: Path, backend: str, task: str) -> Detector:
    import numpy as np

    _ultralytics_yolo()    # sets the offline environment before ultralytics' helpers import
    try:
        runner = _OrtRunner(p) if backend == "onnx" else _OpenVinoRunner(p)
    except Exception as e:  # noqa: BLE001 - protobuf/runtime errors all mean "not a usable model"
        raise InferenceError(f"{p}: cannot load the model ({type(e).__name__}: {e}); "
                             f"is it a YOLO model exported to {backend}?") from e
    if runner.task != task:
        raise InferenceError(f"{p}: this is a {runner.task} model; Preview needs a {task} model")
    det = Detector(runner, p, backend)
    det.names, det.imgsz = runner.names, runner.imgsz
    det.train_imgsz = max(runner.imgsz) if runner.imgsz else None
    try:
        det.predict(np.zeros((64, 64, 3), np.uint8))
    except InferenceError as e:
        raise InferenceError(f"{p}: the model does not run ({e.__cause__}); export it again "
                             "or pick another model") from e
    return det


def exported_path(pt_path: str | os.PathLike, fmt: str, int8: bool = False) -> Path:
    """Where Ultralytics writes the ``fmt`` export of ``pt_path`` (next to it)."""
    p = Path(pt_path)
    if fmt == "onnx":
        return p.with_name(f"{p.stem}{'_int8' if int8 else ''}.onnx")
    if fmt == "openvino":
        return p.with_name(f"{p.stem}{'_int8' if int8 else ''}_openvino_model")
    raise InferenceError(f"unknown export format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")


def export_model(pt_path: str | os.PathLike, fmt: str = "onnx", half: bool = False, int8: bool = False,
                 imgsz: int | None = None, data: str | os.PathLike | None = None,
                 dynamic: bool = False) -> Path:
    """Export a ``.pt`` to ONNX or OpenVINO next to it; returns the exported file or folder.

    ``imgsz`` defaults to the size the model was trained at; the export then has that fixed
    input size (``dynamic=True`` allows any). ``half`` stores FP16 weights; ``int8`` quantizes
    and needs ``data`` (a data.yaml whose images calibrate it; OpenVINO INT8 also needs ``nncf``).
    An ONNX INT8 export replaces the FP32 ``.onnx`` beside it (Ultralytics removes it). Missing packages are an
    :class:`InferenceError` naming what to install (nothing is installed behind the user's back).
    Loads the ``.pt`` weights-only (UnsafeCheckpoint when it would run code).
    """
    p = Path(pt_path)
    if fmt not in EXPORT_FORMATS:
        raise InferenceError(f"unknown export format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")
    if backend_of(p) != "pytorch":
        raise InferenceError(f"{p}: only a .pt model can be exported")
    _check_model_file(p, "pytorch")
    needed = {"onnx": ["onnx"], "openvino": ["openvino"]}[fmt]
    if int8:
        needed.append("onnxruntime" if fmt == "onnx" else "nncf")
    missing = [m for m in needed if importlib.util.find_spec(m) is None]
    if missing:
        raise InferenceError(f"exporting to {fmt} needs {', '.join(missing)}; install it "
                             f"(pip install {' '.join(missing)}) and try again")
    if int8 and data is None:
        raise InferenceError("INT8 export needs calibration images: pass the data.yaml of your dataset")
    if half and int8:
        raise InferenceError("choose FP16 or INT8, not both")
    args: dict = dict(format=fmt, verbose=False, dynamic=dynamic)
    if imgsz:
        args["imgsz"] = int(imgsz)
    if half:
        args["quantize"] = 16
    if int8:
        args["quantize"] = 8
        args["data"] = str(data)
    if fmt == "onnx":
        # onnxslim only makes the graph smaller; its absence must not stop an export
        args["simplify"] = importlib.util.find_spec("onnxslim") is not None
    YOLO = _ultralytics_yolo()
    try:
        out = YOLO(str(p)).export(**args)
    except UnsafeCheckpoint:
        raise
    except Exception as e:  # noqa: BLE001
        raise InferenceError(f"{p}: export to {fmt} failed ({type(e).__name__}: {e})") from e
    if not out or not Path(out).exists():
        raise InferenceError(f"{p}: export to {fmt} did not produce a file")
    return Path(out)


@dataclass(frozen=True)
class CpuExport:
    """Which export :func:`export_for_cpu` makes and why.

    ``reason`` is a code a GUI can translate: ``"int8"`` (OpenVINO and nncf installed, calibration
    data known), ``"no-data"`` (no data.yaml found for INT8 calibration), ``"no-nncf"`` (nncf
    missing) or ``"no-openvino"`` (OpenVINO missing: ONNX).
    """

    fmt: str
    int8: bool
    data: Path | None
    reason: str


def data_yaml_of(pt_path: str | os.PathLike) -> Path | None:
    """The data.yaml a ``.pt`` was trained on, from its run's ``args.yaml`` (``<run>/weights/x.pt``).

    Ultralytics writes ``args.yaml`` beside ``weights/`` with the ``data`` it trained on. A relative
    ``data`` is tried against the run folder. Returns None when there is no such file or it is gone.
    """
    import yaml

    run = Path(pt_path).resolve().parent.parent
    try:
        args = yaml.safe_load((run / "args.yaml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None
    data = args.get("data") if isinstance(args, dict) else None
    if not isinstance(data, str) or not data.strip():
        return None
    for cand in (Path(data), run / data):
        if cand.suffix.lower() in (".yaml", ".yml") and cand.is_file():
            return cand.resolve()
    return None


def plan_cpu_export(pt_path: str | os.PathLike, data: str | os.PathLike | None = None) -> CpuExport:
    """The fastest CPU export that can be made here for ``pt_path`` (cheap: imports nothing big).

    OpenVINO INT8 when openvino and nncf are installed and a data.yaml is known (``data``, else
    :func:`data_yaml_of`), else OpenVINO FP32 when openvino is installed, else ONNX.
    """
    if importlib.util.find_spec("openvino") is None:
        return CpuExport("onnx", False, None, "no-openvino")
    if importlib.util.find_spec("nncf") is None:
        return CpuExport("openvino", False, None, "no-nncf")
    found = Path(data) if data is not None else data_yaml_of(pt_path)
    if found is None:
        return CpuExport("openvino", False, None, "no-data")
    return CpuExport("openvino", True, found, "int8")


def export_for_cpu(pt_path: str | os.PathLike, data: str | os.PathLike | None = None,
                   report: list[str] | None = None) -> Path:
    """Export ``pt_path`` for the fastest CPU inference available; returns the export.

    Follows :func:`plan_cpu_export` (OpenVINO INT8 > OpenVINO FP32 > ONNX) at the size the model
    was trained at. When the INT8 export fails (e.g. the calibration images cannot be read), the
    FP32 export is made instead and the reason is appended to ``report``.
    :func:`fastest_detector` then picks the new export. Loads the ``.pt`` weights-only.
    """
    plan = plan_cpu_export(pt_path, data)
    if plan.int8:
        try:
            return export_model(pt_path, "openvino", int8=True, data=plan.data)
        except InferenceError as e:
            if report is not None:
                report.append(f"INT8 export failed, exported FP32 instead: {e}")
    return export_model(pt_path, plan.fmt)


def export_candidates(pt_path: str | os.PathLike) -> list[Path]:
    """Exports of ``pt_path`` that :func:`fastest_detector` tries, fastest kind first."""
    p = Path(pt_path)
    out = []
    if importlib.util.find_spec("openvino") is not None:
        out += [exported_path(p, "openvino", int8=True), exported_path(p, "openvino")]
    if importlib.util.find_spec("onnxruntime") is not None:
        out += [exported_path(p, "onnx", int8=True), exported_path(p, "onnx")]
    return out


def fastest_detector(pt_path: str | os.PathLike, task: str = "detect",
                     report: list[str] | None = None) -> Detector:
    """The fastest backend that loads for ``pt_path``: an export next to it, else the ``.pt``.

    Exports older than the ``.pt`` are skipped (they would show the previous training), and so
    are exports whose classes differ from the ``.pt``'s. Why a candidate was skipped is appended
    to ``report`` when given. Loads the ``.pt`` weights-only (UnsafeCheckpoint when it would run code).
    """
    p = Path(pt_path)
    if backend_of(p) != "pytorch":
        return load_detector(p, task)       # already an export: nothing faster to look for
    try:
        pt_mtime = p.stat().st_mtime
    except OSError:
        pt_mtime = None
    for cand in export_candidates(p):
        if not cand.exists():
            continue
        if pt_mtime is not None and cand.stat().st_mtime < pt_mtime:
            if report is not None:
                report.append(f"{cand}: older than {p.name}; export again to use it")
            continue
        try:
            det = load_detector(cand, task)
        except InferenceError as e:
            if report is not None:
                report.append(str(e))
            continue
        return det
    return load_detector(p, task)


def _norm(name: str) -> str:
    return " ".join(str(name).split()).casefold()


def class_mapping(model_names: Mapping[int, str] | Sequence[str],
                  project_classes: Sequence[str]) -> tuple[dict[int, int], list[str]]:
    """Map model class ids to project class ids by name; returns ``(mapping, report)``.

    Names match exactly first, then ignoring case and extra spaces. Model classes with no
    project class are left out of the mapping (their detections are dropped) and named in the
    report. A project without classes takes the model's ids as they are. ``report`` is empty
    when the model and the project agree exactly.
    """
    names = dict(model_names) if isinstance(model_names, Mapping) else dict(enumerate(model_names))
    names = {int(k): str(v) for k, v in names.items()}
    report: list[str] = []
    if not project_classes:
        report.append("the project has no classes yet; the model's classes would be used: "
                      + ", ".join(names[k] for k in sorted(names)))
        return {k: k for k in names}, report
    exact = {c: i for i, c in reversed(list(enumerate(project_classes)))}
    loose = {_norm(c): i for i, c in reversed(list(enumerate(project_classes)))}
    mapping: dict[int, int] = {}
    missing = []
    for mid in sorted(names):
        name = names[mid]
        pid = exact.get(name, loose.get(_norm(name)))
        if pid is None:
            missing.append(f"{name!r} (model class {mid})")
        else:
            mapping[mid] = pid
    if missing:
        report.append("not in the project's classes, detections left out: " + ", ".join(missing)
                      + "; add the class to the project to keep them")
    moved = [f"{names[m]!r} {m} -> {p}" for m, p in mapping.items() if m != p]
    if moved:
        report.append("the model numbers classes differently; matched by name: " + ", ".join(moved))
    unused = [c for i, c in enumerate(project_classes) if i not in mapping.values()]
    if unused and mapping:
        report.append("project classes the model does not know: " + ", ".join(map(repr, unused)))
    if not mapping:
        report.append("no model class matches a project class by name; nothing can be suggested")
    return mapping, report
