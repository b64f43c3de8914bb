from workbench.history import EditHistory
from workbench.labels import Box

A = Box(0, 0.5, 0.5, 0.1, 0.1)
B = Box(1, 0.2, 0.2, 0.1, 0.1)


def test_undo_redo_walks_snapshots():
    h = EditHistory([])
    assert h.push([A]) and h.push([A, B])
    assert h.undo() == [A]
    assert h.undo() == []
    assert h.undo() is None
    assert h.redo() == [A]
    h.push([B])
    assert h.redo() is None and h.current == [B]


def test_push_of_same_boxes_records_nothing():
    h = EditHistory([A])
    assert not h.push([A])
    assert not h.can_undo
