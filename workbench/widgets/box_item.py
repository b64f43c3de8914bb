"""Box items of the labeling canvas.

Boxes and their name tags are Qt's own C++ rect/text items with cosmetic pens, so painting
1,000 boxes runs no Python at all; the pens and brushes of a class are built once and shared.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from workbench.labels import Box

UNKNOWN_COLOR = QColor(150, 150, 150)
HANDLE = 8          # resize handle size on screen, px
# Handle names: the letters say which edges a handle moves (l, t, r, b).
HANDLES = ("tl", "t", "tr", "r", "br", "b", "bl", "l")
HANDLE_CURSORS = {
    "tl": Qt.CursorShape.SizeFDiagCursor, "br": Qt.CursorShape.SizeFDiagCursor,
    "tr": Qt.CursorShape.SizeBDiagCursor, "bl": Qt.CursorShape.SizeBDiagCursor,
    "t": Qt.CursorShape.SizeVerCursor, "b": Qt.CursorShape.SizeVerCursor,
    "l": Qt.CursorShape.SizeHorCursor, "r": Qt.CursorShape.SizeHorCursor,
}
_PAD_X = 3
_PAD_Y = 1


def handle_points(r: QRectF) -> dict[str, QPointF]:
    """Centres of the 8 resize handles of ``r`` (corners and edge midpoints)."""
    cx, cy = r.center().x(), r.center().y()
    return {"tl": r.topLeft(), "t": QPointF(cx, r.top()), "tr": r.topRight(),
            "r": QPointF(r.right(), cy), "br": r.bottomRight(), "b": QPointF(cx, r.bottom()),
            "bl": r.bottomLeft(), "l": QPointF(r.left(), cy)}


def edge_zone(r: QRectF, p: QPointF, grab: float) -> str:
    """The handle whose zone holds ``p`` near the edges of ``r`` (all in screen px), or "".

    A zone reaches ``grab`` px outside an edge and up to ``grab`` px inside it (less on a
    small box, so its middle still moves it): pressing there resizes any box, selected or not.
    """
    if not r.adjusted(-grab, -grab, grab, grab).contains(p):
        return ""
    gx, gy = min(grab, r.width() / 4), min(grab, r.height() / 4)
    v = ("t" if r.top() - grab <= p.y() <= r.top() + gy else
         "b" if r.bottom() - gy <= p.y() <= r.bottom() + grab else "")
    h = ("l" if r.left() - grab <= p.x() <= r.left() + gx else
         "r" if r.right() - gx <= p.x() <= r.right() + grab else "")
    return v + h


def moved_rect(r: QRectF, dx: float, dy: float, width: int, height: int) -> QRectF:
    """``r`` moved by (dx, dy) but stopped at the image border, size kept.

    A box already outside the image (a problem box from a file) moves freely; the caller
    cuts it to the image when the edit is committed.
    """
    lo, hi = -r.left(), width - r.right()
    if lo <= hi:
        dx = min(max(dx, lo), hi)
    lo, hi = -r.top(), height - r.bottom()
    if lo <= hi:
        dy = min(max(dy, lo), hi)
    return r.translated(dx, dy)


def resized_rect(r: QRectF, handle: str, p: QPointF) -> QRectF:
    """``r`` with the edges named by ``handle`` moved to ``p`` (edges may cross over)."""
    x1 = p.x() if "l" in handle else r.left()
    x2 = p.x() if "r" in handle else r.right()
    y1 = p.y() if "t" in handle else r.top()
    y2 = p.y() if "b" in handle else r.bottom()
    return QRectF(QPointF(x1, y1), QPointF(x2, y2)).normalized()


def text_brush_for(color: QColor) -> QBrush:
    """Black or white text, whichever reads on a tag of ``color``."""
    luma = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QBrush(QColor(0, 0, 0) if luma > 150 else QColor(255, 255, 255))


def _cosmetic(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


class ClassStyle:
    """Pens, brushes and tag text of one class, shared by all its boxes."""

    __slots__ = ("name", "color", "pen", "selected_pen", "brush", "selected_brush",
                 "tag_brush", "text_brush", "tag_w", "tag_h")

    def __init__(self, name: str, color: QColor, font: QFont) -> None:
        self.name = name
        self.color = QColor(color)
        self.pen = _cosmetic(color, 2)
        self.selected_pen = _cosmetic(color, 3)
        fill = QColor(color)
        fill.setAlpha(40)
        self.brush = QBrush(fill)
        fill = QColor(color)
        fill.setAlpha(90)
        self.selected_brush = QBrush(fill)
        self.tag_brush = QBrush(QColor(color))
        self.text_brush = text_brush_for(color)
        fm = QFontMetrics(font)
        self.tag_w = fm.horizontalAdvance(name) + 2 * _PAD_X
        self.tag_h = fm.height() + 2 * _PAD_Y


class BoxStyles:
    """Class id -> :class:`ClassStyle`; ids beyond the class list draw grey as ``#<id>``."""

    def __init__(self, font: QFont, unknown_format: str = "#{}") -> None:
        self.font = QFont(font)
        self.font.setBold(True)
        self.unknown_format = unknown_format
        self._known: list[ClassStyle] = []
        self._unknown: dict[int, ClassStyle] = {}

    def set_classes(self, names: list[str], colors: list[QColor]) -> None:
        self._known = [ClassStyle(n, colors[i] if i < len(colors) else UNKNOWN_COLOR, self.font)
                       for i, n in enumerate(names)]
        self._unknown.clear()

    def get(self, cls: int) -> ClassStyle:
        if 0 <= cls < len(self._known):
            return self._known[cls]
        style = self._unknown.get(cls)
        if style is None:
            style = ClassStyle(self.unknown_format.format(cls), UNKNOWN_COLOR, self.font)
            self._unknown[cls] = style
        return style


