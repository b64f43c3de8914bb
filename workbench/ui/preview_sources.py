"""The Preview page's source choosing: cameras (listed in the background), video, image folder, image.

A part of :class:`workbench.ui.preview_page.PreviewPage` (a mixin): it uses the page's widgets,
``_run`` (background jobs), ``_say`` and ``_start_stream``. Opening a source runs in a worker;
an answer that comes after the user chose another source closes that source.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ..inference.frame_sources import SourceError
from . import preview_jobs as jobs
from .preview_panel import RESOLUTIONS


class PreviewSources:
    """Choosing and opening the Preview page's frame source (mixed into ``PreviewPage``)."""

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
        from ..inference.frame_sources import VIDEO_SUFFIXES
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

    def replay(self) -> None:
        """Play the last video or image folder again from the start."""
        if isinstance(self._last_spec, str):
            self._open(self._last_spec)

    def _open(self, spec, width=None, height=None) -> None:
        self._last_spec = spec
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
