"""The Dataset page: check the project, look at its statistics, plan the split, build the dataset.

Checking, planning and building run in background workers (``background.Worker``); the page
only shows what they return. Charts import pyqtgraph, so they are made when the first report
arrives, never at start-up (the box-size chart when its tab is first opened). Planning is pure;
only a build stores the split. ``benchmarks/bench_dataset_page.py`` measures the GUI stalls.
"""
from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QWidget

from ..dataset import (BuildResult, Cancelled, CheckReport, SplitPlan, SplitSettings, build_dataset,
                       check_project, default_dataset_dir, plan_split)
from ..project import Project, Status
from ..settings import Settings
from ..widgets.core_text import core_text
from .background import Worker
from .dataset_layout import build_ui

IMGSZ = 640                # the training size the checker judges box sizes at
PLAN_DELAY_MS = 150        # spin boxes fire per step; plan once the user pauses
PROGRESS_EVERY_S = 0.05    # at most ~20 progress updates a second cross to the GUI thread
OK_STYLE = "QLabel { color: #2e7d32; }"
BAD_STYLE = "QLabel { color: #c62828; }"


HASHING, COPYING = "hashing", "copying"   # what a build's progress bar is counting


def _cancellable_progress(worker: Worker, phase: str = ""):
    """A ``progress(done, total)`` for the core: throttled to the GUI, False once cancelled.

    Each update reaches the GUI as ``(done, total, phase)``.
    """
    emit = worker.progress_callback()
    last = [0.0]

    def progress(done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or done == 0 or now - last[0] >= PROGRESS_EVERY_S:
            last[0] = now
            emit(done, total, phase)
        return not worker.abort_requested
    return progress


@contextmanager
def _no_full_gc_scans():
    """Keep Python's cyclic garbage collector from scanning a large new result again and again.

    A check of 10,000 images makes ~150,000 objects. With the collector on, every 25 % of
    growth triggers a full collection that holds the GIL while it walks every object: up to
    0.2 s in which the GUI thread cannot run. Paused meanwhile, the result (acyclic: it is freed
    by reference counting when replaced) is then moved to the collector's permanent generation
    (``gc.freeze``), so later collections skip it too.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _check(project: Project, imgsz: int, progress=None):
    """Worker: the check, and each box in pixels at the training size (for the size chart)."""
    with _no_full_gc_scans():
        report = check_project(project, progress=progress, imgsz=imgsz)
        px: list[tuple[float, float]] = []
        for c in report.images:
            if c.status == Status.LABELED and c.width and c.height:
                # Ultralytics resizes the long side to imgsz: that is the size the model sees
                scale = imgsz / max(c.width, c.height)
                sw, sh = c.width * scale, c.height * scale
                px.extend((w * sw, h * sh) for w, h in c.boxes_wh)
    # The charts need numpy and pyqtgraph (about a second to import on a slow machine): import
    # them here, off the GUI thread, so showing the first report does not freeze the window.
    import numpy as np

    from ..widgets import box_size_chart, class_chart  # noqa: F401
    return report, np.asarray(px, dtype=float).reshape(-1, 2)


def _plan_and_build(project: Project, report: CheckReport, settings: SplitSettings, out_dir: Path,
                    worker: Worker) -> BuildResult:
    """Worker: plan with the settings shown at the click, then build (the plan is never stale).

    Planning may decode every new photo (look-alike hashes), so it reports and cancels too.
    """
    plan = plan_split(project, report, settings, progress=_cancellable_progress(worker, HASHING))
    return build_dataset(project, plan, out_dir, progress=_cancellable_progress(worker, COPYING))


class DatasetPage(QWidget):
    """Check, statistics, split and build for the project the Label page has open."""

    open_image = Signal(object)    # absolute image path (str): show it in the Label page
    dataset_built = Signal(str)    # absolute data.yaml path
    train_requested = Signal(str)  # data.yaml the user wants to train on
    message = Signal(str)          # status-bar text

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.project: Project | None = None
        self.report: CheckReport | None = None
        self.plan: SplitPlan | None = None
        self.result: BuildResult | None = None
        self._stale = False            # the project changed since the last check
        self._check_pending = False    # check as soon as the running worker is done
        self._build_after_check = False
        self._check_worker: Worker | None = None
        self._plan_worker: Worker | None = None
        self._plan_busy = False        # the plan worker is hashing photos: its progress is on show
        self._plan_again = False
        self._build_worker: Worker | None = None
        self._out_dir: Path | None = None
        self.class_chart = None        # made on the first report (pyqtgraph)
        self.box_chart = None          # made when its tab is first shown
        self._box_px = None            # the box sizes waiting for that chart
        build_ui(self)
        self._plan_timer = QTimer(self, singleShot=True, interval=PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self._start_plan)
        self.check_btn.clicked.connect(self.start_check)
        self.check_cancel.clicked.connect(self._cancel_clicked)
        self.findings.image_activated.connect(self._finding_activated)
        self.split_form.changed.connect(self._plan_timer.start)
        self.charts.currentChanged.connect(self._chart_tab_shown)
        self.out_btn.clicked.connect(self._choose_out_dir)
        self.out_edit.editingFinished.connect(self._out_edited)
        self.build_btn.clicked.connect(self.start_build)
        self.build_cancel.clicked.connect(self.cancel_build)
        self.open_btn.clicked.connect(self._open_folder)
        self.train_btn.clicked.connect(lambda: self.result and self.train_requested.emit(str(self.result.data_yaml)))
        self._update_enabled()

    def _update_enabled(self) -> None:
        busy = self._check_worker is not None or self._build_worker is not None
        self.check_btn.setEnabled(self.project is not None and not busy)
        self.build_btn.setEnabled(self.project is not None and not busy)
        self.out_btn.setEnabled(self.project is not None and self._build_worker is None)
        self.out_edit.setEnabled(self.project is not None and self._build_worker is None)
        self.split_form.setEnabled(self._build_worker is None)
        has_result = self.result is not None
        self.open_btn.setVisible(has_result)
        self.train_btn.setVisible(has_result)

    # -- project ---------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """The project to check (None: none open). Calling it again with the same project
        marks it changed: it is checked again now if the page is visible, else when shown."""
        if project is not self.project:
            self.cancel_check()
            self.cancel_plan()
            self.cancel_build()
            self.project = project
            self.report = self.plan = self.result = None
            self._out_dir = None
            self.out_edit.setText(str(default_dataset_dir(project)) if project else "")
            self.result_label.clear()
            self.findings.set_findings([])
            self.advice.clear()
            self.split_form.show_pending()
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Not checked yet.") if project else
                                 self.tr("Open a folder of photos in the Label page, then check it here."))
        self._stale = project is not None
        self._update_enabled()
        if self._stale and self.isVisible():
            if self._check_worker is not None or self._build_worker is not None:
                self._check_pending = True
            else:
                self.start_check()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self._check_worker is None and self._build_worker is None:
            QTimer.singleShot(0, self.start_check)  # let the page paint first

    def out_dir(self) -> Path | None:
        """Where Build writes the dataset."""
        if self._out_dir is not None:
            return self._out_dir
        return default_dataset_dir(self.project) if self.project else None

    def set_out_dir(self, folder: str | os.PathLike | None) -> None:
        """Build into ``folder`` (None or empty: the project's default dataset folder)."""
        self._out_dir = Path(folder).expanduser().resolve() if folder else None
        shown = self.out_dir()
        self.out_edit.setText(str(shown) if shown else "")

    def _choose_out_dir(self) -> None:
        start = str(self.out_dir() or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the dataset"), start)
        if folder:
            self.set_out_dir(folder)

    def _out_edited(self) -> None:
        text = self.out_edit.text().strip()
        self.set_out_dir(text or None)

    # -- check -----------------------------------------------------------------------
    def start_check(self) -> None:
        """Check the project in the background (progress bar and Cancel meanwhile); asked while a
        check or a build is still ending, it runs right after that one."""
        if self.project is None:
            return
        if self._check_worker is not None or self._build_worker is not None:
            self._check_pending = True
            return
        self._stale = False
        project = self.project
        worker = Worker(_check, project, IMGSZ)
        worker.kwargs["progress"] = _cancellable_progress(worker)
        worker.yielded.connect(lambda v: self._show_progress(self.check_progress, *v[:2]))
        worker.returned.connect(lambda r: self._on_checked(project, r))
        worker.errored.connect(lambda e: self._on_check_failed(project, e))
        worker.finished.connect(lambda: self._check_finished(worker))
        self._check_worker = worker
        self.check_progress.setRange(0, 0)
        self.check_progress.setFormat(self.tr("checking %v / %m"))
        self.check_progress.show()
        self.check_cancel.show()
        self.check_cancel.setEnabled(True)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking {0} images...").format(len(project)))
        self._update_enabled()
        worker.start()

    def cancel_check(self) -> None:
        if self._check_worker is not None:
            self._check_worker.quit()
            self.check_cancel.setEnabled(False)
            self._build_after_check = False

    def _cancel_clicked(self) -> None:
        # One Cancel beside the top progress bar: it stops whatever that bar shows.
        if self._check_worker is not None:
            self.cancel_check()
        else:
            self.cancel_plan()

    def _check_finished(self, worker: Worker) -> None:
        if self._check_worker is worker:
            self._check_worker = None
            if not self._plan_busy:
                self.check_progress.hide()
                self.check_cancel.hide()
            self._update_enabled()
        if self._check_pending:
            self._check_pending = False
            self.start_check()
        elif self._build_after_check and self.report is not None and not self._stale:
            self._build_after_check = False
            self.start_build()

    @staticmethod
    def _show_progress(bar: QProgressBar, done: int, total: int) -> None:
        bar.setRange(0, max(total, 1))
        bar.setValue(done)

    def _on_checked(self, project: Project, result) -> None:
        if project is not self.project:
            return
        report, box_px = result
        self.report = report
        self.summary.setStyleSheet(OK_STYLE if report.ok else BAD_STYLE)
        self.findings.set_findings(report.findings, project.root)
        self._report_texts(report)
        n_block = len(report.blocking)
        self._show_result()   # a build message from before this check may be out of date now
        self.message.emit(self.tr("Check done: {0} images, {1} problems.").format(len(report.images), n_block))
        # Each chart in its own later event, then the plan (whose worker competes for the GIL):
        # building a chart costs ~0.05-0.1 s, so no single step freezes the window long.
        QTimer.singleShot(0, lambda: self._show_charts(report, box_px, 0))

    def _report_texts(self, report: CheckReport) -> None:
        s = report.stats
        self.summary.setText(self.tr("{0} labeled, {1} background (no objects), {2} not labeled (left out), "
                                     "{3} problems").format(
            s.labeled, s.backgrounds, s.unlabeled, s.problems))
        n_block = len(report.blocking)
        self.findings_box.setTitle(self.tr("What to fix ({0} problems, {1} warnings)").format(
            n_block, len(report.findings) - n_block))
        self.advice.clear()
        self.advice.addItems([core_text(a) for a in report.advice]
                             or [self.tr("Nothing to add: the labels look ready for training.")])

    def retranslate(self) -> None:
        """After a language switch (ui/language.py): the texts built from the last check and plan."""
        if self.report is not None and self._check_worker is None:
            self._report_texts(self.report)
        self.findings.model_.retranslate()
        if self.plan is not None:
            self.split_form.show_plan(self.plan.counts(), self.plan.groups, self.plan.left_out, self.plan.warnings,
                                      getattr(self.plan, "unlabeled", None))

    def _finding_activated(self, image: str) -> None:
        # Project-wide findings (no class list) and skipped files (GIF) have no page to open.
        if self.project is not None and self.project.index_of(image) is not None:
            self.open_image.emit(image)
        else:
            self.message.emit(self.tr("{0} is not one of the project's images, so it cannot be opened in the "
                                      "Label page.").format(image))

    def _on_check_failed(self, project: Project, error: Exception) -> None:
        if project is not self.project:
            return
        self._build_after_check = False
        if isinstance(error, Cancelled):
            self._stale = True   # checked again on the next visit or click
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Check cancelled."))
            self.message.emit(self.tr("Check cancelled."))
        else:
            self.summary.setStyleSheet(BAD_STYLE)
            self.summary.setText(self.tr("The check failed: {0}").format(core_text(error)))
            self.message.emit(self.tr("The check failed: {0}").format(core_text(error)))

    def _show_charts(self, report: CheckReport, box_px, step: int) -> None:
        if report is not self.report:
            return  # a newer check (or another project) took over
        if step == 0 and self.class_chart is None:
            # Made in one event, shown (laid out and painted, as long again) in the next.
            from ..widgets.class_chart import ClassChart

            self.class_chart = ClassChart()
            QTimer.singleShot(0, lambda: self._show_charts(report, box_px, 0))
            return
        if step == 0:
            if self.charts.indexOf(self.class_chart) < 0:
                self.charts.removeTab(0)
                self.charts.insertTab(0, self.class_chart, self.tr("Classes"))
                self.charts.setCurrentIndex(0)
            s = report.stats
            self.class_chart.set_data(s.class_names, s.instances, s.images_with)
            QTimer.singleShot(0, lambda: self._show_charts(report, box_px, 1))
            return
        self._box_px = box_px
        if self.box_chart is None and self.charts.count() < 2:
            # Making the box-size chart costs 50-130 ms of GUI thread (two pyqtgraph plots) and its
            # first paint as much again: make it when the user opens its tab, not during a check.
            hint = QLabel(self.tr("Box sizes appear here."))
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.charts.addTab(hint, self.tr("Box sizes"))
        self._chart_tab_shown(self.charts.currentIndex())
        self._start_plan()

    def _chart_tab_shown(self, index: int) -> None:
        if index != 1 or self._box_px is None:
            return
        if self.box_chart is None:
            from ..widgets.box_size_chart import BoxSizeChart

            self.box_chart = BoxSizeChart()
            self.charts.blockSignals(True)  # replacing the tab would call this again
            self.charts.removeTab(1)
            self.charts.insertTab(1, self.box_chart, self.tr("Box sizes"))
            self.charts.setCurrentIndex(1)
            self.charts.blockSignals(False)
        self.box_chart.set_data(self._box_px, IMGSZ)
        self._box_px = None

    # -- split plan ------------------------------------------------------------------
    def _start_plan(self) -> None:
        """Plan the split for the form's values in the background; one plan at a time."""
        if self.report is None or self.project is None:
            return
        if self._plan_worker is not None:
            self._plan_again = True
            return
        self._plan_again = False
        project, report, settings = self.project, self.report, self.split_form.settings()
        if self.plan is None:
            self.split_form.show_pending(self.tr("planning..."))
        worker = Worker(plan_split, project, report, settings)
        worker.kwargs["progress"] = _cancellable_progress(worker, HASHING)
        worker.yielded.connect(lambda v: self._on_plan_progress(worker, *v[:2]))
        worker.returned.connect(lambda p: self._on_planned(project, report, settings, p))
        worker.errored.connect(lambda e: self._on_plan_failed(project, e))
        worker.finished.connect(lambda: self._plan_finished(worker))
        self._plan_worker = worker
        worker.start()

    def cancel_plan(self) -> None:
        """Stop the split plan being made (the look-alike search can take a while)."""
        if self._plan_worker is not None:
            self._plan_again = False
            self._plan_worker.quit()
            self.check_cancel.setEnabled(False)

    def _on_plan_progress(self, worker: Worker, done: int, total: int) -> None:
        # Only the first plan of a project decodes every photo; a re-plan reports 0 to do.
        if worker is not self._plan_worker or self._check_worker is not None or not total or done >= total:
            return
        if not self._plan_busy or self.check_progress.isHidden():
            self._plan_busy = True
            self.check_progress.show()
            self.check_cancel.show()
            self.check_cancel.setEnabled(True)
            self.split_form.show_pending(self.tr("finding look-alike photos..."))
        self.check_progress.setFormat(self.tr("finding look-alike photos %v / %m"))
        self._show_progress(self.check_progress, done, total)

    def _plan_finished(self, worker: Worker) -> None:
        if self._plan_worker is worker:
            self._plan_worker = None
            if self._plan_busy:
                self._plan_busy = False
                if self._check_worker is None:
                    self.check_progress.hide()
                    self.check_cancel.hide()
            if self._plan_again:
                self._start_plan()

    def _on_planned(self, project, report, settings, plan: SplitPlan) -> None:
        if project is not self.project or report is not self.report or settings != self.split_form.settings():
            return  # the user moved on; a newer plan is coming
        self.plan = plan
        self.split_form.show_plan(plan.counts(), plan.groups, plan.left_out, plan.warnings,
                                  getattr(plan, "unlabeled", None))

    def _on_plan_failed(self, project, error: Exception) -> None:
        if project is not self.project:
            return
        self.plan = None
        if isinstance(error, Cancelled) and self._build_worker is not None:
            self.split_form.show_pending(self.tr("planning..."))  # the build plans; shown again after it
        elif isinstance(error, Cancelled):
            self.split_form.show_pending(self.tr("Look-alike search cancelled. Change a value to plan again, or "
                                                 "untick \"Also keep look-alike photos together\"."))
        else:
            self.split_form.show_pending(self.tr("cannot split: {0}").format(core_text(error)))

    # -- build -----------------------------------------------------------------------
    def start_build(self) -> None:
        """Build the dataset with the split shown (checking first if the project changed)."""
        if self.project is None or self._build_worker is not None:
            return
        if self._check_worker is not None:
            self._build_after_check = True
            return
        if self.report is None or self._stale:
            self._build_after_check = True
            self.start_check()
            return
        out = self.out_dir()
        project = self.project
        self.cancel_plan()  # the build plans again itself, with the same settings
        worker = Worker(_plan_and_build, project, self.report, self.split_form.settings(), out)
        worker.kwargs["worker"] = worker
        worker.yielded.connect(lambda v: self._on_build_progress(*v))
        worker.returned.connect(lambda r: self._on_built(project, r))
        worker.errored.connect(lambda e: self._on_build_failed(project, e))
        worker.finished.connect(lambda: self._build_finished(worker))
        self._build_worker = worker
        self.result = None
        self.build_progress.setRange(0, 0)
        self.build_progress.setFormat(self.tr("copying %v / %m"))
        self.build_progress.show()
        self.build_cancel.show()
        self.build_cancel.setEnabled(True)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Building the dataset in {0}...").format(out))
        self._update_enabled()
        worker.start()

    def _on_build_progress(self, done: int, total: int, phase: str) -> None:
        if phase == HASHING and not total:
            return  # nothing to hash: the copy's count follows at once
        self.build_progress.setFormat(self.tr("finding look-alike photos %v / %m") if phase == HASHING
                                      else self.tr("copying %v / %m"))
        self._show_progress(self.build_progress, done, total)

    def cancel_build(self) -> None:
        if self._build_worker is not None:
            self._build_worker.quit()
            self.build_cancel.setEnabled(False)

    def _build_finished(self, worker: Worker) -> None:
        if self._build_worker is worker:
            self._build_worker = None
            self.build_progress.hide()
            self.build_cancel.hide()
            self._update_enabled()
        if self._check_pending:
            self._check_pending = False
            self.start_check()
        elif self.plan is None:
            self._start_plan()  # a plan cancelled for the build: quick now (the build hashed the photos)

    def _on_built(self, project: Project, result: BuildResult) -> None:
        if project is not self.project:
            return
        self.result = result
        self._built_usable = self._usable()
        self._show_result()
        self._update_enabled()
        self.message.emit(self.tr("Dataset ready: {0}").format(result.data_yaml))
        self.dataset_built.emit(str(result.data_yaml))

    def _usable(self) -> int | None:
        """Images the last check found ready to train on (labeled or background)."""
        st = self.report.stats if self.report is not None else None
        return None if st is None else st.labeled + st.backgrounds

    def _show_result(self) -> None:
        """The last build, in words; after a later check that found more or fewer images to train on
        (a capture, a new label), it says the dataset is out of date."""
        result = self.result
        if result is None:
            return
        parts = [self.split_form.subset_text(k, v) for k, v in result.counts.items()]
        bg = sum(result.backgrounds.values())
        text = self.tr("Built in {0:.1f} s: {1} ({2} background (no objects)).").format(result.seconds, ", ".join(parts), bg)
        st = self.report.stats if self.report is not None else None
        if st is not None and (st.unlabeled or st.problems):
            text += " " + self.tr("Left out: {0} not labeled, {1} with problems (see What to fix).").format(
                st.unlabeled, st.problems)
        now, then = self._usable(), getattr(self, "_built_usable", None)
        if now is not None and then is not None and now != then:
            self.result_label.setStyleSheet(BAD_STYLE)
            text = self.tr("The project changed since this build: {0} images are ready to train now, the dataset "
                           "holds {1}. Build again to include the changes.").format(now, then) + "\n" + text
        else:
            self.result_label.setStyleSheet(OK_STYLE)
        self.result_label.setText(f"{text}\n{result.data_yaml}")

    def _on_build_failed(self, project: Project, error: Exception) -> None:
        if project is not self.project:
            return
        if isinstance(error, Cancelled):
            text = self.tr("Build cancelled; nothing was changed.")
            self.result_label.setStyleSheet("")
        else:
            text = self.tr("The dataset was not built: {0}").format(core_text(error))
            self.result_label.setStyleSheet(BAD_STYLE)
        self.result_label.setText(text)
        self.message.emit(text)

    def _open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.root)))
