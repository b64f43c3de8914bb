"""How many CPU threads a training run should use: the cores that are free, not all of them.

Measured on a 2-core machine (3 epochs, imgsz 320): with one other busy process, torch on every
core trained 5x slower than Ultralytics' one thread (145 s vs 28.5 s), because the OpenMP threads
spin-wait for a core the other process holds. So the run counts what the rest of the computer used
over the last interval (system CPU time minus this process tree's own) and takes the cores left,
minus half a core for the data loading and the app's own GUI, capped the way Ultralytics caps it
(at most 8; more threads do not pay for YOLO's small convolutions). It measures again at every
epoch, so a browser that starts or stops mid-run is followed within an epoch.

Not all cores when idle: on CPU Ultralytics loads the images in the training thread
(``workers=0``), so a second thread only helps the convolutions. Measured on 2 idle cores (40
photos 1600x1200, imgsz 320, 3 epochs): epochs took 2.1-2.5 s with 2 threads and 2.2-2.3 s with 1,
no gain for a thread that takes the core the GUI needs.

``OMP_WAIT_POLICY=PASSIVE`` makes idle OpenMP threads sleep instead of spin; it must be in the
environment before torch is imported (OpenMP reads it once), which is why the training process
sets it first thing (:func:`training_env`).
"""
from __future__ import annotations

import math
import os
import time

MAX_THREADS = 8          # Ultralytics' NUM_THREADS cap
HEADROOM = 0.5           # a core's share kept free for the data loader and the GUI


def all_cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def choose_threads(others_busy: float, cores: int | None = None) -> int:
    """Torch threads for a run when other programs keep ``others_busy`` cores busy (0.0 .. cores)."""
    cores = cores or all_cores()
    free = cores - max(0.0, others_busy) - HEADROOM
    return max(1, min(MAX_THREADS, cores - 1 if cores > 1 else 1, math.floor(free)))


def training_env(threads: int) -> dict[str, str]:
    """Environment for a process that will import torch to train with ``threads`` threads."""
    return {"OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads), "OMP_WAIT_POLICY": "PASSIVE"}


class CpuMeter:
    """Cores used by other programs since the last call (system CPU time minus our process tree's)."""

    def __init__(self):
        self._last = self._sample()

    @staticmethod
    def _sample():
        import psutil

        t = psutil.cpu_times()
        busy = sum(getattr(t, k, 0.0) for k in ("user", "nice", "system", "irq", "softirq", "steal"))
        me = psutil.Process()
        own = sum(me.cpu_times()[:4])   # user, system, and those of finished children
        try:
            for child in me.children(recursive=True):   # data loader workers
                own += sum(child.cpu_times()[:2])
        except Exception:  # noqa: BLE001 - a worker that just exited
            pass
        return time.monotonic(), busy, own

    def others_busy(self) -> float:
        """Cores busy with other work since the previous call (or since this meter was made)."""
        try:
            now = self._sample()
        except Exception:  # noqa: BLE001 - no psutil or no /proc: assume an idle machine
            return 0.0
        (t0, busy0, own0), self._last = self._last, now
        dt = now[0] - t0
        if dt <= 0.05:
            return 0.0
        return max(0.0, ((now[1] - busy0) - (now[2] - own0)) / dt)

    def sample_for(self, seconds: float) -> float:
        """Measure over ``seconds`` from now (used once, before the first epoch)."""
        self.others_busy()
        time.sleep(seconds)
        return self.others_busy()
