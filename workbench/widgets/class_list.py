"""The class list: names with colour swatches and box counts; add, rename, recolour,
delete, merge. It only asks the user and emits what they chose; the page changes files."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QColorDialog, QHBoxLayout, QInputDialog, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

# Ultralytics' palette: users see the same colours here as on their training plots.
PALETTE = ["#FF3838", "#FF9D97", "#FF701F", "#FFB21D", "#CFD231", "#48F90A", "#92CC17", "#3DDB86",
           "#1A9334", "#00D4BB", "#2C99A8", "#00C2FF", "#344593", "#6473FF", "#0018EC", "#8438FF",
           "#520085", "#CB38FF", "#FF95C8", "#FF37C7"]


def default_color(class_id: int) -> QColor:
    """The colour of a class that the user has not recoloured.

    Ultralytics' palette, walked with a stride of 7 (coprime with its 20 colours): its
    neighbours are near-identical reds, and classes 0 and 1 side by side must not be.
    """
    return QColor(PALETTE[(class_id * 7) % len(PALETTE)])


def _swatch(color: QColor) -> QIcon:
    pm = QPixmap(14, 14)
    pm.fill(color)
    return QIcon(pm)


class ClassListWidget(QWidget):
    """Class names with colours; the current row is the class for new boxes."""

    current_changed = Signal(int)
    class_clicked = Signal(int)      # the user clicked a class (not a programmatic change)
    add_requested = Signal(str)
    rename_requested = Signal(int, str)
    recolor_requested = Signal(int, QColor)
    delete_requested = Signal(int)
    merge_requested = Signal(int, int)   # source, target

    def __init__(self, parent=None):
        super().__init__(parent)
        self._names: list[str] = []
        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("New class name, Enter to add"))
        self.list = QListWidget()
        self.list.setIconSize(QSize(14, 14))
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        buttons = QHBoxLayout()
        self.rename_btn = QPushButton(self.tr("Rename"))
        self.color_btn = QPushButton(self.tr("Colour"))
        self.merge_btn = QPushButton(self.tr("Merge"))
        self.delete_btn = QPushButton(self.tr("Delete"))
        for b, tip in ((self.rename_btn, self.tr("Rename the class; label files do not change")),
                       (self.color_btn, self.tr("Pick the colour its boxes are drawn in")),
                       (self.merge_btn, self.tr("Move every box of this class into another class")),
                       (self.delete_btn, self.tr("Delete the class and all its boxes"))):
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.new_edit)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        self.new_edit.returnPressed.connect(self._add)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemDoubleClicked.connect(lambda _: self._rename())
        self.list.itemClicked.connect(lambda item: self.class_clicked.emit(self.list.row(item)))
        self.rename_btn.clicked.connect(self._rename)
        self.color_btn.clicked.connect(self._recolor)
        self.merge_btn.clicked.connect(self._merge)
        self.delete_btn.clicked.connect(self._delete)
        self._row_changed(-1)

    def set_classes(self, names: Sequence[str], colors: Sequence[QColor],
                    counts: Sequence[int] | None = None) -> None:
        """Show ``names``; keeps the current row where possible, without emitting."""
        row = self.list.currentRow()
        self._names = list(names)
        self.list.blockSignals(True)
        self.list.clear()
        for i, (n, c) in enumerate(zip(names, colors)):
            key = f"{i + 1}  " if i < 9 else "    "
            text = f"{key}{n}" + (f"   ({counts[i]})" if counts is not None and i < len(counts) else "")
            item = QListWidgetItem(_swatch(c), text)
            item.setToolTip(self.tr("class id {0}; press {1} to use it").format(i, i + 1) if i < 9
                            else self.tr("class id {0}").format(i))
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(row, 0), len(names) - 1) if names else -1)
        self.list.blockSignals(False)
        self._update_buttons()

    def current(self) -> int:
        return self.list.currentRow()

    def set_current(self, i: int) -> None:
        if 0 <= i < self.list.count():
            self.list.setCurrentRow(i)

    def _row_changed(self, row: int) -> None:
        self._update_buttons()
        self.current_changed.emit(row)

    def _update_buttons(self) -> None:
        has = self.list.currentRow() >= 0
        for b in (self.rename_btn, self.color_btn, self.delete_btn):
            b.setEnabled(has)
        self.merge_btn.setEnabled(has and self.list.count() > 1)

    def _add(self) -> None:
        name = " ".join(self.new_edit.text().split())
        if name:
            self.new_edit.clear()
            self.add_requested.emit(name)

    def _rename(self) -> None:
        i = self.list.currentRow()
        if i < 0:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename class"), self.tr("New name:"),
                                        QLineEdit.EchoMode.Normal, self._names[i])
        if ok and name.strip() and name.strip() != self._names[i]:
            self.rename_requested.emit(i, name.strip())

    def _recolor(self) -> None:
        i = self.list.currentRow()
        if i < 0:
            return
        c = QColorDialog.getColor(self.list.item(i).icon().pixmap(14, 14).toImage().pixelColor(7, 7), self,
                                  self.tr("Colour of {0}").format(self._names[i]))
        if c.isValid():
            self.recolor_requested.emit(i, c)

    def _merge(self) -> None:
        i = self.list.currentRow()
        others = [n for k, n in enumerate(self._names) if k != i]
        if i < 0 or not others:
            return
        name, ok = QInputDialog.getItem(self, self.tr("Merge class"),
                                        self.tr("Move every box of '{0}' into:").format(self._names[i]),
                                        others, 0, False)
        if ok:
            self.merge_requested.emit(i, self._names.index(name))

    def _delete(self) -> None:
        i = self.list.currentRow()
        if i >= 0:
            self.delete_requested.emit(i)
