"""The Train page: a form, Train/Pause/Stop/Resume, live curves, log, results and run history.

Training runs in a child process watched from a dedicated ``QThread`` (``train_worker.TrainThread``);
its events arrive here queued. Phase events say what happens before the first batch (the process
starts, torch loads, the dataset is scanned), so the page shows life within a second of Train.
Batch progress and log lines come far more often than a screen needs, so they are kept
and applied by a 100 ms timer: the event loop stays free however fast the batches are.

Start-up cost matters (the window builds every page at start): nothing here imports torch,
ultralytics or pyqtgraph. The curves are built on first show; the model and device lists are
filled by a background worker then.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton,
                               QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ..settings import Settings
from ..widgets.core_text import core_text
from ..widgets.run_history import RunHistory
from ..widgets.train_form import TrainForm
from ..widgets.train_results import TrainResults
from ..widgets.term_help import explain
from .background import Worker
from .log_symbols import plain_symbols
from .train_guidance import TrainGuidance
from .train_worker import TrainThread

APPLY_MS = 100
LOG_LINES = 20000
SETTINGS_KEY = "train_form"


def _load_lists(extra_dirs: list[str], runs_dir: str = ""):
    """Worker: the model choices and the GPU names, found by a child process (both need torch,
    whose import in this process would hold the window up to half a second)."""
    from ..training.probe import training_choices

    return training_choices(extra_dirs, runs_dir or None)


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class TrainPage(QWidget):
    """Trains a YOLO model on the dataset's data.yaml."""

    open_in_preview = Signal(str)     # best.pt
    export_requested = Signal(str)    # best.pt
    message = Signal(str)             # status-bar text
    running_changed = Signal(bool)
    label_class_requested = Signal(str)   # class name: label more photos of it
    lists_ready = Signal()            # the model and device lists are filled (lists_loaded() is True)

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.data_yaml = ""
        self._runs_folder = ""
        self.plot = None                   # LivePlot, built on first show (pyqtgraph is slow to import)
        self._lists = None                 # the background worker filling the model/device lists
        self._lists_loaded = False
        self._resume_from = ""             # last.pt of the paused run, for the Resume button
        self._epochs = 0
        self._pending_batch = None
        self._pending_log: list[str] = []
        self._eta = ""
        self._validation = None            # the background validation of a stopped run's best.pt
        self.last_result = None            # training.Finished or training.Failed of the last run
        self._launched = None              # (settings, status text) of the last run started
        self._start_again = None           # the same, to start once the ending run's thread is gone
        self.trainer = TrainThread(self)
        self.form = TrainForm()
        saved = getattr(settings, SETTINGS_KEY, None)
        if isinstance(saved, dict):
            self.form.set_values(saved)
        self.guidance = TrainGuidance(self)   # expectations, diagnosis, N more epochs, model manager
        self._build()
        self._connect()
        self.guidance.connect()
        self._timer = QTimer(self, interval=APPLY_MS)
        self._timer.timeout.connect(self._apply_pending)
        self._update_buttons()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.data_label = QLabel(self.tr("No dataset yet: build one on the Dataset page or choose a data.yaml."))
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_btn = QPushButton(self.tr("Choose data.yaml..."))
        self.train_btn = QPushButton(self.tr("Train"))
        self.train_btn.setToolTip(self.tr("Start a new training run with these settings"))
        self.pause_btn = QPushButton(self.tr("Pause"))
        self.pause_btn.setToolTip(self.tr("End after the current batch; Resume continues where it stopped"))
        self.stop_btn = QPushButton(self.tr("Stop"))
        self.stop_btn.setToolTip(self.tr("End now and keep the best model so far"))
        self.resume_btn = QPushButton(self.tr("Resume"))
        self.resume_btn.setToolTip(self.tr("Continue the paused or interrupted run from its last.pt"))
        buttons = QHBoxLayout()
        for b in (self.train_btn, self.pause_btn, self.stop_btn, self.resume_btn):
            buttons.addWidget(b)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.data_label)
        ll.addWidget(self.choose_btn)
        ll.addWidget(self.guidance.models_btn)
        ll.addWidget(scroll, 1)
        ll.addWidget(self.guidance.expectation)
        ll.addLayout(buttons)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.status = QLabel(self.tr("Ready."))
        self.status.setToolTip(explain("epoch", "batch", "box_loss", "cls_loss", "dfl_loss", "map50_95"))
        self.epoch_bar = QProgressBar()
        self.epoch_bar.setFormat(self.tr("%p%"))
        self.epoch_bar.setValue(0)          # 0 %, not a blank bar, before the first run
        self.epoch_bar.setToolTip(self.tr("Progress of the current epoch (one pass over all training photos)"))
        self.total_bar = QProgressBar()
        self.total_bar.setFormat(self.tr("%p%"))
        self.total_bar.setValue(0)
        self.total_bar.setToolTip(self.tr("Progress of the whole training run, all epochs"))
        self.eta_label = QLabel()
        self.preview_btn = QPushButton(self.tr("Try it in Preview"))
        self.preview_btn.setToolTip(self.tr("See the trained model find objects on your camera, a video or photos"))
        self.preview_btn.hide()
        bars = QHBoxLayout()
        bars.addWidget(QLabel(self.tr("This epoch:")))
        bars.addWidget(self.epoch_bar, 1)
        bars.addWidget(QLabel(self.tr("All epochs:")))
        bars.addWidget(self.total_bar, 1)
        bars.addWidget(self.eta_label)
        bars.addWidget(self.preview_btn)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(LOG_LINES)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.curves = QWidget()
        self.curves_layout = QVBoxLayout(self.curves)
        self.curves_layout.setContentsMargins(0, 0, 0, 0)
        self.results = TrainResults()
        self.results.layout().insertWidget(1, self.guidance.diagnosis)
        self.history = RunHistory()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.curves, self.tr("Curves"))
        self.tabs.addTab(self.log, self.tr("Log"))
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.addTab(self.history, self.tr("History"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.banner)
        rl.addWidget(self.status)
        rl.addLayout(bars)
        rl.addWidget(self.tabs, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 860])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.splitter)

    def _connect(self) -> None:
        self.choose_btn.clicked.connect(self.choose_data)
        self.train_btn.clicked.connect(self.start)
        self.pause_btn.clicked.connect(self.pause)
        self.stop_btn.clicked.connect(self.stop)
        self.resume_btn.clicked.connect(lambda: self.resume())
        t = self.trainer
        t.phase.connect(self._on_phase)
        t.started.connect(self._on_started)
        t.batch.connect(self._on_batch)
        t.epoch_end.connect(self._on_epoch_end)
        t.log.connect(self._pending_log.append)
        t.done.connect(self._on_done)
        t.running_changed.connect(self._on_running_changed)
        self.form.model_note.connect(self._on_model_note)
        self.results.open_in_preview.connect(self.open_in_preview)
        self.preview_btn.clicked.connect(lambda: self.results.best and self.open_in_preview.emit(self.results.best))
        self.results.export_requested.connect(self.export_requested)
        self.results.validate_requested.connect(self.validate_best)
        self.results.open_folder.connect(lambda d: QDesktopServices.openUrl(QUrl.fromLocalFile(d)))
        h = self.history
        h.refresh_requested.connect(self.refresh_history)
        h.show_requested.connect(self.show_run)
        h.compare_requested.connect(self.compare_runs)
        h.resume_requested.connect(self.resume)
        h.open_in_preview.connect(self.open_in_preview)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_plot()
        if self._lists is None and not self._lists_loaded:
            self.load_lists()
        self.refresh_history()

    def ensure_plot(self):
        """The live plot, built on first need (pyqtgraph costs ~0.4 s to import)."""
        if self.plot is None:
            from ..widgets.live_plot import LivePlot

            self.plot = LivePlot()
            self.curves_layout.addWidget(self.plot)
        return self.plot

    def load_lists(self) -> Worker:
        """Fill the model and device lists in the background (ultralytics, torch.cuda)."""
        dirs = [str(Path(self.data_yaml).resolve().parent)] if self.data_yaml else []
        self._lists = Worker(_load_lists, dirs, self.runs_folder())
        self._lists.returned.connect(self._on_lists)
        self._lists.finished.connect(self._on_lists_finished)
        return self._lists.start()

    def _on_lists(self, result) -> None:
        choices, gpus = result
        if choices:
            self._choices = choices
            self.form.set_model_choices(choices)
        self.form.set_devices(gpus)

    def _on_lists_finished(self) -> None:
        self._lists = None
        self._lists_loaded = True
        self.lists_ready.emit()

    def retranslate(self) -> None:
        """After a language switch (ui/language.py): the model list and the last results."""
        from ..training import Finished

        if getattr(self, "_choices", None):
            self.form.set_model_choices(self._choices)
        if isinstance(self.last_result, Finished) and not self.is_running():
            self.results.show_finished(self.last_result)

    def lists_loaded(self) -> bool:
        return self._lists_loaded

    # -- data and runs folders -----------------------------------------------------------
    def set_data(self, data_yaml: str) -> None:
        """Train on ``data_yaml`` (handed over by the Dataset page or chosen here)."""
        self.data_yaml = str(data_yaml)
        self.data_label.setText(self.tr("Dataset: {0}").format(self.data_yaml))
        self.data_label.setToolTip(self.data_yaml)
        self._hide_banner()
        self.guidance.data_changed()
        if self.isVisible():
            self.refresh_history()

    def set_runs_folder(self, folder: str) -> None:
        """Where runs go and the history is read (default: ``<data.yaml folder>/../runs``)."""
        self._runs_folder = str(folder)
        if self.isVisible():
            self.refresh_history()

    def runs_folder(self) -> str:
        if self._runs_folder:
            return self._runs_folder
        if self.data_yaml:
            return str(Path(self.data_yaml).resolve().parent.parent / "runs")
        return ""

    def choose_data(self) -> None:
        start = str(Path(self.data_yaml).parent) if self.data_yaml else self.settings.last_folder
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose the dataset's data.yaml"), start,
                                               self.tr("Dataset description (*.yaml *.yml)"))
        if path:
            self.set_data(path)

    # -- actions -----------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.trainer.is_running()

    def start(self) -> bool:
        """Start a new run with the form's values; False (and a message in the page) if it cannot."""
        if self.is_running():
            return False
        if not self.data_yaml:
            self._error(self.tr("Choose a data.yaml first: build a dataset on the Dataset page, or press \"Choose data.yaml...\"."))
            return False
        if not Path(self.data_yaml).is_file():
            self._error(self.tr("{0} does not exist any more. Build the dataset again or choose another data.yaml.")
                        .format(self.data_yaml))
            return False
        if not self.form.model_name():
            self._error(self.tr("Choose a model to train."))
            return False
        self._remember_form()
        s = self.form.train_settings(self.data_yaml, self.runs_folder())
        return self._launch(s, self.tr("Starting training of {0}...").format(Path(s.model).name))

    def resume(self, last_pt: str = "") -> bool:
        """Continue a paused or crashed run from ``last_pt`` (default: the run paused here)."""
        last_pt = last_pt or self._resume_from
        if self.is_running() or not last_pt:
            return False
        if not Path(last_pt).is_file():
            self._error(self.tr("{0} is missing, so this run cannot be resumed. Start a new run.").format(last_pt))
            return False
        from ..training import TrainSettings

        s = TrainSettings(data=self.data_yaml, resume=last_pt, project=self.runs_folder())
        return self._launch(s, self.tr("Resuming {0}...").format(last_pt))

    def _launch(self, settings, status: str) -> bool:
        self._hide_banner()
        self.ensure_plot().clear()
        self.ensure_plot().clear_overlay()
        self.results.clear()
        self.preview_btn.hide()
        self.guidance.run_started()
        self.log.clear()
        self._pending_log.clear()
        self._pending_batch = None
        self._epochs = 0
        self._eta = ""
        self.epoch_bar.setValue(0)
        self.total_bar.setValue(0)
        self.eta_label.clear()
        self.last_result = None
        self._launched = (settings, status)
        self.status.setText(status)
        self.tabs.setCurrentWidget(self.curves)
        ok = self.trainer.start(settings)
        if ok:
            self._timer.start()
            self.message.emit(status)
        return ok

    def pause(self) -> None:
        if self.is_running():
            self.trainer.pause()
            self.status.setText(self.tr("Pausing after this batch..."))
            self.pause_btn.setEnabled(False)
            self.stop_btn.setEnabled(False)

    def stop(self) -> None:
        if self.is_running():
            self.trainer.stop()
            self.status.setText(self.tr("Stopping after this batch..."))
            self.pause_btn.setEnabled(False)
            self.stop_btn.setEnabled(False)

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """On quit: pause (so the run stays resumable) and wait; True when no training is left."""
        if not self.is_running():
            return True
        self.trainer.pause()
        return self.trainer.wait(timeout_ms)

    # -- events from the training thread ---------------------------------------------------
    def phase_text(self, ev) -> str:
        """What the run is doing, in the user's language (``ev`` is a training.Phase)."""
        texts = {
            "process": self.tr("Starting the training process..."),
            "import": self.tr("Loading PyTorch and Ultralytics..."),
            "model": self.tr("Loading the model..."),
            "dataset": (self.tr("Scanning {0} labeled images...").format(ev.count) if ev.count
                        else self.tr("Scanning the dataset...")),   # a resumed run does not count them
            "cache": self.tr("Caching images in memory..."),
            "first_batch": self.tr("Epoch 1: batch 1 of {0} running...").format(ev.total),
            "validate": self.tr("Validating epoch {0} of {1}...").format(ev.count, ev.total),
            "final": self.tr("Validating best.pt..."),
        }
        return texts.get(ev.name, "")

    def _on_phase(self, ev) -> None:
        text = self.phase_text(ev)
        if text and self.stop_btn.isEnabled():   # a Stop or Pause in progress keeps its own text
            self.status.setText(text)

    def _on_started(self, ev) -> None:
        self._epochs = ev.epochs
        self.status.setText(self.tr("Training in {0} on {1} ({2} threads), epochs {3} to {4}.").format(
            ev.save_dir, ev.device, ev.threads, ev.start_epoch + 1, ev.epochs))
        if ev.start_epoch > 0:   # resumed: show the epochs done before the pause
            try:
                from ..training import read_results

                self.ensure_plot().set_rows(read_results(Path(ev.save_dir) / "results.csv"))
            except Exception:  # noqa: BLE001 - no earlier curves is no reason to stop training
                pass
            self.total_bar.setValue(round(100 * ev.start_epoch / max(ev.epochs, 1)))

    def _on_batch(self, ev) -> None:
        self._pending_batch = ev   # applied by the timer: batches can come every few ms

    def _on_epoch_end(self, ev) -> None:
        self._epochs = ev.epochs
        self.ensure_plot().add_epoch(ev.epoch, ev.metrics)
        self.total_bar.setValue(round(100 * min(ev.epoch, ev.epochs) / max(ev.epochs, 1)))
        self._eta = _clock(ev.eta_seconds) if math.isfinite(ev.eta_seconds) else ""
        m = ev.metrics.get("metrics/mAP50-95(B)")
        score = f"  mAP50-95 {m:.3f}" if isinstance(m, float) and math.isfinite(m) else ""
        self.status.setText(self.tr("Epoch {0} of {1} done in {2:.1f} s.").format(ev.epoch, ev.epochs, ev.seconds)
                            + score)
        self.eta_label.setText(self.tr("about {0} left").format(self._eta) if self._eta else "")

    def _apply_pending(self) -> None:
        if self._pending_log:
            lines, self._pending_log[:] = list(self._pending_log), []
            self.log.appendPlainText("\n".join(plain_symbols(line.rstrip("\n")) for line in lines))
        ev, self._pending_batch = self._pending_batch, None
        if ev is not None and ev.batches > 0:
            frac = min(ev.batch / ev.batches, 1.0)
            self.epoch_bar.setValue(round(100 * frac))
            if self._epochs:
                self.total_bar.setValue(max(self.total_bar.value(),
                                            round(100 * (ev.epoch - 1 + frac) / self._epochs)))
            losses = "  ".join(f"{k} {v:.3f}" for k, v in ev.losses.items() if isinstance(v, float))
            if self.stop_btn.isEnabled():
                self.status.setText(self.tr("Epoch {0} of {1}, batch {2} of {3}").format(
                    ev.epoch, self._epochs or "?", ev.batch, ev.batches) + (f"   {losses}" if losses else ""))
            if math.isfinite(ev.eta_seconds):
                self.eta_label.setText(self.tr("about {0} left").format(_clock(ev.eta_seconds)))

    def _on_done(self, result) -> None:
        from ..training import Finished

        self._apply_pending()
        self.last_result = result
        if not isinstance(result, Finished):
            self._error(core_text(result.message))
            if result.detail:
                self.log.appendPlainText(result.detail)
            self.status.setText(self.tr("Training did not finish."))
            self.message.emit(core_text(result.message))
            if result.untrusted and self._launched is not None:
                # the .pt to start from would run code: the user may trust it, once, and go on
                from .unsafe_model import ask_to_trust_file

                if ask_to_trust_file(self, result.untrusted, core_text(result.message)):
                    if self.is_running():                 # the ending run's thread is not gone yet
                        self._start_again = self._launched
                    else:
                        self._launch(*self._launched)
            return
        self.results.show_finished(result)
        self.guidance.run_finished(result)
        if result.paused:
            self._resume_from = str(result.last) if result.last else ""
            text = self.tr("Paused. Press Resume to continue from {0}.").format(result.last)
        else:
            self._resume_from = ""
            self.epoch_bar.setValue(100)
            if not result.stopped:
                self.total_bar.setValue(100)
            text = (self.tr("Stopped. Best model: {0}") if result.stopped
                    else self.tr("Training finished. Best model: {0}")).format(result.best)
            self.tabs.setCurrentWidget(self.results)
            self.preview_btn.setVisible(bool(result.best))   # the next step of the loop, one click
        self.eta_label.clear()
        self.status.setText(text)
        self.message.emit(text)

    def validate_best(self, best: str) -> None:
        """Validate a stopped run's best.pt in the background and show its scores."""
        if self._validation is not None or not best:
            return
        from ..training import validate_model

        self.results.set_validating(True)
        self.status.setText(self.tr("Validating {0}...").format(best))
        self._validation = Worker(validate_model, best, self.data_yaml or None)
        self._validation.returned.connect(self._on_validated)
        self._validation.errored.connect(lambda e: self._error(str(e)))
        self._validation.finished.connect(self._on_validation_finished)
        self._validation.start()

    def _on_validated(self, result) -> None:
        from dataclasses import replace

        metrics, per_class = result
        self.results.show_validation(metrics, per_class)
        if self.last_result is not None and hasattr(self.last_result, "per_class"):
            self.last_result = replace(self.last_result, metrics=metrics, per_class=per_class)
        m = metrics.get("metrics/mAP50-95(B)")
        self.status.setText(self.tr("best.pt validated: mAP50-95 {0:.3f}").format(m) if isinstance(m, float)
                            else self.tr("best.pt validated."))

    def _on_validation_finished(self) -> None:
        self._validation = None
        self.results.set_validating(False)

    def is_validating(self) -> bool:
        return self._validation is not None

    def _on_running_changed(self, running: bool) -> None:
        if not running:
            self._timer.stop()
            self._apply_pending()
            self.refresh_history()
        self._update_buttons()
        self.running_changed.emit(running)
        if not running and self._start_again is not None:
            again, self._start_again = self._start_again, None
            self._launch(*again)      # the user trusted the model file the last run refused

    # -- history ---------------------------------------------------------------------------
    def refresh_history(self) -> None:
        folder = self.runs_folder()
        runs = []
        if folder and Path(folder).is_dir():
            try:
                from ..training import list_runs

                runs = list_runs(Path(folder))
            except Exception as e:  # noqa: BLE001 - an unreadable run folder must not break the page
                self.message.emit(self.tr("Could not read the runs in {0}: {1}").format(folder, e))
        self.history.set_runs(runs)
        self._update_buttons()

    def _rows(self, save_dir: str):
        from ..training import read_results

        try:
            return read_results(Path(save_dir) / "results.csv")
        except Exception as e:  # noqa: BLE001
            self._error(self.tr("Could not read {0}: {1}").format(Path(save_dir) / "results.csv", e))
            return None

    def show_run(self, save_dir: str) -> None:
        """Show a past run's curves (overlaid dashed on the live ones while training)."""
        rows = self._rows(save_dir)
        if rows is None:
            return
        plot = self.ensure_plot()
        if self.is_running():
            plot.set_overlay(Path(save_dir).name, rows)
        else:
            plot.clear_overlay()
            plot.set_rows(rows)
        self.tabs.setCurrentWidget(self.curves)

    def compare_runs(self, a: str, b: str) -> None:
        """Curves of run ``a`` solid and run ``b`` dashed on the same axes."""
        if self.is_running():
            self.show_run(b)
            return
        rows_a, rows_b = self._rows(a), self._rows(b)
        if rows_a is None or rows_b is None:
            return
        plot = self.ensure_plot()
        plot.set_rows(rows_a)
        plot.set_overlay(Path(b).name, rows_b)
        self.status.setText(self.tr("{0} (solid) compared with {1} (dashed)").format(Path(a).name, Path(b).name))
        self.tabs.setCurrentWidget(self.curves)

    # -- small helpers -----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        running = self.is_running()
        self.train_btn.setEnabled(not running)
        self.pause_btn.setEnabled(running)
        self.stop_btn.setEnabled(running)
        self.resume_btn.setEnabled(not running and bool(self._resume_from))
        self.form.setEnabled(not running)
        self.choose_btn.setEnabled(not running)

    def _remember_form(self) -> None:
        if hasattr(self.settings, SETTINGS_KEY):
            setattr(self.settings, SETTINGS_KEY, self.form.values())
            self.settings.save_quietly()

    def _on_model_note(self, note: str) -> None:
        if note:
            self._error(note)   # model_choices' note already names the .yaml to use instead
        else:
            self._hide_banner()

    def _error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet("background: #fdecea; color: #611a15; padding: 6px; border-radius: 3px;")
        self.banner.show()

    def _hide_banner(self) -> None:
        self.banner.hide()
        self.banner.clear()
