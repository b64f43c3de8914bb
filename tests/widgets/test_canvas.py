"""LabelCanvas driven with real mouse, wheel and key events on its viewport."""
from __future__ import annotations


import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.labels import Box, format_line
from workbench.widgets.canvas import LabelCanvas

from canvas_helpers import H, W, make_canvas

L = Qt.MouseButton.LeftButton
M = Qt.MouseButton.MiddleButton
NOMOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def canvas(qtbot):
    c = make_canvas(qtbot)
    return c


def vp(c, x, y) -> QPoint:
    return c.mapFromScene(QPointF(x, y))


def move(c, pos: QPoint, buttons=L, mods=NOMOD):
    v = c.viewport()
    ev = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(v.mapToGlobal(pos)),
                     Qt.MouseButton.NoButton, buttons, mods)
    QApplication.sendEvent(v, ev)


def drag(c, a, b, button=L, steps=4):
    """Press at image point a, move in steps, release at image point b."""
    p, q = vp(c, *a), vp(c, *b)
    QTest.mousePress(c.viewport(), button, NOMOD, p)
    for i in range(1, steps + 1):
        move(c, p + (q - p) * i / steps, buttons=button)
    QTest.mouseRelease(c.viewport(), button, NOMOD, q)


def click(c, x, y):
    p = vp(c, x, y)
    QTest.mousePress(c.viewport(), L, NOMOD, p)
    QTest.mouseRelease(c.viewport(), L, NOMOD, p)


def px_line(cls, x1, y1, x2, y2):
    b = Box.from_pixels(cls, x1, y1, x2, y2, W, H)
    return format_line(b.cls, b.xc, b.yc, b.w, b.h)


def line(b: Box):
    return format_line(b.cls, b.xc, b.yc, b.w, b.h)


def counter(signal):
    calls = []
    signal.connect(lambda *a: calls.append(a))
    return calls


def test_drag_draws_one_exact_box(canvas):
    changed, sel = counter(canvas.boxes_changed), counter(canvas.selection_changed)
    drag(canvas, (100, 100), (300, 200))
    boxes = canvas.boxes()
    assert len(boxes) == 1
    assert line(boxes[0]) == "0 0.312500 0.312500 0.312500 0.208333"
    assert len(changed) == 1
    assert sel[-1] == (0,) and canvas.selected_index() == 0


def test_current_class_and_reverse_drag(canvas):
    canvas.set_current_class(1)
    drag(canvas, (300, 200), (100, 100))
    assert line(canvas.boxes()[0]) == px_line(1, 100, 100, 300, 200)


def test_tiny_drag_and_click_create_nothing(canvas):
    changed = counter(canvas.boxes_changed)
    p = vp(canvas, 100, 100)
    QTest.mousePress(canvas.viewport(), L, NOMOD, p)
    move(canvas, p + QPoint(2, 2))
    QTest.mouseRelease(canvas.viewport(), L, NOMOD, p + QPoint(2, 2))
    click(canvas, 200, 200)
    assert canvas.boxes() == [] and changed == []


def test_click_selects_and_empty_click_deselects(canvas):
    a, b = Box(0, 0.25, 0.25, 0.2, 0.2), Box(1, 0.75, 0.75, 0.2, 0.2)
    canvas.set_boxes([a, b])
    changed, sel = counter(canvas.boxes_changed), counter(canvas.selection_changed)
    click(canvas, 480, 360)
    assert canvas.selected_index() == 1
    click(canvas, 320, 240)
    assert canvas.selected_index() == -1
    assert sel == [(1,), (-1,)]
    assert changed == [] and canvas.boxes()[0] is a and canvas.boxes()[1] is b


def test_move_body_exact_and_others_keep_identity(canvas):
    a = Box(0, 0.5, 0.5, 0.25, 0.25, raw="0 0.5 0.5 0.25 0.25")   # (240,180)-(400,300)
    b = Box(1, 0.1, 0.1, 0.1, 0.1, raw="1 0.1 0.1 0.1 0.1")
    canvas.set_boxes([a, b])
    changed = counter(canvas.boxes_changed)
    drag(canvas, (300, 250), (350, 270))
    out = canvas.boxes()
    assert line(out[0]) == px_line(0, 290, 200, 450, 320)
    assert out[0].raw is None
    assert out[1] is b
    assert len(changed) == 1


def test_click_on_box_without_moving_is_not_an_edit(canvas):
    a = Box(0, 0.5, 0.5, 0.25, 0.25, raw="0 0.5 0.5 0.25 0.25")
    canvas.set_boxes([a])
    changed = counter(canvas.boxes_changed)
    click(canvas, 300, 250)
    drag(canvas, (300, 250), (300, 250))
    assert canvas.boxes()[0] is a and changed == []


