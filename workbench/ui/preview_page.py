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

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..frame_sources import SourceDisconnected, SourceError
from ..inference import InferenceError, LiveRunner, LiveSettings, class_mapping
from ..settings import Settings
from ..widgets.class_list import default_color
from ..widgets.video_view import VideoView, annotate
from . import preview_jobs as jobs
from .background import Worker
from .preview_output import Recorder, save_snapshot, stamp, unique_path
from .preview_panel import RESOLUTIONS, PreviewPanel
from .preview_playback import Playback

POLL_MS = 12
STATUS_MS = 250            # the status line changes 4 times a second, not every frame
FOLDER_FPS = 2.0           # an image folder plays as a slide show
PANEL_WIDGETS = ("model_label", "open_model_btn", "export_btn", "camera_combo", "refresh_btn", "resolution_combo",
                 "camera_btn", "video_btn", "folder_btn", "image_btn", "stop_btn", "controls", "pause_btn",
                 "step_btn", "snapshot_btn", "record_btn", "capture_btn")
SETTINGS_KEY = "preview"   # a dict in Settings when the lead adds the field


class PreviewPage(QWidget):
    """Runs a detection model live on a chosen source; see the module docstring."""

    message = Signal(str)                  # status-bar text
    captured = Signal(str, object)         # new image path, list[workbench.labels.Box] suggestions
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
        self.frame = None                  # the workbench.frame_sources.Frame on screen
        self.detections: list = []
        self.last_result = None            # the LiveResult on screen
        self.stream_message = ""           # why the stream stopped ("" while it runs)
        self._open_seq = 0
        self._model_seq = 0
        self._closed = False
        self._exporting = False
        self._notes: dict[str, str] = {}    # what the banner says, by kind
        self._redetect_job = None
        self._redetect_again = False
        self._jobs: set[Worker] = set()
        self._cameras_listed = False
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
        saved = getattr(self.settings, SETTINGS_KEY, None)
        if isinstance(saved, dict):
            self.controls.restore(saved)

    def _save_settings(self) -> None:
        if hasattr(self.settings, SETTINGS_KEY):
            setattr(self.settings, SETTINGS_KEY, self.controls.saved())

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
        self.export_btn.clicked.connect(self.export_onnx)
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
        self.controls.changed.connect(self._on_controls)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.focusWidget() is None:
            self.view.setFocus()          # the page's keys (Space, Right, C, S) work at once
        if not self._cameras_listed:      # probing cameras costs seconds: only when the page is seen
            self.list_cameras()

    # -- background jobs ---------------------------------------------------------------
    def _run(self, fn, *args, returned=None, errored=None, late_ok=False, **kwargs) -> Worker:
        w = Worker(fn, *args, **kwargs)
        self._jobs.add(w)
        # after shutdown() a late answer (an export, a model) is dropped, unless ``late_ok``
        # (an opened source must still reach its handler, which closes it)
        if returned is not None:
            w.returned.connect(returned if late_ok else lambda value: None if self._closed else returned(value))
        if errored is not None:
            w.errored.connect(lambda error: None if self._closed else errored(error))
        w.finished.connect(lambda: self._jobs.discard(w))
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

    def set_model(self, path: str) -> None:
        """Load the model at ``path`` in the background (the fastest export next to a .pt is used)."""
        self.model_path = str(path)
        self.model_label.setText(self.tr("Loading {0}...").format(Path(path).name))
        self.export_btn.setEnabled(False)
        self._model_seq += 1
        seq = self._model_seq
        self._run(jobs.load_model, str(path),
                  returned=lambda r: self._on_model(seq, *r) if seq == self._model_seq else None,
                  errored=lambda e: self._on_model_failed(seq, path, e) if seq == self._model_seq else None)

    def _on_model(self, seq, detector, report: list[str]) -> None:
        self.detector = detector
        self.model_label.setText(self.tr("{0} ({1} classes, backend {2})").format(
            Path(self.model_path).name, len(detector.names), detector.backend))
        self.model_label.setToolTip(str(detector.path))
        self.controls.set_classes(detector.names)
        self.controls.set_fixed_imgsz(detector.imgsz)
        self._clear_notes("model")
        self._update_mapping()
        if report:
            self.message.emit("; ".join(report))
        self._say(self.tr("Model loaded: {0} (backend {1})").format(detector.path.name, detector.backend))
        if self.playback is not None and not self.playback.ended and self.stream_message == "":
            self._start_runner()
            if self.playback.paused:
                self._redetect()
        elif self.frame is not None:
            self._redetect()
        self._update_buttons()

    def _on_model_failed(self, seq, path, error) -> None:
        text = str(error) if isinstance(error, InferenceError) else f"{path}: {type(error).__name__}: {error}"
        self.model_label.setText(self.tr("No model loaded."))
        self.model_path = "" if self.detector is None else str(self.detector.path)
        if self.detector is not None:
            self.model_label.setText(self.tr("{0} ({1} classes, backend {2})").format(
                self.detector.path.name, len(self.detector.names), self.detector.backend))
        self._say(self.tr("Cannot use this model: {0}").format(text), note="model")
        self._update_buttons()

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

    def export_onnx(self) -> None:
        """Export the loaded .pt to ONNX in the background, then preview with it."""
        if not self.model_path.lower().endswith(".pt"):
            self._say(self.tr("Only a .pt model can be exported; open the .pt of a training run."), note="action")
            return
        self._exporting = True
        self.export_btn.setEnabled(False)
        self.export_btn.setText(self.tr("Exporting..."))
        pt = self.model_path
        self._say(self.tr("Exporting {0} to ONNX...").format(Path(pt).name))
        self._run(jobs.export_onnx, pt, returned=lambda out: self._on_exported(pt, out),
                  errored=lambda e: self._on_export_failed(e))

    def _on_exported(self, pt: str, out) -> None:
        self._exporting = False
        self.export_btn.setText(self.tr("Export ONNX"))
        self._say(self.tr("Exported {0}").format(out))
        self.set_model(pt)      # the fastest backend now is the fresh export

    def _on_export_failed(self, error) -> None:
        self._exporting = False
        self.export_btn.setText(self.tr("Export ONNX"))
        self._say(self.tr("Export failed: {0}").format(error), note="action")
        self._update_buttons()

    # -- sources -----------------------------------------------------------------------
    def list_cameras(self) -> None:
        """Fill the camera list in the background (cameras that open and deliver a picture)."""
        self._cameras_listed = True
        self.camera_combo.clear()
        self.camera_combo.addItem(self.tr("Looking for cameras..."))
        self.camera_combo.setEnabled(False)
        self.camera_btn.setEnabled(False)
        self._run(jobs.list_cameras, returned=self._on_cameras, errored=lambda e: self._on_cameras([]))

    def _on_cameras(self, cameras) -> None:
        self.camera_combo.clear()
        for cam in cameras:
            self.camera_combo.addItem(self.tr("Camera {0} ({1}x{2})").format(cam.index, cam.width, cam.height),
                                      cam.index)
        if not cameras:
            self.camera_combo.addItem(self.tr("No camera found"))
        self.camera_combo.setEnabled(bool(cameras))
        self.camera_btn.setEnabled(bool(cameras))

    def _start_chosen_camera(self) -> None:
        index = self.camera_combo.currentData()
        if index is None:
            self._say(self.tr("No camera found: plug one in and press Refresh."), note="source")
            return
        res = RESOLUTIONS[self.resolution_combo.currentIndex()]
        self.open_camera(int(index), *(res or (None, None)))

    def open_camera(self, device, width: int | None = None, height: int | None = None) -> None:
        """Start a camera by index, or a video path standing in for one (live, newest frame only)."""
        self._open(("camera", device), width, height)

    def open_source(self, path: str) -> None:
        """Start a video file, an image folder or one image."""
        self._open(str(path))

    def _choose_file(self, kind: str) -> None:
        from ..frame_sources import VIDEO_SUFFIXES
        from ..images import IMAGE_SUFFIXES

        if kind == "video":
            filt = self.tr("Videos ({0});;All files (*)").format(" ".join(f"*.{s}" for s in sorted(VIDEO_SUFFIXES)))
            title = self.tr("Open a video")
        else:
            filt = self.tr("Images ({0});;All files (*)").format(" ".join(f"*.{s}" for s in sorted(IMAGE_SUFFIXES)))
            title = self.tr("Open an image")
        path, _ = QFileDialog.getOpenFileName(self, title, self._start_dir(), filt)
        if path:
            self.open_source(path)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of images"), self._start_dir())
        if folder:
            self.open_source(folder)

    def _start_dir(self) -> str:
        return str(self.project.root) if self.project is not None else str(Path.home())

    def _open(self, spec, width=None, height=None) -> None:
        self._open_seq += 1
        seq = self._open_seq
        name = f"camera {spec[1]}" if isinstance(spec, tuple) else Path(spec).name
        self.view.set_message(self.tr("Opening {0}...").format(name))

        def opened(source):
            if seq != self._open_seq:     # the user chose another source meanwhile
                source.close()
                return
            self._start_stream(source)

        def failed(error):
            if seq == self._open_seq:
                text = str(error) if isinstance(error, SourceError) else f"{name}: {type(error).__name__}: {error}"
                self.view.set_message(self.tr("Cannot open the source: {0}").format(text))
                self._say(self.tr("Cannot open the source: {0}").format(text), note="source")

        self._run(jobs.open_frame_source, spec, width, height, returned=opened, errored=failed, late_ok=True)

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
        backend = self.detector.backend if self.detector is not None else self.tr("no model")
        if res is None:
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
            res.age_ms, res.dropped))

    # -- live controls -----------------------------------------------------------------
    def _on_controls(self) -> None:
        v = self.controls.values()
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
                                       errored=lambda e: self._say(str(e), note="action"))
        self._redetect_job.finished.connect(self._redetect_done)

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
    def output_folder(self) -> Path:
        """Where snapshots and recordings go: the project's runs/preview, else Pictures/Workbench."""
        if self.project is not None:
            return Path(self.project.root) / "runs" / "preview"
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return Path(pictures or Path.home()) / "Workbench"

    def _annotated(self):
        v = self.controls.values()
        return annotate(self.frame.image, self.detections, self.view.color_for, v["show_labels"], v["show_conf"])

    def snapshot(self) -> Path | None:
        """S: save the picture on screen, with its boxes, as a JPEG in :meth:`output_folder`."""
        if self.frame is None:
            self._say(self.tr("Nothing to save yet: start a source first."))
            return None
        try:
            path = save_snapshot(self.output_folder(), self._annotated())
        except (OSError, ValueError) as e:
            self._say(self.tr("Cannot save the snapshot: {0}").format(e), note="action")
            return None
        self._say(self.tr("Snapshot saved: {0}").format(path))
        return path

    def capture(self) -> None:
        """C: save the raw frame into the project as a new image, detections as suggestions."""
        if self.frame is None:
            self._say(self.tr("Nothing to capture yet: start a source first."))
            return
        if self.project is None:
            self._say(self.tr("Open a folder of photos on the Label page first: captures go into it."),
                      note="action")
            return
        v = self.controls.values()
        self._run(jobs.capture, self.project, self.frame.image, self.detector, v["conf"], v["iou"], v["imgsz"],
                  returned=lambda r: self._on_captured(*r),
                  errored=lambda e: self._say(self.tr("Cannot capture the frame: {0}").format(e), note="action"))

    def _on_captured(self, path, boxes) -> None:
        self._say(self.tr("Captured {0} with {1} suggested boxes").format(path, len(boxes)))
        self.captured.emit(str(path), boxes)

    def _on_record_toggled(self, on: bool) -> None:
        if on and self.recorder is None:
            self.start_recording()
        elif not on:
            self._stop_recording()

    def start_recording(self, path: str | None = None) -> Path | None:
        """Record the annotated stream to ``path`` (default: a new file in :meth:`output_folder`)."""
        if path is None and self.project is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Record the preview to"),
                                                  str(self.output_folder() / f"record_{stamp()}.avi"),
                                                  self.tr("AVI video (*.avi)"))
            if not path:
                self.record_btn.setChecked(False)
                return None
        target = Path(path) if path else unique_path(self.output_folder(), f"record_{stamp()}", ".avi")
        # the file plays at the rate results come (the model's pace), not the source's
        res = self.last_result
        fps = res.fps if res is not None and res.fps >= 1 else (self.playback.fps if self.playback else None) or 15.0
        self.recorder = Recorder(target, fps)
        self.record_btn.blockSignals(True)
        self.record_btn.setChecked(True)
        self.record_btn.blockSignals(False)
        self._say(self.tr("Recording to {0}").format(target))
        return target

    def _record(self, res) -> None:
        try:
            self.recorder.write(self._annotated())
        except (OSError, ValueError) as e:
            self.recorder = None
            self.record_btn.setChecked(False)
            self._say(self.tr("Recording stopped: {0}").format(e), note="action")

    def _stop_recording(self) -> Path | None:
        rec, self.recorder = self.recorder, None
        self.record_btn.blockSignals(True)
        self.record_btn.setChecked(False)
        self.record_btn.blockSignals(False)
        if rec is None:
            return None
        try:
            path = rec.close()
        except OSError as e:
            self._say(self.tr("Cannot finish the recording: {0}").format(e), note="action")
            return None
        if path is not None:
            self._say(self.tr("Recording saved: {0} ({1} frames)").format(path, rec.frames))
        return path

    def _update_buttons(self) -> None:
        live = self.running
        self._show_paused()
        self.stop_btn.setEnabled(live)
        self.pause_btn.setEnabled(live)
        self.step_btn.setEnabled(live and self.playback is not None and self.playback.paused)
        self.record_btn.setEnabled(live or self.recorder is not None)
        has_frame = self.frame is not None
        self.snapshot_btn.setEnabled(has_frame)
        self.capture_btn.setEnabled(has_frame and self.project is not None)
        self.export_btn.setEnabled(self.model_path.lower().endswith(".pt") and self.detector is not None
                                   and not self._exporting)
