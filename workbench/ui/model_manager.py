"""The model manager: which models are on this computer, download a pretrained one (resumable,
through a mirror if the default host is slow), or add a model file from disk.

A dialog of the Train page. The work is :mod:`workbench.training.weights`, run in the background
(:class:`~workbench.ui.background.Worker`); this dialog only shows lists, progress and messages.
``models_changed`` tells the Train page to refresh its model list.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from .background import Worker

PRETRAINED = [f"{stem}{size}.pt" for stem in ("yolo11", "yolov8") for size in "nsm"]


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"


def _download(name: str, base_url: str, progress=None, cancelled=None):
    from ..training.weights import download_weights

    return download_weights(name, base_url, progress=progress, cancelled=cancelled)


def _add(paths: list[str]):
    from ..checkpoints import UnsafeCheckpoint
    from ..training.weights import add_model_file

    added, problems = [], []
    for p in paths:
        try:
            added.append(add_model_file(Path(p)))
        except (UnsafeCheckpoint, OSError) as e:
            problems.append(str(e))
    return added, problems


class ModelManager(QDialog):
    """Models on this computer, Download, Add model file..."""

    models_changed = Signal()

    def __init__(self, settings, runs_dir: str = "", extra_dirs=(), parent=None):
        super().__init__(parent)
        self.settings = settings
        self.runs_dir = runs_dir
        self.extra_dirs = list(extra_dirs)
        self.worker: Worker | None = None
        self._cancel = False
        self.setWindowTitle(self.tr("Models"))
        self.resize(820, 520)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Where it comes from"), self.tr("Size"),
                                              self.tr("Folder")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_btn = QPushButton(self.tr("Add model file..."))
        self.add_btn.setToolTip(self.tr("Copy a .pt file (from another computer, a USB stick, a colleague) into "
                                        "Workbench's model folder"))
        self.folder_btn = QPushButton(self.tr("Open model folder"))
        self.name = QComboBox()
        for n in PRETRAINED:
            self.name.addItem(n, n)
        self.mirror = QLineEdit(getattr(settings, "weights_base_url", "") or "")
        from ..training.weights import DEFAULT_BASE_URL, models_dir

        self.folder = models_dir()
        self.mirror.setPlaceholderText(DEFAULT_BASE_URL)
        self.mirror.setToolTip(self.tr("Where the files are downloaded from. Empty: Ultralytics' GitHub release. "
                                       "Where GitHub is slow or blocked, enter a mirror of that release folder."))
        self.download_btn = QPushButton(self.tr("Download"))
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel(self.tr("Pretrained models learn from few photos in 20-50 epochs. Downloads and added "
                                     "files go to {0}").format(self.folder))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build()
        self.add_btn.clicked.connect(self.choose_files)
        self.folder_btn.clicked.connect(self.open_folder)
        self.download_btn.clicked.connect(self.download)
        self.cancel_btn.clicked.connect(self.cancel)
        self.refresh()
        self._set_busy(False)

    def _build(self) -> None:
        files = QHBoxLayout()
        files.addWidget(self.add_btn)
        files.addWidget(self.folder_btn)
        files.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Pretrained model"), self.name)
        form.addRow(self.tr("Download from"), self.mirror)
        dl = QHBoxLayout()
        dl.addWidget(self.download_btn)
        dl.addWidget(self.cancel_btn)
        dl.addWidget(self.progress, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Models on this computer:")))
        lay.addWidget(self.table, 1)
        lay.addLayout(files)
        lay.addLayout(form)
        lay.addLayout(dl)
        lay.addWidget(self.status)
        lay.addWidget(close)

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the models on this computer (fast: safety checks are remembered per file)."""
        from ..training.weights import local_models

        models = local_models(self.extra_dirs, self.runs_dir or None)
        self.table.setRowCount(len(models))
        for r, m in enumerate(models):
            cells = [m.path.name, self._source_text(m.source), _size(m.size), str(m.path.parent)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(m.problem or str(m.path))
                if m.problem:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _source_text(self, source: str) -> str:
        from ..training import weights as w

        texts = {w.SOURCE_MODEL_FOLDER: self.tr("Workbench's model folder"),
                 w.SOURCE_ULTRALYTICS: self.tr("Ultralytics' weights folder"),
                 w.SOURCE_DATASET: self.tr("the dataset's folder"), w.SOURCE_CURRENT: self.tr("the current folder"),
                 w.SOURCE_RUN: self.tr("a run of this project")}
        return texts.get(source, source)

    def model_names(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    # -- download ------------------------------------------------------------------------
    def download(self) -> Worker | None:
        """Download the chosen model in the background (resuming a partial file)."""
        if self.worker is not None:
            return None
        base = self.mirror.text().strip()
        if hasattr(self.settings, "weights_base_url") and self.settings.weights_base_url != base:
            self.settings.weights_base_url = base
            self.settings.save_quietly()
        name = self.name.currentData()
        self._cancel = False
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Downloading {0}...").format(name))
        self.worker = Worker(_download, name, base, cancelled=lambda: self._cancel)
        self.worker.kwargs["progress"] = self.worker.progress_callback()
        self.worker.yielded.connect(self._on_progress)
        self.worker.returned.connect(self._on_downloaded)
        self.worker.errored.connect(self._on_failed)
        self.worker.finished.connect(self._on_worker_done)
        self._set_busy(True)
        return self.worker.start()

    def cancel(self) -> None:
        self._cancel = True   # read by the worker between chunks

    def _on_progress(self, values) -> None:
        done, total = values
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(1000 * done / total))
            self.progress.setFormat(f"{_size(done)} / {_size(total)}")
        else:
            self.progress.setFormat(_size(done))

    def _on_downloaded(self, path) -> None:
        self.status.setText(self.tr("Downloaded and checked: {0}. It is now in the Train page's model list.")
                            .format(path))
        self.refresh()
        self.models_changed.emit()

    def _on_failed(self, error) -> None:
        from ..training.weights import DownloadCancelled

        if isinstance(error, DownloadCancelled):
            self.status.setText(self.tr("Cancelled. Press Download again to continue where it stopped."))
        else:
            self.status.setText(self.tr("Download failed: {0}").format(error))

    def _on_worker_done(self) -> None:
        self.worker = None
        self.progress.hide()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.download_btn.setEnabled(not busy)
        self.cancel_btn.setEnabled(busy)
        self.add_btn.setEnabled(not busy)
        self.name.setEnabled(not busy)
        self.mirror.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self.worker is not None

    # -- add files -----------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Add model files"), "",
                                                 self.tr("PyTorch models (*.pt)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> Worker | None:
        """Check and copy ``paths`` into the model folder in the background."""
        if self.worker is not None:
            return None
        self.status.setText(self.tr("Checking and copying {0} file(s)...").format(len(paths)))
        self.worker = Worker(_add, list(paths))
        self.worker.returned.connect(self._on_added)
        self.worker.errored.connect(lambda e: self.status.setText(self.tr("Could not add: {0}").format(e)))
        self.worker.finished.connect(self._on_worker_done)
        self._set_busy(True)
        return self.worker.start()

    def _on_added(self, result) -> None:
        added, problems = result
        lines = [self.tr("Added {0}").format(p.name) for p in added]
        lines += [self.tr("Not added: {0}").format(p) for p in problems]
        self.status.setText("\n".join(lines))
        self.refresh()
        if added:
            self.models_changed.emit()

    def open_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def reject(self) -> None:
        self._cancel = True
        super().reject()
