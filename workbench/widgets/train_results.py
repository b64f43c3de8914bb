"""What a finished run produced: best.pt, the final score per class, and Ultralytics' plots."""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from .term_help import explain

# (per_class key, metrics key of the "all" row)
COLUMNS = [("images", None), ("instances", None), ("precision", "metrics/precision(B)"),
           ("recall", "metrics/recall(B)"), ("mAP50", "metrics/mAP50(B)"), ("mAP50-95", "metrics/mAP50-95(B)")]

# Ultralytics' plot files (stem) -> the tab's name; an unknown plot keeps its file name
PLOT_NAMES = {
    "results": QT_TRANSLATE_NOOP("TrainResults", "Losses and metrics per epoch"),
    "confusion_matrix_normalized": QT_TRANSLATE_NOOP("TrainResults", "Confusion matrix (normalized)"),
    "confusion_matrix": QT_TRANSLATE_NOOP("TrainResults", "Confusion matrix"),
    "BoxPR_curve": QT_TRANSLATE_NOOP("TrainResults", "Precision-recall curve"),
    "BoxF1_curve": QT_TRANSLATE_NOOP("TrainResults", "F1 vs confidence"),
    "BoxP_curve": QT_TRANSLATE_NOOP("TrainResults", "Precision vs confidence"),
    "BoxR_curve": QT_TRANSLATE_NOOP("TrainResults", "Recall vs confidence"),
    "labels": QT_TRANSLATE_NOOP("TrainResults", "Boxes in the training set"),
    "labels_correlogram": QT_TRANSLATE_NOOP("TrainResults", "Box position and size correlogram"),
}


def _fmt(v) -> str:
    if isinstance(v, bool) or v is None:
        return ""
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "" if not math.isfinite(v) else (f"{v:.0f}" if v.is_integer() and v > 1 else f"{v:.3f}")
    return str(v)


class TrainResults(QWidget):
    """Shows a ``training.Finished``; buttons hand best.pt to Preview or export."""

    open_in_preview = Signal(str)
    export_requested = Signal(str)
    open_folder = Signal(str)
    validate_requested = Signal(str)   # best.pt of a stopped run, whose final validation was skipped

    def __init__(self, parent=None):
        super().__init__(parent)
        self.best: str = ""
        self.save_dir: str = ""
        self.summary = QLabel(self.tr("No finished run yet. Results appear here when training ends."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_btn = QPushButton(self.tr("Open in Preview"))
        self.export_btn = QPushButton(self.tr("Export..."))
        self.folder_btn = QPushButton(self.tr("Open run folder"))
        self.validate_btn = QPushButton(self.tr("Validate best.pt"))
        self.validate_btn.setToolTip(self.tr("Run the final validation that Stop skipped and fill in the scores"))
        self.validate_btn.hide()
        self.validate_btn.clicked.connect(lambda: self.best and self.validate_requested.emit(self.best))
        self._finished = None
        self.preview_btn.clicked.connect(lambda: self.best and self.open_in_preview.emit(self.best))
        self.export_btn.clicked.connect(lambda: self.best and self.export_requested.emit(self.best))
        self.folder_btn.clicked.connect(lambda: self.save_dir and self.open_folder.emit(self.save_dir))
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Images"), self.tr("Objects"),
                                              self.tr("Precision"), self.tr("Recall"), "mAP50", "mAP50-95"])
        self.table.verticalHeader().hide()
        for col, key in ((3, "precision"), (4, "recall"), (5, "map50"), (6, "map50_95")):
            self.table.horizontalHeaderItem(col).setToolTip(explain(key))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.images = QTabWidget()
        self.images.setDocumentMode(True)
        buttons = QHBoxLayout()
        for b in (self.preview_btn, self.export_btn, self.folder_btn, self.validate_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.summary)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.images, 2)
        self._set_buttons()

    def _set_buttons(self) -> None:
        self.preview_btn.setEnabled(bool(self.best))
        self.export_btn.setEnabled(bool(self.best))
        self.folder_btn.setEnabled(bool(self.save_dir))

    def clear(self) -> None:
        self.best = self.save_dir = ""
        self._finished = None
        self.validate_btn.hide()
        self.summary.setText(self.tr("No finished run yet. Results appear here when training ends."))
        self.table.setRowCount(0)
        self.images.clear()
        self._set_buttons()

    def show_finished(self, fin) -> None:
        """Fill in from a ``training.Finished``."""
        self._finished = fin
        self.best = str(fin.best) if fin.best else ""
        self.save_dir = str(fin.save_dir)
        if fin.paused:
            how = self.tr("Paused: press Resume to continue from last.pt.")
        elif fin.stopped and not fin.per_class:
            how = self.tr("Stopped early; best.pt holds the best epoch so far. The scores below are the "
                          "last epoch's; press \"Validate best.pt\" for those of best.pt.")
        elif fin.stopped:
            how = self.tr("Stopped early; best.pt holds the best epoch so far.")
        else:
            how = self.tr("Training finished.")
        where = self.tr("Best model: {0}").format(self.best) if self.best else self.tr("No model was saved.")
        self.summary.setText(f"{how}\n{where}")
        rows = []
        if fin.metrics:
            objects = sum(pc.get("instances") or 0 for pc in fin.per_class or [])
            rows.append([self.tr("all classes")] + [_fmt(fin.metrics.get(m)) if m else "" for _k, m in COLUMNS])
            rows[0][2] = _fmt(objects) if objects else ""
            rows[0][1] = _fmt(getattr(fin, "val_images", 0)) if getattr(fin, "val_images", 0) else ""
        for pc in fin.per_class or []:
            rows.append([str(pc.get("name", ""))] + [_fmt(pc.get(k)) for k, _m in COLUMNS])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.images.clear()
        for p in fin.plots or []:
            self._add_plot(Path(p))
        self.validate_btn.setVisible(bool(fin.stopped and self.best and not fin.per_class))
        self.set_validating(False)
        self._set_buttons()

    def set_validating(self, running: bool) -> None:
        """Show that the validation of best.pt runs (the button waits)."""
        self.validate_btn.setEnabled(not running)
        self.validate_btn.setText(self.tr("Validating best.pt...") if running else self.tr("Validate best.pt"))

    def show_validation(self, metrics: dict, per_class: list) -> None:
        """Replace the scores of the stopped run shown with those of its best.pt."""
        fin = self._finished
        if fin is None:
            return
        from dataclasses import replace

        self.show_finished(replace(fin, metrics=dict(metrics), per_class=list(per_class)))

    def _add_plot(self, path: Path) -> None:
        # QImageReader reads through Qt's file engine: Chinese paths work on every platform.
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            return
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setPixmap(QPixmap.fromImage(image).scaledToWidth(min(image.width(), 900),
                                                               Qt.TransformationMode.SmoothTransformation))
        label.setToolTip(str(path))
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        known = PLOT_NAMES.get(path.stem)
        self.images.addTab(scroll, self.tr(known) if known else path.stem.replace("_", " "))

    def plot_names(self) -> list[str]:
        return [self.images.tabText(i) for i in range(self.images.count())]
