"""The Label page's class-list operations: add, rename, recolor, delete or merge a class.

A small helper the page delegates to (``LabelPage.add_class`` ... call it), so the page keeps
its public methods. Class names live in the project's classes.txt (:class:`workbench.project.Project`);
colours live in the project's state file, keyed by name, so a renamed class keeps its colour.
Deleting or merging rewrites every label file, in a background worker with a progress dialog.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from ..project import ProjectError
from ..widgets.class_list import default_color
from ..widgets.core_text import core_text
from .background import Worker


class LabelClasses(QObject):
    """Class-list operations of one :class:`workbench.ui.label_page.LabelPage` (a child of it)."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.worker: Worker | None = None     # the running delete/merge, kept alive until it ends

    def colors(self) -> list[QColor]:
        """The colour of every class: the saved one, else the default for its index."""
        project = self.page.project
        saved = project.read_state().get("colors", {}) if project else {}
        return [QColor(saved[n]) if n in saved else default_color(i)
                for i, n in enumerate(project.classes if project else [])]

    def refresh(self) -> None:
        """Show the project's classes and colours in the canvas, class list and image list."""
        page = self.page
        names = page.project.classes
        page._colors = self.colors()
        page.canvas.set_classes(names, page._colors)
        page.classes.set_classes(names, page._colors)
        page.images.set_class_names(names)
        if names and page.classes.current() < 0:
            page.classes.set_current(0)

    def add(self, name: str) -> None:
        """Add a class (classes.txt) and make it the current one."""
        page = self.page
        try:
            i = page.project.add_class(name)
        except (ProjectError, OSError) as e:
            QMessageBox.warning(page, self.tr("Cannot add class"), core_text(e))
            return
        self.refresh()
        page.classes.set_current(i)
        page._update_banner()

    def rename(self, i: int, name: str) -> None:
        """Rename class ``i``; its colour follows it."""
        page = self.page
        old = page.project.classes[i]
        try:
            page.project.rename_class(i, name)
        except (ProjectError, OSError) as e:
            QMessageBox.warning(page, self.tr("Cannot rename class"), core_text(e))
            return
        state = page.project.read_state()
        if old in state.get("colors", {}):  # the colour belongs to the class, not the name
            state["colors"][page.project.classes[i]] = state["colors"].pop(old)
            try:
                page.project.write_state(state)
            except OSError as e:
                page.message.emit(core_text(e))
        self.refresh()

    def recolor(self, i: int, color: QColor) -> None:
        """Give class ``i`` a colour, remembered in the project's state file."""
        page = self.page
        state = page.project.read_state()
        state.setdefault("colors", {})[page.project.classes[i]] = color.name()
        try:
            page.project.write_state(state)
        except OSError as e:
            page.message.emit(core_text(e))
        self.refresh()

    def remove(self, index: int, merge_into: int | None) -> None:
        """Delete or merge a class after a confirmation that says what changes."""
        page = self.page
        if page.row is not None and not page.save_current():
            return
        p = page.project
        change = p.class_change(index, merge_into)
        name = p.classes[index]
        if merge_into is None:
            text = self.tr("Delete class '{0}'?\n\n{1} boxes of this class will be deleted and {2} boxes of later "
                       "classes renumbered, in {3} label files.").format(
                name, change.boxes_removed, change.boxes_changed, change.files)
        else:
            text = self.tr("Merge class '{0}' into '{1}'?\n\n{2} boxes change class, in {3} label files.").format(
                name, p.classes[merge_into], change.boxes_changed, change.files)
        if QMessageBox.question(page, self.tr("Change classes"), text) != QMessageBox.StandardButton.Yes:
            return
        dialog = QProgressDialog(self.tr("Rewriting label files..."), self.tr("Cancel"), 0, max(change.files, 1), page)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        row = page.row
        cancelled = threading.Event()
        dialog.canceled.connect(cancelled.set)
        worker = Worker(p.remove_class, index, merge_into)
        report = worker.progress_callback()

        def progress(done: int, total: int) -> bool:   # worker thread: a cancel counts until the first replace
            report(done, total)
            return not cancelled.is_set()

        worker.kwargs["progress"] = progress
        worker.yielded.connect(lambda d: dialog.setValue(d[0]))
        worker.errored.connect(lambda e: QMessageBox.critical(page, self.tr("Class change failed"), core_text(e)))
        before = list(p.classes)
        worker.returned.connect(lambda _r: self._changed(before, index, merge_into))
        worker.finished.connect(dialog.close)
        worker.finished.connect(lambda: self.after_change(row))
        self.worker = worker
        worker.start()

    def _changed(self, before: list[str], index: int, merge_into: int | None) -> None:
        page = self.page
        if page.project.classes == before:   # cancelled before the first label file was replaced
            page.message.emit(self.tr("Class change cancelled: no file was changed."))
        else:
            page.prelabel.renumber(index, merge_into)

    def after_change(self, row: int | None) -> None:
        """After a delete/merge: show the classes and the image again, rescan the statuses."""
        page = self.page
        self.refresh()
        if row is not None:
            page.row = None
            page.show_image(row)
        page._start_scan(row or 0)
