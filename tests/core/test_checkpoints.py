"""Checkpoints: a .pt that would run code is never loaded unless the user trusts it; a real one
loads without a question; a torn one is not a checkpoint."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import tiny_dataset
from evil_checkpoint import make_evil_checkpoint

from workbench.checkpoints import (UnsafeCheckpoint, atomic_torch_save, check_checkpoint, is_complete_checkpoint,
                                   trust_checkpoint)
from workbench.inference import load_detector

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def evil(tmp_path):
    marker = tmp_path / "MARKER"
    return make_evil_checkpoint(tmp_path / "shared" / "runs" / "x" / "weights" / "best.pt", marker), marker


def cli(*args, cwd=ROOT):
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
    return subprocess.run([sys.executable, "-m", "workbench", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_real_checkpoint_passes_and_loads_without_a_question(tiny_model):
    check_checkpoint(tiny_model)
    assert load_detector(tiny_model).names == {0: "square", 1: "circle"}


def test_a_checkpoint_that_runs_code_is_refused_and_its_code_never_runs(evil):
    pt, marker = evil
    with pytest.raises(UnsafeCheckpoint) as e:
        check_checkpoint(pt)
    assert e.value.runs_code and str(pt) in str(e.value) and "would run code" in str(e.value)
    with pytest.raises(UnsafeCheckpoint):
        load_detector(pt)               # Preview, pre-label and `workbench predict` all load here
    from ultralytics import YOLO

    with pytest.raises(UnsafeCheckpoint):
        YOLO(str(pt))                   # and so does anything inside Ultralytics in this process
    assert not marker.exists()


def test_trusting_the_file_is_what_lets_it_load_the_ordinary_way(evil):
    pt, marker = evil
    trust_checkpoint(pt)
    with pytest.raises(Exception):
        load_detector(pt)               # not a model, but it was unpickled: its code ran
    assert marker.exists()


def test_a_torn_or_foreign_file_is_not_a_checkpoint(tiny_model, tmp_path):
    torn = tmp_path / "torn.pt"
    torn.write_bytes(tiny_model.read_bytes()[: tiny_model.stat().st_size // 2])
    other = tmp_path / "photo.pt"
    other.write_bytes(b"\xff\xd8\xff\xe0 not a checkpoint")
    for p in (torn, other, tmp_path / "missing.pt"):
        assert not is_complete_checkpoint(p)
        with pytest.raises(UnsafeCheckpoint) as e:
            check_checkpoint(p)
        assert not e.value.runs_code and str(p) in str(e.value)
    assert is_complete_checkpoint(tiny_model)


def test_atomic_torch_save_keeps_the_old_file_when_the_disk_is_full(tmp_path, monkeypatch):
    import errno

    path = tmp_path / "w" / "last.pt"
    atomic_torch_save({"epoch": 1}, path)
    before = path.read_bytes()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)    # the disk fills while the new file is flushed
    with pytest.raises(OSError) as e:
        atomic_torch_save({"epoch": 2, "big": list(range(1000))}, path)
    assert e.value.errno == errno.ENOSPC and str(path.parent) in str(e.value) and "needs about" in str(e.value)
    assert path.read_bytes() == before and os.listdir(path.parent) == ["last.pt"]


def test_predict_refuses_a_checkpoint_that_runs_code(evil, tmp_path):
    pt, marker = evil
    image = tmp_path / "img.jpg"
    tiny_dataset.draw_sample(__import__("numpy").random.default_rng(0))[0].save(image)
    r = cli("predict", pt, image)
    assert r.returncode == 2 and "would run code" in r.stderr and "--trust-model" in r.stderr, r.stderr
    assert not marker.exists()


def test_train_refuses_a_yolo11n_pt_in_the_current_folder_that_runs_code(tmp_path):
    marker = tmp_path / "MARKER"
    data = tiny_dataset.make_dataset(tmp_path / "d", n=4, val=1)
    make_evil_checkpoint(tmp_path / "yolo11n.pt", marker)      # the default --model, found in cwd
    r = cli("train", data, "--epochs", "1", "--imgsz", "64", cwd=tmp_path)
    assert r.returncode == 1 and "would run code" in r.stderr and "--trust-model" in r.stderr, r.stderr
    assert not marker.exists()
    r = cli("train", data, "--model", tmp_path / "yolo11n.pt", "--epochs", "1", cwd=tmp_path / "d")
    assert r.returncode == 1 and "would run code" in r.stderr, r.stderr
    assert not marker.exists()


def test_resume_refuses_a_last_pt_that_runs_code(tmp_path):
    marker = tmp_path / "MARKER"
    data = tiny_dataset.make_dataset(tmp_path / "d", n=4, val=1)
    last = make_evil_checkpoint(tmp_path / "runs" / "train" / "weights" / "last.pt", marker)
    r = cli("train", data, "--resume", last, cwd=tmp_path)
    assert r.returncode == 1 and "would run code" in r.stderr, r.stderr
    assert not marker.exists()
