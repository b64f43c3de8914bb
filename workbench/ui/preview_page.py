"""The Preview page: a trained model live on a webcam, a video, an image folder or one image.

Threads: the frame source captures in its own thread, ``LiveRunner`` runs the model in another,
and this page polls the newest result with a timer (``POLL_MS``); a result not yet shown is
simply replaced, so the picture never lags. One-off jobs (loading a model, opening a camera,
listing cameras, exporting, capturing, re-running the model on a paused frame) run in
``background.Worker``. No widget is touched outside the GUI thread.

Start-up: nothing here imports torch, ultralytics or cv2; loading a model does, in a worker.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..inference.frame_sources import SourceDisconnected, SourceError
from ..inference import InferenceError, LiveRunner, LiveSettings, class_mapping
from ..settings import Settings
from ..widgets.class_list import default_color
from ..widgets.term_help import explain
from ..widgets.video_view import VideoView
from . import preview_jobs as jobs
from .background import Worker
from .preview_jobs import backend_name
from .unsafe_model import ask_to_trust
from .preview_output import Recorder
from .preview_panel import PreviewPanel
from .preview_playback import Playback
from .preview_saving import PreviewSaving
from .preview_sources import PreviewSources

POLL_MS = 12
STATUS_MS = 250            # the status line changes 4 times a second, not every frame
FOLDER_FPS = 2.0           # an image folder plays as a slide show
PANEL_WIDGETS = ("model_label", "open_model_btn", "export_btn", "camera_combo", "refresh_btn", "resolution_combo",
                 "camera_btn", "video_btn", "folder_btn", "image_btn", "stop_btn", "controls", "pause_btn",
                 "step_btn", "snapshot_btn", "record_btn", "capture_btn", "model_busy", "replay_btn", "label_btn")


class PreviewPage(PreviewSources, PreviewSaving, QWidget):
    """Runs a detection model live on a chosen source; see the module docstring."""

    message = Signal(str)                  # status-bar text
    captured = Signal(str, object)         # new image path, list[workbench.labels.Box] suggestions
    label_requested = Signal(str)          # a captured image the user wants to label now
    running_changed = Signal(bool)

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.project = None
        self.detector = None
        self.model_path = ""
        self.mapping: dict[int, int] = {}
        self.playback: Playback | None = None
        self.runner: LiveRunner | None = None
        self.recorder: Recorder | None = None
        self.frame = None                  # the workbench.inference.frame_sources.Frame on screen
        self.detections: list = []
        self.last_result = None            # the LiveResult on screen
        self.stream_message = ""           # why the stream stopped ("" while it runs)
        self._open_seq = 0
        self._model_seq = 0
        self._closed = False
        self._exporting = False
        self._why: dict[str, str] = {}      # why a .pt's export is the backend it is, after an export
        self._notes: dict[str, str] = {}    # what the banner says, by kind
        self._redetect_job = None
        self._redetect_again = False
        self._jobs: set[Worker] = set()
        self._cameras_listed = False
        self._last_spec = None              # the file or folder opened last (Replay opens it again)
        self._last_capture = ""
        self._status_backend = ""           # the backend that made the FPS on show
        self._keep_imgsz = False            # the model loading now keeps the image size chosen
        self._build()
        self.actions = self._make_actions()
        self._connect()
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._status_timer = QTimer(self, interval=STATUS_MS)
        self._status_timer.timeout.connect(self._show_status)
        self._restore_settings()
        self._update_buttons()

    def _restore_settings(self) -> None:
        if isinstance(self.settings.preview, dict):
            self.controls.restore(self.settings.preview)

    def _save_settings(self) -> None:
        self.settings.preview = self.controls.saved()

    def _build(self) -> None:
        self.panel = PreviewPanel()
        for name in PANEL_WIDGETS:          # short names for the page's own code
            setattr(self, name, getattr(self.panel, name))

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.view = VideoView()
        self.view.set_message(self.tr("Choose a source: a camera, a video file, an image folder or an image."))
        self.status = QLabel(self.tr("Stopped."))
        self.status.setToolTip(explain("backend"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.banner)
        cl.addWidget(self.view, 1)
        cl.addWidget(self.status)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.panel)
        lay.addWidget(center, 1)

    def _make_actions(self) -> dict[str, QAction]:
        table = [("pause", self.tr("Pause / resume"), ["Space"], self.toggle_pause),
                 ("step", self.tr("Next frame (when paused)"), ["Right", "."], self.step),
                 ("capture", self.tr("Capture to project"), ["C"], self.capture),
                 ("snapshot", self.tr("Save a snapshot"), ["S"], self.snapshot)]
        out = {}
        for name, text, keys, slot in table:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False, s=slot: s())
            self.addAction(act)
            out[name] = act
        return out

    def _connect(self) -> None:
        self.open_model_btn.clicked.connect(self.choose_model)
        self.export_btn.clicked.connect(self.export_for_cpu)
        self.refresh_btn.clicked.connect(self.list_cameras)
        self.camera_btn.clicked.connect(self._start_chosen_camera)
        self.video_btn.clicked.connect(lambda: self._choose_file("video"))
        self.folder_btn.clicked.connect(self._choose_folder)
        self.image_btn.clicked.connect(lambda: self._choose_file("image"))
        self.stop_btn.clicked.connect(self.stop)
        self.pause_btn.clicked.connect(lambda _on: self.toggle_pause())
        self.step_btn.clicked.connect(self.step)
        self.snapshot_btn.clicked.connect(self.snapshot)
        self.record_btn.toggled.connect(self._on_record_toggled)
        self.capture_btn.clicked.connect(self.capture)
        self.replay_btn.clicked.connect(self.replay)
        self.label_btn.clicked.connect(lambda: self._last_capture and self.label_requested.emit(self._last_capture))
        self.controls.changed.connect(self._on_controls)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.focusWidget() is None:
            self.view.setFocus()          # the page's keys (Space, Right, C, S) work at once
        if not self._cameras_listed:      # probing cameras costs seconds: only when the page is seen
            self.list_cameras()

    # -- background jobs ---------------------------------------------------------------
    def _run(self, fn, *args, returned=None, errored=None, finished=None, late_ok=False, **kwargs) -> Worker:
        w = Worker(fn, *args, **kwargs)
        self._jobs.add(w)
        # after shutdown() a late answer (an export, a model) is dropped, unless ``late_ok``
        # (an opened source must still reach its handler, which closes it)
        if returned is not None:
            w.returned.connect(returned if late_ok else lambda value: None if self._closed else returned(value))
        if errored is not None:
            w.errored.connect(lambda error: None if self._closed else errored(error))
        w.finished.connect(lambda: self._jobs.discard(w))
        if finished is not None:     # connected before start: a fast job may finish before we return
            w.finished.connect(finished)
        return w.start()

    def _say(self, text: str, note: str | None = None) -> None:
        """Status-bar text; with ``note`` ("model", "source" or "action") it also stays in the banner
        until that kind of thing goes right again."""
        self.message.emit(text)
        if note:
            self._notes[note] = text
            self._show_notes()

    def _clear_notes(self, *kinds: str) -> None:
        for k in kinds:
            self._notes.pop(k, None)
        self._show_notes()

    def _show_notes(self) -> None:
        text = "\n".join(t for t in self._notes.values() if t)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # -- project and model -------------------------------------------------------------
    def set_project(self, project) -> None:
        """Captures go into ``project.root``; its class names are matched with the model's."""
        self.project = project
        self._update_mapping()
        self._update_buttons()

    def choose_model(self) -> None:
        start = str(Path(self.model_path).parent) if self.model_path else (
            str(self.project.root) if self.project is not None else str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a model - a .pt file runs code from the file: open only files you trust"),
            start, self.tr("Models (*.pt *.onnx *.xml);;All files (*)"))
        if path:
            self.set_model(path)

    def set_model(self, path: str, prefer_export: bool = True) -> None:
        """Load the model at ``path`` in the background (the fastest export next to a .pt is used,
        unless ``prefer_export`` is False)."""
        self.model_path = str(path)
        self._keep_imgsz = not prefer_export     # the user chose the size that made this reload
        self.model_label.setText(self.tr("Loading {0}...").format(Path(path).name))
        self.model_busy.show()
        if self.frame is None:
            self.view.set_message(self.tr("Loading the model {0}...").format(Path(path).name))
        self.export_btn.setEnabled(False)
        self._model_seq += 1
        seq = self._model_seq
        self._run(jobs.load_model, str(path), prefer_export,
                  returned=lambda r: self._on_model(seq, *r) if seq == self._model_seq else None,
                  errored=lambda e: self._on_model_failed(seq, path, e) if seq == self._model_seq else None)

    def _on_model(self, seq, detector, report: list[str]) -> None:
        self.detector = detector
        self.model_busy.hide()
        if self.frame is None and self.playback is None:
            self.view.set_message(self.tr("Choose a source: a camera, a video file, an image folder or an image."))
        self.model_label.setText(self._model_text(detector, Path(self.model_path).name))
        why = self._why.get(self.model_path) if detector.backend != "pytorch" else None
        self.model_label.setToolTip((f"{detector.path}\n{why}" if why else str(detector.path)) + "\n\n"
                                    + explain("backend", "int8"))
        self.controls.set_classes(detector.names)
        if detector.train_imgsz and not self._keep_imgsz:   # the trained size, unless picked
            self.controls.set_imgsz(detector.train_imgsz)
        self.controls.set_fixed_imgsz(detector.imgsz)
        self._clear_notes("model")
        self._update_mapping()
        if report:
            self.message.emit("; ".join(report))
        self._say(self.tr("Model loaded: {0} (backend {1})").format(detector.path.name, backend_name(detector)))
        self._show_status()     # the status line names the new backend at once
        if self.playback is not None and not self.playback.ended and self.stream_message == "":
            self._start_runner()
            if self.playback.paused:
                self._redetect()
        elif self.frame is not None:
            self._redetect()
        self._update_buttons()

    def _on_model_failed(self, seq, path, error) -> None:
        if ask_to_trust(self, str(path), error):   # a .pt that would run code: the user decides
            return self.set_model(str(path))
        text = str(error) if isinstance(error, InferenceError) else f"{path}: {type(error).__name__}: {error}"
        self.model_busy.hide()
        self.model_label.setText(self.tr("No model loaded."))
        self.model_path = "" if self.detector is None else str(self.detector.path)
        if self.detector is not None:
            self.model_label.setText(self._model_text(self.detector, self.detector.path.name))
        self._say(self.tr("Cannot use this model: {0}").format(text), note="model")
        self._update_buttons()

    def _model_text(self, detector, name: str) -> str:
        # one short line: why this backend is in the tooltip and the export note, so the panel
        # does not grow and push the controls down after an export
        return self.tr("{0} ({1} classes, backend {2})").format(name, len(detector.names), backend_name(detector))

    def _update_mapping(self) -> None:
        if self.detector is None:
            return
        if self.project is None:
            self.mapping = {k: k for k in self.detector.names}
        else:
            self.mapping, report = class_mapping(self.detector.names, self.project.classes)
            if report:
                self._say(self.tr("The model's classes differ from the project's: {0}").format(
                    "; ".join(report)), note="model")
            else:
                self._clear_notes("model")
        mapping = self.mapping
        self.view.color_for = lambda c: default_color(mapping.get(c, c))
        self.view.update()

    def export_for_cpu(self) -> None:
        """Export the loaded .pt for the fastest CPU backend in the background, then preview with it.

        OpenVINO INT8 when openvino and nncf are installed and the run's data.yaml is known, else
        OpenVINO FP32, else ONNX (:func:`workbench.inference.export_for_cpu`).
        """
        if not self.model_path.lower().endswith(".pt"):
            self._say(self.tr("Only a .pt model can be exported; open the .pt of a training run."), note="action")
            return
        self._exporting = True
        self.export_btn.setEnabled(False)
        self.export_btn.setText(self.tr("Exporting..."))
        pt = self.model_path
        self._say(self.tr("Exporting {0} for the CPU...").format(Path(pt).name))
        self._run(jobs.export_for_cpu, pt, returned=lambda r: self._on_exported(pt, *r),
                  errored=lambda e: self._on_export_failed(e))

    export_onnx = export_for_cpu     # the old name: the main window's Train > Export calls it

    def _export_why(self, plan, out: Path, report: list[str]) -> str:
        if plan.int8 and "_int8" in out.name:
            return self.tr("OpenVINO INT8 (the fastest on a CPU), calibrated on the images of {0}").format(plan.data)
        if plan.int8:
            return self.tr("OpenVINO FP32: the INT8 export failed ({0})").format("; ".join(report))
        return {"no-data": self.tr("OpenVINO FP32: INT8 needs the dataset's data.yaml for calibration, and "
                                   "the training run's args.yaml does not name one that exists"),
                "no-nncf": self.tr("OpenVINO FP32: install nncf (pip install nncf) for the faster INT8 export"),
                "no-openvino": self.tr("ONNX: install openvino and nncf (pip install openvino nncf) for a "
                                       "2-3x faster export")}.get(plan.reason, plan.reason)

    def _on_exported(self, pt: str, out, plan, report: list[str], warnings: list[str] = ()) -> None:
        self._exporting = False
        self.export_btn.setText(self.tr("Export for CPU"))
        self._why[pt] = self._export_why(plan, Path(out), report)
        lines = [self.tr("Exported {0}: {1}").format(out, self._why[pt])] + [self._warning_text(w) for w in warnings]
        self._say("\n".join(lines), note="export")
        self.set_model(pt)      # the fastest backend now is the fresh export

    def _warning_text(self, warning: str) -> str:
        """An Ultralytics warning from the export, in the user's words where it is a known one."""
        m = jobs.CALIBRATION_WARNING.search(warning)
        if m:
            return self.tr("Warning: INT8 calibration used only {0} images ({1} or more are recommended), so the "
                           "INT8 model may find less than the .pt. Compare them here, or label more photos and "
                           "export again.").format(m.group(2), m.group(1))
        return self.tr("Ultralytics warned: {0}").format(warning)

    def _on_export_failed(self, error) -> None:
        self._exporting = False
        self.export_btn.setText(self.tr("Export for CPU"))
        self._say(self.tr("Export failed: {0}").format(error), note="action")
        self._update_buttons()

    # -- the stream --------------------------------------------------------------------
    def _start_stream(self, source) -> None:
        self.stop()
        if source.kind == "video":
            self.playback = Playback(source, fps=source.fps)
        elif source.kind == "folder":
            self.playback = Playback(source, fps=FOLDER_FPS, paused=True, skip_late=False)
            self.playback.step()           # show the first image; Space plays, Right steps
        else:
            self.playback = Playback(source)
        self._show_paused()
        self._clear_notes("source", "action")
        self.view.set_message("")
        self._start_runner()

    def _start_runner(self) -> None:
        if self.runner is not None:
            self.runner.stop()
        self.stream_message = ""
        v = self.controls.values()
        self.runner = LiveRunner(self.playback, self.detector or jobs.NoModel(),
                                 LiveSettings(v["conf"], v["iou"], v["imgsz"], v["classes"])).start()
        self._timer.start()
        self._status_timer.start()
        self.running_changed.emit(True)
        self._update_buttons()

    def stop(self) -> None:
        """Stop the stream (the last frame stays on screen)."""
        self._timer.stop()
        self._status_timer.stop()
        self._stop_recording()
        was_running = self.runner is not None and self.runner.running
        if self.runner is not None:
            self.runner.stop()
            self.runner = None
        if self.playback is not None:
            self.playback.close()
            self.playback = None
        if was_running:
            self.running_changed.emit(False)
        self._update_buttons()

    def shutdown(self) -> None:
        """Stop every thread (the main window calls this on close)."""
        self._closed = True
        self._open_seq += 1
        self._model_seq += 1
        self.stop()
        self._save_settings()
        for w in list(self._jobs):
            w.quit()

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.running

    # -- the live loop (GUI thread) ----------------------------------------------------
    def _poll(self) -> None:
        runner = self.runner
        if runner is None:
            return
        done = not runner.running          # read before latest(): no result can follow it then
        res = runner.latest()
        if res is not None:
            self._show(res)
        if done:
            self._stream_stopped(runner.error)

    def _show(self, res) -> None:
        first = self.frame is None
        self.last_result = res
        self._status_backend = backend_name(self.detector) if self.detector is not None else self.tr("no model")
        self.frame, self.detections = res.frame, res.detections
        self.view.set_frame(res.frame.image, res.detections)
        if self.recorder is not None:
            self._record(res)
        if first:
            self._update_buttons()

    def _stream_stopped(self, error) -> None:
        self._timer.stop()
        self._status_timer.stop()
        source = self.playback.source if self.playback is not None else None
        if isinstance(error, SourceDisconnected):
            text = self.tr("Camera disconnected: {0}").format(error)
        elif isinstance(error, SourceError):
            text = self.tr("Reading stopped: {0}").format(error)
        elif isinstance(error, InferenceError):
            text = self.tr("The model failed: {0}").format(error)
        elif error is not None:
            text = self.tr("The preview stopped: {0}: {1}").format(type(error).__name__, error)
        elif source is not None and source.kind == "video":
            text = self.tr("End of video.")
            if source.message:
                text += " " + source.message
        elif source is not None and source.kind == "folder":
            text = self.tr("End of the image folder.")
            skipped = getattr(source, "skipped", [])
            if skipped:
                text += " " + self.tr("{0} images could not be read, e.g. {1}").format(len(skipped), skipped[0])
        elif source is not None and source.kind == "image":
            text = self.tr("One image: move the sliders to run the model again.")
        else:
            text = self.tr("Stopped.")
        self.stream_message = text
        self.view.set_message(text)
        self._show_status()
        self.message.emit(text)
        self.runner = None
        if self.playback is not None:
            self.playback.close()       # free the camera or file now; the last frame stays on screen
        self._stop_recording()
        self.running_changed.emit(False)
        self._update_buttons()

    def _show_status(self) -> None:
        res = self.last_result
        backend = backend_name(self.detector) if self.detector is not None else self.tr("no model")
        if res is None or backend != self._status_backend:   # FPS of another backend: not shown
            self.status.setText(self.tr("backend {0}").format(backend))
            return
        text = self.tr("backend {0} · {1:.1f} FPS · {2:.0f} ms").format(backend, res.fps, res.latency_ms)
        source = self.playback.source if self.playback is not None else None
        count = getattr(source, "frame_count", None)
        if count:
            text += " · " + self.tr("frame {0} / {1}").format(res.frame.index + 1, count)
        if self.playback is not None and self.playback.paused:
            text += " · " + self.tr("paused")
        self.status.setText(text)
        self.status.setToolTip(self.tr("capture to screen {0:.0f} ms, {1} frames dropped").format(
            res.age_ms, res.dropped) + "\n\n" + explain("backend"))

    # -- live controls -----------------------------------------------------------------
    def _on_controls(self) -> None:
        v = self.controls.values()
        fixed = self.controls.fixed_imgsz
        if fixed and v["imgsz"] != fixed and self.model_path.lower().endswith(".pt") and self.detector is not None:
            self._say(self.tr("Image size {0}: the export only runs at {1}, so the .pt runs now (slower).").format(
                v["imgsz"], fixed))
            self.set_model(self.model_path, prefer_export=False)
        self.view.set_overlay(v["show_labels"], v["show_conf"])
        if self.runner is not None:
            self.runner.update(conf=v["conf"], iou=v["iou"], imgsz=v["imgsz"], classes=v["classes"])
        if not self.running or (self.playback is not None and self.playback.paused):
            self._redetect()

    def _redetect(self) -> None:
        """Run the model again on the frame on screen (paused or ended) with the current settings."""
        if self.detector is None or self.frame is None:
            return
        if self._redetect_job is not None:
            self._redetect_again = True
            return
        v = self.controls.values()
        frame = self.frame
        self._redetect_job = self._run(self.detector.predict, frame.image, conf=v["conf"], iou=v["iou"],
                                       imgsz=v["imgsz"], classes=v["classes"],
                                       returned=lambda dets: self._on_redetected(frame, dets),
                                       errored=lambda e: self._say(str(e), note="action"),
                                       finished=self._redetect_done)

    def _on_redetected(self, frame, dets) -> None:
        if frame is self.frame:
            self.detections = dets
            self.view.set_detections(dets)

    def _redetect_done(self) -> None:
        self._redetect_job = None
        if self._redetect_again:
            self._redetect_again = False
            self._redetect()

    def toggle_pause(self) -> None:
        """Space: pause or resume the stream."""
        if self.playback is None or not self.running:
            self._show_paused()
            return
        if self.playback.paused:
            self.playback.resume()
        else:
            self.playback.pause()
        self._show_paused()
        self._show_status()
        self._update_buttons()

    def _show_paused(self) -> None:
        paused = self.playback is not None and self.playback.paused and self.running
        self.pause_btn.setChecked(paused)
        self.pause_btn.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def step(self) -> None:
        """Right or '.': the next frame, while paused."""
        if self.playback is not None and self.playback.paused and self.running:
            self.playback.step()

    # -- outputs -----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        live = self.running
        self._show_paused()
        self.stop_btn.setEnabled(live)
        self.pause_btn.setEnabled(live)
        self.step_btn.setEnabled(live and self.playback is not None and self.playback.paused)
        self.record_btn.setEnabled(live or self.recorder is not None)
        self.replay_btn.setEnabled(not live and isinstance(self._last_spec, str))
        has_frame = self.frame is not None
        self.snapshot_btn.setEnabled(has_frame)
        self.capture_btn.setEnabled(has_frame and self.project is not None)
        self.export_btn.setEnabled(self.model_path.lower().endswith(".pt") and self.detector is not None
                                   and not self._exporting)