HANDLE_CASES = {
    "tl": ((240, 180), (200, 150), (200, 150, 400, 300)),
    "t": ((320, 180), (330, 150), (240, 150, 400, 300)),
    "tr": ((400, 180), (450, 160), (240, 160, 450, 300)),
    "r": ((400, 240), (420, 100), (240, 180, 420, 300)),
    "br": ((400, 300), (500, 400), (240, 180, 500, 400)),
    "b": ((320, 300), (100, 350), (240, 180, 400, 350)),
    "bl": ((240, 300), (220, 330), (220, 180, 400, 330)),
    "l": ((240, 240), (100, 10), (100, 180, 400, 300)),
}


@pytest.mark.parametrize("handle", list(HANDLE_CASES))
def test_each_handle_resizes(canvas, handle):
    start, end, expected = HANDLE_CASES[handle]
    canvas.set_boxes([Box(0, 0.5, 0.5, 0.25, 0.25)])
    canvas.select_box(0)
    changed = counter(canvas.boxes_changed)
    drag(canvas, start, end)
    assert line(canvas.boxes()[0]) == px_line(0, *expected)
    assert len(changed) == 1


def test_handle_cursor_shape(canvas):
    canvas.set_boxes([Box(0, 0.5, 0.5, 0.25, 0.25)])
    canvas.select_box(0)
    move(canvas, vp(canvas, 240, 180), buttons=Qt.MouseButton.NoButton)
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.SizeFDiagCursor
    move(canvas, vp(canvas, 400, 240), buttons=Qt.MouseButton.NoButton)
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    move(canvas, vp(canvas, 320, 240), buttons=Qt.MouseButton.NoButton)
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.SizeAllCursor
    move(canvas, vp(canvas, 50, 50), buttons=Qt.MouseButton.NoButton)
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.CrossCursor


def test_arrow_keys_nudge_exactly(canvas):
    a = Box(0, 0.5, 0.5, 0.25, 0.25, raw="0 0.5 0.5 0.25 0.25")
    canvas.set_boxes([a])
    canvas.select_box(0)
    canvas.setFocus()
    changed = counter(canvas.boxes_changed)
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert line(canvas.boxes()[0]) == px_line(0, 241, 180, 401, 300)
    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert line(canvas.boxes()[0]) == px_line(0, 241, 190, 401, 310)
    QTest.keyClick(canvas, Qt.Key.Key_Left)
    QTest.keyClick(canvas, Qt.Key.Key_Up)
    assert line(canvas.boxes()[0]) == px_line(0, 240, 189, 400, 309)
    assert len(changed) == 4


def test_nudge_stops_at_border(canvas):
    canvas.set_boxes([Box.from_pixels(0, 0, 0, 100, 100, W, H)])
    canvas.select_box(0)
    changed = counter(canvas.boxes_changed)
    assert canvas.nudge_selected(-5, -5) is False
    assert canvas.nudge_selected(-5, 3) is True
    assert line(canvas.boxes()[0]) == px_line(0, 0, 3, 100, 103)
    assert len(changed) == 1


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_key(canvas, key):
    a, b = Box(0, 0.25, 0.25, 0.2, 0.2), Box(1, 0.75, 0.75, 0.2, 0.2)
    canvas.set_boxes([a, b])
    click(canvas, 160, 120)
    changed = counter(canvas.boxes_changed)
    QTest.keyClick(canvas, key)
    assert canvas.boxes() == [b] and canvas.boxes()[0] is b
    assert canvas.selected_index() == -1 and len(changed) == 1
    QTest.keyClick(canvas, key)  # nothing selected: nothing happens
    assert len(changed) == 1


def test_draw_beyond_edge_is_clamped(canvas):
    p, q = vp(canvas, 600, 400), vp(canvas, 700, 560)   # end point is off the image
    QTest.mousePress(canvas.viewport(), L, NOMOD, p)
    move(canvas, q)
    QTest.mouseRelease(canvas.viewport(), L, NOMOD, q)
    assert line(canvas.boxes()[0]) == px_line(0, 600, 400, 640, 480)
    drag(canvas, (20, 20), (-50, -40))
    assert line(canvas.boxes()[1]) == px_line(0, 0, 0, 20, 20)


def test_move_beyond_edge_is_clamped_keeping_size(canvas):
    canvas.set_boxes([Box(0, 0.5, 0.5, 0.25, 0.25)])
    drag(canvas, (300, 250), (900, -300))
    assert line(canvas.boxes()[0]) == px_line(0, 480, 0, 640, 120)


def test_resize_beyond_edge_is_clamped(canvas):
    canvas.set_boxes([Box(0, 0.5, 0.5, 0.25, 0.25)])
    canvas.select_box(0)
    drag(canvas, (400, 300), (800, 700))
    assert line(canvas.boxes()[0]) == px_line(0, 240, 180, 640, 480)


