"""The whole loop in the real app under Xvfb: Label folder -> Dataset -> Train -> Preview."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tiny_dataset import make_project

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_label_dataset_train_preview_under_xvfb(tmp_path, xvfb):
    folder = make_project(tmp_path / "我的 照片", n=24)
    shots = tmp_path / "shots"
    shots.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    # PYTHONFAULTHANDLER: a crash prints every thread's Python stack (one CI run ended in SIGSEGV, silent)
    env.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", PYTHONPATH=os.getcwd(), PYTHONFAULTHANDLER="1")
    r = subprocess.run([sys.executable, str(Path(__file__).with_name("loop_session.py")), str(folder), str(shots)],
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, f"exit {r.returncode}\nstdout: {r.stdout[-2000:]}\nstderr: {r.stderr[-6000:]}"
    report = json.loads(r.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert report["checked"] and report["blocking"] == 0
    assert report["built"] and (folder / "dataset" / "data.yaml").is_file()
    assert report["tab_after_train_on"]
    assert report["started"] and report["finished"] and report["result"] == "Finished", report
    assert Path(report["best"]).is_file() and report["best"].startswith(str(folder / "runs"))
    assert report["plot_points"] == 2
    assert report["tab_after_preview"] and report["backend"] and report["frames"]
    for page in ("dataset", "train", "preview", "label"):
        assert (shots / f"{page}.png").stat().st_size > 10_000
    if os.environ.get("WORKBENCH_SHOTS"):   # keep the pictures for the README / a human look
        import shutil

        shutil.copytree(shots, os.environ["WORKBENCH_SHOTS"], dirs_exist_ok=True)
