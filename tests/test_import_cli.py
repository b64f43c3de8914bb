"""``workbench import FORMAT SRC FOLDER``: report printed, exit code 0 / 1 / 2."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from workbench.cli import main


def project(root: Path) -> Path:
    (root / "图片").mkdir(parents=True)
    for name in ("a.jpg", "图片/猫 1.png"):
        Image.new("RGB", (100, 50), (10, 20, 30)).save(root / name)
    return root


def labelme(path: Path, image_path: str, label: str = "猫"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "version": "5.4.1", "flags": {},
        "shapes": [{"label": label, "points": [[10, 10], [60, 40]], "group_id": None, "description": "",
                    "shape_type": "rectangle", "flags": {}, "mask": None}],
        "imagePath": image_path, "imageData": None, "imageHeight": 50, "imageWidth": 100},
        ensure_ascii=False, indent=2), encoding="utf-8")


def test_subprocess_import_all_converted(tmp_path):
    root = project(tmp_path / "项目")
    labelme(root / "a.json", "a.jpg")
    labelme(root / "图片" / "猫 1.json", "猫 1.png", "狗")
    # Ultralytics' predictions.json under runs/ is no labelme file and is not looked at
    (root / "runs/detect/val").mkdir(parents=True)
    (root / "runs/detect/val/predictions.json").write_text('[{"image_id": "a", "bbox": [1, 2, 3, 4]}]')
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    # relative paths, as typed in a terminal
    r = subprocess.run([sys.executable, "-m", "workbench", "import", "labelme", "项目", "项目"],
                       capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "2 label files written, 2 boxes" in r.stdout and "classes added: 猫, 狗" in r.stdout
    assert (root / "a.txt").read_text() == "0 0.350000 0.500000 0.500000 0.600000\n"
    assert (root / "图片" / "猫 1.txt").read_text() == "1 0.350000 0.500000 0.500000 0.600000\n"
    assert (root / "classes.txt").read_text(encoding="utf-8") == "猫\n狗\n"


def test_skipped_and_existing_exit_1_overwrite_exit_0(tmp_path, capsys):
    root = project(tmp_path / "p")
    ann = tmp_path / "ann"
    labelme(ann / "a.json", "a.jpg")
    labelme(ann / "missing.json", "missing.jpg")
    (root / "a.txt").write_text("0 0.1 0.1 0.1 0.1\n")
    assert main(["import", "labelme", str(ann), str(root)]) == 1
    out = capsys.readouterr().out
    assert "missing.json: image not found" in out and "already exist and were kept" in out
    assert (root / "a.txt").read_text() == "0 0.1 0.1 0.1 0.1\n"
    (ann / "missing.json").unlink()
    assert main(["import", "labelme", str(ann), str(root), "--overwrite"]) == 0
    assert (root / "a.txt").read_text() == "0 0.350000 0.500000 0.500000 0.600000\n"


def test_errors_exit_2_with_the_file_named(tmp_path, capsys):
    root = project(tmp_path / "p")
    assert main(["import", "coco", str(tmp_path / "no.json"), str(root)]) == 2
    assert "no.json: cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"images": []')
    assert main(["import", "coco", str(bad), str(root)]) == 2
    assert "bad.json: not valid JSON" in capsys.readouterr().err
    assert main(["import", "voc", str(tmp_path), str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
