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
OpenVINO INT8 (``export_model(pt, "openvino", int8=True, data=data_yaml)``) most of all.

Safety: a ``.pt`` file is a Python pickle and loading it runs code from the file. Only load
models the user picked (a run of theirs, or a file they chose); never load a ``.pt`` found in a
downloaded project or dataset without asking.

``torch``, ``ultralytics`` and ``cv2`` are imported inside the functions that need them.
"""
from __future__ import annotations

import collections
import importlib.util
import os
import threading
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

BACKENDS = ("pytorch", "onnx", "openvino")
EXPORT_FORMATS = ("onnx", "openvino")


class InferenceError(Exception):
    """A model cannot be loaded, exported or run; the message names the file and says what to do."""


@dataclass(frozen=True)
class Detection:
    """One detected object: model class id and name, confidence, corners in frame pixels."""

    cls: int
    name: str
    conf: float
    x1: float
    y1: float
    x2: float
    y2: float

    def to_box(self, width: int, height: int, class_id: int | None = None):
        """This detection as a :class:`workbench.labels.Box` (normalized, cut to the image).

        ``class_id`` replaces the model's class id (use the project's id from :func:`class_mapping`).
        """
        from .labels import Box

        cid = self.cls if class_id is None else class_id
        return Box.from_pixels(cid, self.x1, self.y1, self.x2, self.y2, width, height).clamped()


def _ultralytics_yolo():
    # Offline first: a missing package must be an error we explain, never a pip run.
    os.environ.setdefault("YOLO_AUTOINSTALL", "false")
    from ultralytics import YOLO

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


def load_detector(path: str | os.PathLike, task: str = "detect", device: str | None = None) -> Detector:
    """Load a detection model: a ``.pt`` (PyTorch), an ``.onnx`` file or an ``*_openvino_model`` folder.

    The file is checked before any loader sees it (exists, is a model of a known kind, the
    runtime is installed) and run once on a blank frame, so a broken file fails here with an
    :class:`InferenceError` naming it, not later in the middle of a stream. ``.pt`` models run
    in Ultralytics (``device`` as Ultralytics takes it, default automatic); exported models run
    on the CPU in ONNX Runtime / OpenVINO directly, with Ultralytics' pre- and post-processing.

    **Loading a .pt runs pickle code from the file: call this only with files the user picked.**
    """
    p = Path(path)
    backend = backend_of(p)
    _check_model_file(p, backend)
    if backend in ("onnx", "openvino"):
        return _load_direct(p, backend, task)
    YOLO = _ultralytics_yolo()
    try:
        model = YOLO(str(p))      # the task comes from the checkpoint
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
    return det


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
    Loads the ``.pt``: only pass files the user picked.
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
    except Exception as e:  # noqa: BLE001
        raise InferenceError(f"{p}: export to {fmt} failed ({type(e).__name__}: {e})") from e
    if not out or not Path(out).exists():
        raise InferenceError(f"{p}: export to {fmt} did not produce a file")
    return Path(out)


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
    to ``report`` when given. Loads the ``.pt`` (pickle): only pass files the user picked.
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


# ---- live preview: inference in its own thread over a frame source ---------------------------
@dataclass
class LiveSettings:
    """What the user can change while the preview runs."""

    conf: float = 0.25
    iou: float = 0.7
    imgsz: int = 640
    classes: list[int] | None = None    # model class ids to keep; None keeps all


@dataclass(frozen=True)
class LiveResult:
    """One processed frame: the frame, its detections and how long it took."""

    frame: object                       # a workbench.frame_sources.Frame
    detections: list[Detection]
    latency_ms: float                   # model time for this frame
    age_ms: float                       # capture to result: what the user waits for
    fps: float                          # processed frames per second (last ~2 s)
    dropped: int = 0                    # frames the source replaced before inference took them


@dataclass
class _Rate:
    times: collections.deque = field(default_factory=lambda: collections.deque(maxlen=60))

    def tick(self, t: float) -> float:
        self.times.append(t)
        while len(self.times) > 2 and t - self.times[0] > 2.0:
            self.times.popleft()
        if len(self.times) < 2:
            return 0.0
        return (len(self.times) - 1) / max(1e-9, self.times[-1] - self.times[0])


class LiveRunner:
    """Runs ``detector`` on the newest frame of ``source`` in its own thread.

    The capture thread (inside the source) and this inference thread never wait for the GUI:
    the newest :class:`LiveResult` replaces the previous one, so latency never builds up.
    ``on_result(result)`` is called from the inference thread (a GUI wraps it in a signal);
    :meth:`latest` polls instead. Settings change live with :meth:`update`. When the source
    ends, disconnects or the model fails, the thread stops and :attr:`error` holds the
    exception (``None`` for a clean end).
    """

    def __init__(self, source, detector: Detector, settings: LiveSettings | None = None,
                 on_result: Callable[[LiveResult], None] | None = None):
        self.source = source
        self.detector = detector
        self.settings = settings or LiveSettings()
        self.on_result = on_result
        self.error: Exception | None = None
        self.processed = 0
        self._latest: LiveResult | None = None
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._rate = _Rate()

    def start(self) -> "LiveRunner":
        """Start the inference thread (returns self)."""
        self._thread = threading.Thread(target=self._run, name="workbench-inference", daemon=True)
        self._thread.start()
        return self

    def update(self, **changes) -> None:
        """Change settings (``conf``, ``iou``, ``imgsz``, ``classes``); the next frame uses them."""
        self.settings = replace(self.settings, **changes)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def latest(self, timeout: float = 0.0) -> LiveResult | None:
        """The newest result not returned before, waiting up to ``timeout`` s; None if none."""
        with self._cond:
            if self._latest is None and timeout > 0:
                self._cond.wait_for(lambda: self._latest is not None or not self.running, timeout)
            res, self._latest = self._latest, None
            return res

    def join(self, timeout: float | None = None) -> None:
        """Wait until the thread ends (the source ended or :meth:`stop` was called)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def stop(self, close_source: bool = False) -> None:
        """Stop the inference thread (and close the source when asked)."""
        self._stop.set()
        self.join(5.0)
        if close_source:
            self.source.close()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                frame = self.source.read_latest(timeout=0.2)
                if frame is None:
                    if self.source.ended:
                        break
                    continue
                s = self.settings
                dets = self.detector.predict(frame.image, conf=s.conf, iou=s.iou, imgsz=s.imgsz,
                                             classes=s.classes)
                now = time.monotonic()
                self.processed += 1
                res = LiveResult(frame, dets, self.detector.last_latency_ms, (now - frame.time) * 1000,
                                 self._rate.tick(now), self.source.dropped)
                with self._cond:
                    self._latest = res
                    self._cond.notify_all()
                if self.on_result is not None:
                    self.on_result(res)
        except Exception as e:  # noqa: BLE001 - handed to the caller, who shows it
            self.error = e
        finally:
            with self._cond:
                self._cond.notify_all()
