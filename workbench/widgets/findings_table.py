"""The findings of a dataset check: file, line, message; blocking ones first, colour-coded.

Double-click or Enter on a row emits ``image_activated`` with the image the finding belongs
to; the page decides what to do (the main window opens it in the Label page).
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..project import readable
from .core_text import core_text, located

BLOCKING_BG = QColor("#fdecea")
WARNING_BG = QColor("#fff8e1")
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsModel(QAbstractTableModel):
    """Rows of findings (objects with image, file, line, message, blocking)."""

    COLUMNS = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._root = ""
        self._headers = [QT_TRANSLATE_NOOP("FindingsModel", "File"), QT_TRANSLATE_NOOP("FindingsModel", "Line"),
                         QT_TRANSLATE_NOOP("FindingsModel", "Problem")]   # translated when shown

    def set_findings(self, findings: Sequence, root: Path | str | None = None) -> None:
        self.beginResetModel()
        # sorted() is stable: the checker's order is kept within blocking and within warnings
        self._rows = sorted(findings, key=lambda f: not f.blocking)
        self._root = os.fspath(root).rstrip(os.sep) + os.sep if root else ""
        self.endResetModel()

    def retranslate(self) -> None:
        """Show headers and messages in the language installed now."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def finding(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self._headers[section])
        return None

    def _name(self, path) -> str:
        s = os.fspath(path)
        s = s[len(self._root):].replace(os.sep, "/") if self._root and s.startswith(self._root) else s
        return readable(s)   # Qt would silently drop bytes of a name that are not UTF-8

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self._name(f.file)
            if col == 1:
                return str(f.line) if f.line else ""
            return readable(core_text(f.message))
        if role == Qt.ItemDataRole.ToolTipRole:
            return readable(located(f.file, f.line, f.message))
        if role == Qt.ItemDataRole.BackgroundRole:
            return BLOCKING_BG if f.blocking else WARNING_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#222")
        if role == FINDING_ROLE:
            return f
        return None


class FindingsTable(QTableView):
    """A read-only table of findings; activating a row asks to open its image."""

    image_activated = Signal(object)   # absolute image path (str; a str signal drops bytes that are not UTF-8)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = FindingsModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        h = self.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 220)
        self.doubleClicked.connect(self._activate)

    def set_findings(self, findings: Sequence, root: Path | str | None = None) -> None:
        """Show ``findings`` (file names relative to ``root`` where they lie under it)."""
        self.model_.set_findings(findings, root)
        if self.model_.rowCount():
            self.selectRow(0)

    def count(self) -> int:
        return self.model_.rowCount()

    def finding(self, row: int):
        return self.model_.finding(row)

    def activate_row(self, row: int) -> None:
        """What a double-click or Enter on ``row`` does."""
        if 0 <= row < self.model_.rowCount():
            self.image_activated.emit(os.fspath(self.model_.finding(row).image))

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activate_row(index.row())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activate_row(self.currentIndex().row())
            return
        super().keyPressEvent(event)
