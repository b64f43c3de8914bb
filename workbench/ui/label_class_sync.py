"""Keeps the class list, the selected box and the status bar of the Label page in step.

One rule the user can see: the highlighted class in the list is the class of the selected box,
or, with no box selected, the class the next box gets. A digit or a click in the list changes
the selected box (and so the highlight); drawing a box says which class it got. Optionally
(Edit > Ask the Class After Each Box, LabelImg's habit) a small popup asks for each new box.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..widgets.class_picker import ClassPicker


class ClassSync(QObject):
    """Class list <-> canvas <-> status bar of one :class:`workbench.ui.label_page.LabelPage`."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self._following = False      # the list is being moved to the selected box's class
        page.classes.current_changed.connect(self._on_list_current)
        page.classes.class_clicked.connect(self._on_list_clicked)
        page.canvas.selection_changed.connect(self._on_box_selected)
        page.canvas.box_added.connect(self._on_box_added)
        act = page.actions["ask_class"]
        act.setChecked(page.settings.ask_class)
        act.toggled.connect(self.set_ask)
        self.set_ask(page.settings.ask_class)

    def _name(self, i: int) -> str:
        names = self.page.project.classes if self.page.project else []
        return names[i] if 0 <= i < len(names) else f"#{i}"

    def pick(self, class_id: int) -> None:
        """A digit: the selected box gets the class, else it becomes the class for new boxes."""
        page = self.page
        if page.canvas.set_selected_box_class(class_id):
            page.message.emit(self.tr("Selected box: {0}").format(self._name(class_id)))
        else:
            page.message.emit(self.tr("New boxes: {0}").format(self._name(class_id)))
        self._follow(class_id)

    def _follow(self, class_id: int) -> None:
        """Highlight ``class_id`` in the list without changing any box."""
        self._following = True
        try:
            self.page.classes.set_current(class_id)
        finally:
            self._following = False

    def _on_list_current(self, i: int) -> None:
        self.page.canvas.set_current_class(max(i, 0))

    def _on_list_clicked(self, i: int) -> None:
        page = self.page
        if not self._following and page.canvas.set_selected_box_class(i):
            page.message.emit(self.tr("Selected box: {0}").format(self._name(i)))

    def _on_box_selected(self, index: int) -> None:
        boxes = self.page.canvas.boxes()
        if 0 <= index < len(boxes) and 0 <= boxes[index].cls < self.page.classes.list.count():
            self._follow(boxes[index].cls)

    def _on_box_added(self, index: int) -> None:
        boxes = self.page.canvas.boxes()
        if 0 <= index < len(boxes):
            self.page.message.emit(self.tr("New box: {0}. Press 1-9 or click a class to change it.").format(
                self._name(boxes[index].cls)))

    # -- ask the class after each box ------------------------------------------------------
    def set_ask(self, on: bool) -> None:
        """Ask the class of every new box in a popup (Esc there drops the box)."""
        self.page.settings.ask_class = bool(on)
        self.page.canvas.class_chooser = self.ask if on else None

    def ask(self, at) -> int | None:
        """The popup: the chosen class, or None when the user cancels the box."""
        page = self.page
        names = page.project.classes if page.project else []
        if not names:
            return page.canvas.current_class()   # nothing to choose from: the banner says add a class
        picker = ClassPicker(names, page._colors, page.classes.current(), page)
        chosen = picker.choose(at)
        if chosen is None:
            page.message.emit(self.tr("Box cancelled."))
        else:
            self._follow(chosen)
        return chosen
