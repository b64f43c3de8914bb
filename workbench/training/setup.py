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
from ..messages import define, msg
from .models import check_model, online

IMAGE_SUFFIXES = {".bmp", ".dng", ".jpeg", ".jpg", ".mpo", ".png", ".tif", ".tiff", ".webp", ".pfm", ".heic"}


NO_CHECKPOINT = define("train.no_checkpoint", "The checkpoint {path} does not exist; choose the last.pt of a "
                       "paused run.")
NO_NAMES = define("train.no_names", "{data} names no classes; add a names: list and build the dataset again.")
NO_DATA = define("train.no_data", "The dataset file {data} does not exist; build the dataset again or choose its "
                 "data.yaml.")
DATA_UNREADABLE = define("train.data_unreadable", "Cannot read {data} ({why}); check the file and try again.")
BAD_YAML = define("train.bad_yaml", "{data} is not valid YAML; fix it or build the dataset again.")
BAD_YAML_LINE = define("train.bad_yaml_line", "{data} line {line} is not valid YAML; fix it or build the dataset "
                       "again.")
NOT_A_DATASET = define("train.not_a_dataset", "{data} is not a dataset description (no train/val/names); build "
                       "the dataset again.")
MISSING_ENTRY = define("train.missing_entry", "{data} has no {entries} entry; build the dataset again.")
NO_IMAGES_FOLDER = define("train.no_images_folder", "The {split} images folder {folder} named in {data} does not "
                          "exist; build the dataset again.")
NO_LABELED = define("train.no_labeled", "No labeled images in the dataset of {data}: label some photos, then build "
                    "the dataset again.")
NO_CLASS_NUMBER = define("train.no_class_number", "{label} line {line} does not start with a class number; fix "
                         "the label on the Label page.")
CLASS_OUT_OF_RANGE = define("train.class_out_of_range", "{label} line {line} uses class {cls}, but {data} names "
                            "only {nc} class(es) (0-{last}); add the class or fix the label, then build the "
                            "dataset again.")
OUT_OF_MEMORY = define("train.out_of_memory", "Out of memory (batch {batch}, image size {imgsz}): choose a smaller "
                       "batch, a smaller image size or a smaller model, then train again.")
INTERRUPTED = define("train.interrupted", "Training was interrupted.")
FILE_MISSING = define("train.file_missing", "A file or folder the run needs is missing ({error}). If the dataset "
                      "was moved or deleted, build it again, then train again.")
NO_USABLE_IMAGES = define("train.no_usable_images", "The dataset has no usable labeled images ({error}); check it "
                          "on the Dataset page.")
FAILED = define("train.failed", "Training failed: {error}. The log shows the details.")


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
            raise _training_error(msg(NO_CHECKPOINT, path=last))
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
        raise _training_error(msg(NO_NAMES, data=data))
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
        raise _training_error(msg(NO_DATA, data=data))
    try:
        cfg = yaml.safe_load(data.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise _training_error(msg(DATA_UNREADABLE, data=data, why=e)) from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        if mark is not None:
            raise _training_error(msg(BAD_YAML_LINE, data=data, line=mark.line + 1)) from e
        raise _training_error(msg(BAD_YAML, data=data)) from e
    if not isinstance(cfg, dict):
        raise _training_error(msg(NOT_A_DATASET, data=data))
    missing = [k for k in ("train", "val", "names") if not cfg.get(k)]
    if missing:
        raise _training_error(msg(MISSING_ENTRY, data=data, entries=", ".join(missing)))
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
                raise _training_error(msg(NO_IMAGES_FOLDER, split=split, folder=folder, data=data))
            total += _check_labels(folder, len(names), split, data)
    if total == 0:
        raise _training_error(msg(NO_LABELED, data=data))
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
                raise _training_error(msg(NO_CLASS_NUMBER, label=label, line=n)) from None
            if cls < 0 or cls >= nc:
                raise _training_error(msg(CLASS_OUT_OF_RANGE, label=label, line=n, cls=cls, data=data.name,
                                          nc=nc, last=nc - 1))
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
        return msg(OUT_OF_MEMORY, batch=s.batch, imgsz=s.imgsz)
    if isinstance(e, KeyboardInterrupt):
        return msg(INTERRUPTED)
    if isinstance(e, (FileNotFoundError, NotADirectoryError)) or "not found" in low or "no such file" in low:
        return msg(FILE_MISSING, error=_first_line(e))
    if "no valid images" in low or "no labels found" in low:
        return msg(NO_USABLE_IMAGES, error=_first_line(e))
    return msg(FAILED, error=_first_line(e))
