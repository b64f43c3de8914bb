"""What this computer offers for training (the model choices, the GPU names), found in a child process.

Both need torch: each ``.pt`` on the list is checked by loading it weights-only, and the GPUs are
torch's. Imported in a thread of the app, torch's import holds Python's lock for up to half a
second at a time (measured: the window's longest stall 467 ms while the Train page filled its
lists), so the window asks a spawned child process instead and never imports torch for it. The
child starts from the window's trusted files and its cache of checked files, and hands the cache
back, so a file is checked once per size and modification time, as in one process.
"""
from __future__ import annotations

import multiprocessing
from pathlib import Path

from ..checkpoints import restore_trusted, trusted_files
from . import weights
from .models import model_choices
from .types import ModelChoice

TIMEOUT_S = 120.0   # a broken GPU driver can hang; the form keeps its built-in choices then


def _in_child(extra_dirs: list[str], runs_dir: str | None, trusted, checked: dict):
    restore_trusted(trusted)
    weights._checked.update(checked)
    try:
        choices = model_choices([Path(d) for d in extra_dirs], runs_dir)
    except Exception:  # noqa: BLE001 - the form keeps its built-in .yaml choice
        choices = None
    return choices, gpu_names(), dict(weights._checked)


def gpu_names() -> list[str]:
    """The CUDA GPUs torch sees (imports torch); [] without CUDA or with a broken driver."""
    try:
        import torch

        return [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    except Exception:  # noqa: BLE001 - no CUDA, or a broken driver: CPU only
        return []


def training_choices(extra_dirs=(), runs_dir=None) -> tuple[list[ModelChoice] | None, list[str]]:
    """``(model_choices(extra_dirs, runs_dir), gpu_names())`` computed in a spawned child process;
    ``(None, [])`` when the child fails or takes longer than :data:`TIMEOUT_S`. Blocks: call it
    from a worker thread."""
    ctx = multiprocessing.get_context("spawn")
    try:
        with ctx.Pool(1) as pool:
            job = pool.apply_async(_in_child, ([str(d) for d in extra_dirs], str(runs_dir) if runs_dir else None,
                                               trusted_files(), dict(weights._checked)))
            choices, gpus, checked = job.get(TIMEOUT_S)
    except Exception:  # noqa: BLE001 - no process, a crash or a hang: the built-in choices stay
        return None, []
    weights._checked.update(checked)
    return choices, gpus
