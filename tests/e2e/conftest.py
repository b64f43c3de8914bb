"""A real X server for the end-to-end tests (skipped where Xvfb is not installed)."""
import shutil
import subprocess
import time
from pathlib import Path

import pytest


@pytest.fixture
def xvfb():
    """A fresh Xvfb display (":N"), stopped after the test."""
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed")
    for n in range(90, 120):
        if not Path(f"/tmp/.X{n}-lock").exists():
            break
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1366x850x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        time.sleep(0.05)
    yield f":{n}"
    proc.terminate()
    proc.wait()
