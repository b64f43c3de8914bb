"""Undo/redo of box edits on one image: a stack of snapshots (no Qt).

Snapshots are whole box lists: an image rarely holds more than a few hundred boxes, and
whole-list snapshots make every kind of edit (draw, move, resize, class change, delete,
paste, nudge) undoable by the same two lines of code.
"""
from __future__ import annotations

from .labels import Box


class EditHistory:
    """Undo/redo stack of box lists; ``current`` is what the canvas shows."""

    def __init__(self, boxes: list[Box], limit: int = 500):
        self._undo: list[list[Box]] = []
        self._redo: list[list[Box]] = []
        self.current = list(boxes)
        self.limit = limit

    def push(self, boxes: list[Box]) -> bool:
        """Record an edit; False (nothing recorded) when ``boxes`` equal the current ones."""
        boxes = list(boxes)
        if _same(boxes, self.current):
            return False
        self._undo.append(self.current)
        if len(self._undo) > self.limit:
            del self._undo[0]
        self._redo.clear()
        self.current = boxes
        return True

    def undo(self) -> list[Box] | None:
        """The previous box list, or None when there is nothing to undo."""
        if not self._undo:
            return None
        self._redo.append(self.current)
        self.current = self._undo.pop()
        return list(self.current)

    def redo(self) -> list[Box] | None:
        """The next box list, or None when there is nothing to redo."""
        if not self._redo:
            return None
        self._undo.append(self.current)
        self.current = self._redo.pop()
        return list(self.current)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)


def _same(a: list[Box], b: list[Box]) -> bool:
    return len(a) == len(b) and all(x == y and x.raw == y.raw for x, y in zip(a, b))
