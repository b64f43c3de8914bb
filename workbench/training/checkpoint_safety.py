"""A run's checkpoints: the ``.pt`` it starts from is checked before Ultralytics sees it, and the
``last.pt`` / ``best.pt`` it writes are replaced atomically, for the duration of the run only.

Ultralytics' ``BaseTrainer.save_model`` overwrites ``last.pt`` and ``best.pt`` in place, and its
final ``strip_optimizer`` rewrites both with ``torch.save``: on a full disk that left an 11 MB
``last.pt`` that resume rejects, and a torn ``best.pt`` offered to Preview. Here each save goes
to a temp file in the weights folder and replaces the old file only when complete (fsync'd), so
the previous checkpoint survives, and a failed save ends the run with a sentence that names the
folder and the space needed (:class:`CheckpointSaveError`).

Used by :class:`~workbench.training.TrainingRun` through three marked hooks; nothing here
imports Qt, torch or ultralytics at module level.
"""
from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from ..checkpoints import (UnsafeCheckpoint, check_checkpoint, guard_ultralytics_loads, is_trusted,
                           space_message)
from .models import find_weights
from .types import TrainingError


class CheckpointSaveError(TrainingError):
    """A checkpoint could not be written; the previous one was kept. The message names the folder."""


def check_start_files(settings) -> None:
    """Raise :class:`TrainingError` when the ``.pt`` a run starts from (``model`` or ``resume``)
    would run code when loaded, or is not a whole checkpoint, unless the user trusted that file.

    Also makes every later load inside Ultralytics weights-only (see :mod:`workbench.checkpoints`).
    """
    guard_ultralytics_loads()
    path = None
    if settings.resume:
        path = Path(settings.resume)
    elif str(settings.model).lower().endswith(".pt"):
        path = find_weights(settings.model)   # "yolo11n.pt" may be a file in the current folder
    if path is None:
        return
    if is_trusted(path):
        return
    try:
        check_checkpoint(path)
    except UnsafeCheckpoint as e:
        raise TrainingError(str(e), untrusted=str(path) if e.runs_code else "") from e


def make_saves_atomic(trainer) -> None:
    """Ultralytics callback (``on_pretrain_routine_end``): this trainer writes last.pt and best.pt
    through temp files that replace them only when whole."""
    if getattr(trainer, "_workbench_atomic_saves", False):
        return
    # a save killed half-way (power cut, a second Ctrl+C) leaves its temp file: ours, by name
    for name in ("last.pt", "best.pt"):
        for stale in Path(trainer.last).parent.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
    save_model = trainer.save_model

    def atomic_save_model():
        real = {"last": Path(trainer.last), "best": Path(trainer.best)}
        tag = uuid.uuid4().hex[:8]
        temps = {k: p.with_name(f".{p.name}.{tag}.tmp") for k, p in real.items()}
        trainer.last, trainer.best = temps["last"], temps["best"]
        try:
            try:
                saved = save_model()
            finally:
                trainer.last, trainer.best = real["last"], real["best"]
            for k in ("last", "best"):     # last first: a resumable state is the one that matters most
                if temps[k].exists():
                    _replace(temps[k], real[k])
        except OSError as e:
            written = max((_size(t) for t in temps.values()), default=0)
            raise CheckpointSaveError(space_message(real["last"], max(written, _size(real["last"])), e)) from e
        finally:
            for t in temps.values():
                with contextlib.suppress(OSError):
                    t.unlink()
        return saved

    trainer.save_model = atomic_save_model
    trainer._workbench_atomic_saves = True


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def _replace(tmp: Path, dst: Path) -> None:
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, dst)
    with contextlib.suppress(OSError):
        fd = os.open(dst.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_final_saves():
    """While the block runs, Ultralytics' end-of-run ``strip_optimizer`` writes atomically too."""
    import ultralytics.engine.trainer as ut

    original = ut.strip_optimizer

    def strip_optimizer(f="best.pt", s="", updates=None):
        dst = Path(s or f)
        tmp = dst.with_name(f".{dst.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            out = original(f, str(tmp), updates)
            if tmp.exists():
                _replace(tmp, dst)
            return out
        except OSError as e:
            raise CheckpointSaveError(space_message(dst, max(_size(tmp), _size(dst)), e)) from e
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()

    ut.strip_optimizer = strip_optimizer
    try:
        yield
    finally:
        ut.strip_optimizer = original
