"""Shared helpers for the benchmark scripts: timing statistics and report lines."""
from __future__ import annotations

import statistics
import time


def timed(fn, repeat: int) -> list[float]:
    """Seconds per call of ``fn`` over ``repeat`` calls."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, int(round(0.95 * len(xs))) - 1)]


def report(name: str, value_s: float, baseline_name: str, baseline_s: float, goal_s: float | None = None) -> bool:
    """Print one line: measurement, baseline, ratio, goal verdict. Returns True when within goal."""
    ok = goal_s is None or value_s <= goal_s
    goal = "" if goal_s is None else f"  goal <= {goal_s * 1000:.1f} ms: {'OK' if ok else 'MISSED'}"
    print(f"{name}: {value_s * 1000:.2f} ms | baseline ({baseline_name}): {baseline_s * 1000:.2f} ms | "
          f"ratio {value_s / baseline_s:.2f}x{goal}", flush=True)
    return ok


median = statistics.median
