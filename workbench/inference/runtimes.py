"""Exported models run by their runtimes directly: ONNX Runtime and OpenVINO on the CPU (no Qt).

Used by :func:`workbench.inference.load_detector`; nothing here is public API. The runtimes,
``torch`` and ``ultralytics`` are imported when a model loads or runs.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


class _DirectRunner:
    """An exported detection model run by its runtime directly, with Ultralytics' own letterbox and NMS.

    Why not ``YOLO("x.onnx")``: the runtimes' defaults (ONNX Runtime spins its worker threads while
    waiting; both take every core) halve the frame rate when the capture thread, the GUI or other
    programs want the CPU too. Here the runtime leaves one core free and sleeps when idle.
    Pre- and post-processing are Ultralytics' functions, so results match ``model.predict``.
    Subclasses set ``names``, ``task``, ``end2end``, ``imgsz`` (None: dynamic), ``dtype`` and
    implement ``_infer(x) -> ndarray``.
    """

    names: dict[int, str]
    task = "detect"
    end2end = False
    imgsz: tuple[int, int] | None = None
    dtype = "float32"

    def _set_metadata(self, meta: Mapping) -> None:
        try:
            self.names = {int(k): str(v) for k, v in dict(meta["names"]).items()}
        except (KeyError, TypeError, ValueError) as e:
            raise ValueError("no Ultralytics metadata (class names) with the model; export it with "
                             "Workbench or `yolo export`") from e
        self.task = str(meta.get("task", "detect"))
        self.end2end = str(meta.get("end2end", False)) == "True"

    def _check_output(self, shape) -> None:
        if not self.end2end and isinstance(shape[1], int) and shape[1] != 4 + len(self.names):
            raise ValueError(f"output shape {list(shape)} is not a detection head with {len(self.names)} classes")

    def run(self, frame, conf: float, iou: float, imgsz: int, classes):
        import numpy as np
        import torch
        from ultralytics.data.augment import LetterBox
        from ultralytics.utils.nms import non_max_suppression
        from ultralytics.utils.ops import scale_boxes

        shape = self.imgsz or (imgsz, imgsz)
        im = LetterBox(shape, auto=self.imgsz is None, stride=32)(image=frame)
        x = np.ascontiguousarray(im[None, :, :, ::-1].transpose(0, 3, 1, 2)).astype(self.dtype) / 255
        pred = self._infer(x)
        det = non_max_suppression(torch.from_numpy(np.asarray(pred)).float(), conf, iou, classes=classes,
                                  max_det=300, nc=len(self.names), end2end=self.end2end)[0]
        if not len(det):
            return []
        boxes = scale_boxes(x.shape[2:], det[:, :4], frame.shape[:2]).numpy().tolist()
        return list(zip(boxes, det[:, 4].tolist(), det[:, 5].int().tolist()))


class _OrtRunner(_DirectRunner):
    """An ``.onnx`` model in ONNX Runtime (CPU)."""

    def __init__(self, path: Path):
        import ast

        import onnxruntime as ort

        so = ort.SessionOptions()
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")
        so.intra_op_num_threads = _inference_threads()
        self.session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        meta = dict(self.session.get_modelmeta().custom_metadata_map)
        try:
            meta["names"] = ast.literal_eval(meta["names"])
        except (KeyError, ValueError, SyntaxError):
            meta.pop("names", None)
        self._set_metadata(meta)
        inp = self.session.get_inputs()[0]
        self.input_name = inp.name
        self.dtype = "float16" if "float16" in inp.type else "float32"
        h, w = inp.shape[2], inp.shape[3]
        self.imgsz = (h, w) if isinstance(h, int) and isinstance(w, int) else None
        self._check_output(self.session.get_outputs()[0].shape)

    def _infer(self, x):
        return self.session.run(None, {self.input_name: x})[0]


class _OpenVinoRunner(_DirectRunner):
    """An ``*_openvino_model`` folder (or its .xml) in OpenVINO on the CPU, FP32 precision."""

    def __init__(self, path: Path):
        import openvino as ov
        import yaml

        folder = path if path.is_dir() else path.parent
        xml = path if path.suffix.lower() == ".xml" else next(folder.glob("*.xml"))
        try:
            meta = yaml.safe_load((folder / "metadata.yaml").read_text(encoding="utf-8")) or {}
        except OSError:
            meta = {}
        self._set_metadata(meta)
        core = ov.Core()
        model = core.read_model(str(xml))
        shape = model.input().get_partial_shape()
        self.imgsz = None if shape.is_dynamic else (int(shape[2].get_length()), int(shape[3].get_length()))
        out = model.output().get_partial_shape()
        self._check_output([None if d.is_dynamic else d.get_length() for d in out])
        # f32: CPUs with bf16/AMX would otherwise run in reduced precision and move the boxes
        self.compiled = core.compile_model(model, "CPU", {"PERFORMANCE_HINT": "LATENCY",
                                                          "INFERENCE_NUM_THREADS": _inference_threads(),
                                                          "INFERENCE_PRECISION_HINT": "f32"})
        self.request = self.compiled.create_infer_request()

    def _infer(self, x):
        return self.request.infer({0: x})[self.compiled.output(0)]


def _inference_threads() -> int:
    # one core stays free for the capture thread and the GUI, which must never wait for inference
    env = os.environ.get("WORKBENCH_INFERENCE_THREADS", "")
    return int(env) if env.isdigit() and int(env) > 0 else max(1, _cpu_count() - 1)


def _cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
