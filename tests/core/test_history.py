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


def test_undo_back_to_no_label_file_is_not_an_empty_file():
    h = EditHistory([], exists=False)
    assert h.push([A])
    assert h.exists
    assert h.undo() == [] and not h.exists   # back to "not labeled yet", not "checked, no objects"
    assert h.redo() == [A] and h.exists
    h2 = EditHistory([], exists=False)
    assert h2.push([], exists=True)          # E: mark checked, no objects is an edit too
    assert h2.undo() == [] and not h2.exists
