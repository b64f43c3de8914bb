"""Pre-labeling on the Label page: run a model, keep its boxes as suggestions, accept or reject them.

The rule that protects a user's work: suggestions live in memory (and in
``<project>/.workbench/suggestions.json``, Workbench's own file), never in label files. Only
accepting one is an edit, made by the canvas and saved by the page like any other edit; an
image with pending suggestions and no label file stays "not labeled".

The model runs through :mod:`workbench.inference.prelabel` (``suggest``) in a background
:class:`~workbench.ui.background.Worker`, with a progress dialog that can cancel.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from .. import labels
from ..labels import Box
from ..project import STATE_DIR, Project, ProjectError
from ..widgets.core_text import core_text
from ..widgets.suggestion_item import Suggestion
from .background import Worker
from .unsafe_model import ask_to_trust

SUGGESTIONS_FILE = "suggestions.json"
SAVE_DELAY_MS = 400
HISTORY_LIMIT = 500  # as EditHistory's: the two stacks move together


class SuggestionTrail:
    """Pending suggestions of the shown image, one snapshot per entry of its edit history.

    Undoing an accept brings its suggestion back; a rejection is final (it is taken out of
    every snapshot), as nothing on disk changed and there is nothing to undo.
    """

    def __init__(self, pending: list[Suggestion]):
        self.current = list(pending)
        self._undo: list[list[Suggestion]] = []
        self._redo: list[list[Suggestion]] = []

    def push(self, pending: list[Suggestion]) -> None:
        self._undo.append(self.current)
        del self._undo[:-HISTORY_LIMIT]
        self._redo.clear()
        self.current = list(pending)

    def step(self, delta: int) -> list[Suggestion]:
        """Follow one undo (-1) or redo (+1) of the edit history."""
        src, dst = (self._undo, self._redo) if delta < 0 else (self._redo, self._undo)
        if src:  # an edit history entry made before this trail existed has no snapshot
            dst.append(self.current)
            self.current = src.pop()
        return list(self.current)

    def discard(self, gone: list[Suggestion]) -> None:
        for snap in [self.current, *self._undo, *self._redo]:
            snap[:] = [s for s in snap if not any(s is g for g in gone)]


class SuggestionStore:
    """Pending suggestions per image row of one project, persisted atomically."""

    def __init__(self, project: Project | None = None):
        self.project = project
        self.rows: dict[int, list[Suggestion]] = {}
        self.dirty = False
        if project is not None:
            self._load()

    @property
    def path(self) -> Path | None:
        return self.project.root / STATE_DIR / SUGGESTIONS_FILE if self.project else None

    def get(self, row: int) -> list[Suggestion]:
        return list(self.rows.get(row, ()))

    def set(self, row: int, items: list[Suggestion]) -> None:
        if items:
            self.rows[row] = list(items)
        elif self.rows.pop(row, None) is None:
            return
        self.dirty = True

    def count(self) -> int:
        return sum(map(len, self.rows.values()))

    def renumber(self, index: int, merge_into: int | None) -> None:
        """Follow a class delete/merge the way :meth:`Project.remove_class` renumbers boxes."""
        target = None if merge_into is None else merge_into - (merge_into > index)
        for row, items in list(self.rows.items()):
            new = []
            for s in items:
                c = s.box.cls
                if c == index:
                    if target is None:
                        continue
                    s = s.with_class(target)
                elif c > index:
                    s = s.with_class(c - 1)
                new.append(s)
            self.set(row, new)
        self.dirty = True

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # absent or unreadable: suggestions are a convenience, never the user's labels
        images = data.get("images", {}) if isinstance(data, dict) else {}
        for name, rows in images.items() if isinstance(images, dict) else ():
            row = self.project.index_of(name)
            if row is None or os.path.exists(self.project.label_paths.str(row)):
                continue  # gone, or labeled since: a stale suggestion must not come back
            try:
                items = [Suggestion(Box(int(r[0]), *map(float, r[1:5])), None if r[5] is None else float(r[5]))
                         for r in rows]
            except (TypeError, ValueError, IndexError):
                continue
            if items:
                self.rows[row] = items

    def save(self) -> None:
        """Write the store if it changed (atomic); raises OSError naming the file."""
        if not self.dirty or self.project is None:
            return
        images = {self.project.relative_name(row): [[s.box.cls, s.box.xc, s.box.yc, s.box.w, s.box.h, s.conf]
                                                    for s in items]
                  for row, items in sorted(self.rows.items())}
        if not images and not self.path.exists():
            self.dirty = False
            return
        data = json.dumps({"version": 1, "images": images}, ensure_ascii=False, indent=0)
        labels.atomic_write_bytes(self.path, data.encode("utf-8"))
        self.dirty = False


def _load_model(path: str):
    from ..inference import fastest_detector

    return fastest_detector(path)


class PrelabelFlow(QObject):
    """Owns the suggestions of the Label page and the "Pre-label unlabeled images" job."""

    finished = Signal(object)    # a summary dict when a pre-label run ends (tests and status)

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.store = SuggestionStore()
        self.trail: SuggestionTrail | None = None
        self._row: int | None = None
        self._worker: Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        c = page.canvas
        c.suggestions_changed.connect(self._on_canvas_change)
        c.suggestion_selected.connect(lambda _i: self.update_actions())
        c.selection_changed.connect(lambda _i: self.update_actions())
        a = page.actions
        a["accept_suggestion"].triggered.connect(c.accept_selected_suggestion)
        a["accept_all_suggestions"].triggered.connect(c.accept_all_suggestions)
        a["reject_suggestion"].triggered.connect(c.reject_selected_suggestion)
        a["reject_all_suggestions"].triggered.connect(c.reject_all_suggestions)
        a["prelabel"].triggered.connect(self.start)

    # -- the page's hooks ------------------------------------------------------------------
    def open_project(self, project: Project) -> None:
        self.flush()
        self.store = SuggestionStore(project)
        self.trail, self._row = None, None

    def show_row(self, row: int) -> None:
        """The page shows image ``row``: put its suggestions on the canvas."""
        self._row = row
        pending = self.store.get(row)
        self.trail = SuggestionTrail(pending)
        self.page.canvas.set_suggestions(pending)
        self.update_actions()
        self._sync_list()  # also after a folder opens: the list was reset after open_project()

    def after_push(self) -> None:
        """The page recorded an edit in the image's history: snapshot the pending suggestions."""
        if self.trail is not None:
            self.trail.push(self.page.canvas.suggestions())
            self._store_current()

    def after_step(self, delta: int) -> None:
        """The page undid (-1) or redid (+1) an edit: the suggestions follow."""
        if self.trail is None:
            return
        pending = self.trail.step(delta)
        self.page.canvas.set_suggestions(pending)
        self._store_current()
        self.page._update_banner()
        self.update_actions()

    def renumber(self, index: int, merge_into: int | None) -> None:
        self.store.renumber(index, merge_into)
        self._save_timer.start()
        self._sync_list()

    def banner_lines(self) -> list[str]:
        n = len(self.page.canvas.suggestions())
        if not n:
            return []
        return [self.tr("{0} suggestions: Enter accepts the selected, Ctrl+Enter all; Del rejects the selected, "
                        "Ctrl+Del all. Nothing is saved until you accept.").format(n)]

    def update_actions(self) -> None:
        """Enable the suggestion actions that apply (Del rejects or deletes, never both)."""
        a, c = self.page.actions, self.page.canvas
        on = self.page.project is not None and self.page.row is not None
        sel = c.selected_suggestion() >= 0
        has = bool(c.suggestions())
        a["accept_suggestion"].setEnabled(on and sel)
        a["reject_suggestion"].setEnabled(on and sel)
        a["accept_all_suggestions"].setEnabled(on and has)
        a["reject_all_suggestions"].setEnabled(on and has)
        a["delete"].setEnabled(on and not sel)
        a["prelabel"].setEnabled(self.page.project is not None and len(self.page.project) > 0)

    def set_suggestions(self, image_path, items) -> bool:
        """Give an image suggestions (a captured frame's detections); shows them if it is shown."""
        page = self.page
        if page.project is None:
            return False
        row = page.project.index_of(image_path)
        if row is None:
            return False
        self.store.set(row, [Suggestion.of(i) for i in items])
        self._save_timer.start()
        self._sync_list()
        if row == page.row:
            self.show_row(row)
            page._update_banner()
        return True

    def flush(self) -> None:
        """Write the suggestions file now if it changed (leaving an image, closing)."""
        self._save_timer.stop()
        try:
            self.store.save()
        except OSError as e:
            self.page.message.emit(self.tr("Could not save the suggestions ({0}); they are kept until you close "
                                           "Workbench.").format(e))

    def _store_current(self) -> None:
        if self._row is not None and self._row == self.page.row:
            self.store.set(self._row, self.page.canvas.suggestions())
            self._save_timer.start()
            self._sync_list()

    def _sync_list(self) -> None:
        self.page.images.model.set_suggested({r: len(v) for r, v in self.store.rows.items()})

    def _on_canvas_change(self, kind: str) -> None:
        if self.trail is not None:
            now = self.page.canvas.suggestions()
            if kind == "rejected":
                self.trail.discard([s for s in self.trail.current if not any(s is n for n in now)])
            elif kind == "edited":
                self.trail.current = now
            # "accepted": the edit that follows (boxes_changed) pushes the new snapshot
        self._store_current()
        self.page._update_banner()
        self.update_actions()

    # -- the pre-label job -------------------------------------------------------------------
    def start(self) -> None:
        """The menu action: choose a model and a confidence, then run."""
        page = self.page
        if page.project is None or self.running:
            return
        runs = page.project.root / "runs"
        path, _ = QFileDialog.getOpenFileName(
            page, self.tr("Choose a model to pre-label with (a .pt file can run code: only open models you trust)"),
            str(runs if runs.is_dir() else page.project.root),
            self.tr("YOLO models (*.pt *.onnx);;All files (*)"))
        if not path:
            return
        conf, ok = QInputDialog.getDouble(
            page, self.tr("Pre-label"), self.tr("Keep boxes the model is at least this sure of (0.01 to 0.99):"),
            0.25, 0.01, 0.99, 2)
        if ok:
            self.run(path, conf)

    @property
    def running(self) -> bool:
        return self._worker is not None

    def run(self, model_path: str | os.PathLike, conf: float = 0.25, imgsz: int | None = None,
            missing_classes: str = "ask") -> None:
        """Pre-label every image without a label file with ``model_path`` (in the background).

        ``imgsz=None`` runs the model at the image size it was trained at.

        ``missing_classes`` says what to do with model classes the project lacks: "ask" the
        user, "add" them to classes.txt, or "skip" their boxes. Emits :attr:`finished`.
        """
        page = self.page
        if page.project is None or self.running:
            return
        page.save_current()
        self._settings = (str(model_path), float(conf), int(imgsz) if imgsz else None, missing_classes)
        self._dialog = dlg = QProgressDialog(self.tr("Loading the model {0}...").format(Path(model_path).name),
                                             self.tr("Cancel"), 0, 0, page)
        dlg.setWindowTitle(self.tr("Pre-label"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self._cancelled = False
        dlg.canceled.connect(self._cancel)
        self._start_worker(Worker(_load_model, str(model_path)), self._on_model)

    def _start_worker(self, worker: Worker, on_result) -> None:
        self._worker = worker
        worker.returned.connect(on_result)
        worker.errored.connect(self._on_error)
        worker.start()

    def _cancel(self) -> None:
        self._cancelled = True
        if self._worker is not None:
            self._worker.quit()

    def _end(self, summary: dict) -> None:
        self._worker = None
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self._cancel)
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        self.update_actions()
        self.finished.emit(summary)

    def _on_error(self, e: Exception) -> None:
        if self._cancelled:  # the user stopped it; an error from the half-done job is no news
            return self._end({"cancelled": True, "images": 0, "suggestions": 0})
        self._end({"error": str(e)})
        if ask_to_trust(self.page, self._settings[0], e):   # a .pt that would run code: the user decides
            return self.run(*self._settings)
        QMessageBox.critical(self.page, self.tr("Pre-label failed"), core_text(e))

    def _on_model(self, detector) -> None:
        if self._cancelled:
            return self._end({"cancelled": True, "images": 0, "suggestions": 0})
        page, project = self.page, self.page.project
        names = {int(k): str(v) for k, v in detector.names.items()}
        from ..inference import class_mapping

        mapping, _ = class_mapping(names, project.classes)
        missing = [names[m] for m in sorted(names) if m not in mapping or not project.classes]
        if missing:
            choice = self._settings[3]
            if choice == "ask":
                choice = self._ask_missing(missing, bool(mapping) and bool(project.classes))
            if choice is None:
                return self._end({"cancelled": True, "images": 0, "suggestions": 0})
            if choice == "skip" and not project.classes:
                return self._end({"cancelled": False, "images": 0, "suggestions": 0})
            if choice == "add":
                try:
                    for n in missing:
                        project.add_class(n)
                except (ProjectError, OSError) as e:
                    QMessageBox.warning(page, self.tr("Cannot add class"), core_text(e))
                page._refresh_classes()
        _, conf, imgsz, _ = self._settings
        from ..inference.prelabel import suggest

        report: list[str] = []
        self._report = report
        worker = Worker(suggest, project, detector, conf=conf, imgsz=imgsz, report=report)
        emit = worker.progress_callback()

        def progress(done: int, total: int) -> bool:
            emit(done, total)
            return not worker.abort_requested

        worker.kwargs["progress"] = progress
        worker.yielded.connect(self._on_progress)
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Pre-labeling images without a label file..."))
        self._start_worker(worker, self._on_suggested)

    def _ask_missing(self, missing: list[str], some_match: bool) -> str | None:
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The model's classes differ"))
        if some_match:
            text = self.tr("The model knows classes this project does not have: {0}.\nClasses with the same name "
                           "are matched by name.").format(", ".join(missing))
        else:
            text = self.tr("No class of the model matches this project's classes by name. The model's classes: "
                           "{0}.").format(", ".join(missing))
        box.setText(text)
        add = box.addButton(self.tr("Add them to classes.txt"), QMessageBox.ButtonRole.AcceptRole)
        skip = box.addButton(self.tr("Skip those boxes"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {add: "add", skip: "skip"}.get(box.clickedButton())

    def _on_progress(self, value) -> None:
        done, total = value
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(done)

    def _on_suggested(self, result: dict) -> None:
        page, project = self.page, self.page.project
        images = boxes = 0
        for path, found in result.items():
            row = project.index_of(path)
            # the user's labels win: an image labeled meanwhile gets no suggestions
            if row is None or os.path.exists(project.label_paths.str(row)):
                continue
            self.store.set(row, [Suggestion(b) for b in found])
            images += 1
            boxes += len(found)
        self.flush()
        self._sync_list()
        if page.row is not None and page.row in self.store.rows:
            self.show_row(page.row)
            page._update_banner()
        summary = {"cancelled": self._cancelled, "images": images, "suggestions": boxes,
                   "report": list(self._report)}
        self._end(summary)
        text = self.tr("Pre-labeled {0} images: {1} suggested boxes. Images with a label file were not "
                       "touched.").format(images, boxes)
        if self._cancelled:
            text = self.tr("Stopped. ") + text
        page.message.emit(text)
        if self._report and self._settings[3] == "ask":
            QMessageBox.information(page, self.tr("Pre-label"), text + "\n\n" + "\n".join(self._report[:20]))
