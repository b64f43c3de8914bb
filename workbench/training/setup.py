"""Everything decided before ``YOLO()``: the checked train arguments, the offline-safe Ultralytics
environment, and the user's sentence for an error that ended a run.

Input is checked here, cheaply and without torch, so that a broken data.yaml, an empty dataset or
a label that uses a class the dataset does not name gives a message naming the file (and line)
instead of an Ultralytics traceback or, worse, a run that silently skips those images.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from . import models as training_models
from .models import check_model, online

IMAGE_SUFFIXES = {".bmp", ".dng", ".jpeg", ".jpg", ".mpo", ".png", ".tif", ".tiff", ".webp", ".pfm", ".heic"}


def _training_error(message: str) -> Exception:
    from .types import TrainingError

    return TrainingError(message)


def build_train_args(s, found: dict | None = None) -> dict:
    """The keyword arguments for ``YOLO(...).train`` from a :class:`~workbench.training.TrainSettings`.

    ``found``, when given, receives ``images``: the number of labeled images the check counted.
    Raises :class:`~workbench.training.TrainingError` (one sentence naming the file) when the
    data.yaml, the dataset or the model cannot work.
    """
    if s.resume:
        last = Path(s.resume)
        if not last.is_file():
            raise _training_error(f"The checkpoint {last} does not exist; choose the last.pt of a paused run.")
        args = {"resume": True}
        for key in ("device", "workers"):
            value = getattr(s, key)
            if value not in (None, ""):
                args[key] = value
        return args
    data = Path(s.data).absolute()
    names, images = _check_dataset(data)
    if found is not None:
        found["images"] = images
    reason = check_model(s.model)
    if reason:
        raise _training_error(reason)
    project = Path(s.project).absolute() if s.project else data.parent.parent / "runs"
    args = {
        "data": str(data),
        "epochs": int(s.epochs),
        "imgsz": int(s.imgsz),
        "batch": s.batch,
        "patience": int(s.patience),
        "project": str(project),
        "name": s.name or "train",
        "exist_ok": False,
        "plots": bool(s.plots),
        "verbose": True,
    }
    if s.device not in (None, ""):
        args["device"] = str(s.device)
    if s.freeze:
        args["freeze"] = int(s.freeze)
    if s.workers is not None:
        args["workers"] = int(s.workers)
    args.update(s.extra or {})
    if args.get("cache", "auto") == "auto":
        args["cache"] = auto_cache(images, int(s.imgsz), int(s.epochs))
    if not names:
        raise _training_error(f"{data} names no classes; add a names: list and build the dataset again.")
    return args


AUTO_CACHE_MIN_EPOCHS = 10      # caching costs about one epoch's decoding up front
AUTO_CACHE_RAM_SHARE = 0.25     # of the memory available now


def auto_cache(images: int, imgsz: int, epochs: int, available: int | None = None):
    """``"ram"`` when the dataset, decoded at ``imgsz``, fits in a quarter of the free memory and the
    run is long enough to repay the caching; else ``False``.

    Measured (benchmarks/bench_training.py --cache, 32 photos of 4000x3000, imgsz 160, 2 cores):
    epochs after the first took 0.69x as long with cache="ram" (no photo decode per epoch), but
    the caching itself made a 3-epoch run 1.09x as long; images of a few hundred pixels gain nothing.
    """
    if epochs < AUTO_CACHE_MIN_EPOCHS or images <= 0:
        return False
    if available is None:
        try:
            import psutil

            available = psutil.virtual_memory().available
        except Exception:  # noqa: BLE001 - unknown memory: do not risk it
            return False
    need = images * imgsz * imgsz * 3   # Ultralytics keeps each image resized to imgsz, uint8 BGR
    return "ram" if need <= AUTO_CACHE_RAM_SHARE * available else False


def check_dataset(data: Path) -> list[str]:
    """Check a data.yaml and its label files; return its class names or raise TrainingError."""
    return _check_dataset(data)[0]


def _check_dataset(data: Path) -> tuple[list[str], int]:
    import yaml

    if not data.is_file():
        raise _training_error(f"The dataset file {data} does not exist; build the dataset again or choose its data.yaml.")
    try:
        cfg = yaml.safe_load(data.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise _training_error(f"Cannot read {data} ({e}); check the file and try again.") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise _training_error(f"{data}{where} is not valid YAML; fix it or build the dataset again.") from e
    if not isinstance(cfg, dict):
        raise _training_error(f"{data} is not a dataset description (no train/val/names); build the dataset again.")
    missing = [k for k in ("train", "val", "names") if not cfg.get(k)]
    if missing:
        raise _training_error(f"{data} has no {', '.join(missing)} entry; build the dataset again.")
    names = cfg["names"]
    names = [names[k] for k in sorted(names)] if isinstance(names, dict) else list(names)
    root = Path(cfg.get("path") or data.parent)
    if not root.is_absolute():
        root = (data.parent / root).resolve()
    total = 0
    for split in ("train", "val"):
        entries = cfg[split] if isinstance(cfg[split], list) else [cfg[split]]
        for entry in entries:
            folder = root / str(entry)
            if not folder.exists():
                raise _training_error(f"The {split} images folder {folder} named in {data} does not exist; "
                                      "build the dataset again.")
            total += _check_labels(folder, len(names), split, data)
    if total == 0:
        raise _training_error(f"No labeled images in the dataset of {data}: label some photos, "
                              "then build the dataset again.")
    return names, total


def label_path(image: Path) -> Path:
    """Ultralytics' rule: the last ``/images/`` becomes ``/labels/``, the suffix ``.txt``."""
    parts = list(image.parts)
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] == "images":
            parts[i] = "labels"
            return Path(*parts).with_suffix(".txt")
    return image.with_suffix(".txt")