class TagItem(QGraphicsRectItem):
    """The class-name chip at a box's top-left corner, a fixed size on screen."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setPen(Qt.PenStyle.NoPen)
        self.text = QGraphicsSimpleTextItem(self)
        self.above = True
        self.height = 0

    def apply_style(self, style: ClassStyle, font: QFont) -> None:
        self.setBrush(style.tag_brush)
        self.text.setFont(font)
        self.text.setBrush(style.text_brush)
        self.text.setText(style.name)
        self.height = style.tag_h
        self._layout(style.tag_w)

    def set_above(self, above: bool) -> None:
        """Above the box's top edge (default), or inside it where there is no room above."""
        if above != self.above:
            self.above = above
            self._layout(self.rect().width())

    def _layout(self, width: float) -> None:
        top = -self.height if self.above else 0
        self.setRect(QRectF(0, top, width, self.height))
        self.text.setPos(_PAD_X, top + _PAD_Y)


class BoxItem(QGraphicsRectItem):
    """One box: ``rect`` in image pixels, ``box`` the :class:`Box` it stands for.

    ``box`` stays the very object it came in as until the user edits it.
    """

    def __init__(self, box: Box, rect: QRectF, style: ClassStyle, font: QFont) -> None:
        super().__init__(rect)
        self.box = box
        self.selected = False
        self.tag = TagItem(self)
        self.tag.setPos(rect.topLeft())
        self.apply_style(style, font)

    def apply_style(self, style: ClassStyle, font: QFont) -> None:
        self.setPen(style.selected_pen if self.selected else style.pen)
        self.setBrush(style.selected_brush if self.selected else style.brush)
        self.tag.apply_style(style, font)

    def set_selected(self, selected: bool, style: ClassStyle) -> None:
        self.selected = selected
        self.setPen(style.selected_pen if selected else style.pen)
        self.setBrush(style.selected_brush if selected else style.brush)
        self.setZValue(1 if selected else 0)

    def set_geometry(self, rect: QRectF) -> None:
        self.setRect(rect)
        self.tag.setPos(QPointF(rect.left(), rect.top()))
