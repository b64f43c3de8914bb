"""The one way Workbench runs work off the GUI thread (superqt's thread_worker habit).

``Worker(fn, *args)`` runs ``fn`` in Qt's global thread pool. If ``fn`` is a generator,
each value it yields arrives on the GUI thread through ``yielded``; ``returned`` carries
its return value, ``errored`` the exception, and ``finished`` always fires last. Worker
code never touches a widget: it only yields or returns values. ``quit()`` asks a generator
to stop at its next yield.

Written here instead of importing superqt because superqt's package import costs about
150 ms of start-up.
"""
from __future__ import annotations

import inspect

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    yielded = Signal(object)
    returned = Signal(object)
    errored = Signal(object)
    finished = Signal()


class Worker(QRunnable):
    """Run ``fn(*args, **kwargs)`` in the background; see the module docstring."""

    def __init__(self, fn, *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; signals may still be delivered after run()
        self._fn, self.args, self.kwargs = fn, args, kwargs
        self._quit = False
        self.signals = _Signals()
        self.yielded = self.signals.yielded
        self.returned = self.signals.returned
        self.errored = self.signals.errored
        self.finished = self.signals.finished

    def start(self) -> "Worker":
        _running.add(self)
        self.finished.connect(lambda: _running.discard(self))
        QThreadPool.globalInstance().start(self)
        return self

    def progress_callback(self):
        """A callable for plain functions that report progress: each call is ``yielded``.

        Emitting a signal is safe from the worker thread; the GUI receives it queued.
        """
        return lambda *values: self._emit(self.signals.yielded, values)

    def quit(self) -> None:
        self._quit = True

    @property
    def abort_requested(self) -> bool:
        return self._quit

    def _emit(self, signal, *values) -> bool:
        # After the app has torn down, the signal object may be gone: stop quietly.
        try:
            signal.emit(*values)
            return True
        except RuntimeError:
            self._quit = True
            return False

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(*self.args, **self.kwargs)
            if inspect.isgenerator(result):
                try:
                    while not self._quit:
                        self._emit(self.signals.yielded, next(result))
                    result.close()
                    result = None
                except StopIteration as stop:
                    result = stop.value
            self._emit(self.signals.returned, result)
        except Exception as e:  # noqa: BLE001 - every failure is reported, none kills the app
            self._emit(self.signals.errored, e)
        finally:
            self._emit(self.signals.finished)


_running: set[Worker] = set()  # keeps workers (and their signal objects) alive until finished


def stop_all(timeout_ms: int = 3000) -> bool:
    """Ask every running worker to stop and wait for them (at quit)."""
    for w in list(_running):
        w.quit()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
