"""Training off the GUI thread: a worker object living in its own ``QThread``.

The Train page owns a :class:`TrainThread`; it starts one :class:`TrainWorker` per run. The worker
runs :class:`workbench.training.TrainingProcess` (the training itself runs in a spawned child
process, see its module for why) and re-emits every event as a Qt signal. The worker lives in
the training thread, so each signal reaches the page queued, on the GUI thread. The worker never
touches a widget.

The worker has a ``QThread`` of its own (not the global pool ``background.Worker`` uses) because
it waits minutes to hours on the child and must not hold one of the pool's few threads that
thumbnails and scans need; it mostly sleeps in a queue read.
"""
from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from ..widgets.core_text import core_text


class TrainWorker(QObject):
    """Runs one training; ``stop()``/``pause()`` may be called from the GUI thread."""

    phase = Signal(object)        # training.Phase
    started = Signal(object)      # training.Started
    batch = Signal(object)        # training.BatchProgress
    epoch_end = Signal(object)    # training.EpochEnd
    log = Signal(str)             # one line of Ultralytics' output
    done = Signal(object)         # training.Finished or training.Failed, always last

    def __init__(self, settings):
        super().__init__()
        self.settings = settings
        self._run = None
        self._lock = threading.Lock()
        self._request = None      # "stop"/"pause" asked before the run object existed

    @Slot()
    def run(self) -> None:  # training thread
        from .. import training

        result = None
        try:
            s = self.settings
            reason = None if s.resume else training.check_model(s.model)
            if reason:
                result = training.Failed(reason)
            else:
                run = training.TrainingProcess(s, self._on_event)
                with self._lock:
                    self._run = run
                    request = self._request
                if request:
                    getattr(run, request)()
                result = run.run()
        except Exception as e:  # noqa: BLE001 - a failure is a message in the page, never a crash
            result = training.Failed(
                QCoreApplication.translate("TrainWorker", "Training could not run: {0}").format(core_text(e)),
                traceback.format_exc())
        finally:
            with self._lock:
                self._run = None
            if not isinstance(result, (training.Finished, training.Failed)):
                result = training.Failed(QCoreApplication.translate(
                    "TrainWorker", "Training ended without a result; see the log."))
            self.done.emit(result)

    def _on_event(self, event) -> None:  # training thread
        from .. import training

        # Finished/Failed are also returned by run(); ``done`` carries them once.
        if isinstance(event, training.BatchProgress):
            self.batch.emit(event)
        elif isinstance(event, training.EpochEnd):
            self.epoch_end.emit(event)
        elif isinstance(event, training.Log):
            self.log.emit(event.text)
        elif isinstance(event, training.Started):
            self.started.emit(event)
        elif isinstance(event, training.Phase):
            self.phase.emit(event)

    def stop(self) -> None:
        """End after this batch, keeping best.pt/last.pt (no final validation); thread-safe."""
        self._ask("stop")

    def pause(self) -> None:
        """End after the current batch, resumable from last.pt; thread-safe."""
        self._ask("pause")

    def _ask(self, what: str) -> None:
        with self._lock:
            run = self._run
            if run is None:
                self._request = what
        if run is not None:
            try:
                getattr(run, what)()
            except Exception:  # noqa: BLE001 - a run that already ended needs no stopping
                pass


class TrainThread(QObject):
    """One dedicated ``QThread`` per run; forwards the worker's signals.

    ``running_changed(False)`` fires only after the thread has really ended, so a new run can
    start from that slot.
    """

    phase = Signal(object)
    started = Signal(object)
    batch = Signal(object)
    epoch_end = Signal(object)
    log = Signal(str)
    done = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: TrainWorker | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, settings) -> bool:
        """Start a run with ``settings`` (a TrainSettings); False when one is already running."""
        if self._thread is not None:
            return False
        thread = QThread()
        thread.setObjectName("workbench-training")
        worker = TrainWorker(settings)
        worker.moveToThread(thread)
        # Queued: the worker lives in the training thread, this object in the GUI thread.
        worker.phase.connect(self.phase)
        worker.started.connect(self.started)
        worker.batch.connect(self.batch)
        worker.epoch_end.connect(self.epoch_end)
        worker.log.connect(self.log)
        worker.done.connect(self.done)
        # Direct: a queued quit would wait for the GUI thread, which blocks in wait() at quit time.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.started.connect(worker.run)
        # No worker.deleteLater here: a deferred delete runs in the ending training thread, where the
        # Python wrapper's destructor waits for the GIL while the GUI thread, holding the GIL, waits
        # for the same object's connection lock (a deadlock seen in CI). The worker is released on
        # the GUI thread instead, in _on_thread_finished, once the thread has ended.
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        # Held here too: if the page goes away first, a running QThread must not be destroyed (abort).
        _alive.add(thread)
        thread.start()
        self.running_changed.emit(True)
        return True

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop()

    def pause(self) -> None:
        if self._worker is not None:
            self._worker.pause()

    def wait(self, timeout_ms: int) -> bool:
        """Block until the thread ends (at most ``timeout_ms``); True when it has ended."""
        thread = self._thread
        if thread is None:
            return True
        if not thread.wait(max(0, int(timeout_ms))):
            return False
        self._on_thread_finished()
        return True

    @Slot()
    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.wait()
        self._worker = None     # its last reference: deleted here, on the GUI thread
        _alive.discard(thread)
        thread.deleteLater()
        self.running_changed.emit(False)


_alive: set[QThread] = set()
