"""`workbench predict` and `workbench export` on a real tiny model."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import tiny_dataset

from workbench import cli


@pytest.fixture(scope="module")
def model(tiny_model) -> Path:
    return tiny_model


def test_predict_on_a_folder_saves_drawn_frames(tmp_path, model, capsys):
    folder = tiny_dataset.make_project(tmp_path / "照片", n=3)
    out = tmp_path / "结果"
    rc = cli.main(["predict", str(model), str(folder), "--conf", "0.001", "--imgsz", "64", "--save", str(out)])
    text = capsys.readouterr().out
    assert rc == 0
    assert "img_000.jpg:" in text and "3 frames" in text
    assert sorted(p.name for p in out.iterdir()) == ["img_000.jpg", "img_001.jpg", "img_002.jpg"]
    high = cli.main(["predict", str(model), str(folder / "img_000.jpg"), "--conf", "0.999"])
    assert high == 0 and "img_000.jpg: nothing" in capsys.readouterr().out


def test_predict_runs_at_the_size_the_model_was_trained_at(tmp_path, model, capsys):
    folder = tiny_dataset.make_project(tmp_path / "照片", n=2)

    def predict(*more):
        assert cli.main(["predict", str(model), str(folder), "--conf", "0.001", *more]) == 0
        lines = capsys.readouterr().out.splitlines()
        return lines[0], lines[1:-1]          # header, one line per image (the rate line varies)

    header, default = predict()
    assert header.endswith(", imgsz 64")       # tiny_model was trained at 64, not Ultralytics' 640
    assert predict("--imgsz", "64")[1] == default
    header, at_640 = predict("--imgsz", "640")
    assert header.endswith(", imgsz 640") and at_640 != default


def test_predict_with_bad_input_says_what_is_wrong(tmp_path, model, capsys):
    not_model = tmp_path / "best.pt"
    not_model.write_text("not a model")
    assert cli.main(["predict", str(not_model), str(tmp_path)]) == 2
    assert "not a PyTorch model" in capsys.readouterr().err
    assert cli.main(["predict", str(model), str(tmp_path / "nothing.mp4")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_export_command_writes_an_onnx_that_predict_uses(tmp_path, model, capsys):
    copy = tmp_path / "模型" / "best.pt"
    copy.parent.mkdir()
    copy.write_bytes(model.read_bytes())
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    r = subprocess.run([sys.executable, "-m", "workbench", "export", str(copy), "--format", "onnx", "--imgsz", "64"],
                       capture_output=True, text=True, env=env, timeout=240)
    assert r.returncode == 0, r.stderr
    onnx = Path(r.stdout.strip().splitlines()[-1])
    assert onnx == copy.with_suffix(".onnx") and onnx.stat().st_size > 0
    folder = tiny_dataset.make_project(tmp_path / "照片", n=1)
    assert cli.main(["predict", str(onnx), str(folder), "--conf", "0.001"]) == 0
    text = capsys.readouterr().out
    assert "(onnx, 2 classes)" in text
    assert "img_000.jpg: square" in text or "img_000.jpg: circle" in text
