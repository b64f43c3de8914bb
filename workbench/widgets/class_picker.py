"""The small class popup shown after a box is drawn, when the user asked for it (LabelImg's habit).

Type to filter, arrows to move, Enter (or a click) to accept, Esc (or a click outside) to cancel.
It only answers with a class index or None; the caller decides what happens to the box.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout


def _swatch(color: QColor) -> QIcon:
    pm = QPixmap(12, 12)
    pm.fill(color)
    return QIcon(pm)


class ClassPicker(QDialog):
    """A popup list of class names with a filter line; :meth:`choose` runs it."""

    def __init__(self, names: Sequence[str], colors: Sequence[QColor], current: int = 0, parent=None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAccessibleName(self.tr("Class of the new box"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter, Enter to accept, Esc to cancel the box"))
        self.list = QListWidget()
        for i, name in enumerate(names):
            key = f"{i + 1}  " if i < 9 else "    "
            item = QListWidgetItem(_swatch(colors[i]) if i < len(colors) else QIcon(), key + name)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(3, 3, 3, 3)
        lay.setSpacing(2)
        lay.addWidget(self.filter)
        lay.addWidget(self.list)
        rows = min(self.list.count(), 10)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2
                                 if rows else 20)
        width = max(self.list.sizeHintForColumn(0) + 40, self.filter.sizeHint().width(), 220)
        self.setFixedWidth(width)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._accept_current)
        self.list.itemActivated.connect(lambda _item: self._accept_current())
        self.list.itemClicked.connect(lambda _item: self._accept_current())
        self.filter.installEventFilter(self)
        self.chosen: int | None = None

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 - arrows in the filter line move the list
        if obj is self.filter and ev.type() == QEvent.Type.KeyPress and ev.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._move(-1 if ev.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) else 1)
            return True
        return super().eventFilter(obj, ev)

    def _visible_rows(self) -> list[int]:
        return [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]

    def _move(self, step: int) -> None:
        rows = self._visible_rows()
        if not rows:
            return
        cur = self.list.currentRow()
        k = rows.index(cur) + step if cur in rows else 0
        self.list.setCurrentRow(rows[min(max(k, 0), len(rows) - 1)])

    def _apply_filter(self, text: str) -> None:
        words = text.lower().split()
        for r in range(self.list.count()):
            item = self.list.item(r)
            item.setHidden(not all(w in item.text().lower() for w in words))
        rows = self._visible_rows()
        if rows and self.list.currentRow() not in rows:
            self.list.setCurrentRow(rows[0])

    def _accept_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def choose(self, at: QPoint) -> int | None:
        """Show at global point ``at`` and wait: the chosen class index, or None if cancelled."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(at) or QGuiApplication.primaryScreen()
        if screen is not None:     # a box drawn at the bottom right: keep the popup on screen
            area = screen.availableGeometry()
            at = QPoint(max(area.left(), min(at.x(), area.right() - self.width())),
                        max(area.top(), min(at.y(), area.bottom() - self.height())))
        self.move(at)
        self.filter.setFocus()
        self.exec()
        return self.chosen
