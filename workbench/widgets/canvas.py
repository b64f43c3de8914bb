"""The labeling canvas: draw, select, move, resize and nudge YOLO boxes on one image.

The canvas holds boxes in image pixels and hands out normalized :class:`Box` objects; it never
touches files and speaks upward only through its signals (the label page saves and undoes).
Mouse handling is done here in the view rather than by item flags, so edits are exact.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QRegion, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from workbench.labels import Box
from workbench.widgets.box_item import (
    HANDLE, HANDLE_CURSORS, BoxItem, BoxStyles, handle_points, moved_rect, resized_rect)
from workbench.widgets.image_item import ImageItem

GRAB = 6            # how close (screen px) the pointer must be to a handle centre
MIN_DRAG = 3        # screen px: smaller drags draw nothing and move nothing
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.01, 64.0
_ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
           Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class LabelCanvas(QGraphicsView):
    """An image with YOLO boxes the user draws and edits with mouse and keys."""

    boxes_changed = Signal()            # once per completed edit, never from set_boxes()
    selection_changed = Signal(int)     # index in boxes(), -1 for none
    zoom_changed = Signal(float)        # view scale, 1.0 = 100 %
    cursor_moved = Signal(float, float)  # cursor in image pixels

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
        self._two_click = False
        self._armed = False        # start_drawing(): the next press draws, even over a box
        self._space = False
        self._fit = True           # the view follows the window size until the user zooms
        self._mode = ""            # "", "draw", "move", "resize", "pan"
        self._waiting = False      # two-click mode: first corner set, waiting for the second
        self._handle = ""
        self._press_vp = QPointF()
        self._press_scene = QPointF()
        self._drag_started = False
        self._orig_rect = QRectF()
        self._draw_a = QPointF()
        self._draw_b = QPointF()
        self._pan_from = QPointF()
        self._pan_values = (0, 0)
        self._hover: QPointF | None = None
        self._overlay = QRegion()
        self._cursor = None

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

        Clears the boxes without emitting ``boxes_changed``; fits the view unless ``keep_view``.
        """
        self._cancel_interaction()
        self._remove_items()
        self._w, self._h = max(0, int(width)), max(0, int(height))
        self._image.set_image(self._w, self._h, image)
        self._scene.setSceneRect(QRectF(0, 0, self._w, self._h))
        self._select(-1)
        if not keep_view:
            self.fit_to_window()
        self._update_overlay()

    def set_full_image(self, image: QImage) -> None:
        """Swap in the full-resolution decode; boxes and view stay as they are."""
        self._image.set_full_image(image)

    def clear(self) -> None:
        """Show nothing: no image, no boxes."""
        self._cancel_interaction()
        self._remove_items()
        self._w = self._h = 0
        self._image.clear()
        self._scene.setSceneRect(QRectF(0, 0, 1, 1))
        self._select(-1)
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
        self._update_overlay()

    def set_current_class(self, i: int) -> None:
        """The class given to new boxes."""
        self._current_class = int(i)
        self._update_overlay()

    def current_class(self) -> int:
        return self._current_class

    def set_selected_box_class(self, i: int) -> bool:
        """Give the selected box class ``i``; False when nothing is selected (or read-only)."""
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

    # == mouse ==============================================================================
    def mousePressEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos, button = ev.position(), ev.button()
        if button == Qt.MouseButton.LeftButton and self._mode == "draw" and self._waiting:
            self._draw_b = self._snap(self._to_scene(pos))
            self._finish_draw()
            return
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._space):
            self._mode, self._pan_from = "pan", pos
            self._pan_values = (self.horizontalScrollBar().value(),
                                self.verticalScrollBar().value())
            self._set_cursor(Qt.CursorShape.ClosedHandCursor)
            self._update_overlay()
            return
        if button != Qt.MouseButton.LeftButton or not self._has_image() or self._mode:
            super().mousePressEvent(ev)
            return
        self._press_vp, self._press_scene = pos, self._to_scene(pos)
        if self._armed and not self._read_only:
            self._start_draw()
            return
        kind, idx = self._hit(pos)
        if idx >= 0:
            self._select(idx)
            if not self._read_only:
                self._mode = "move" if kind == "body" else "resize"
                self._handle = kind
                self._orig_rect = self._items[idx].rect()
                self._drag_started = False
            return
        self._select(-1)
        if not self._read_only:
            self._start_draw()

    def mouseDoubleClickEvent(self, ev) -> None:  # noqa: N802
        # Qt turns a quick second click into a double click; for us it is just a press.
        self.mousePressEvent(ev)

    def mouseMoveEvent(self, ev) -> None:  # noqa: N802
        pos = ev.position()
        self._hover = pos
        sp = self._to_scene(pos)
        self.cursor_moved.emit(sp.x(), sp.y())
        if self._mode == "pan":
            d = pos - self._pan_from
            self.horizontalScrollBar().setValue(self._pan_values[0] - round(d.x()))
            self.verticalScrollBar().setValue(self._pan_values[1] - round(d.y()))
            return
        if self._mode == "draw":
            self._draw_b = self._snap(sp)
        elif self._mode in ("move", "resize"):
            if not self._drag_started:
                d = pos - self._press_vp
                if abs(d.x()) < MIN_DRAG and abs(d.y()) < MIN_DRAG:
                    return
                self._drag_started = True
            self._drag_to(sp)
        else:
            self._update_hover_cursor(pos)
        self._update_overlay()

    def mouseReleaseEvent(self, ev) -> None:  # noqa: N802
        button, mode = ev.button(), self._mode
        if mode == "pan" and button in (Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton):
            self._mode = ""
            self._update_hover_cursor(ev.position())
            self._update_overlay()
        elif mode == "draw" and button == Qt.MouseButton.LeftButton:
            self._draw_b = self._snap(self._to_scene(ev.position()))
            d = ev.position() - self._press_vp
            if self._two_click and abs(d.x()) < MIN_DRAG and abs(d.y()) < MIN_DRAG:
                self._waiting = True  # a click, not a drag: wait for the second corner
            else:
                self._finish_draw()
        elif mode in ("move", "resize") and button == Qt.MouseButton.LeftButton:
            self._mode = ""
            if self._drag_started:
                self._commit(self._selected, self._items[self._selected].rect(), self._orig_rect)
            self._update_overlay()
        else:
            super().mouseReleaseEvent(ev)

    def wheelEvent(self, ev) -> None:  # noqa: N802
        if ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = ev.angleDelta().y() / 120
            if steps:
                self._zoom(self.scale_factor() * ZOOM_STEP ** steps, ev.position())
            ev.accept()
            return
        super().wheelEvent(ev)

    def viewportEvent(self, ev) -> bool:  # noqa: N802
        if ev.type() == QEvent.Type.Leave:
            self._hover = None
            self._update_overlay()
        return super().viewportEvent(ev)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self._overlay.translate(dx, dy)  # the old overlay pixels were scrolled along
        self._update_overlay()

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        if self._fit:
            self.fit_to_window()

    # == keys ===============================================================================
    def keyPressEvent(self, ev) -> None:  # noqa: N802
        key = ev.key()
        if key == Qt.Key.Key_Space:
            if not ev.isAutoRepeat() and not self._space:
                self._space = True
                self._set_cursor(Qt.CursorShape.OpenHandCursor)
                self._update_overlay()
            ev.accept()
            return
        if key in _ARROWS and self._selected >= 0 and not self._read_only:
            step = 10 if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = _ARROWS[key]
            self.nudge_selected(dx * step, dy * step)
            ev.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected >= 0 \
                and not self._read_only:
            self.delete_selected()
            ev.accept()
            return
        if key == Qt.Key.Key_Escape and (self._mode or self._armed or self._selected >= 0):
            if self._mode or self._armed:
                self._cancel_interaction()
            else:
                self._select(-1)
            ev.accept()
            return
        super().keyPressEvent(ev)

    def keyReleaseEvent(self, ev) -> None:  # noqa: N802
        if ev.key() == Qt.Key.Key_Space and not ev.isAutoRepeat():
            self._end_space()
            ev.accept()
            return
        super().keyReleaseEvent(ev)

    def focusOutEvent(self, ev) -> None:  # noqa: N802
        self._end_space()  # a space released elsewhere must not leave the canvas panning
        super().focusOutEvent(ev)

    def _end_space(self) -> None:
        if self._space:
            self._space = False
            if self._mode == "pan":
                self._mode = ""
            if self._hover is not None:
                self._update_hover_cursor(self._hover)
            self._update_overlay()

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

    def _snap(self, p: QPointF) -> QPointF:
        """``p`` on the nearest whole image pixel, inside the image."""
        return QPointF(min(max(round(p.x()), 0), self._w), min(max(round(p.y()), 0), self._h))

    def _set_cursor(self, shape) -> None:
        if shape != self._cursor:
            self._cursor = shape
            self.viewport().setCursor(shape)

    def _update_hover_cursor(self, pos: QPointF) -> None:
        if self._space:
            shape = Qt.CursorShape.OpenHandCursor
        elif self._mode == "pan":
            shape = Qt.CursorShape.ClosedHandCursor
        elif not self._has_image():
            shape = Qt.CursorShape.ArrowCursor
        elif self._armed or self._mode == "draw":
            shape = Qt.CursorShape.CrossCursor
        else:
            kind, idx = self._hit(pos)
            if idx >= 0 and not self._read_only:
                shape = (Qt.CursorShape.SizeAllCursor if kind == "body"
                         else HANDLE_CURSORS[kind])
            elif idx >= 0 or self._read_only:
                shape = Qt.CursorShape.ArrowCursor
            else:
                shape = Qt.CursorShape.CrossCursor
        self._set_cursor(shape)

    def _hit(self, pos: QPointF) -> tuple[str, int]:
        """(handle name or "body", box index) under viewport point ``pos``; ("", -1) for none.

        The selected box's handles win, then the selected box, then the smallest box.
        """
        sel = self._selected
        if sel >= 0 and not self._read_only:
            r = self._vp_rect(self._items[sel].rect())
            for name, p in handle_points(r).items():
                if abs(p.x() - pos.x()) <= GRAB and abs(p.y() - pos.y()) <= GRAB:
                    return name, sel
        sp = self._to_scene(pos)
        tol = 2 / max(self.scale_factor(), 1e-9)
        probe = QRectF(sp.x() - tol, sp.y() - tol, 2 * tol, 2 * tol)
        best, best_area = None, 0.0
        for it in self._scene.items(probe, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if not isinstance(it, BoxItem):
                continue
            r = it.rect()
            if not r.adjusted(-tol, -tol, tol, tol).contains(sp):
                continue
            if it.selected:
                return "body", sel
            area = r.width() * r.height()
            if best is None or area < best_area:
                best, best_area = it, area
        return ("body", self._items.index(best)) if best is not None else ("", -1)

    def _select(self, i: int) -> None:
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

    def _cancel_interaction(self) -> None:
        if self._mode in ("move", "resize") and 0 <= self._selected < len(self._items):
            self._items[self._selected].set_geometry(self._orig_rect)
        self._mode, self._waiting, self._armed, self._drag_started = "", False, False, False
        self._update_overlay()

    def _start_draw(self) -> None:
        self._mode, self._waiting = "draw", False
        self._draw_a = self._draw_b = self._snap(self._press_scene)
        self._set_cursor(Qt.CursorShape.CrossCursor)
        self._update_overlay()

    def _finish_draw(self) -> None:
        r = QRectF(self._draw_a, self._draw_b).normalized()
        self._mode, self._waiting, self._armed = "", False, False
        self._update_overlay()
        s = self.scale_factor()
        if (r.width() < 1 or r.height() < 1 or r.width() * s < MIN_DRAG
                or r.height() * s < MIN_DRAG):
            return
        box = Box.from_pixels(self._current_class, r.left(), r.top(), r.right(), r.bottom(),
                              self._w, self._h)
        it = self._add_item(box)
        self._place_tags([it])
        self._select(len(self._items) - 1)
        self.boxes_changed.emit()

    def _drag_to(self, sp: QPointF) -> None:
        if self._mode == "move":
            dx = round(sp.x()) - round(self._press_scene.x())
            dy = round(sp.y()) - round(self._press_scene.y())
            r = moved_rect(self._orig_rect, dx, dy, self._w, self._h)
        else:
            r = resized_rect(self._orig_rect, self._handle, self._snap(sp))
        self._items[self._selected].set_geometry(r)

    def _commit(self, idx: int, rect: QRectF, orig: QRectF) -> bool:
        """Make box ``idx`` ``rect`` (cut to the image); True and one boxes_changed if it changed."""
        it = self._items[idx]
        r = rect.intersected(QRectF(0, 0, self._w, self._h))
        if r.width() < 1 or r.height() < 1 or r == orig:
            it.set_geometry(orig)
            self._update_overlay()
            return False
        it.box = Box.from_pixels(it.box.cls, r.left(), r.top(), r.right(), r.bottom(),
                                 self._w, self._h)
        it.set_geometry(r)
        self._place_tags([it])
        self._update_overlay()
        self.boxes_changed.emit()
        return True
