"""Run a trained detector on frames: load a model (.pt, ONNX, OpenVINO), predict, export (no Qt).

* ``types``          :class:`Detection`, :class:`InferenceError`, backend names (imports nothing else here);
* ``detectors``      :func:`load_detector`, :func:`fastest_detector`, export for CPU, class mapping;
* ``runtimes``       ONNX Runtime / OpenVINO runners with Ultralytics' letterbox and NMS;
* ``live``           :class:`LiveRunner`: the newest frame through the model on a plain thread;
* ``frame_sources``  camera, video, image folder, one image: always the newest frame;
* ``prelabel``       model boxes as suggestions for the Label page, captures into the project.
"""
from __future__ import annotations

from .detectors import (CpuExport, Detector, backend_of, class_mapping, data_yaml_of, export_candidates,
                        export_for_cpu, export_model, exported_path, fastest_detector, load_detector,
                        plan_cpu_export)
from .live import LiveResult, LiveRunner, LiveSettings
from .types import BACKENDS, EXPORT_FORMATS, Detection, InferenceError

__all__ = ["BACKENDS", "EXPORT_FORMATS", "Detection", "Detector", "InferenceError", "LiveResult", "LiveRunner",
           "LiveSettings", "backend_of", "class_mapping", "data_yaml_of", "export_candidates", "export_for_cpu",
           "export_model", "exported_path", "fastest_detector", "load_detector", "CpuExport", "plan_cpu_export"]
