"""Undo/redo of box edits on one image: a stack of snapshots (no Qt).

Snapshots are whole box lists: an image rarely holds more than a few hundred boxes, and
whole-list snapshots make every kind of edit (draw, move, resize, class change, delete,
paste, nudge) undoable by the same two lines of code.

Each snapshot also records whether the label file exists in that state. "Not labeled yet"
(no file) and "checked, no objects" (an empty file) hold the same boxes, none, but mean
different things for training: undoing the first box drawn on an unlabeled photo must
remove the file again, not leave an empty one.
"""
from __future__ import annotations

from .labels import Box


class EditHistory:
    """Undo/redo stack of box lists; ``current`` is what the canvas shows and ``exists``
    whether the label file exists in that state."""

    def __init__(self, boxes: list[Box], limit: int = 500, exists: bool = True):
        self._undo: list[tuple[list[Box], bool]] = []
        self._redo: list[tuple[list[Box], bool]] = []
        self.current = list(boxes)
        self.exists = exists
        self.limit = limit
        self._trimmed = False   # the oldest snapshots were dropped: the start is out of reach

    def push(self, boxes: list[Box], exists: bool = True) -> bool:
        """Record an edit; False (nothing recorded) when ``boxes`` and ``exists`` equal the current ones."""
        boxes = list(boxes)
        if _same(boxes, self.current) and exists == self.exists:
            return False
        self._undo.append((self.current, self.exists))
        if len(self._undo) > self.limit:
            del self._undo[0]
            self._trimmed = True
        self._redo.clear()
        self.current, self.exists = boxes, exists
        return True

    def undo(self) -> list[Box] | None:
        """The previous box list (``exists`` follows), or None when there is nothing to undo."""
        if not self._undo:
            return None
        self._redo.append((self.current, self.exists))
        self.current, self.exists = self._undo.pop()
        return list(self.current)

    def redo(self) -> list[Box] | None:
        """The next box list (``exists`` follows), or None when there is nothing to redo."""
        if not self._redo:
            return None
        self._undo.append((self.current, self.exists))
        self.current, self.exists = self._redo.pop()
        return list(self.current)

    @property
    def at_start(self) -> bool:
        """True when ``current`` is the state the history began with (the file as it was read)."""
        return not self._undo and not self._trimmed

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)


def _same(a: list[Box], b: list[Box]) -> bool:
    return len(a) == len(b) and all(x == y and x.raw == y.raw for x, y in zip(a, b))
