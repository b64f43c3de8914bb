"""The F1 cheat-sheet: every key of the Label page, from the same table the menus come from.

A non-modal dialog owned by the main window: it closes with Esc, fits its texts (no clipped
cells) and shows menu texts without their ``&`` mnemonics, ``(&O)`` markers or trailing dots.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from .label_actions import ACTIONS, CANVAS_KEYS, CTX

_MNEMONIC = re.compile(r"\s*\(&\w\)")      # the Chinese habit: 打开文件夹(&O)...


def plain_action_text(text: str) -> str:
    """A menu text as a sentence: no ``(&O)`` marker, no ``&``, no trailing ``...`` or ``……``."""
    text = _MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"(\.\.\.|…+)\s*$", "", text).strip()


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the Label page, translated, one row per action or canvas key."""
    def keys(spec):
        # Return and Enter read the same in some languages (回车): each shown once
        shown = (QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys)
        return " / ".join(dict.fromkeys(shown))
    rows = [(keys(spec), plain_action_text(QCoreApplication.translate(CTX, spec.text)))
            for spec in ACTIONS if spec.keys]
    rows += [(QCoreApplication.translate(CTX, k), QCoreApplication.translate(CTX, t)) for k, t in CANVAS_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts, sized to its contents; Esc or Close closes it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setModal(False)
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        for r, (k, t) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(k))
            self.table.setItem(r, 1, QTableWidgetItem(t))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._fit()

    def _fit(self) -> None:
        t = self.table
        width = (t.frameWidth() * 2 + sum(t.columnWidth(c) for c in range(2))
                 + t.verticalScrollBar().sizeHint().width() + 8)
        height = t.frameWidth() * 2 + t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount()))
        screen = self.screen().availableGeometry() if self.screen() else None
        max_h = int(screen.height() * 0.85) - 80 if screen else 900
        max_w = int(screen.width() * 0.9) if screen else 1600
        t.setMinimumWidth(min(width, max_w))
        t.setMinimumHeight(min(height, max_h))
        self.adjustSize()
