"""Start-up of the installed app (the PyInstaller bundle) to a window, vs the venv, in the same run.

    python benchmarks/bench_installed_startup.py [EXECUTABLE]     (default: `workbench` on PATH)

Each run is a fresh process opening the sample project with WORKBENCH_QUIT_AFTER_MS=0 (the app prints
the time of the first event-loop turn after the window is shown; see bench_startup.py). The first
run of each is reported apart: it reads the files from disk (the bundle unpacks nothing, but has
its own copies of Qt and Python to read); the median is over the runs after it.
Goal: the installed app within 1.5x of the venv.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median, report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def start_times(cmd: list[str], env: dict, runs: int) -> list[float]:
    """Seconds from spawning ``cmd`` to its window's first event-loop turn, per run."""
    out = []
    for _ in range(runs):
        t = time.time()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
        out.append(json.loads(proc.stdout.strip().splitlines()[-1])["ready_at"] - t)
    return out


def main(argv: list[str]) -> int:
    exe = argv[0] if argv else shutil.which("workbench")
    if not exe:
        print("no installed workbench: pass the bundle's executable (dist/workbench/workbench)")
        return 2
    folder = str(ROOT / "resources" / "sample_project")
    env = dict(os.environ, WORKBENCH_QUIT_AFTER_MS="0")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as cfg:
        env["WORKBENCH_CONFIG_DIR"] = cfg
        bundle = start_times([exe, folder], env, 6)
        venv_env = dict(env, PYTHONPATH=str(ROOT))
        venv = start_times([sys.executable, "-m", "workbench", folder], venv_env, 6)
    print(f"first start: installed {bundle[0]:.2f} s, venv {venv[0]:.2f} s")
    ok = report("installed app: start to window, median", median(bundle[1:]), "venv", median(venv[1:]),
                1.5 * median(venv[1:]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
