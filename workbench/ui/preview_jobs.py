"""Background jobs of the Preview page (run in ``background.Worker``) and its stand-in detector.

Each imports torch/ultralytics/cv2 only when it runs, so the page itself starts fast.
"""
from __future__ import annotations

import logging
import re

# Ultralytics' "WARNING ... >300 images recommended for INT8 calibration, found 12 images."
CALIBRATION_WARNING = re.compile(r">(\d+) images recommended for INT8 calibration, found (\d+) images")


class NoModel:
    """Stands in for a detector before a model is loaded: the source is shown without boxes."""

    backend = "none"
    names: dict[int, str] = {}
    imgsz = None
    last_latency_ms = 0.0

    def predict(self, frame, **_settings):
        return []


def load_model(path: str, prefer_export: bool = True):
    """Worker: the fastest backend that loads for ``path`` and why others were skipped
    (``prefer_export`` False: a .pt runs as it is, e.g. at an image size its export cannot)."""
    from ..inference import backend_of, fastest_detector, load_detector

    report: list[str] = []
    if backend_of(path) == "pytorch" and prefer_export:
        return fastest_detector(path, report=report), report
    return load_detector(path), report


def open_frame_source(spec, width=None, height=None):
    """Worker: open a camera (index or stand-in video path) or a file/folder source."""
    from ..inference.frame_sources import CameraSource, open_source

    if isinstance(spec, tuple):           # ("camera", device)
        return CameraSource(spec[1], width, height)
    return open_source(spec, realtime=False)


def list_cameras():
    """Worker: the cameras that open (frame_sources.list_cameras)."""
    from ..inference.frame_sources import list_cameras as probe

    return probe()


def capture(project, image, detector, conf, iou, imgsz):
    """Worker: save a raw frame into the project, detections as suggestions (prelabel.capture_frame)."""
    from ..inference.prelabel import capture_frame

    return capture_frame(project, image, detector, conf=conf, iou=iou, imgsz=imgsz)


class _Warnings(logging.Handler):
    """Collects the warnings Ultralytics logs (they would reach only the terminal)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record) -> None:
        text = record.getMessage()
        text = re.sub(r"^\W*WARNING\W*", "", text).strip()   # "WARNING ⚠️ " prefix
        if text and text not in self.lines:
            self.lines.append(text)


def export_for_cpu(path: str):
    """Worker: export a .pt for the fastest CPU backend; returns (export path, plan, report, warnings).

    ``plan`` is the :class:`workbench.inference.CpuExport` that says why that backend;
    ``report`` says why INT8 fell back to FP32, if it did; ``warnings`` are what Ultralytics
    warned about meanwhile (e.g. too few calibration images).
    """
    from ..inference import export_for_cpu as export, plan_cpu_export

    report: list[str] = []
    plan = plan_cpu_export(path)
    collect = _Warnings()
    logger = logging.getLogger("ultralytics")   # Ultralytics' LOGGER; it does not propagate
    logger.addHandler(collect)
    try:
        out = export(path, plan.data, report)
    finally:
        logger.removeHandler(collect)
    return out, plan, report, collect.lines


def backend_name(detector) -> str:
    """The backend as the page shows it: ``pytorch``, ``onnx``, ``openvino`` or ``openvino INT8``."""
    path = getattr(detector, "path", None)
    int8 = detector.backend != "pytorch" and path is not None and "_int8" in path.name
    return f"{detector.backend} INT8" if int8 else detector.backend
