"""Any box resizes from its edges and corners, selected or not, and the cursor says so."""
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from workbench.labels import Box

from canvas_helpers import H, W, make_canvas

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


def drag_vp(c, p, q, steps=4):
    QTest.mousePress(c.viewport(), L, NOMOD, p)
    for i in range(1, steps + 1):
        QTest.mouseMove(c.viewport(), p + (q - p) * i / steps)
    QTest.mouseRelease(c.viewport(), L, NOMOD, q)


def pixels(box):
    return [round(v) for v in box.to_pixels(W, H)]


def test_dragging_the_edge_of_an_unselected_box_resizes_it(qtbot):
    c = make_canvas(qtbot)
    c.zoom_to(1.0)
    c.set_boxes([Box.from_pixels(0, 100, 100, 300, 200, W, H)])
    assert c.selected_index() == -1
    right_edge = c.mapFromScene(QPointF(300, 150))
    QTest.mouseMove(c.viewport(), right_edge)
    assert c.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    QTest.mouseMove(c.viewport(), c.mapFromScene(QPointF(200, 150)))
    assert c.viewport().cursor().shape() == Qt.CursorShape.SizeAllCursor
    drag_vp(c, right_edge + QPointF(2, 0).toPoint(), c.mapFromScene(QPointF(402, 150)))
    assert pixels(c.boxes()[0]) == [100, 100, 400, 200]    # resized, not moved


def test_corner_just_outside_resizes_and_middle_of_small_box_moves(qtbot):
    c = make_canvas(qtbot)
    c.zoom_to(1.0)
    c.set_boxes([Box.from_pixels(0, 100, 100, 300, 200, W, H), Box.from_pixels(1, 400, 300, 416, 316, W, H)])
    corner = c.mapFromScene(QPointF(100, 100)) - QPointF(3, 3).toPoint()
    QTest.mouseMove(c.viewport(), corner)
    assert c.viewport().cursor().shape() == Qt.CursorShape.SizeFDiagCursor
    drag_vp(c, corner, c.mapFromScene(QPointF(50, 60)) - QPointF(3, 3).toPoint())
    assert pixels(c.boxes()[0]) == [50, 60, 300, 200]
    c.select_box(-1)
    drag_vp(c, c.mapFromScene(QPointF(408, 308)), c.mapFromScene(QPointF(508, 358)))
    assert pixels(c.boxes()[1]) == [500, 350, 516, 366]    # a 16 px box still moves by its middle
