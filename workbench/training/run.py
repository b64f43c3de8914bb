"""One Ultralytics training run: Ultralytics' callbacks in, plain events out; stop, pause, resume.

The Train page runs it in a child process (:mod:`.process`) and the ``workbench train`` command in
its own process; both get the same plain events. Nothing here imports Qt; torch and ultralytics
are imported inside :meth:`TrainingRun.run` only.

Stop and pause both end the run at the next batch boundary (or validation batch) by raising from
a callback: a user's Stop must not wait for the rest of the epoch, its validation and the final
validation of best.pt (about 30 s at imgsz 320 on a laptop CPU). A stopped run keeps best.pt and
last.pt of its last finished epoch, stripped of the optimizer as Ultralytics leaves a finished
run; :func:`validate_model` gives the final metrics later, on demand.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import math
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import checkpoint_safety  # safety-inputs: .pt checked before loading, checkpoints written atomically
from .cpu import CpuMeter, all_cores, choose_threads
from .log import capture_output
from .runs import per_class_metrics, saved_plots
from .setup import build_train_args, explain_error, prepare_ultralytics
from ..messages import define, message_of, msg
from .types import (BatchProgress, EpochEnd, Event, Failed, Finished, Log, Phase, Started, TrainingError,
                    TrainSettings)

__all__ = ["TrainingRun", "all_cores"]

CANCELLED_BEFORE_START = define("train.cancelled_before_start", "Training was cancelled before it started.")


class _EndNow(Exception):
    """Raised from a callback to end a run at once (pause or stop); last.pt stays as last saved."""


def _floats(d) -> dict[str, float]:
    out = {}
    for k, v in dict(d or {}).items():
        try:
            out[str(k)] = float(v)
        except (TypeError, ValueError):
            pass
    return out


class TrainingRun:
    """One run. ``run()`` blocks (call it from a worker thread or process); ``stop()`` and
    ``pause()`` are thread-safe and take effect after the current batch.

    ``on_event`` is called in the thread running ``run()``; while a run lasts, ``sys.stdout`` and
    ``sys.stderr`` are its log, so a stray print from another thread arrives as a ``Log`` event
    from that thread (forward events through a queued signal). One run at a time per process.
    ``callbacks`` adds Ultralytics callbacks of the caller's (event name -> ``fn(trainer)``).
    ``release_memory=False`` skips giving the run's memory back after it ends: for a process that
    exits right after the run (the ``workbench train`` command, the Train page's child process).
    """

    def __init__(self, settings: TrainSettings, on_event: Callable[[Event], None],
                 callbacks: dict[str, Callable] | None = None, release_memory: bool = True):
        self.settings = settings
        self.release_memory = release_memory
        self.on_event = on_event
        self.callbacks = dict(callbacks or {})   # extra Ultralytics callbacks: event name -> fn(trainer)
        self.threads = settings.threads          # None: chosen from the free cores, again each epoch
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
        self._first_epoch = True
        self._phases: set[str] = set()
        self._labeled = 0
        self._meter: CpuMeter | None = None

    # ---- public -------------------------------------------------------------------------------
    def run(self) -> Finished | Failed:
        """Train; every outcome is returned (and emitted last), nothing raises."""
        self._reset()
        try:
            result = self._run()
        except TrainingError as e:
            result = Failed(message_of(e) or str(e), untrusted=e.untrusted)
        except BaseException as e:  # noqa: BLE001 - a run must never take the app down
            result = Failed(explain_error(e, self.settings), traceback.format_exc())
        finally:
            self._trainer = None
        if isinstance(result, Failed) and result.detail:
            for line in result.detail.splitlines()[-12:]:
                self._emit(Log(line))
        self._emit(result)
        if self.release_memory:
            _release_memory()  # after the last event: the user sees the outcome without waiting for gc
        return result

    def stop(self) -> None:
        """End after the current batch, keeping best.pt/last.pt of the last finished epoch (in the
        first epoch: that epoch ends at this batch and is validated and saved); no final
        validation (it took ~30 s at imgsz 320; :func:`validate_model` runs it on demand)."""
        self._stop.set()
        trainer = self._trainer
        if trainer is not None:
            trainer.stop = True   # Ultralytics' own check right after on_train_batch_end sees it too

    def pause(self) -> None:
        """End after the current batch so that ``resume`` continues at the right epoch."""
        self._pause.set()

    # ---- the run ------------------------------------------------------------------------------
    def _emit(self, event: Event) -> None:
        try:
            self.on_event(event)
        except Exception:  # noqa: BLE001 - a broken listener must not end the run
            logging.getLogger(__name__).exception("training event listener failed")

    def _phase(self, name: str, count: int = 0, total: int = 0, once: bool = True) -> None:
        if once and name in self._phases:
            return
        self._phases.add(name)
        self._emit(Phase(name, count, total))

    def _log(self, line: str) -> None:
        if "Caching images" in line:
            self._phase("cache")
        self._emit(Log(line))

    def _run(self) -> Finished:
        s = self.settings
        found: dict = {}
        args = build_train_args(s, found)  # raises TrainingError for bad input, before torch is imported
        self._labeled = int(found.get("images", 0))
        if self.threads is None:
            self._meter = CpuMeter()   # measures the rest of the computer while we load
        self._phase("import")
        prepare_ultralytics(self._log)
        checkpoint_safety.check_start_files(s)  # safety-inputs: a .pt that would run code is refused
        if self._stop.is_set() or self._pause.is_set():
            raise TrainingError(msg(CANCELLED_BEFORE_START))
        import torch

        from ultralytics import YOLO

        previous_threads = torch.get_num_threads()
        model = None
        try:
            with capture_output(self._log):
                self._phase("model", 0, 0)
                model = YOLO(s.resume or s.model)
                for name in ("on_pretrain_routine_start", "on_pretrain_routine_end", "on_train_start",
                             "on_train_epoch_start", "on_train_batch_start", "on_train_batch_end",
                             "on_train_epoch_end", "on_fit_epoch_end", "on_val_start", "on_val_batch_end"):
                    model.add_callback(name, getattr(self, "_cb_" + name))
                for name, fn in self.callbacks.items():
                    model.add_callback(name, fn)
                # safety-inputs: last.pt/best.pt replaced atomically (a full disk keeps the previous one)
                model.add_callback("on_pretrain_routine_end", checkpoint_safety.make_saves_atomic)
                try:
                    with checkpoint_safety.atomic_final_saves():
                        model.train(**args)
                except _EndNow:
                    pass
                trainer = model.trainer
                if self._stop.is_set() and not self._pause.is_set():
                    _strip_checkpoints(trainer)
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
        stopped = self._stop.is_set() and not paused
        ended_early = paused or (stopped and self._final_metrics is None)
        metrics = self._last_metrics if ended_early else (self._final_metrics or self._last_metrics)
        return Finished(save_dir=save_dir, best=best, last=last, metrics=dict(metrics),
                        per_class=[] if ended_early else per_class_metrics(trainer),
                        stopped=stopped, paused=paused, plots=saved_plots(save_dir),
                        val_images=0 if ended_early else int(getattr(getattr(trainer, "validator", None), "seen", 0)
                                                               or 0))

    def _end_if_asked(self, batch: bool = False) -> None:
        """Raise to end the run when asked; a Stop before any epoch was saved ends this epoch instead."""
        if self._pause.is_set():
            raise _EndNow()
        if self._stop.is_set():
            trainer = self._trainer
            saved = trainer is not None and Path(trainer.last).is_file()
            if saved or not batch or trainer is None:
                raise _EndNow()
            # Nothing saved yet (first epoch): end the epoch at this batch; Ultralytics validates and
            # saves what was learned, and on_fit_epoch_end ends the run before its final validation.
            trainer.stop = True

    # ---- threads ------------------------------------------------------------------------------
    def _set_threads(self, remeasure: bool) -> None:
        # select_device() sets torch to Ultralytics' NUM_THREADS; a fixed choice or the free cores win.
        import torch

        if self.threads is None and self._meter is not None and remeasure:
            n = choose_threads(self._meter.others_busy())
        else:
            n = self.threads or torch.get_num_threads()
        if torch.get_num_threads() != n:
            torch.set_num_threads(n)

    # ---- Ultralytics callbacks (run in the training thread) ---------------------------------
    def _cb_on_pretrain_routine_start(self, trainer) -> None:
        self._phase("dataset", self._labeled)

    def _cb_on_pretrain_routine_end(self, trainer) -> None:
        self._trainer = trainer
        self._end_if_asked()
        self._set_threads(remeasure=True)   # over the whole set-up: import, model, dataset scan

    def _cb_on_val_start(self, validator) -> None:
        self._end_if_asked(batch=True)   # after a saved epoch, a stopped run skips this validation
        self._set_threads(remeasure=False)
        if self._trainer is not None:
            if self._epoch_trained:
                self._phase("validate", int(self._trainer.epoch) + 1, int(self._trainer.epochs), once=False)
            else:
                self._phase("final", once=False)

    def _cb_on_val_batch_end(self, validator) -> None:
        self._end_if_asked(batch=True)

    def _cb_on_train_start(self, trainer) -> None:
        import torch

        self._set_threads(remeasure=False)
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
        self._end_if_asked()
        self._set_threads(remeasure=not self._first_epoch)   # the last epoch's load decides the next
        self._epoch_t0 = time.monotonic()
        self._batch = 0
        if self._first_epoch:
            self._first_epoch = False
            self._phase("first_batch", 1, len(trainer.train_loader))

    def _cb_on_train_batch_start(self, trainer) -> None:
        self._end_if_asked(batch=True)

    def _cb_on_train_batch_end(self, trainer) -> None:
        self._end_if_asked(batch=True)
        self._batch += 1
        batches = len(trainer.train_loader)
        losses = {str(k): float(v) for k, v in (trainer.tloss or {}).items()}
        self._emit(BatchProgress(epoch=trainer.epoch + 1, batch=self._batch, batches=batches, losses=losses,
                                 eta_seconds=self._eta(trainer.epoch + 1, int(trainer.epochs), batches)))

    def _eta(self, epoch: int, epochs: int, batches: int) -> float:
        """Seconds left: the rest of this epoch and the epochs after it, from the times so far."""
        elapsed = time.monotonic() - self._epoch_t0
        if self._epoch_seconds:
            recent = self._epoch_seconds[-5:]
            per_epoch = sum(recent) / len(recent)
        elif self._batch:
            per_epoch = elapsed / self._batch * max(batches, 1)   # no validation time known yet
        else:
            return math.nan
        return max(0.0, per_epoch - elapsed) + per_epoch * max(0, epochs - epoch)

    def _cb_on_train_epoch_end(self, trainer) -> None:
        self._end_if_asked(batch=True)
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
        if self._stop.is_set() or self._pause.is_set():
            raise _EndNow()   # saved already; no final validation of best.pt


def _strip_checkpoints(trainer) -> None:
    """What Ultralytics' final_eval does to a finished run's weights, without its validation
    (written atomically, like every checkpoint of a run)."""
    import ultralytics.engine.trainer as ut

    last, best = Path(trainer.last), Path(trainer.best)
    with checkpoint_safety.atomic_final_saves():
        ckpt = ut.strip_optimizer(last) if last.is_file() else {}
        if best.is_file():
            ut.strip_optimizer(best, updates={"train_results": (ckpt or {}).get("train_results")})


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
