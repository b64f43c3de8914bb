"""The labeling canvas: draw, select, move, resize and nudge YOLO boxes on one image.

The canvas holds boxes in image pixels and hands out normalized :class:`Box` objects; it never
touches files and speaks upward only through its signals (the label page saves and undoes).
Mouse handling is done in the view rather than by item flags, so edits are exact; that state
machine lives in :mod:`canvas_interaction`, this module keeps content, zoom and the overlay.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QRegion, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from workbench.labels import Box
from workbench.widgets.box_item import HANDLE, BoxItem, BoxStyles, handle_points, moved_rect
from workbench.widgets.canvas_interaction import GRAB, MIN_DRAG, CanvasInteraction
from workbench.widgets.image_item import ImageItem
from workbench.widgets.suggestion_item import Suggestion, SuggestionLayer

__all__ = ["LabelCanvas", "Suggestion", "GRAB", "MIN_DRAG", "ZOOM_STEP", "MIN_SCALE", "MAX_SCALE"]

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.01, 64.0


class LabelCanvas(SuggestionLayer, CanvasInteraction, QGraphicsView):
    """An image with YOLO boxes the user draws and edits with mouse and keys.

    Suggested boxes (a model's, :mod:`suggestion_item`) are shown dashed beside the boxes and
    are never part of :meth:`boxes` until the user accepts them.
    """

    boxes_changed = Signal()            # once per completed edit, never from set_boxes()
    selection_changed = Signal(int)     # index in boxes(), -1 for none
    box_added = Signal(int)             # index of a box the user just drew (after its boxes_changed)
    zoom_changed = Signal(float)        # view scale, 1.0 = 100 %
    cursor_moved = Signal(float, float)  # cursor in image pixels
    suggestions_changed = Signal(str)   # "accepted", "rejected" or "edited"; never from set_suggestions()
    suggestion_selected = Signal(int)   # index in suggestions(), -1 for none

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setScene(self._scene)
        self._image = ImageItem()
        self._scene.addItem(self._image)
        self._w = self._h = 0
        self._items: list[BoxItem] = []
        self._styles = BoxStyles(self.font(), self.tr("#{}"))
        self._current_class = 0
        self._selected = -1
        self._read_only = False
        self._fit = True           # the view follows the window size until the user zooms
        self._overlay = QRegion()
        self._init_interaction()
        self._init_suggestions()

        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setBackgroundBrush(QColor(45, 45, 45))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(self.tr("Labeling canvas"))
        # Overlay pens are made once; the overlay is drawn in screen pixels.
        self._cross_dark = QPen(QColor(0, 0, 0, 170), 1)
        self._cross_light = QPen(QColor(255, 255, 255, 230), 1, Qt.PenStyle.DashLine)
        self._handle_pen = QPen(QColor(30, 30, 30), 1)
        self._handle_brush = QBrush(QColor(255, 255, 255))

    # == content ============================================================================
    def set_image(self, width: int, height: int, image: QImage | None = None,
                  keep_view: bool = False) -> None:
        """Show an image of ``width`` x ``height`` pixels (``image`` may be a smaller preview).

        Clears the boxes and suggestions without emitting ``boxes_changed``; fits the view
        unless ``keep_view``.
        """
        self._cancel_interaction()
        self._remove_items()
        self._remove_suggestions()
        # before the scene rect changes: the scroll that follows repaints the selection overlay
        self._select(-1)
        self._w, self._h = max(0, int(width)), max(0, int(height))
        self._image.set_image(self._w, self._h, image)
        self._scene.setSceneRect(QRectF(0, 0, self._w, self._h))
        if not keep_view:
            self.fit_to_window()
        self._update_overlay()

    def set_full_image(self, image: QImage) -> None:
        """Swap in the full-resolution decode; boxes and view stay as they are."""
        self._image.set_full_image(image)

    def clear(self) -> None:
        """Show nothing: no image, no boxes, no suggestions."""
        self._cancel_interaction()
        self._remove_items()
        self._remove_suggestions()
        self._select(-1)   # before the scroll below repaints the overlay of a box now gone
        self._w = self._h = 0
        self._image.clear()
        self._scene.setSceneRect(QRectF(0, 0, 1, 1))
        self._update_overlay()

    def set_boxes(self, boxes: list[Box]) -> None:
        """Replace all boxes (normalized); emits no ``boxes_changed``."""
        self._cancel_interaction()
        self._remove_items()
        self._select(-1)
        for box in boxes:
            self._add_item(box)
        self._place_tags(self._items)

    def boxes(self) -> list[Box]:
        """Current boxes in order; unedited ones are the very objects given to set_boxes()."""
        return [it.box for it in self._items]

    def set_classes(self, names: list[str], colors: list[QColor]) -> None:
        """Class names and colours used to draw boxes (ids beyond the list draw grey)."""
        self._styles.set_classes(list(names), list(colors))
        for it in self._items:
            it.apply_style(self._styles.get(it.box.cls), self._styles.font)
        self._place_tags(self._items)
        self._restyle_suggestions()
        self._update_overlay()

    def set_current_class(self, i: int) -> None:
        """The class given to new boxes."""
        self._current_class = int(i)
        self._update_overlay()

    def current_class(self) -> int:
        return self._current_class

    def set_selected_box_class(self, i: int) -> bool:
        """Give the selected box (or suggestion) class ``i``; False when nothing is selected."""
        if self._sugg_sel >= 0 and not self._read_only:
            return self._set_suggestion_class(i)
        if self._selected < 0 or self._read_only:
            return False
        it = self._items[self._selected]
        if it.box.cls != i:
            it.box = it.box.with_class(int(i))
            it.apply_style(self._styles.get(it.box.cls), self._styles.font)
            self._place_tags([it])
            self.boxes_changed.emit()
        return True

    def selected_index(self) -> int:
        return self._selected

    def select_box(self, i: int) -> None:
        """Select box ``i`` (-1: none) and bring it into view if it is off screen."""
        self._select(i if 0 <= i < len(self._items) else -1)
        if self._selected >= 0:
            r = self._items[self._selected].rect()
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            if not visible.intersects(r):
                self.centerOn(r.center())

    def set_read_only(self, read_only: bool) -> None:
        """No edits at all (for images with problems); selecting still works."""
        self._read_only = bool(read_only)
        self._cancel_interaction()
        self._update_overlay()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_two_click_mode(self, on: bool) -> None:
        """Off: drag to draw. On: click one corner, then click the other."""
        self._two_click = bool(on)
        if self._mode == "draw":
            self._cancel_interaction()

    def start_drawing(self) -> None:
        """The next drag (or clicks) draws a new box, even when it starts over a box."""
        if not self._read_only and self._has_image():
            self._armed = True
            self._set_cursor(Qt.CursorShape.CrossCursor)
            self._update_overlay()

    def delete_selected(self) -> bool:
        """Delete the selected box; False when nothing is selected or read-only."""
        if self._read_only or self._selected < 0:
            return False
        self._cancel_interaction()
        it = self._items.pop(self._selected)
        self._scene.removeItem(it)
        self._selected = -1
        self._update_overlay()
        self.selection_changed.emit(-1)
        self.boxes_changed.emit()
        return True

    def nudge_selected(self, dx: float, dy: float) -> bool:
        """Move the selected box by ``dx``, ``dy`` image pixels (clamped to the image)."""
        if self._read_only or self._selected < 0 or self._mode in ("move", "resize"):
            return False
        r = self._items[self._selected].rect()
        return self._commit(self._selected, moved_rect(r, dx, dy, self._w, self._h), r)

    # == zoom ===============================================================================
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_in(self) -> None:
        self._zoom(self.scale_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.scale_factor() / ZOOM_STEP)

    def zoom_to(self, scale: float) -> None:
        self._zoom(scale)

    def fit_to_window(self) -> None:
        """Show the whole image as large as the window allows."""
        if not self._has_image():
            return
        rect = QRectF(0, 0, self._w, self._h)
        # Twice: the first fit may hide scroll bars, which grows the viewport.
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit = True
        self._after_zoom()

    def _zoom(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``scale`` keeping the image point under ``anchor`` (viewport px) in place."""
        scale = min(MAX_SCALE, max(MIN_SCALE, float(scale)))
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        target = self._to_scene(anchor)
        self.setTransform(QTransform.fromScale(scale, scale))
        d = self.viewportTransform().map(target) - anchor
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(d.x()))
        v.setValue(v.value() + round(d.y()))
        self._fit = False
        self._after_zoom()

    def _after_zoom(self) -> None:
        self._place_tags(self._items)
        self._update_overlay()
        self.zoom_changed.emit(self.scale_factor())

    # == view =============================================================================
    def wheelEvent(self, ev) -> None:  # noqa: N802
        if ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = ev.angleDelta().y() / 120
            if steps:
                self._zoom(self.scale_factor() * ZOOM_STEP ** steps, ev.position())
            ev.accept()
            return
        super().wheelEvent(ev)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self._overlay.translate(dx, dy)  # the old overlay pixels were scrolled along
        self._update_overlay()

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        if self._fit:
            self.fit_to_window()

    # == overlay: handles, rubber band, crosshair (screen pixels) ===========================
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self._selected >= 0 and not self._read_only and self._mode != "draw":
            r = self._vp_rect(self._items[self._selected].rect())
            painter.setPen(self._handle_pen)
            painter.setBrush(self._handle_brush)
            half = HANDLE / 2
            for p in handle_points(r).values():
                painter.drawRect(QRectF(p.x() - half, p.y() - half, HANDLE, HANDLE))
        if self._mode == "draw":
            style = self._styles.get(self._current_class)
            painter.setPen(style.pen)
            painter.setBrush(style.brush)
            painter.drawRect(self._vp_rect(QRectF(self._draw_a, self._draw_b).normalized()))
        line = self._crosshair()
        if line is not None:
            (x, y), img = line
            for pen in (self._cross_dark, self._cross_light):
                painter.setPen(pen)
                painter.drawLine(QPointF(img.left(), y), QPointF(img.right(), y))
                painter.drawLine(QPointF(x, img.top()), QPointF(x, img.bottom()))
        painter.restore()

    def _crosshair(self):
        """((x, y), image rect) in viewport px while the user can draw, else None."""
        if (self._hover is None or self._read_only or self._space or not self._has_image()
                or self._mode not in ("", "draw")):
            return None
        sp = self._to_scene(self._hover)
        if not (0 <= sp.x() <= self._w and 0 <= sp.y() <= self._h):
            return None
        img = self._vp_rect(QRectF(0, 0, self._w, self._h))
        img = img.intersected(QRectF(self.viewport().rect()))
        return (self._hover.x(), self._hover.y()), img

    def _overlay_region(self) -> QRegion:
        region = QRegion()
        pad = HANDLE + 3
        if self._selected >= 0:
            r = self._vp_rect(self._items[self._selected].rect())
            region += r.adjusted(-pad, -pad, pad, pad).toAlignedRect()
        if self._mode == "draw":
            r = self._vp_rect(QRectF(self._draw_a, self._draw_b).normalized())
            region += r.adjusted(-4, -4, 4, 4).toAlignedRect()
        line = self._crosshair()
        if line is not None:
            (x, y), img = line
            left, top, right, bottom = img.left(), img.top(), img.right(), img.bottom()
            region += QRect(int(left) - 2, int(y) - 2, int(right - left) + 5, 5)
            region += QRect(int(x) - 2, int(top) - 2, 5, int(bottom - top) + 5)
        return region

    def _update_overlay(self) -> None:
        new = self._overlay_region()
        self.viewport().update(self._overlay.united(new))
        self._overlay = new

    # == helpers ============================================================================
    def _has_image(self) -> bool:
        return self._w > 0 and self._h > 0

    def _to_scene(self, vp: QPointF) -> QPointF:
        inv, _ = self.viewportTransform().inverted()
        return inv.map(QPointF(vp))

    def _vp_rect(self, r: QRectF) -> QRectF:
        return self.viewportTransform().mapRect(r)

    def _select(self, i: int) -> None:
        if i >= 0 and self._sugg_sel >= 0:
            self.select_suggestion(-1)
        if i == self._selected:
            return
        if 0 <= self._selected < len(self._items):
            old = self._items[self._selected]
            old.set_selected(False, self._styles.get(old.box.cls))
        self._selected = i
        if i >= 0:
            it = self._items[i]
            it.set_selected(True, self._styles.get(it.box.cls))
        self._update_overlay()
        self.selection_changed.emit(i)

    def _add_item(self, box: Box) -> BoxItem:
        x1, y1, x2, y2 = box.to_pixels(self._w, self._h)
        it = BoxItem(box, QRectF(QPointF(x1, y1), QPointF(x2, y2)).normalized(),
                     self._styles.get(box.cls), self._styles.font)
        self._scene.addItem(it)
        self._items.append(it)
        return it

    def _remove_items(self) -> None:
        for it in self._items:
            self._scene.removeItem(it)
        self._items = []  # callers then _select(-1), which emits for a lost selection

    def _place_tags(self, items) -> None:
        """Tags go above their box, or inside it where the image top leaves no room."""
        s = self.scale_factor()
        for it in items:
            it.tag.set_above(it.rect().top() * s >= it.tag.height)
