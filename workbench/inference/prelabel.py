"""Pre-labeling: a model's detections as suggested boxes for a project's images (no Qt).

The rule that protects a user's work: suggestions are *returned*, never written. Label files
are only written by the Label page when the user accepts a suggestion, through the project's
normal save path. :func:`capture_frame` writes only the new image file it creates.

Both functions are plain blocking calls meant for a background worker: :func:`suggest` reports
progress through a callback that can cancel.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..images import ImageError, decode
from .detectors import Detector, class_mapping
from ..labels import Box, atomic_write_bytes
from ..project import Project

CAPTURE_FOLDER = "captures"


def default_imgsz(detector: Detector, imgsz: int | None = None) -> int:
    """``imgsz`` when given, else the size ``detector`` was trained at, else Ultralytics' 640."""
    return int(imgsz or getattr(detector, "train_imgsz", None) or 640)


def _to_boxes(detector: Detector, image, mapping: dict[int, int], conf: float, iou: float,
              imgsz: int) -> list[Box]:
    h, w = image.shape[:2]
    classes = sorted(mapping) if mapping else None
    out = []
    for d in detector.predict(image, conf=conf, iou=iou, imgsz=imgsz, classes=classes):
        pid = mapping.get(d.cls)
        if pid is None:
            continue
        box = d.to_box(w, h, pid)
        if box.w > 0 and box.h > 0:
            out.append(box)
    return out


def suggest(project: Project, detector: Detector, indices: Iterable[int] | None = None,
            conf: float = 0.25, progress: Callable[[int, int], bool | None] | None = None,
            iou: float = 0.7, imgsz: int | None = None,
            report: list[str] | None = None) -> dict[Path, list[Box]]:
    """Suggested boxes per image path, in the project's class ids; writes nothing.

    ``indices=None`` takes every image with no label file yet ("not labeled"); given indices
    are taken as they are (the caller decides whether to offer suggestions for labeled images).
    Model classes are mapped to project classes by name (:func:`class_mapping`); classes the
    project lacks are left out. ``progress(done, total)`` is called before the first image and
    after each; returning False cancels, and the suggestions made so far are returned.
    The class-mapping report and images that could not be read are appended to ``report``.
    An image with no detection maps to an empty list. ``imgsz=None`` runs the model at the size
    it was trained at (:attr:`Detector.train_imgsz`), else 640.
    """
    imgsz = default_imgsz(detector, imgsz)
    mapping, mapping_report = class_mapping(detector.names, project.classes)
    if report is not None:
        report.extend(mapping_report)
    if indices is None:
        todo = [i for i in range(len(project)) if not os.path.exists(project.label_paths.str(i))]
    else:
        todo = list(indices)
    out: dict[Path, list[Box]] = {}
    total = len(todo)
    if progress is not None and progress(0, total) is False:
        return out
    if not mapping:
        return out
    for done, i in enumerate(todo, start=1):
        path = project.images[i]
        try:
            image = decode(path)
        except ImageError as e:
            if report is not None:
                report.append(str(e))
        else:
            out[path] = _to_boxes(detector, image, mapping, conf, iou, imgsz)
        if progress is not None and progress(done, total) is False:
            break
    return out


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, numbered (``stem_1``...) when that name is taken."""
    p = folder / f"{stem}{suffix}"
    n = 1
    while p.exists():
        p = folder / f"{stem}_{n}{suffix}"
        n += 1
    return p


def capture_frame(project_root: str | os.PathLike | Project, frame_bgr, detector: Detector | None = None,
                  conf: float = 0.25, iou: float = 0.7, imgsz: int | None = None,
                  folder: str = CAPTURE_FOLDER) -> tuple[Path, list[Box]]:
    """Save a raw frame into the project as a new JPEG; returns ``(image_path, suggestions)``.

    The image goes to ``<project>/<folder>/capture_<date>_<time>.jpg`` (a new, unique name;
    written atomically; any unicode path). With a ``detector``, its detections come back as
    suggested boxes in the project's class ids; no label file is written (the user accepts
    them on the Label page); ``imgsz=None`` is the model's training size. Raises ``OSError`` (``LabelWriteError``) naming the file when the
    disk refuses, ``ValueError`` when the frame cannot be encoded.
    """
    import cv2

    project = project_root if isinstance(project_root, Project) else None
    root = project.root if project is not None else Path(project_root)
    ok, buf = cv2.imencode(".jpg", frame_bgr, [cv2.IMWRITE_JPEG_QUALITY, 95])
    if not ok:
        raise ValueError("the frame could not be encoded as JPEG")
    target = root / folder
    now = time.time()
    stamp = time.strftime("%Y%m%d_%H%M%S", time.localtime(now)) + f"_{int(now * 1000) % 1000:03d}"
    target.mkdir(parents=True, exist_ok=True)
    path = unique_path(target, f"capture_{stamp}", ".jpg")
    atomic_write_bytes(path, buf.tobytes())
    boxes: list[Box] = []
    if detector is not None:
        classes = project.classes if project is not None else Project(root).classes
        mapping, _ = class_mapping(detector.names, classes)
        boxes = _to_boxes(detector, frame_bgr, mapping, conf, iou, default_imgsz(detector, imgsz))
    return path, boxes
