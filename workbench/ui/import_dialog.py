"""File > Import Labels: Pascal VOC (LabelImg), COCO or labelme annotations into the open project.

The conversion is :func:`workbench.importers.import_labels`, run in the background; this dialog
only collects the choices and shows the report. Existing label files are kept unless the user
ticks "Replace", and the report lists them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout)

from ..widgets.core_text import core_text
from .background import Worker


def _run_import(fmt: str, src: str, folder: str, overwrite: bool, progress=None):
    from ..importers import import_labels

    return import_labels(fmt, Path(src), Path(folder), progress=progress, overwrite=overwrite)


class ImportDialog(QDialog):
    """Choose a format and a source, import, read the report."""

    imported = Signal(object)   # the ImportReport, after label files were written

    def __init__(self, folder: str, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Import labels"))
        self.fmt = QComboBox()
        self.fmt.addItem(self.tr("Pascal VOC XML (LabelImg), a folder of .xml files"), "voc")
        self.fmt.addItem(self.tr("COCO JSON, one .json file"), "coco")
        self.fmt.addItem(self.tr("labelme JSON, a folder of .json files"), "labelme")
        self.src = QLineEdit()
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.src, 1)
        row.addWidget(browse)
        self.overwrite = QCheckBox(self.tr("Replace label files that already exist"))
        self.overwrite.setToolTip(self.tr("Off: images that already have labels keep them, and the report lists them"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Boxes are converted to YOLO label files next to each image; "
                                               "class names are added to classes.txt."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_btn = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.run_btn.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.fmt)
        form.addRow(self.tr("Annotations:"), row)
        form.addRow("", self.overwrite)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        lay.addWidget(self.report, 1)
        lay.addWidget(self.buttons)
        self.resize(680, 420)

    def _browse(self) -> None:
        start = self.src.text() or self.folder
        if self.fmt.currentData() == "coco":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("COCO annotation file"), start,
                                                  self.tr("COCO JSON (*.json)"))
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder of annotation files"), start)
        if path:
            self.src.setText(path)

    def start(self) -> Worker | None:
        """Run the import in the background (the report appears when it is done)."""
        src = self.src.text().strip()
        if not src or not Path(src).exists():
            self.report.setPlainText(self.tr("Choose the annotation file or folder first."))
            return None
        self.run_btn.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.worker = Worker(_run_import, self.fmt.currentData(), src, self.folder, self.overwrite.isChecked())
        self.worker.kwargs["progress"] = self.worker.progress_callback()
        self.worker.yielded.connect(self._on_progress)
        self.worker.returned.connect(self._on_done)
        self.worker.errored.connect(lambda e: self.report.setPlainText(core_text(e)))
        self.worker.finished.connect(self._on_finished)
        return self.worker.start()

    def _on_progress(self, values) -> None:
        done, total = values
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, report) -> None:
        self.report.setPlainText("\n".join(core_text(line) for line in report.lines()))
        if report.converted or report.classes_added:
            self.imported.emit(report)

    def _on_finished(self) -> None:
        self.worker = None
        self.progress.hide()
        self.run_btn.setEnabled(True)
