"""Mouse and keyboard interaction of the labeling canvas: the press/move/release state machine.

Drawing (drag or two clicks), moving, resizing, panning, the space-bar hand, hit-testing and
the hover cursor live here, apart from the content and zoom API in :mod:`canvas`, so each file
stays about one thing. :class:`CanvasInteraction` is a mixin for :class:`LabelCanvas` only: it
relies on the canvas's items, styles, signals and overlay helpers, and must come before
``QGraphicsView`` in the bases so its event handlers override Qt's.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt

from workbench.labels import Box
from workbench.widgets.box_item import (
    HANDLE_CURSORS, BoxItem, edge_zone, handle_points, moved_rect, resized_rect)

GRAB = 6            # how close (screen px) the pointer must be to a handle centre
MIN_DRAG = 3        # screen px: smaller drags draw nothing and move nothing
_ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
           Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class CanvasInteraction:
    """What the mouse and keys do on the canvas; mixed into :class:`LabelCanvas`."""

    def _init_interaction(self) -> None:
        self._two_click = False
        self._armed = False        # start_drawing(): the next press draws, even over a box
        self._space = False
        self._mode = ""            # "", "draw", "move", "resize", "pan"
        self._waiting = False      # two-click mode: first corner set, waiting for the second
        self._handle = ""
        self._press_vp = QPointF()
        self._press_scene = QPointF()
        self._drag_started = False
        self._orig_rect = QRectF()
        self._grab_offset = QPointF()
        self._draw_a = QPointF()
        self._draw_b = QPointF()
        self._pan_from = QPointF()
        self._pan_values = (0, 0)
        self._hover: QPointF | None = None
        self._cursor = None
        # set by the page to ask the class of each new box: f(global QPoint) -> class index,
        # or None to drop the box (LabelImg's "ask after each box")
        self.class_chooser = None

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
        if kind == "suggestion":
            self.select_suggestion(idx)
            if not self._read_only and not self._two_click:
                self._start_draw()  # a drag from a suggestion draws a box over it; a click only selects
            return
        if idx >= 0:
            self._select(idx)
            if not self._read_only:
                self._mode = "move" if kind == "body" else "resize"
                self._handle = kind
                self._orig_rect = self._items[idx].rect()
                # the edge keeps its distance to the pointer: grabbing a zone beside it is no jump
                self._grab_offset = (self._press_scene - handle_points(self._orig_rect)[kind]
                                     if kind != "body" else QPointF())
                self._drag_started = False
            return
        self._select(-1)
        self.select_suggestion(-1)
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

    def viewportEvent(self, ev) -> bool:  # noqa: N802
        if ev.type() == QEvent.Type.Leave:
            self._hover = None
            self._update_overlay()
        return super().viewportEvent(ev)


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
        if self._suggestion_key(ev):
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
        if key == Qt.Key.Key_Escape and (self._mode or self._armed or self._selected >= 0
                                         or self._sugg_sel >= 0):
            if self._mode or self._armed:
                self._cancel_interaction()
            else:
                self._select(-1)
                self.select_suggestion(-1)
            ev.accept()
            return
        super().keyPressEvent(ev)

    def _suggestion_key(self, ev) -> bool:
        """Enter accepts the selected suggestion, Ctrl+Enter all; Del rejects the selected, Ctrl+Del all.

        The label page binds the same keys as actions (menu, cheat-sheet); these cover the
        canvas on its own.
        """
        key, mods = ev.key(), ev.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return bool(self.accept_all_suggestions() if ctrl else self.accept_selected_suggestion())
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and ctrl:
            return bool(self.reject_all_suggestions())
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._sugg_sel >= 0:
            return self.reject_selected_suggestion()
        return False

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

    # == hit-testing and cursor ==========================================================
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
            if kind == "suggestion":
                shape = Qt.CursorShape.PointingHandCursor
            elif idx >= 0 and not self._read_only:
                shape = (Qt.CursorShape.SizeAllCursor if kind == "body"
                         else HANDLE_CURSORS[kind])
            elif idx >= 0 or self._read_only:
                shape = Qt.CursorShape.ArrowCursor
            else:
                shape = Qt.CursorShape.CrossCursor
        self._set_cursor(shape)

    def _hit(self, pos: QPointF) -> tuple[str, int]:
        """(handle name or "body", box index) under viewport point ``pos``; ("", -1) for none.

        The selected box's handles win, then the selected box, then the smallest box. Near the
        edges of any box (``GRAB`` px either side) the result is a handle: it resizes that box.
        """
        sel = self._selected
        if sel >= 0 and not self._read_only:
            r = self._vp_rect(self._items[sel].rect())
            for name, p in handle_points(r).items():
                if abs(p.x() - pos.x()) <= GRAB and abs(p.y() - pos.y()) <= GRAB:
                    return name, sel
        sp = self._to_scene(pos)
        scale = max(self.scale_factor(), 1e-9)
        tol = 2 / scale
        grab = GRAB / scale
        probe = QRectF(sp.x() - grab, sp.y() - grab, 2 * grab, 2 * grab)
        best, best_area = None, 0.0
        found = self._scene.items(probe, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        sugg = self._hit_suggestion(found, sp, tol)
        if sugg >= 0 and self._sugg[sugg].selected:
            return "suggestion", sugg
        for it in found:
            if not isinstance(it, BoxItem):
                continue
            r = it.rect()
            if not r.adjusted(-grab, -grab, grab, grab).contains(sp):
                continue
            if it.selected:
                best = it
                break
            area = r.width() * r.height()
            if best is None or area < best_area:
                best, best_area = it, area
        if sugg >= 0 and (best is None or not best.selected):
            inside = best is not None and best.rect().adjusted(-tol, -tol, tol, tol).contains(sp)
            r = self._sugg[sugg].rect()
            if not inside or r.width() * r.height() < best_area:
                return "suggestion", sugg  # the smaller of the two wins, as among boxes
        if best is None:
            return "", -1
        zone = "" if self._read_only else edge_zone(self._vp_rect(best.rect()), pos, GRAB)
        return zone or "body", self._items.index(best)

    # == edits ============================================================================
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
        cls = self._current_class
        if self.class_chooser is not None:
            # asked before the box exists: Esc leaves no box and no undo step behind
            corner = self.viewport().mapToGlobal(self._vp_rect(r).bottomRight().toPoint())
            self._update_overlay()
            chosen = self.class_chooser(corner)
            if chosen is None:
                return
            cls = int(chosen)
        box = Box.from_pixels(cls, r.left(), r.top(), r.right(), r.bottom(), self._w, self._h)
        it = self._add_item(box)
        self._place_tags([it])
        self._select(len(self._items) - 1)
        self.boxes_changed.emit()
        self.box_added.emit(len(self._items) - 1)

    def _drag_to(self, sp: QPointF) -> None:
        if self._mode == "move":
            dx = round(sp.x()) - round(self._press_scene.x())
            dy = round(sp.y()) - round(self._press_scene.y())
            r = moved_rect(self._orig_rect, dx, dy, self._w, self._h)
        else:
            r = resized_rect(self._orig_rect, self._handle, self._snap(sp - self._grab_offset))
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
