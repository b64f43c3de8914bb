"""The photo under the boxes: a scaled preview for zoomed-out views, the full decode for detail."""
from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

# Shown where an image has a size but no pixels (yet).
_EMPTY = QColor(70, 70, 70)


class ImageItem(QGraphicsItem):
    """An image of ``width`` x ``height`` pixels in scene units, painted from one of two pixmaps.

    The preview (a smaller decode, stretched over the full size) is used while it has at least
    as many pixels as the screen shows; the full-resolution pixmap only when zoomed in further.
    Both are converted to QPixmap once, when set. Only the exposed part is drawn.
    """

    def __init__(self) -> None:
        super().__init__()
        self._w = 0
        self._h = 0
        self._preview: QPixmap | None = None
        self._full: QPixmap | None = None
        self.last_painted = ""  # "preview", "full" or "": which pixmap the last paint used
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(-1)

    # -- content -------------------------------------------------------------------------
    def set_image(self, width: int, height: int, image: QImage | None) -> None:
        """Show ``image`` stretched over ``width`` x ``height``; a full-size image is the full one."""
        self.prepareGeometryChange()
        self._w, self._h = int(width), int(height)
        self._preview = self._full = None
        if image is not None and not image.isNull():
            pm = QPixmap.fromImage(image)
            if pm.width() >= self._w and pm.height() >= self._h:
                self._full = pm
            else:
                self._preview = pm
        self.update()

    def set_full_image(self, image: QImage) -> None:
        """Swap in the full-resolution decode; the preview stays for zoomed-out painting."""
        self._full = None if image is None or image.isNull() else QPixmap.fromImage(image)
        self.update()

    def clear(self) -> None:
        self.prepareGeometryChange()
        self._w = self._h = 0
        self._preview = self._full = None
        self.update()

    def has_full(self) -> bool:
        return self._full is not None

    # -- painting ------------------------------------------------------------------------
    def pixmap_for(self, lod: float) -> QPixmap | None:
        """The pixmap to paint at ``lod`` screen pixels per image pixel."""
        if self._preview is None:
            return self._full
        if self._full is None:
            return self._preview
        enough = self._preview.width() >= self._w * lod * 0.999
        return self._preview if enough else self._full

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(0, 0, self._w, self._h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._w <= 0 or self._h <= 0:
            return
        exposed = option.exposedRect.intersected(QRectF(0, 0, self._w, self._h))
        if exposed.isEmpty():
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        pm = self.pixmap_for(lod)
        if pm is None:
            painter.fillRect(exposed, _EMPTY)
            self.last_painted = ""
            return
        self.last_painted = "full" if pm is self._full else "preview"
        # Draw only the exposed source pixels, aligned to the pixmap's grid so no seams appear.
        sx, sy = pm.width() / self._w, pm.height() / self._h
        x0 = max(0, math.floor(exposed.left() * sx))
        y0 = max(0, math.floor(exposed.top() * sy))
        x1 = min(pm.width(), math.ceil(exposed.right() * sx))
        y1 = min(pm.height(), math.ceil(exposed.bottom() * sy))
        src = QRectF(x0, y0, x1 - x0, y1 - y0)
        dst = QRectF(x0 / sx, y0 / sy, (x1 - x0) / sx, (y1 - y0) / sy)
        # Zoomed in far, show crisp pixels (labelers want to see edges); otherwise filter.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, lod / sx < 2)
        painter.drawPixmap(dst, pm, src)
