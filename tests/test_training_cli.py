"""``workbench train``: the training core headless, one line per epoch, non-zero exit on failure."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import tiny_dataset

from workbench.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_train_prints_one_line_per_epoch(tmp_path, capsys):
    data = tiny_dataset.make_dataset(tmp_path / "数据 集", n=16, val=4)
    rc = main(["train", str(data), "--model", "yolo11n.yaml", "--epochs", "2", "--imgsz", "64",
               "--batch", "8", "--no-plots", "--workers", "0", "--project", str(tmp_path / "runs"),
               "--name", "cli"])
    out = capsys.readouterr().out
    assert rc == 0, out
    epoch_lines = [line for line in out.splitlines() if line.startswith("epoch ")]
    assert [line.split()[1] for line in epoch_lines] == ["1/2", "2/2"]
    assert all("box " in line and "cls " in line and "mAP50-95 " in line for line in epoch_lines)
    assert "Ultralytics" not in out  # its own log only with --verbose
    assert (tmp_path / "runs" / "cli" / "weights" / "best.pt").is_file()
    assert "done: best" in out


@pytest.mark.slow
def test_the_program_skips_torchs_teardown_but_keeps_every_line(tmp_path):
    """``workbench train`` ends with os._exit after the run (torch's teardown took 0.5-0.9 s): the
    output, block-buffered in a pipe, must still arrive whole, with the exit status."""
    data = tiny_dataset.make_dataset(tmp_path / "数据 集", n=8, val=2)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env.update(PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
    p = subprocess.run([sys.executable, "-m", "workbench", "train", str(data), "--model", "yolo11n.yaml",
                        "--epochs", "1", "--imgsz", "64", "--batch", "8", "--workers", "0", "--no-plots",
                        "--device", "cpu", "--project", str(tmp_path / "runs"), "--name", "fast"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
    lines = p.stdout.splitlines()
    done = next(i for i, line in enumerate(lines) if line.startswith("done: best"))
    rows = lines[done + 1:]                             # the per-class rows, the last output
    assert rows and all(row.split()[0] in tiny_dataset.NAMES for row in rows), p.stdout
    from ultralytics import YOLO

    assert YOLO(str(tmp_path / "runs" / "fast" / "weights" / "best.pt")).names   # whole on disk


def test_train_fails_with_exit_status_1(tmp_path):
    env = dict(os.environ, YOLO_OFFLINE="1")
    missing = tmp_path / "nowhere" / "data.yaml"
    p = subprocess.run([sys.executable, "-m", "workbench", "train", str(missing), "--model", "yolo11n.yaml"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    assert "training failed" in p.stderr and "data.yaml" in p.stderr and "does not exist" in p.stderr

    data = tiny_dataset.make_dataset(tmp_path / "d", n=4, val=1)
    p = subprocess.run([sys.executable, "-m", "workbench", "train", str(data), "--model", "yolo11n.pt"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    assert "yolo11n.yaml" in p.stderr  # offline: offers training from scratch


def test_train_help_lists_the_options(capsys):
    try:
        main(["train", "--help"])
    except SystemExit as e:
        assert e.code == 0
    out = capsys.readouterr().out
    for option in ("--model", "--epochs", "--imgsz", "--batch", "--device", "--project", "--name"):
        assert option in out


# -- Ctrl+C: what the user is told, and a second Ctrl+C ---------------------------------------------
def start_training(tmp_path, *extra):
    data = tiny_dataset.make_dataset(tmp_path / "d", n=32, val=4)
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1", PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "workbench", "train", str(data), "--model", "yolo11n.yaml", "--epochs", "3",
           "--imgsz", "160", "--batch", "16", "--workers", "0", "--no-plots", "--device", "cpu",
           "--project", str(tmp_path / "runs"), "--name", "ctrlc", *extra]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def read_until(proc, text: str, seen: list[str]) -> None:
    for line in proc.stdout:
        seen.append(line)
        if text in line:
            return
    raise AssertionError(f"the process ended before printing {text!r}:\n{''.join(seen)}")


@pytest.mark.slow
def test_ctrl_c_in_the_first_epoch_says_nothing_was_saved(tmp_path):
    proc = start_training(tmp_path)
    seen: list[str] = []
    try:
        read_until(proc, "training ", seen)          # the first epoch is starting
        proc.send_signal(signal.SIGINT)
        seen += proc.stdout.readlines()
        rc = proc.wait(timeout=120)
    finally:
        proc.kill()
    out = "".join(seen)
    assert rc == 130, out
    assert "nothing was saved yet" in out and "done: best None" not in out, out
    assert "--resume" not in out and "last.pt" not in out, out     # no advice to resume a missing file
    assert not (tmp_path / "runs" / "ctrlc" / "weights" / "last.pt").exists()


@pytest.mark.slow
def test_a_second_ctrl_c_quits_at_once_without_a_traceback(tmp_path):
    proc = start_training(tmp_path)
    seen: list[str] = []
    try:
        read_until(proc, "training ", seen)
        proc.send_signal(signal.SIGINT)
        read_until(proc, "press Ctrl+C again to quit at once", seen)
        proc.send_signal(signal.SIGINT)
        seen += proc.stdout.readlines()
        rc = proc.wait(timeout=30)
    finally:
        proc.kill()
    out = "".join(seen)
    assert rc == 130 and "quitting now" in out, out
    assert "Traceback" not in out and "Exception ignored" not in out and "KeyboardInterrupt" not in out, out
