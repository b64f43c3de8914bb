"""A training run in a child process: the app's GUI and the training never share a core's worth of
Python (the GIL), and the run's torch is set up before it is imported.

Why a process and not a thread (measured on a 2-core machine, see benchmarks/bench_training.py):
in a thread, the GUI thread and the training thread take turns holding the GIL, so labeling during
training slows both, and a checkpoint save or a validation step holds the GIL long enough to
freeze the window; and the OpenMP settings (``OMP_WAIT_POLICY``) are fixed when torch is first
imported, which the app has already done to list the GPUs. A child process gets its own
interpreter and its own environment (:func:`.cpu.training_env`) before it imports torch.

How: ``multiprocessing`` with the ``spawn`` start method on every platform (fork would copy the
GUI process, Qt and all), a queue carrying the plain events of :mod:`.types` back, and a pipe
carrying "stop" / "pause" to the child. In a PyInstaller bundle ``sys.executable`` is the app
itself; the entry script calls ``multiprocessing.freeze_support()`` first thing, which turns the
bundle into the child when it is started as one (``packaging/launch_workbench.py``,
``workbench/__main__.py``). Nothing here runs ``python -m``, so the same code works frozen.

If the parent dies, the child's pipe reaches its end and the run pauses (last.pt stays
resumable); if the child dies, the parent reports it as a failed run with the exit code.
"""
from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable

from ..checkpoints import restore_trusted, trusted_files
from .cpu import choose_threads, training_env
from .types import Event, Failed, Finished, Phase, TrainSettings

POLL_S = 0.25           # how often the parent looks whether the child is still alive
DRAIN_S = 2.0           # after the child ended: how long its last events may take to arrive
EXIT_WAIT_S = 10.0      # after the last event: how long the child may take to exit before it is killed


def _child_main(settings: TrainSettings, events, control, env: dict[str, str], trusted=()) -> None:
    """The child process: set up the environment, then train and send every event back."""
    os.environ.update(env)   # before torch is imported: OpenMP reads these once
    restore_trusted(trusted)  # a .pt the user confirmed in the window is trusted here too
    from .run import TrainingRun

    run = TrainingRun(settings, events.put, release_memory=False)   # the process ends after it

    def listen() -> None:
        while True:
            try:
                what = control.recv()
            except (EOFError, OSError):   # the app is gone: pause so that the run stays resumable
                run.pause()
                return
            if what in ("stop", "pause"):
                getattr(run, what)()

    threading.Thread(target=listen, name="workbench-training-control", daemon=True).start()
    try:
        run.run()
    finally:
        events.close()
        events.join_thread()   # every event is in the pipe before the process ends
    # Skip the interpreter's teardown of torch (seconds): the run's files are closed, its loaders shut.
    os._exit(0)


class TrainingProcess:
    """Same interface as :class:`~workbench.training.TrainingRun`, the run in a spawned process.

    ``run()`` blocks (call it from a worker thread) and calls ``on_event`` in that thread with the
    child's events, in order, then returns the final ``Finished`` or ``Failed`` (also emitted).
    ``stop()`` and ``pause()`` are thread-safe. Caller callbacks cannot cross the process boundary.
    """

    def __init__(self, settings: TrainSettings, on_event: Callable[[Event], None]):
        self.settings = settings
        self.on_event = on_event
        self._lock = threading.Lock()
        self._control = None
        self._requests: list[str] = []
        self.exitcode: int | None = None

    def stop(self) -> None:
        """End after the current batch (see ``TrainingRun.stop``)."""
        self._send("stop")

    def pause(self) -> None:
        """End after the current batch, resumable from last.pt."""
        self._send("pause")

    def _send(self, what: str) -> None:
        with self._lock:
            if self._control is None:
                self._requests.append(what)
                return
            with contextlib.suppress(OSError, ValueError):   # the child has already ended
                self._control.send(what)

    def _emit(self, event: Event) -> None:
        try:
            self.on_event(event)
        except Exception:  # noqa: BLE001 - a broken listener must not end the run
            logging.getLogger(__name__).exception("training event listener failed")

    def run(self) -> Finished | Failed:
        """Start the child, forward its events, and return its result."""
        self._emit(Phase("process"))
        ctx = multiprocessing.get_context("spawn")
        events = ctx.Queue()
        receive, send = ctx.Pipe(duplex=False)
        threads = self.settings.threads or choose_threads(0.0)   # the child lowers it to what is free
        proc = ctx.Process(target=_child_main, name="workbench-training", daemon=True,
                           args=(self.settings, events, receive, training_env(threads), trusted_files()))
        try:
            proc.start()
        except Exception as e:  # noqa: BLE001 - no process: say so, like any failed run
            result = Failed(f"The training process could not start ({e}).")
            self._emit(result)
            return result
        receive.close()
        with self._lock:
            self._control = send
            requests, self._requests = self._requests, []
        for what in requests:
            self._send(what)
        try:
            result = self._forward(proc, events)
        finally:
            with self._lock:
                self._control = None
            send.close()
            proc.join(EXIT_WAIT_S)
            if proc.is_alive():
                proc.kill()
                proc.join()
            self.exitcode = proc.exitcode
            events.close()
            events.cancel_join_thread()
        self._emit(result)
        return result

    def _forward(self, proc, events) -> Finished | Failed:
        while True:
            try:
                event = events.get(timeout=POLL_S)
            except queue.Empty:
                if proc.is_alive():
                    continue
                try:   # it ended: its last events may still be in the pipe
                    event = events.get(timeout=DRAIN_S)
                except queue.Empty:
                    return Failed(f"The training process ended unexpectedly (exit code {proc.exitcode}). "
                                  "If the computer ran out of memory, choose a smaller batch or image size; "
                                  "the run can be resumed from its last.pt.")
            if isinstance(event, (Finished, Failed)):
                return event
            self._emit(event)
