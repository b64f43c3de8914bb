"""The project's training runs in a table: best score, epochs, resumable; pick two to compare.

The widget shows ``training.RunSummary`` values it is given and speaks through signals; the page
reads the runs folder and the results.csv files.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from .term_help import explain

PATH_ROLE = Qt.ItemDataRole.UserRole


class RunHistory(QWidget):
    """Table of runs. Select one to show its curves (or resume it), two to overlay them."""

    refresh_requested = Signal()
    show_requested = Signal(str)              # save_dir of a run: show its curves
    compare_requested = Signal(str, str)      # two save_dirs: the second one overlaid dashed
    resume_requested = Signal(str)            # last.pt of a resumable run
    more_requested = Signal(str)              # save_dir of a run to train more epochs from
    open_in_preview = Signal(str)             # best.pt

    def __init__(self, parent=None):
        super().__init__(parent)
        self.runs = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Run"), self.tr("Epochs"), self.tr("Best mAP50-95"),
                                              self.tr("State"), self.tr("Folder")])
        self.table.horizontalHeaderItem(2).setToolTip(explain("map50_95"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self._show())
        self.hint = QLabel(self.tr("Select a run to see its curves; select two (Ctrl+click) to compare them."))
        self.hint.setWordWrap(True)
        self.show_btn = QPushButton(self.tr("Show curves"))
        self.compare_btn = QPushButton(self.tr("Compare two"))
        self.resume_btn = QPushButton(self.tr("Resume"))
        self.resume_btn.setToolTip(self.tr("Continue this interrupted run from its last.pt"))
        self.more_btn = QPushButton(self.tr("Train more..."))
        self.more_btn.setToolTip(self.tr("A new run of N more epochs from this run's last.pt, same data and settings"))
        self.preview_btn = QPushButton(self.tr("Open in Preview"))
        refresh = QPushButton(self.tr("Refresh"))
        self.show_btn.clicked.connect(self._show)
        self.compare_btn.clicked.connect(self._compare)
        self.resume_btn.clicked.connect(self._resume)
        self.preview_btn.clicked.connect(self._preview)
        self.more_btn.clicked.connect(lambda: len(self.selected()) == 1
                                      and self.more_requested.emit(str(self.selected()[0].save_dir)))
        refresh.clicked.connect(self.refresh_requested)
        buttons = QHBoxLayout()
        for b in (self.show_btn, self.compare_btn, self.resume_btn, self.more_btn, self.preview_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.hint)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self._update_buttons()

    def set_runs(self, runs) -> None:
        """Show ``runs`` (a list of ``training.RunSummary``, newest first)."""
        self.runs = list(runs)
        self.table.setRowCount(len(self.runs))
        for r, run in enumerate(self.runs):
            score = "" if run.best_map50_95 is None else f"{run.best_map50_95:.3f}"
            if run.resumable:
                state = self.tr("interrupted, resumable")
            elif run.best is not None:
                state = self.tr("finished")
            else:
                state = self.tr("no weights")
            cells = [run.name, f"{run.epochs_done} / {run.epochs}", score, state, str(run.save_dir)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, r)
                if c in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def select(self, *rows: int) -> None:
        """Select the given rows (keyboard users and tests)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r in rows:
            self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    def selected(self) -> list:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.runs[r] for r in rows if r < len(self.runs)]

    def _update_buttons(self) -> None:
        sel = self.selected()
        self.show_btn.setEnabled(len(sel) == 1)
        self.compare_btn.setEnabled(len(sel) == 2)
        self.resume_btn.setEnabled(len(sel) == 1 and sel[0].resumable and sel[0].last is not None)
        self.preview_btn.setEnabled(len(sel) == 1 and sel[0].best is not None)
        self.more_btn.setEnabled(len(sel) == 1 and (sel[0].last or sel[0].best) is not None)

    def _show(self) -> None:
        sel = self.selected()
        if len(sel) == 1:
            self.show_requested.emit(str(sel[0].save_dir))
        elif len(sel) == 2:
            self._compare()

    def _compare(self) -> None:
        sel = self.selected()
        if len(sel) == 2:
            self.compare_requested.emit(str(sel[0].save_dir), str(sel[1].save_dir))

    def _resume(self) -> None:
        sel = self.selected()
        if len(sel) == 1 and sel[0].last is not None:
            self.resume_requested.emit(str(Path(sel[0].last)))

    def _preview(self) -> None:
        sel = self.selected()
        if len(sel) == 1 and sel[0].best is not None:
            self.open_in_preview.emit(str(sel[0].best))