def test_two_click_mode(canvas):
    canvas.set_two_click_mode(True)
    changed = counter(canvas.boxes_changed)
    click(canvas, 100, 100)
    assert canvas.boxes() == []
    move(canvas, vp(canvas, 200, 150), buttons=Qt.MouseButton.NoButton)
    assert canvas.boxes() == []
    click(canvas, 300, 200)
    assert [line(b) for b in canvas.boxes()] == ["0 0.312500 0.312500 0.312500 0.208333"]
    assert len(changed) == 1
    # a drag still works in two-click mode
    drag(canvas, (400, 300), (500, 400))
    assert line(canvas.boxes()[1]) == px_line(0, 400, 300, 500, 400)


def test_escape_cancels_drawing(canvas):
    canvas.set_two_click_mode(True)
    click(canvas, 100, 100)
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    click(canvas, 300, 200)   # a fresh first corner, not a finish
    assert canvas.boxes() == []


def test_start_drawing_over_existing_box(canvas):
    big = Box(0, 0.5, 0.5, 1.0, 1.0, raw="0 0.5 0.5 1 1")
    canvas.set_boxes([big])
    canvas.set_current_class(1)
    canvas.start_drawing()
    drag(canvas, (100, 100), (300, 200))
    out = canvas.boxes()
    assert len(out) == 2 and out[0] is big
    assert line(out[1]) == px_line(1, 100, 100, 300, 200)
    # not armed any more: the next drag over the big box moves it
    drag(canvas, (50, 300), (60, 300))
    assert len(canvas.boxes()) == 2


def test_set_boxes_does_not_emit_and_keeps_identity(canvas):
    changed = counter(canvas.boxes_changed)
    boxes = [Box(0, 0.1 * i + 0.05, 0.5, 0.05, 0.05, raw=f"line {i}") for i in range(5)]
    canvas.set_boxes(boxes)
    assert changed == []
    assert all(x is y for x, y in zip(canvas.boxes(), boxes))


def test_read_only_blocks_edits(canvas):
    a = Box(0, 0.5, 0.5, 0.25, 0.25)
    canvas.set_boxes([a])
    canvas.set_read_only(True)
    changed = counter(canvas.boxes_changed)
    drag(canvas, (50, 50), (150, 150))            # draw
    drag(canvas, (300, 250), (350, 270))          # move (selects it)
    assert canvas.selected_index() == 0
    drag(canvas, (400, 300), (500, 400))          # handle
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.set_selected_box_class(1) is False
    assert canvas.delete_selected() is False
    canvas.start_drawing()
    drag(canvas, (50, 50), (150, 150))
    assert canvas.boxes() == [a] and canvas.boxes()[0] is a and changed == []


def test_set_selected_box_class(canvas):
    a, b = Box(0, 0.25, 0.25, 0.2, 0.2), Box(0, 0.75, 0.75, 0.2, 0.2)
    canvas.set_boxes([a, b])
    changed = counter(canvas.boxes_changed)
    assert canvas.set_selected_box_class(1) is False
    canvas.select_box(1)
    assert canvas.set_selected_box_class(1) is True
    assert canvas.boxes()[1].cls == 1 and canvas.boxes()[0] is a
    assert len(changed) == 1


def test_unknown_class_draws_grey_tag(canvas):
    canvas.set_boxes([Box(7, 0.5, 0.5, 0.2, 0.2), Box(0, 0.5, 0.5, 0.1, 0.1)])
    items = canvas._items
    assert items[0].tag.text.text() == "#7"
    assert items[1].tag.text.text() == "cat"
    assert items[0].pen().color() == QColor(150, 150, 150)
    assert items[1].pen().color() == QColor("red") and items[1].pen().isCosmetic()
    canvas.grab()


