"""The Label page: image list, canvas and class list composed; saving decided here.

The widgets never touch files. This page loads a label file when an image is shown,
pushes every canvas edit into the image's undo history and saves it at once (atomic,
about a millisecond). A failed save keeps the edit in memory as unsaved, says so in the
banner, and is retried on the next edit, on Ctrl+S and on every way of leaving the image.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from .. import labels
from ..history import EditHistory
from ..labels import Box, LabelFile
from ..project import Project, ProjectError, Status, readable
from ..settings import Settings
from ..widgets.canvas import LabelCanvas
from ..widgets.class_list import ClassListWidget
from ..widgets.core_text import core_text, located
from ..widgets.image_list import ImageListWidget
from ..widgets.image_loader import Decoded, ImageLoader, image_size
from .background import Worker
from .label_actions import ACTIONS, make_actions
from .label_class_sync import ClassSync
from .label_classes import LabelClasses
from .label_guard import LabelGuard, scan_statuses
from .prelabel_flow import PrelabelFlow

PREFETCH_AHEAD = 3
FULL_RES_DELAY_MS = 250
SCAN_DELAY_MS = 300   # the status scan starts at the latest this long after a folder opens


class LabelPage(QWidget):
    """Labels one folder of photos. Signals carry text for the window's title and status bar."""

    title_changed = Signal(str)
    message = Signal(str)
    position_changed = Signal(str)
    project_opened = Signal(object)     # the Project just opened (other pages follow it)

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.project: Project | None = None
        self.row: int | None = None
        self.lf: LabelFile | None = None
        self.history: EditHistory | None = None
        self._opened: LabelFile | None = None   # the label file as the shown image was opened
        self._read_error: str | None = None     # the shown image's label file could not be read
        # row -> boxes the disk refused (None: removing the label file was refused)
        self._unsaved: dict[int, list[Box] | None] = {}
        self._shown: Decoded | None = None
        self._colors: list[QColor] = []
        self.class_ops = LabelClasses(self)
        self.guard = LabelGuard(self)
        self._scan = None
        self._pending_scan: int | None = None   # first row of a status scan not started yet
        self.loader = ImageLoader(self)
        self.canvas = LabelCanvas()
        self.images = ImageListWidget()
        self.classes = ClassListWidget()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.empty_hint = QLabel(self.tr("Open a folder of photos (Ctrl+O) to start labeling."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.banner)
        cl.addWidget(self.canvas, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.images)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.classes)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 900, 220])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.splitter)
        self._full_timer = QTimer(self, singleShot=True, interval=FULL_RES_DELAY_MS)
        self._full_timer.timeout.connect(self._request_full)
        self.actions = make_actions(self)
        self.prelabel = PrelabelFlow(self)
        self._connect()
        self.class_sync = ClassSync(self)

    # -- wiring ----------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions
        a["save"].triggered.connect(self.save_current)
        a["prev"].triggered.connect(lambda: self.step(-1))
        a["next"].triggered.connect(lambda: self.step(1))
        a["next_unlabeled"].triggered.connect(self.next_unlabeled)
        a["undo"].triggered.connect(self.undo)
        a["redo"].triggered.connect(self.redo)
        a["draw"].triggered.connect(self.canvas.start_drawing)
        a["delete"].triggered.connect(self.canvas.delete_selected)
        a["paste_prev"].triggered.connect(self.copy_from_previous)
        a["mark_empty"].triggered.connect(self.mark_empty)
        a["two_click"].setChecked(self.settings.two_click_mode)
        a["two_click"].toggled.connect(self._set_two_click)
        self.canvas.set_two_click_mode(self.settings.two_click_mode)
        a["zoom_in"].triggered.connect(self.canvas.zoom_in)
        a["zoom_out"].triggered.connect(self.canvas.zoom_out)
        a["fit"].triggered.connect(self.canvas.fit_to_window)
        a["actual"].triggered.connect(lambda: self.canvas.zoom_to(1.0))
        for k in range(1, 10):
            act = QAction(self)
            act.setShortcut(QKeySequence(str(k)))
            act.triggered.connect(lambda _=False, c=k - 1: self.pick_class(c))
            self.addAction(act)
        for spec in ACTIONS:
            # canvas-only keys (Enter accepts a suggestion) must not fire while typing a class name
            (self.canvas if spec.canvas else self).addAction(a[spec.name])
        self.canvas.boxes_changed.connect(self._on_edit)
        self.canvas.cursor_moved.connect(self._on_cursor)
        self.loader.ready.connect(self._on_decoded)
        self.loader.failed.connect(self._on_decode_failed)
        self.images.image_activated.connect(self.show_image)
        self.classes.add_requested.connect(self.add_class)
        self.classes.rename_requested.connect(self.rename_class)
        self.classes.recolor_requested.connect(self.recolor_class)
        self.classes.delete_requested.connect(lambda i: self.remove_class(i, None))
        self.classes.merge_requested.connect(self.remove_class)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for name, act in self.actions.items():
            if name not in ("open", "two_click", "ask_class"):
                act.setEnabled(on)
        self.prelabel.update_actions()

    def _set_two_click(self, on: bool) -> None:
        self.settings.two_click_mode = on
        self.canvas.set_two_click_mode(on)

    # -- folder ----------------------------------------------------------------------
    def open_folder(self, folder: str | Path) -> bool:
        """Open a folder as the project; shows the image the user left off at.

        Edits the disk refused are lost when another folder opens (or this one is read
        again): the user is asked first, as when quitting; False if they chose to stay.
        """
        if not self.confirm_discard_unsaved(self.tr("Open the folder anyway and lose them?")):
            return False
        if self._scan is not None:
            self._scan.quit()   # the old folder's scan would fight the listing for the GIL
        try:
            project = Project(folder)
        except (ProjectError, OSError) as e:
            QMessageBox.warning(self, self.tr("Cannot open folder"), core_text(e))
            return False
        notes = self.guard.tidy(project)
        self.loader.clear()
        self.project, self.row, self.lf, self.history, self._shown = project, None, None, None, None
        self._unsaved.clear()
        self.prelabel.open_project(project)
        self._colors = self._class_colors()
        self.images.model.set_names([project.display_name(i) for i in range(len(project))])
        self._refresh_classes()
        self.canvas.clear()
        self._set_enabled(bool(len(project)))
        key = str(project.root)
        self.settings.remember_folder(key)
        self.project_opened.emit(project)
        if project.skipped:
            notes.append(self.tr("{0} files are not used (GIF, HEIC...): convert them to JPEG or PNG "
                                 "to label them, e.g. {1}").format(len(project.skipped), project.skipped[0]))
        if notes:
            self.message.emit(readable(" ".join(notes)))
        if not len(project):
            self._show_banner(self.tr("No photos in {0}. Workbench labels JPEG, PNG, BMP, TIFF and WebP "
                                      "files.").format(project.root), "warn")
            self.title_changed.emit(readable(str(project.root)))
            return True
        last = project.index_of(self.settings.last_image.get(key, "")) if self.settings.last_image.get(key) else None
        # The status scan starts once the first photo is painted (or after SCAN_DELAY_MS):
        # started at once, its batches queue ahead of the decoded photo on the GUI thread.
        self._pending_scan = last or 0
        self.show_image(last if last is not None else 0)
        QTimer.singleShot(SCAN_DELAY_MS, self._start_pending_scan)
        return True

    def _start_pending_scan(self) -> None:
        if self._pending_scan is not None and self.project is not None:
            near, self._pending_scan = self._pending_scan, None
            self._start_scan(near)

    def _start_scan(self, near: int) -> None:
        if self._scan is not None:
            self._scan.quit()
        n = len(self.project)
        order = list(range(near, n)) + list(range(0, near))  # where the user looks, first
        self._scan = Worker(scan_statuses, self.project, order)
        self._scan_project = self.project
        # a bound slot, not a lambda: Qt drops the connection when the page is deleted mid-scan
        self._scan.yielded.connect(self._on_scanned)
        self._scan.start()

    def _on_scanned(self, batch) -> None:
        if self.project is None or self.project is not self._scan_project:
            return
        for i, st, _, bad_image in batch:
            if bad_image:
                self.project.mark_image_problem(i, bad_image)
                if i == self.row:
                    self.canvas.set_read_only(True)
                    self._update_banner()
            elif self.project.known_status(i) is None:
                self.project.set_status(i, st)
        # rows the user already changed in this session keep their fresher status
        self.images.model.update([(i, self.project.known_status(i), cls) for i, _, cls, _ in batch])

    # -- showing an image ------------------------------------------------------------
    def show_image(self, row: int) -> None:
        """Show image ``row`` (saving the one being left)."""
        if self.project is None or not 0 <= row < len(self.project) or row == self.row:
            return
        if not self.leave_image():
            return
        p = self.project
        self.row = row
        path = str(p.images[row])
        self._read_error = None
        try:
            self.lf = p.load(row)
        except OSError as e:   # shown, never edited: nothing may overwrite or remove a file not read
            self.lf = LabelFile(path=p.label_paths[row])
            self._read_error = self.tr("Cannot read {0}: {1}").format(p.label_paths[row], e)
        self._opened = self.lf   # what undo back to the start puts on disk again, byte for byte
        self.history = EditHistory(self.lf.boxes, exists=self.lf.exists)
        if row in self._unsaved:
            pending = self._unsaved[row]
            self.history.push(pending or [], exists=pending is not None)
        boxes = self.history.current
        dec = self.loader.request(path)
        self._shown = dec
        if dec is not None:
            size_ok = True
            self.canvas.set_image(dec.width, dec.height, dec.image)
        else:
            size = image_size(path)
            size_ok = size.isValid() and not size.isEmpty()
            self.canvas.set_image(max(size.width(), 1), max(size.height(), 1), None)
        self.canvas.set_boxes(boxes)
        self.prelabel.show_row(row)
        self._update_banner()
        self.canvas.set_read_only(not self._editable() or not size_ok)
        self.images.select_row(row)
        self._update_row(row)
        self._emit_title()
        self.settings.last_image[str(p.root)] = p.relative_name(row)
        self._full_timer.start()
        self._prefetch()

    def _prefetch(self) -> None:
        ahead = []
        r = self.row
        for _ in range(PREFETCH_AHEAD):
            r = self.images.neighbour(r, 1) if r is not None else None
            if r is None:
                break
            ahead.append(str(self.project.images[r]))
        back = self.images.neighbour(self.row, -1)
        if back is not None:
            ahead.insert(1, str(self.project.images[back]))
        self.loader.prefetch(ahead)

    def _request_full(self) -> None:
        if self.row is None or (self._shown is not None and self._shown.full):
            return
        self.loader.request(str(self.project.images[self.row]), full=True, priority=1)

    def _on_decoded(self, d: Decoded) -> None:
        if self.row is None or d.path != str(self.project.images[self.row]):
            return
        if self._shown is None or (d.full and not self._shown.full):
            self.canvas.set_full_image(d.image)
            self._shown = d
            self.canvas.set_read_only(not self._editable())
            self._update_banner()
        self._start_pending_scan()

    def _on_decode_failed(self, path: str, full: bool, message: str) -> None:
        if self.project is None:
            return
        self._start_pending_scan()
        row = self.project.index_of(path)
        if row is None:
            return   # a decode of the folder open before
        if not full:
            self.project.mark_image_problem(row, message)
            self.images.model.update([(row, Status.PROBLEM, frozenset())])
        if self.row is not None and path == str(self.project.images[self.row]) and self._shown is None:
            self._update_banner(extra=[message])
            if not full:
                self.canvas.set_read_only(True)

    def _editable(self) -> bool:
        """False when the shown image's labels must not be edited: a shared label file, a photo
        the dataset check blocks, a label file too large to load."""
        p, row = self.project, self.row
        return (p.blocking_problem(row) is None and p.image_problem(row) is None and self._read_error is None
                and not (self.lf is not None and self.lf.too_large))

    def _locked(self) -> bool:
        """True, and the user told why, when the shown image's labels must not be edited."""
        if self._editable():
            return False
        self.message.emit(self.tr("This image cannot be edited: see the message above the photo."))
        return True

    # -- editing and saving ----------------------------------------------------------
    def _on_edit(self) -> None:
        if self.history is None:
            return
        if self.history.push(self.canvas.boxes()):
            self.prelabel.after_push()
            self._save(self.history.current)
        self._update_actions()

    def _save(self, boxes: list[Box], exists: bool = True, opened: LabelFile | None = None) -> bool:
        """Write the shown image's state: ``boxes``, no label file at all (``exists`` False), or
        the file exactly as it was ``opened``."""
        row = self.row
        try:
            if opened is not None:
                self.lf = self.project.restore(row, opened)
            else:
                self.lf = self.project.save(row, self.lf, boxes) if exists else self.project.unlabel(row)
        except (OSError, ProjectError) as e:
            self._unsaved[row] = list(boxes) if exists else None
            self._update_banner(extra=[self.tr("NOT SAVED: {0}. Your boxes are kept here; free space or fix "
                                               "the folder's permissions, then press Ctrl+S.").format(e)])
            self._emit_title()
            return False
        if self._unsaved.pop(row, None) is not None:
            self._update_banner()
        self._update_row(row)
        self._emit_title()
        return True

    def save_current(self) -> bool:
        """Save the shown image's boxes now (nothing is written if nothing changed)."""
        if self.row is None or self.history is None:
            return True
        if self.row in self._unsaved and self._unsaved[self.row] is None:
            return self._save([], exists=False)   # an undo back to "no label file" the disk refused
        boxes = self.history.current
        if not self.lf.exists and not boxes and self.row not in self._unsaved:
            return True  # never turn "not labeled" into "checked, no objects" by leaving
        return self._save(boxes)

    def leave_image(self) -> bool:
        """Save before showing another image or closing; False only if the user chose to stay."""
        self.prelabel.flush()
        if self.row is None:
            return True
        if self.save_current():
            return True
        return True  # kept in memory as unsaved; quitting asks via has_unsaved()

    def confirm_discard_unsaved(self, question: str) -> bool:
        """Save the shown image, then, if edits the disk refused remain, ask before they are
        lost (``question`` names what the user is doing). True to go on: they are dropped."""
        self.leave_image()
        if not self.guard.may_discard(self.has_unsaved(), question):
            return False
        self._unsaved.clear()
        self._emit_title()
        return True

    def has_unsaved(self) -> list[str]:
        """Names of images whose edits the disk refused."""
        return [self.project.display_name(r) for r in self._unsaved] if self.project else []

    def undo(self) -> None:
        self._restore(self.history.undo() if self.history else None, -1)

    def redo(self) -> None:
        self._restore(self.history.redo() if self.history else None, 1)

    def _restore(self, boxes: list[Box] | None, step: int) -> None:
        """Show a snapshot from the undo history and put the disk in its state (None: nothing to
        undo/redo). Back to before the first box of an unlabeled photo, the label file goes
        again: the photo is "not labeled yet", not "checked, no objects"."""
        if boxes is not None:
            self.canvas.set_boxes(boxes)
            self.prelabel.after_step(step)  # undoing an accept brings the suggestion back
            self._save(boxes, self.history.exists, self._opened if self.history.at_start else None)
        self._update_actions()

    def _apply(self, boxes: list[Box]) -> None:
        """An edit made by the page (paste, mark empty): canvas, history and disk."""
        if self._locked():   # the canvas refuses edits here; the page's own keys must too
            return
        self.canvas.set_boxes(boxes)
        if self.history.push(boxes):
            self.prelabel.after_push()
        self._save(boxes)
        self._update_actions()

    def copy_from_previous(self) -> None:
        """Ctrl+V: add the previous image's boxes to this one (skipping exact duplicates)."""
        if self.row is None:
            return
        prev = self.images.neighbour(self.row, -1)
        if prev is None:
            self.message.emit(self.tr("There is no previous image to copy boxes from."))
            return
        theirs = labels.read_label_file(self.project.label_paths[prev]).boxes
        mine = self.canvas.boxes()
        new = [b for b in theirs if b not in mine]
        if not new:
            self.message.emit(self.tr("The previous image has no boxes that this one lacks."))
            return
        self._apply(mine + new)
        self.message.emit(self.tr("Copied {0} boxes from {1}.").format(len(new), self.project.display_name(prev)))

    def mark_empty(self) -> None:
        """E: an empty label file, "checked, no objects" (a background image for training)."""
        if self.row is None:
            return
        if self._locked():
            return
        n = len(self.canvas.boxes())
        if n:
            self.message.emit(self.tr("This image has {0} boxes; delete them first to mark it as "
                                      "background (no objects).").format(n))
            return
        rejected = self.canvas.reject_all_suggestions()  # "no objects": the model's guesses were wrong
        self._apply([])   # an edit like any other: undo brings "not labeled yet" back
        self.message.emit(self.tr("Marked as background (no objects).") if not rejected else
                          self.tr("Marked as background (no objects); {0} suggestions rejected.").format(rejected))

    def pick_class(self, class_id: int) -> None:
        """Digits: the selected box gets the class, else it becomes the class for new boxes."""
        if self.project is None or class_id >= len(self.project.classes):
            return
        self.class_sync.pick(class_id)   # the box, the class list and the status bar together

    def set_suggestions(self, image_path: str | Path, items) -> bool:
        """Suggested boxes for an image (a captured frame's detections): Box, (Box, conf) or Suggestion.

        A new image inside the project folder is added to the list first. Nothing is written
        to its label file until the user accepts a suggestion. False if the image is not in
        the open project's folder.
        """
        if self.project is None:
            return False
        if self.project.index_of(image_path) is None and not self._add_image(image_path):
            return False
        return self.prelabel.set_suggestions(image_path, items)

    def _add_image(self, path: str | Path) -> bool:
        try:
            row = self.project.add_image(path)
        except ProjectError as e:
            self.message.emit(core_text(e))
            return False
        if row >= self.images.model.rowCount():
            self.images.model.append_name(self.project.display_name(row), self.project.status(row))
            self._set_enabled(True)
        return True

    def show_image_path(self, path: str | Path) -> bool:
        """Show the image at ``path`` (from another page: a finding, a captured frame)."""
        if self.project is None:
            return False
        row = self.project.index_of(path)
        if row is None:
            return False
        self.images.show_row(row)
        self.show_image(row)
        return True

    # -- navigation ------------------------------------------------------------------
    def step(self, delta: int) -> None:
        if self.row is None:
            return
        r = self.images.neighbour(self.row, delta)
        if r is None:
            self.message.emit(self.tr("Last image.") if delta > 0 else self.tr("First image."))
            return
        self.show_image(r)

    def next_unlabeled(self) -> None:
        if self.row is None:
            return
        r = self.images.first_row_where(self.row, lambda i: self.project.status(i) == Status.NOT_LABELED)
        if r is None:
            self.message.emit(self.tr("Every image is labeled or checked."))
        else:
            self.show_image(r)

    # -- classes ---------------------------------------------------------------------
    def _class_colors(self) -> list[QColor]:
        return self.class_ops.colors()

    def _refresh_classes(self) -> None:
        self.class_ops.refresh()

    def add_class(self, name: str) -> None:
        """Add a class to the project and make it current."""
        self.class_ops.add(name)

    def rename_class(self, i: int, name: str) -> None:
        """Rename class ``i`` (its colour follows it)."""
        self.class_ops.rename(i, name)

    def recolor_class(self, i: int, color: QColor) -> None:
        """Give class ``i`` a colour, remembered in the project."""
        self.class_ops.recolor(i, color)

    def remove_class(self, index: int, merge_into: int | None) -> None:
        """Delete or merge a class after a confirmation that says what changes."""
        self.class_ops.remove(index, merge_into)

    # -- status text -----------------------------------------------------------------
    def _update_row(self, row: int) -> None:
        st = self.project.status(row)
        classes = frozenset(b.cls for b in (self.history.current if self.history and row == self.row else []))
        self.images.model.update([(row, st, classes)])

    def _update_actions(self) -> None:
        self.actions["undo"].setEnabled(bool(self.history and self.history.can_undo))
        self.actions["redo"].setEnabled(bool(self.history and self.history.can_redo))

    def retranslate(self) -> None:
        """After a language switch (ui/language.py): the list's status texts and the banner."""
        m = self.images.model
        if m.rowCount():
            m.dataChanged.emit(m.index(0, 0), m.index(m.rowCount() - 1, 0))
        self._update_banner()

    def _update_banner(self, extra: list[str] = ()) -> None:
        if self.row is None:
            return self._show_banner("", "")
        msgs = list(extra) + ([self._read_error] if self._read_error else [])
        path = str(self.project.images[self.row])
        if self._shown is None and (err := self.loader.error(path)):
            msgs.append(err)
        blocking = self.project.blocking_problem(self.row)
        if blocking:
            msgs.append(core_text(blocking))
        bad_image = self.project.image_problem(self.row)
        if bad_image and bad_image not in msgs:
            msgs.append(core_text(bad_image))
            blocking = blocking or bad_image
        if self.lf is not None:
            msgs += [located(p.path, p.line, p.message) for p in self.lf.problems[:10]]
            if len(self.lf.problems) > 10:
                msgs.append(self.tr("... and {0} more problems").format(len(self.lf.problems) - 10))
            if self.lf.bad_lines:
                msgs.append(self.tr("Lines that are not boxes are kept in the file as they are; fix them in a text "
                                    "editor or delete them there."))
        if not self.project.classes:
            msgs.append(self.tr("No classes yet: type a class name in the box at the top right and press Enter, "
                                "then drag on the photo to draw a box."))
        msgs += self.prelabel.banner_lines()
        if self._shown is not None and not self._shown.full and max(self._shown.width, self._shown.height) > 7000:
            msgs.append(self.tr("Large image: shown scaled; your boxes are saved at full resolution."))
        error = extra or blocking or self._read_error or (self._shown is None and self.loader.error(path))
        kind = "error" if error else "warn"
        self._show_banner("\n".join(msgs), kind if msgs else "")

    def _show_banner(self, text: str, kind: str) -> None:
        if not text:
            self.banner.hide()
            return
        color = "#fdecea" if kind == "error" else "#fff8e1"
        self.banner.setStyleSheet(f"QLabel {{ background: {color}; color: #222; padding: 6px; border-radius: 4px; }}")
        self.banner.setText(readable(text))   # Qt would silently drop bytes of a name that are not UTF-8
        self.banner.show()

    def _emit_title(self) -> None:
        if self.row is None:
            return
        unsaved = " *" if self.row in self._unsaved else ""
        self.title_changed.emit(f"{self.project.display_name(self.row)}{unsaved}  "
                                f"({self.row + 1}/{len(self.project)})  {readable(str(self.project.root))}")

    def _on_cursor(self, x: float, y: float) -> None:
        if self._shown is not None or self.row is not None:
            self.position_changed.emit(f"x {int(x)}  y {int(y)}")

