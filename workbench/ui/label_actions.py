"""The Label page's keyboard habits in one table (LabelImg / YOLO_Label conventions).

Menus, shortcuts and the Help cheat-sheet are all built from :data:`ACTIONS`, so a key is
defined once. Texts are marked for translation with ``QT_TRANSLATE_NOOP``.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence

CTX = "LabelActions"


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str
    text: str
    keys: tuple[str, ...]
    tip: str = ""
    checkable: bool = False


ACTIONS: list[ActionSpec] = [
    ActionSpec("open", "File", QT_TRANSLATE_NOOP(CTX, "&Open Folder..."), ("Ctrl+O",),
               QT_TRANSLATE_NOOP(CTX, "Open a folder of photos to label")),
    ActionSpec("save", "File", QT_TRANSLATE_NOOP(CTX, "&Save"), ("Ctrl+S",),
               QT_TRANSLATE_NOOP(CTX, "Save now (Workbench also saves after every change)")),
    ActionSpec("prev", "Go", QT_TRANSLATE_NOOP(CTX, "&Previous Image"), ("A",)),
    ActionSpec("next", "Go", QT_TRANSLATE_NOOP(CTX, "&Next Image"), ("D",)),
    ActionSpec("next_unlabeled", "Go", QT_TRANSLATE_NOOP(CTX, "Next &Unlabeled Image"), ("N",)),
    ActionSpec("undo", "Edit", QT_TRANSLATE_NOOP(CTX, "&Undo"), ("Ctrl+Z",)),
    ActionSpec("redo", "Edit", QT_TRANSLATE_NOOP(CTX, "&Redo"), ("Ctrl+Y", "Ctrl+Shift+Z")),
    ActionSpec("draw", "Edit", QT_TRANSLATE_NOOP(CTX, "&Draw Box"), ("W",),
               QT_TRANSLATE_NOOP(CTX, "The next drag draws a box, even over another box")),
    ActionSpec("delete", "Edit", QT_TRANSLATE_NOOP(CTX, "&Delete Box"), ("Del", "Backspace")),
    ActionSpec("paste_prev", "Edit", QT_TRANSLATE_NOOP(CTX, "&Copy Boxes from Previous Image"), ("Ctrl+V",)),
    ActionSpec("mark_empty", "Edit", QT_TRANSLATE_NOOP(CTX, "Mark Checked, No &Objects"), ("E",),
               QT_TRANSLATE_NOOP(CTX, "This photo has nothing to label: train on it as a background image")),
    ActionSpec("two_click", "Edit", QT_TRANSLATE_NOOP(CTX, "&Two-Click Drawing"), (),
               QT_TRANSLATE_NOOP(CTX, "Click one corner, then the other, instead of dragging"), checkable=True),
    ActionSpec("zoom_in", "View", QT_TRANSLATE_NOOP(CTX, "Zoom &In"), ("Ctrl++", "Ctrl+=")),
    ActionSpec("zoom_out", "View", QT_TRANSLATE_NOOP(CTX, "Zoom &Out"), ("Ctrl+-",)),
    ActionSpec("fit", "View", QT_TRANSLATE_NOOP(CTX, "&Fit to Window"), ("F", "Ctrl+F")),
    ActionSpec("actual", "View", QT_TRANSLATE_NOOP(CTX, "&Actual Size"), ("Ctrl+0",)),
]
# Keys the canvas handles itself, listed for the cheat-sheet only.
CANVAS_KEYS: list[tuple[str, str]] = [
    ("1 ... 9", QT_TRANSLATE_NOOP(CTX, "Class for the next box, or for the selected box")),
    (QT_TRANSLATE_NOOP(CTX, "Arrow keys"), QT_TRANSLATE_NOOP(CTX, "Move the selected box 1 px (Shift: 10 px)")),
    (QT_TRANSLATE_NOOP(CTX, "Drag"), QT_TRANSLATE_NOOP(CTX, "Draw a box on empty space; move or resize a box by its body or handles")),
    ("Ctrl+" + QT_TRANSLATE_NOOP(CTX, "Wheel"), QT_TRANSLATE_NOOP(CTX, "Zoom around the cursor")),
    (QT_TRANSLATE_NOOP(CTX, "Middle drag / Space+drag"), QT_TRANSLATE_NOOP(CTX, "Pan")),
    ("Esc", QT_TRANSLATE_NOOP(CTX, "Cancel drawing, deselect")),
]


def make_actions(parent) -> dict[str, QAction]:
    """QActions for :data:`ACTIONS`, owned by ``parent``; triggered signals left to connect."""
    from PySide6.QtCore import QCoreApplication

    out = {}
    for spec in ACTIONS:
        a = QAction(QCoreApplication.translate(CTX, spec.text), parent)
        a.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.tip:
            a.setStatusTip(QCoreApplication.translate(CTX, spec.tip))
        a.setCheckable(spec.checkable)
        a.setObjectName(spec.name)
        out[spec.name] = a
    return out
