"""The Preview page's outputs: snapshot (S), capture to the project (C) and recording.

A part of :class:`workbench.ui.preview_page.PreviewPage` (a mixin): it uses the page's frame,
detections, controls, ``_run`` and ``_say``. The files are written by the Qt-free
:mod:`workbench.ui.preview_output` (atomic snapshot, recording renamed into place at the end)
and, for captures, :func:`workbench.inference.prelabel.capture_frame` in a worker.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ..widgets.video_view import annotate
from . import preview_jobs as jobs
from .preview_output import Recorder, save_snapshot, stamp, unique_path


class PreviewSaving:
    """Snapshot, capture and recording of the Preview page (mixed into ``PreviewPage``)."""

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
        self._last_capture = str(path)
        self.label_btn.show()       # the next step of the loop, one click away
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
