"""One Ultralytics training run: Ultralytics' callbacks in, plain events out; stop, pause, resume.

The Train page runs :meth:`TrainingRun.run` in a ``QThread`` and forwards each event to the GUI
thread as a signal; the ``workbench train`` command prints them. Nothing here imports Qt;
torch and ultralytics are imported inside :meth:`TrainingRun.run` only.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import checkpoint_safety  # safety-inputs: .pt checked before loading, checkpoints written atomically
from .log import capture_output
from .runs import per_class_metrics, saved_plots
from .setup import build_train_args, explain_error, prepare_ultralytics
from ..messages import define, message_of, msg
from .types import BatchProgress, EpochEnd, Event, Failed, Finished, Log, Started, TrainingError, TrainSettings


CANCELLED_BEFORE_START = define("train.cancelled_before_start", "Training was cancelled before it started.")


class _Paused(Exception):
    """Raised from a callback to end a run with its last.pt still resumable."""


def all_cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _floats(d) -> dict[str, float]:
    out = {}
    for k, v in dict(d or {}).items():
        try:
            out[str(k)] = float(v)
        except (TypeError, ValueError):
            pass
    return out


class TrainingRun:
    """One run. ``run()`` blocks (call it from a worker thread); ``stop()`` and ``pause()`` are
    thread-safe and take effect after the current batch.

    ``on_event`` is called in the thread running ``run()``; while a run lasts, ``sys.stdout`` and
    ``sys.stderr`` are its log, so a stray print from another thread arrives as a ``Log`` event
    from that thread (forward events through a queued signal). One run at a time per process.
    ``callbacks`` adds Ultralytics callbacks of the caller's (event name -> ``fn(trainer)``).
    """

    def __init__(self, settings: TrainSettings, on_event: Callable[[Event], None],
                 callbacks: dict[str, Callable] | None = None):
        self.settings = settings
        self.on_event = on_event
        self.callbacks = dict(callbacks or {})   # extra Ultralytics callbacks: event name -> fn(trainer)
        self.threads = settings.threads or all_cores()
        self._stop = threading.Event()
        self._pause = threading.Event()
        self._trainer = None
        self._reset()

    def _reset(self) -> None:
        self._epoch_trained = False
        self._epoch_t0 = time.monotonic()
        self._batch = 0
        self._epoch_seconds: list[float] = []
        self._last_metrics: dict[str, float] = {}
        self._final_metrics: dict[str, float] | None = None

    # ---- public -------------------------------------------------------------------------------
    def run(self) -> Finished | Failed:
        """Train; every outcome is returned (and emitted last), nothing raises."""
        self._reset()
        try:
            result = self._run()
        except TrainingError as e:
            result = Failed(message_of(e) or str(e))
        except BaseException as e:  # noqa: BLE001 - a run must never take the app down
            result = Failed(explain_error(e, self.settings), traceback.format_exc())
        finally:
            self._trainer = None
        if isinstance(result, Failed) and result.detail:
            for line in result.detail.splitlines()[-12:]:
                self._emit(Log(line))
        self._emit(result)
        _release_memory()  # after the last event: the user sees the outcome without waiting for gc
        return result

    def stop(self) -> None:
        """End cleanly: Ultralytics' ``trainer.stop`` (final validation, best.pt ready)."""
        self._stop.set()
        trainer = self._trainer
        if trainer is not None:
            trainer.stop = True

    def pause(self) -> None:
        """End after the current batch so that ``resume`` continues at the right epoch."""
        self._pause.set()

    # ---- the run ------------------------------------------------------------------------------
    def _emit(self, event: Event) -> None:
        try:
            self.on_event(event)
        except Exception:  # noqa: BLE001 - a broken listener must not end the run
            logging.getLogger(__name__).exception("training event listener failed")

    def _run(self) -> Finished:
        s = self.settings
        args = build_train_args(s)  # raises TrainingError for bad input, before torch is imported
        prepare_ultralytics(lambda line: self._emit(Log(line)))
        checkpoint_safety.check_start_files(s)  # safety-inputs: a .pt that would run code is refused
        if self._stop.is_set() or self._pause.is_set():
            raise TrainingError(msg(CANCELLED_BEFORE_START))
        import torch

        from ultralytics import YOLO

        previous_threads = torch.get_num_threads()
        model = None
        try:
            with capture_output(lambda line: self._emit(Log(line))):
                model = YOLO(s.resume or s.model)
                for name in ("on_pretrain_routine_end", "on_train_start", "on_train_epoch_start",
                             "on_train_batch_end", "on_train_epoch_end", "on_fit_epoch_end", "on_val_start"):
                    model.add_callback(name, getattr(self, "_cb_" + name))
                for name, fn in self.callbacks.items():
                    model.add_callback(name, fn)
                # safety-inputs: last.pt/best.pt replaced atomically (a full disk keeps the previous one)
                model.add_callback("on_pretrain_routine_end", checkpoint_safety.make_saves_atomic)
                try:
                    with checkpoint_safety.atomic_final_saves():
                        model.train(**args)
                except _Paused:
                    pass
                trainer = model.trainer
                return self._finished(trainer)
        finally:
            trainer = getattr(model, "trainer", None)
            for loader in (getattr(trainer, "train_loader", None), getattr(trainer, "test_loader", None)):
                if hasattr(loader, "close"):
                    with contextlib.suppress(Exception):
                        loader.close()  # a paused or failed run leaves dataloader workers alive
            model = trainer = None
            torch.set_num_threads(previous_threads)

    def _finished(self, trainer) -> Finished:
        save_dir = Path(trainer.save_dir)
        best = Path(trainer.best) if Path(trainer.best).is_file() else None
        last = Path(trainer.last) if Path(trainer.last).is_file() else None
        paused = self._pause.is_set()
        metrics = self._last_metrics if paused else (self._final_metrics or self._last_metrics)
        return Finished(save_dir=save_dir, best=best, last=last, metrics=dict(metrics),
                        per_class=[] if paused else per_class_metrics(trainer),
                        stopped=self._stop.is_set() and not paused, paused=paused,
                        plots=saved_plots(save_dir),
                        val_images=0 if paused else int(getattr(getattr(trainer, "validator", None), "seen", 0) or 0))

    # ---- Ultralytics callbacks (run in the training thread) ---------------------------------
    def _use_all_cores(self, trainer) -> None:
        # select_device() sets torch to Ultralytics' NUM_THREADS (1 on a 2-core machine).
        import torch

        if torch.get_num_threads() != self.threads:
            torch.set_num_threads(self.threads)

    def _cb_on_pretrain_routine_end(self, trainer) -> None:
        self._trainer = trainer
        if self._stop.is_set():
            trainer.stop = True
        self._use_all_cores(trainer)

    def _cb_on_val_start(self, validator) -> None:
        self._use_all_cores(validator)

    def _cb_on_train_start(self, trainer) -> None:
        import torch

        self._use_all_cores(trainer)
        names = list(trainer.loss_names)
        if not names:  # Ultralytics names the losses at the first batch; its criterion knows them now
            with contextlib.suppress(Exception):
                from ultralytics.utils.torch_utils import unwrap_model

                m = unwrap_model(trainer.model)
                names = list(getattr(getattr(m, "criterion", None) or m.init_criterion(), "loss_names", ()))
        self._emit(Started(save_dir=Path(trainer.save_dir), epochs=int(trainer.epochs),
                           start_epoch=int(trainer.start_epoch), loss_names=names,
                           threads=torch.get_num_threads(), device=str(trainer.device)))

    def _cb_on_train_epoch_start(self, trainer) -> None:
        self._use_all_cores(trainer)
        self._epoch_t0 = time.monotonic()
        self._batch = 0

    def _cb_on_train_batch_end(self, trainer) -> None:
        if self._pause.is_set():
            raise _Paused()
        if self._stop.is_set():
            trainer.stop = True
        self._batch += 1
        losses = {str(k): float(v) for k, v in (trainer.tloss or {}).items()}
        self._emit(BatchProgress(epoch=trainer.epoch + 1, batch=self._batch,
                                 batches=len(trainer.train_loader), losses=losses))

    def _cb_on_train_epoch_end(self, trainer) -> None:
        self._epoch_trained = True

    def _cb_on_fit_epoch_end(self, trainer) -> None:
        if not self._epoch_trained:
            # final_eval() calls this once more (epoch + 1) with the validation of best.pt
            self._final_metrics = _floats(trainer.metrics)
            return
        self._epoch_trained = False
        seconds = time.monotonic() - self._epoch_t0
        self._epoch_seconds.append(seconds)
        epoch = trainer.epoch + 1
        recent = self._epoch_seconds[-5:]
        eta = sum(recent) / len(recent) * max(0, int(trainer.epochs) - epoch)
        losses = trainer.label_loss_items(trainer.tloss, prefix="train") if trainer.tloss else {}
        metrics = _floats({**losses, **(trainer.metrics or {}), **(getattr(trainer, "lr", None) or {})})
        self._last_metrics = metrics
        self._emit(EpochEnd(epoch=epoch, epochs=int(trainer.epochs), metrics=metrics,
                            seconds=seconds, eta_seconds=eta))


def _release_memory() -> None:
    """Give back what the run held: Python garbage, and CUDA's cached blocks when CUDA was used."""
    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None:
        with contextlib.suppress(Exception):
            if torch.cuda.is_initialized():
                torch.cuda.empty_cache()
    if sys.platform.startswith("linux"):
        # glibc keeps freed arenas mapped; hand the run's hundreds of MB of tensors back to the OS.
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
