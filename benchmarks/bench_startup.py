"""Cold start to an interactive window, vs a bare PySide6 window started the same way.

Each run is a fresh process: ``python -m workbench FOLDER`` with WORKBENCH_QUIT_AFTER_MS=0,
which prints the wall-clock time of the first turn of the event loop after the window is
shown (the first image decoded and painted), and which heavy modules were imported
(torch/ultralytics/cv2 must not be). Start-up = that time minus the time just before the
process was spawned. (psutil's process create_time is off by ~0.4 s in containers.)
Goal: median <= 0.5 s.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median, report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
def done():
    print(time.time(), flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def run(cmd, env) -> tuple[float, str]:
    t = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return t, out


def main(runs: int = 7) -> int:
    env = dict(os.environ, WORKBENCH_QUIT_AFTER_MS="0", PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as cfg:
        env["WORKBENCH_CONFIG_DIR"] = cfg
        folder = ROOT / "resources" / "sample_project"
        run([sys.executable, "-m", "workbench", str(folder)], env)  # warm the OS file cache once
        ours, heavy = [], set()
        for _ in range(runs):
            t, out = run([sys.executable, "-m", "workbench", str(folder)], env)
            line = json.loads(out.strip().splitlines()[-1])
            ours.append(line["ready_at"] - t)
            heavy |= set(line["heavy_modules"])
        bare = []
        for _ in range(runs):
            t, out = run([sys.executable, "-c", BARE], env)
            bare.append(float(out.strip()) - t)
    ok = report("cold start to interactive window, median", median(ours), "bare PySide6 window", median(bare), 0.5)
    print(f"heavy modules imported at start-up: {sorted(heavy) or 'none'}")
    return 0 if ok and not heavy else 1


if __name__ == "__main__":
    sys.exit(main())
