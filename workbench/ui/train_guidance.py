"""The Train page's guidance: what to expect before a run, why its result is what it is after,
"N more epochs" from a finished run, and the model manager.

Kept out of ``train_page.py`` (which owns running a run) so the page only places these widgets
and calls :meth:`TrainGuidance.data_changed`, :meth:`run_started` and :meth:`run_finished`.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from ..widgets.train_advice import DiagnosisPanel, ExpectationBox
from .background import Worker


def _summarize(data_yaml: str):
    from ..training.advice import summarize_dataset

    return data_yaml, summarize_dataset(data_yaml)


def _epochs_done(save_dir: Path) -> int:
    from ..training import read_results

    rows = read_results(save_dir / "results.csv")
    return max((int(r["epoch"]) for r in rows if not math.isnan(r.get("epoch", math.nan))), default=0)


class TrainGuidance(QObject):
    """Owns the expectation box, the diagnosis panel, the Models button and the model manager."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.summary = None              # training.advice.DatasetSummary of page.data_yaml
        self._summary_of = ""
        self._worker: Worker | None = None
        self.dialog = None               # the open ModelManager
        self.expectation = ExpectationBox()
        self.diagnosis = DiagnosisPanel()
        self.models_btn = QPushButton(self.tr("Models..."))
        self.models_btn.setToolTip(self.tr("Models on this computer; download pretrained weights (also through a "
                                           "mirror) or add a .pt file from another computer"))

    def connect(self) -> None:
        """Wire the widgets to the page (after the page has built its form)."""
        p = self.page
        self.models_btn.clicked.connect(self.open_models)
        self.expectation.models_requested.connect(self.open_models)
        self.expectation.apply_requested.connect(self.apply)
        self.diagnosis.pretrained_requested.connect(self.open_models)
        self.diagnosis.continue_requested.connect(self.continue_run)
        self.diagnosis.label_more_requested.connect(p.label_class_requested)
        p.history.more_requested.connect(self.ask_more)
        p.form.model.currentIndexChanged.connect(lambda _i: self.update_expectation())

    # -- before a run ------------------------------------------------------------------------
    def data_changed(self) -> Worker | None:
        """Count the dataset's photos and boxes in the background, then say what to expect."""
        data = self.page.data_yaml
        self.summary = None
        self.expectation.show_expectation(None)
        if not data or not Path(data).is_file():
            return None
        self._summary_of = data
        self._worker = Worker(_summarize, data)
        self._worker.returned.connect(self._on_summary)
        self._worker.errored.connect(lambda _e: None)   # the Train button reports a broken dataset itself
        self._worker.finished.connect(self._on_summary_done)
        return self._worker.start()

    def _on_summary(self, result) -> None:
        data, summary = result
        if data == self._summary_of:
            self.summary = summary
            self.update_expectation()

    def _on_summary_done(self) -> None:
        self._worker = None

    def summary_ready(self) -> bool:
        return self._worker is None

    def update_expectation(self) -> None:
        from ..training.advice import expect

        model = self.page.form.model_name()
        if model.lower().endswith(".pt") and Path(model).is_file():
            from ..training.weights import checked_problem

            problem = checked_problem(Path(model))   # a file chosen by hand is checked like the listed ones
            if problem:
                self.page._error(problem)
        self.expectation.show_expectation(expect(self.summary, model) if self.summary and model else None)

    def apply(self, epochs: int, imgsz: int) -> None:
        self.page.form.epochs.setValue(epochs)
        self.page.form.imgsz.setValue(imgsz)

    # -- after a run -------------------------------------------------------------------------
    def run_started(self) -> None:
        self.diagnosis.clear()

    def run_finished(self, result) -> None:
        """Explain a finished or stopped run's score (nothing for a paused one or a failure)."""
        from ..training import Finished
        from ..training.advice import diagnose
        from ..training.continuation import read_args

        self.diagnosis.clear()
        if not isinstance(result, Finished) or result.paused:
            return
        save_dir = Path(result.save_dir)
        model = str(read_args(save_dir).get("model") or self.page.form.model_name())
        findings = diagnose(result.metrics, result.per_class, model, _epochs_done(save_dir), self.summary,
                            result.stopped)
        self.diagnosis.show_findings(findings, bool(result.last or result.best))

    def ask_more(self, save_dir: str) -> bool:
        """History's "Train more...": ask how many epochs, then :meth:`continue_run`."""
        from PySide6.QtWidgets import QInputDialog

        n, ok = QInputDialog.getInt(self.page, self.tr("Train more"), self.tr(
            "Epochs to train from {0}'s last.pt (a new run with the same data and settings; a finished run "
            "cannot be extended itself):").format(Path(save_dir).name), 50, 1, 10000)
        return ok and self.continue_run(n, save_dir)

    def continue_run(self, more: int, save_dir: str = "") -> bool:
        """A new run of ``more`` epochs from ``save_dir``'s (default: the shown run's) last.pt, same
        data and settings."""
        from ..training import TrainingError
        from ..training.continuation import continue_settings

        p = self.page
        save_dir = save_dir or p.results.save_dir
        if not save_dir or p.is_running():
            return False
        try:
            try:
                s = continue_settings(save_dir, more, project=p.runs_folder())
            except TrainingError:
                if not p.data_yaml:
                    raise
                s = continue_settings(save_dir, more, data=p.data_yaml, project=p.runs_folder())
        except TrainingError as e:
            p._error(str(e))
            return False
        return p._launch(s, self.tr("Training {0} more epochs from {1} (a new run: {2})...").format(
            more, Path(s.model).name, s.name))

    # -- models --------------------------------------------------------------------------------
    def open_models(self):
        """Open the model manager; the model list refreshes when it adds a model."""
        from .model_manager import ModelManager

        p = self.page
        if self.dialog is None:
            extra = [str(Path(p.data_yaml).resolve().parent)] if p.data_yaml else []
            self.dialog = ModelManager(p.settings, p.runs_folder(), extra, p)
            self.dialog.models_changed.connect(p.load_lists)
            self.dialog.finished.connect(self._on_dialog_closed)
        self.dialog.open()
        return self.dialog

    def _on_dialog_closed(self, _code: int) -> None:
        if self.dialog is not None and not self.dialog.is_busy():
            self.dialog.deleteLater()
            self.dialog = None
