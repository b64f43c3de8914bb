"""The Label page's keyboard habits in one table (LabelImg / YOLO_Label conventions).

Menus, shortcuts and the Help cheat-sheet are all built from :data:`ACTIONS`, so a key is
defined once. Texts are marked for translation with ``QT_TRANSLATE_NOOP``.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
    canvas: bool = False    # the key works only while the canvas has focus (Enter must still add a class)


ACTIONS: list[ActionSpec] = [
    ActionSpec("open", "File", QT_TRANSLATE_NOOP("LabelActions", "&Open Folder..."), ("Ctrl+O",),
               QT_TRANSLATE_NOOP("LabelActions", "Open a folder of photos to label")),
    ActionSpec("save", "File", QT_TRANSLATE_NOOP("LabelActions", "&Save"), ("Ctrl+S",),
               QT_TRANSLATE_NOOP("LabelActions", "Save now (Workbench also saves after every change)")),
    ActionSpec("prev", "Go", QT_TRANSLATE_NOOP("LabelActions", "&Previous Image"), ("A",)),
    ActionSpec("next", "Go", QT_TRANSLATE_NOOP("LabelActions", "&Next Image"), ("D",)),
    ActionSpec("next_unlabeled", "Go", QT_TRANSLATE_NOOP("LabelActions", "Next &Unlabeled Image"), ("N",)),
    ActionSpec("undo", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Undo"), ("Ctrl+Z",)),
    ActionSpec("redo", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Redo"), ("Ctrl+Y", "Ctrl+Shift+Z")),
    ActionSpec("draw", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Draw Box"), ("W",),
               QT_TRANSLATE_NOOP("LabelActions", "The next drag draws a box, even over another box")),
    ActionSpec("delete", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Delete Box"), ("Del", "Backspace")),
    ActionSpec("paste_prev", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Copy Boxes from Previous Image"), ("Ctrl+V",)),
    ActionSpec("mark_empty", "Edit", QT_TRANSLATE_NOOP("LabelActions", "Mark as &Background (No Objects)"), ("E",),
               QT_TRANSLATE_NOOP("LabelActions", "This photo holds nothing to label: training uses it to learn what "
                                                 "is not an object")),
    ActionSpec("two_click", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Two-Click Drawing"), (),
               QT_TRANSLATE_NOOP("LabelActions", "Click one corner, then the other, instead of dragging"), checkable=True),
    ActionSpec("ask_class", "Edit", QT_TRANSLATE_NOOP("LabelActions", "As&k the Class After Each Box"), (),
               QT_TRANSLATE_NOOP("LabelActions", "After drawing a box, pick its class in a small list (type to "
                                                 "filter, Enter accepts, Esc drops the box)"), checkable=True),
    # Suggestions (pre-label): Enter accepts one, Ctrl+Enter all of the image. Ctrl+Enter rather
    # than Shift+A: A is "previous image", one slip of Shift away, and Ctrl+Enter is the usual
    # "confirm all" pair of Enter. Rejecting deletes nothing on disk, so single keys are safe.
    ActionSpec("accept_suggestion", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Accept Suggestion"),
               ("Return", "Enter"), QT_TRANSLATE_NOOP("LabelActions", "Turn the selected suggested box into a box"),
               canvas=True),
    ActionSpec("accept_all_suggestions", "Edit", QT_TRANSLATE_NOOP("LabelActions", "Accept All Suggestions"),
               ("Ctrl+Return", "Ctrl+Enter"),
               QT_TRANSLATE_NOOP("LabelActions", "Turn every suggested box of this image into a box"), canvas=True),
    ActionSpec("reject_suggestion", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Reject Suggestion"),
               ("Del", "Backspace"), QT_TRANSLATE_NOOP("LabelActions", "Drop the selected suggested box"),
               canvas=True),
    ActionSpec("reject_all_suggestions", "Edit", QT_TRANSLATE_NOOP("LabelActions", "Reject All Suggestions"),
               ("Ctrl+Del",), QT_TRANSLATE_NOOP("LabelActions", "Drop every suggested box of this image "
                                                               "(label files are not touched)"), canvas=True),
    ActionSpec("prelabel", "Edit", QT_TRANSLATE_NOOP("LabelActions", "&Pre-label Unlabeled Images..."), (),
               QT_TRANSLATE_NOOP("LabelActions", "Run a trained model on images without a label file; its boxes "
                                                 "appear as suggestions to accept or reject")),
    ActionSpec("zoom_in", "View", QT_TRANSLATE_NOOP("LabelActions", "Zoom &In"), ("Ctrl++", "Ctrl+=")),
    ActionSpec("zoom_out", "View", QT_TRANSLATE_NOOP("LabelActions", "Zoom &Out"), ("Ctrl+-",)),
    ActionSpec("fit", "View", QT_TRANSLATE_NOOP("LabelActions", "&Fit to Window"), ("F", "Ctrl+F")),
    ActionSpec("actual", "View", QT_TRANSLATE_NOOP("LabelActions", "&Actual Size"), ("Ctrl+0",)),
]
# Keys the canvas handles itself, listed for the cheat-sheet only.
CANVAS_KEYS: list[tuple[str, str]] = [
    ("1 ... 9", QT_TRANSLATE_NOOP("LabelActions", "Class for the next box, or for the selected box")),
    (QT_TRANSLATE_NOOP("LabelActions", "Arrow keys"), QT_TRANSLATE_NOOP("LabelActions", "Move the selected box 1 px (Shift: 10 px)")),
    (QT_TRANSLATE_NOOP("LabelActions", "Drag"), QT_TRANSLATE_NOOP("LabelActions", "Draw a box on empty space; move or resize a box by its body or handles")),
    (QT_TRANSLATE_NOOP("LabelActions", "Ctrl+Wheel"), QT_TRANSLATE_NOOP("LabelActions", "Zoom around the cursor")),
    (QT_TRANSLATE_NOOP("LabelActions", "Middle drag / Space+drag"), QT_TRANSLATE_NOOP("LabelActions", "Pan")),
    ("Esc", QT_TRANSLATE_NOOP("LabelActions", "Cancel drawing, deselect")),
    (QT_TRANSLATE_NOOP("LabelActions", "Click a dashed box"),
     QT_TRANSLATE_NOOP("LabelActions", "Select a suggestion (a digit changes its class; a drag from it draws a new box)")),
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
        if spec.canvas:
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        a.setObjectName(spec.name)
        out[spec.name] = a
    return out
