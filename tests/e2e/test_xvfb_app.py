"""The real app under a real X server (Xvfb, xcb platform) with cv2 and ultralytics loaded."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not shutil.which("Xvfb"), reason="Xvfb is not installed")]


def test_label_two_images_under_xvfb(tmp_path, xvfb):
    folder = tmp_path / "数据 集"
    folder.mkdir()
    for i, color in enumerate(["#a0c0e0", "#e0c0a0"]):
        Image.new("RGB", (640, 480), color).save(folder / f"图片 {i + 1}.jpg")
    (folder / "classes.txt").write_text("cat\ndog\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", PYTHONPATH=os.getcwd())
    shot = tmp_path / "shot.png"
    r = subprocess.run([sys.executable, str(Path(__file__).with_name("xvfb_session.py")), str(folder), str(shot)],
                       env=env, capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr[-3000:]
    report = json.loads(r.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert (folder / "图片 1.txt").read_text() == "1 0.312500 0.312500 0.312500 0.208333\n"
    assert (folder / "图片 2.txt").read_text() == "0 0.046875 0.083333 0.062500 0.083333\n"
    assert report["row"] == 1
    assert shot.stat().st_size > 10_000