def test_ctrl_wheel_zooms_around_cursor(canvas):
    zooms = counter(canvas.zoom_changed)
    before = canvas.scale_factor()
    target = QPointF(500, 400)
    for _ in range(3):
        pos = canvas.mapFromScene(target)
        v = canvas.viewport()
        ev = QWheelEvent(QPointF(pos), QPointF(v.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120),
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                         Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(v, ev)
        assert canvas.scale_factor() > before
        after = canvas.mapFromScene(target)
        assert abs(after.x() - pos.x()) <= 1 and abs(after.y() - pos.y()) <= 1
    assert len(zooms) == 3
    assert zooms[-1][0] == pytest.approx(before * 1.25 ** 3)


def test_zoom_buttons_and_fit(canvas):
    fit = canvas.scale_factor()
    canvas.zoom_in()
    assert canvas.scale_factor() == pytest.approx(fit * 1.25)
    canvas.zoom_out()
    canvas.zoom_to(2.0)
    assert canvas.scale_factor() == pytest.approx(2.0)
    canvas.fit_to_window()
    assert canvas.scale_factor() == pytest.approx(fit)


def test_middle_drag_pans(canvas):
    canvas.zoom_to(4.0)
    h, v = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    h0, v0 = h.value(), v.value()
    p = QPoint(400, 300)
    QTest.mousePress(canvas.viewport(), M, NOMOD, p)
    move(canvas, p + QPoint(-30, -20), buttons=M)
    QTest.mouseRelease(canvas.viewport(), M, NOMOD, p + QPoint(-30, -20))
    assert (h.value(), v.value()) == (h0 + 30, v0 + 20)
    assert canvas.boxes() == []


def test_space_drag_pans_then_back_to_drawing(canvas):
    canvas.zoom_to(4.0)
    canvas.setFocus()
    h, v = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    h0, v0 = h.value(), v.value()
    QTest.keyPress(canvas, Qt.Key.Key_Space)
    p = QPoint(400, 300)
    QTest.mousePress(canvas.viewport(), L, NOMOD, p)
    move(canvas, p + QPoint(25, 15))
    QTest.mouseRelease(canvas.viewport(), L, NOMOD, p + QPoint(25, 15))
    QTest.keyRelease(canvas, Qt.Key.Key_Space)
    assert (h.value(), v.value()) == (h0 - 25, v0 - 15)
    assert canvas.boxes() == []
    centre = canvas.mapToScene(QPoint(400, 300))
    drag(canvas, (centre.x(), centre.y()), (centre.x() + 20, centre.y() + 20))
    assert len(canvas.boxes()) == 1


def test_set_full_image_keeps_boxes_and_view(canvas):
    preview = QImage(160, 120, QImage.Format.Format_RGB32)
    preview.fill(QColor("green"))
    canvas.set_image(W, H, preview)
    a = Box(0, 0.5, 0.5, 0.25, 0.25)
    canvas.set_boxes([a])
    canvas.zoom_to(3.0)
    h, v = canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()
    canvas.grab()
    assert canvas._image.last_painted == "preview"   # no full decode yet
    full = QImage(W, H, QImage.Format.Format_RGB32)
    full.fill(QColor("blue"))
    canvas.set_full_image(full)
    assert canvas.boxes()[0] is a and canvas.scale_factor() == pytest.approx(3.0)
    assert (canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()) == (h, v)
    canvas.grab()
    assert canvas._image.last_painted == "full"
    canvas.zoom_to(0.2)
    canvas.grab()
    assert canvas._image.last_painted == "preview"


def test_set_image_clears_boxes_and_fits(canvas):
    canvas.set_boxes([Box(0, 0.5, 0.5, 0.25, 0.25)])
    canvas.zoom_to(5)
    changed = counter(canvas.boxes_changed)
    canvas.set_image(1000, 500, None)
    assert canvas.boxes() == [] and changed == []
    assert canvas.scale_factor() < 1
    canvas.grab()
    canvas.clear()
    drag(canvas, (10, 10), (100, 100))
    assert canvas.boxes() == []


def test_cursor_moved_in_image_pixels(canvas):
    got = counter(canvas.cursor_moved)
    move(canvas, vp(canvas, 123, 45), buttons=Qt.MouseButton.NoButton)
    x, y = got[-1]
    assert abs(x - 123) < 1 and abs(y - 45) < 1


def test_thousand_boxes_set_and_painted(qtbot):
    c = LabelCanvas()
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    qtbot.waitExposed(c)
    c.set_image(4000, 3000, None)
    c.set_classes(["a", "b", "c"], [QColor("red"), QColor("lime"), QColor("blue")])
    boxes = [Box(i % 4, (i % 40 + 0.5) / 40, (i // 40 + 0.5) / 25, 0.02, 0.03)
             for i in range(1000)]
    c.set_boxes(boxes)             # the time this takes is measured in benchmarks/bench_canvas.py
    c.grab()
    c.zoom_to(1.0)
    c.grab()
    c.select_box(500)
    centre = c.mapToScene(QPoint(400, 300))
    # the view's centre lies in the gap between two boxes' columns: the drag draws a new box
    assert not any(x1 <= centre.x() <= x2 and y1 <= centre.y() <= y2
                   for x1, y1, x2, y2 in (b.to_pixels(4000, 3000) for b in boxes))
    drag(c, (centre.x(), centre.y()), (0, 0))
    c.grab()
    assert len(c.boxes()) == 1001
    x1, y1, x2, y2 = c.boxes()[-1].to_pixels(4000, 3000)
    assert (x1, y1) == pytest.approx((0, 0), abs=2) and (x2, y2) == pytest.approx((centre.x(), centre.y()), abs=2)
