"""What keeps the Label page honest about the user's work, apart from saving itself.

* the background status scan judges every photo by the dataset check's own rule, so a photo
  the check would block is a problem here too (one rule, not two);
* leaving a project with edits the disk refused asks first, whichever way it is left;
* a folder that opens is tidied of what an interrupted save left behind, and says so.

A helper the page delegates to (the page keeps its public methods), like ``LabelClasses``.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..project import Project, Status

SCAN_BATCH = 256


def scan_statuses(project: Project, order: list[int]):
    """Worker: yield batches of (row, status, classes, image problem or None) for the image list.

    Besides the label file, the photo is judged by :func:`workbench.dataset.inspect_image`
    (header, truncation, size limits; about 0.1 ms a JPEG): a photo the check would block
    shows as a problem before anyone opens it, and is never editable.
    """
    from ..dataset.check import inspect_image

    batch = []
    for i in order:
        status, classes = project.summary(i)
        _, _, problem, blocking = inspect_image(project.images.str(i))
        bad_image = problem if blocking else None
        batch.append((i, Status.PROBLEM if bad_image else status, classes, bad_image))
        if len(batch) >= SCAN_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class LabelGuard(QObject):
    """The questions and notes of one :class:`workbench.ui.label_page.LabelPage` (a child of it)."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page

    def may_discard(self, unsaved: list[str], question: str) -> bool:
        """Ask before edits the disk refused are lost; ``question`` names what the user is doing."""
        if not unsaved:
            return True
        answer = QMessageBox.warning(
            self.page, self.tr("Unsaved boxes"),
            self.tr("The boxes of {0} images could not be saved ({1}...).").format(
                len(unsaved), ", ".join(unsaved[:3])) + "\n" + question,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def tidy(self, project: Project) -> list[str]:
        """Remove what an interrupted save left in the folder; the notes that say so."""
        notes = []
        if project.finished_files:
            notes.append(self.tr("A class change that was interrupted has been finished ({0} files).").format(
                project.finished_files))
        removed = project.remove_stray_temp_files()
        if removed:
            notes.append(self.tr("Removed {0} temporary files left by an interrupted save (e.g. {1}).").format(
                len(removed), removed[0].name))
        return notes