def _images(folder: Path):
    if folder.is_file():  # a .txt list of image paths
        for line in folder.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                p = Path(line.strip())
                yield p if p.is_absolute() else folder.parent / p
        return
    for dirpath, _dirs, files in os.walk(folder):
        for f in files:
            if Path(f).suffix.lower() in IMAGE_SUFFIXES:
                yield Path(dirpath) / f


def _check_labels(folder: Path, nc: int, split: str, data: Path) -> int:
    """Number of images of ``folder`` with a label file; raises on a class id outside ``0..nc-1``."""
    labeled = 0
    for image in _images(folder):
        label = label_path(image)
        try:
            text = label.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        labeled += 1
        for n, line in enumerate(text.splitlines(), 1):
            first = line.split(maxsplit=1)[:1]
            if not first:
                continue
            try:
                cls = int(float(first[0]))
            except ValueError:
                raise _training_error(f"{label} line {n} does not start with a class number; "
                                      "fix the label on the Label page.") from None
            if cls < 0 or cls >= nc:
                raise _training_error(f"{label} line {n} uses class {cls}, but {data.name} names only {nc} "
                                      f"class(es) (0-{nc - 1}); add the class or fix the label, "
                                      "then build the dataset again.")
    return labeled


def prepare_ultralytics(emit=None) -> None:
    """Make Ultralytics safe offline before (or after) it is imported: no pip installs, no
    settings sync, no online checks when the download host does not answer.

    What Ultralytics prints while being imported (its settings-file notice) goes to ``emit``.
    """
    import logging

    from .log import LineStream

    os.environ["YOLO_AUTOINSTALL"] = "false"
    if "ultralytics.utils" not in sys.modules:
        if not online() and "YOLO_OFFLINE" not in os.environ:
            os.environ["YOLO_OFFLINE"] = "1"  # read once, at import: ONLINE = False, no network checks
            training_models.offline_env_set_here = True
        streams = sys.stdout, sys.stderr
        capture = LineStream(emit or (lambda line: None))
        sys.stdout = sys.stderr = capture
        try:
            import ultralytics.utils  # noqa: F401
        finally:
            sys.stdout, sys.stderr = streams
            capture.close_pending()
        # Its log handler took sys.stdout at import; give it the real console, or a silent stream
        # when there is none (a windowed app).
        console = streams[0] if streams[0] is not None else open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        for h in logging.getLogger("ultralytics").handlers:
            if isinstance(h, logging.StreamHandler) and h.stream is capture:
                h.setStream(console)
    import ultralytics.utils as uu
    import ultralytics.utils.checks as uc

    uu.AUTOINSTALL = uc.AUTOINSTALL = False  # both hold the value read at import
    try:
        if uu.SETTINGS.get("sync"):
            uu.SETTINGS.update(sync=False)
    except Exception:  # noqa: BLE001 - an unwritable settings file must not stop training
        pass


def _first_line(e: BaseException) -> str:
    text = str(e).strip() or type(e).__name__
    line = text.splitlines()[0]
    line = re.sub(r"https?://\S+", "", line)
    return "".join(ch for ch in line if ord(ch) < 0x2600 or "\u4e00" <= ch <= "\u9fff").strip(" .")


def explain_error(e: BaseException, s) -> str:
    """One or two sentences for the user about ``e``, the error that ended the run."""
    text = str(e)
    low = text.lower()
    if isinstance(e, MemoryError) or "out of memory" in low or type(e).__name__ == "OutOfMemoryError":
        return (f"Out of memory (batch {s.batch}, image size {s.imgsz}): choose a smaller batch, "
                "a smaller image size or a smaller model, then train again.")
    if isinstance(e, KeyboardInterrupt):
        return "Training was interrupted."
    if isinstance(e, (FileNotFoundError, NotADirectoryError)) or "not found" in low or "no such file" in low:
        return (f"A file or folder the run needs is missing ({_first_line(e)}). If the dataset was moved or "
                "deleted, build it again, then train again.")
    if "no valid images" in low or "no labels found" in low:
        return f"The dataset has no usable labeled images ({_first_line(e)}); check it on the Dataset page."
    return f"Training failed: {_first_line(e)}. The log shows the details."
