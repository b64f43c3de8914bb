"""Pre-labeling and capture-to-project with a real tiny model: suggestions only, nothing written."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import tiny_dataset
from test_inference import tiny_model

from workbench.images import decode
from workbench.inference import load_detector
from workbench.inference.prelabel import capture_frame, suggest
from workbench.project import Project


@pytest.fixture(scope="module")
def detector(tmp_path_factory):
    return load_detector(tiny_model(tmp_path_factory))


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project_dir(tmp_path) -> Path:
    folder = tiny_dataset.make_project(tmp_path / "数据 集", n=6)
    for i in (1, 3, 4):
        (folder / f"img_{i:03d}.txt").unlink()       # not labeled yet
    (folder / "img_000.txt").write_text("")           # checked, no objects
    return folder


def test_suggest_only_unlabeled_images_and_writes_nothing(project_dir, detector):
    before = snapshot(project_dir)
    project = Project(project_dir)
    calls = []
    out = suggest(project, detector, conf=0.001, imgsz=64, progress=lambda d, t: calls.append((d, t)))
    assert sorted(p.name for p in out) == ["img_001.jpg", "img_003.jpg", "img_004.jpg"]
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert any(out.values())
    for boxes in out.values():
        for b in boxes:
            assert b.cls in (0, 1) and 0 <= b.xc <= 1 and 0 <= b.yc <= 1 and 0 < b.w <= 1 and 0 < b.h <= 1
    assert snapshot(project_dir) == before           # no label file made, none touched


def test_suggestions_match_the_model_on_the_decoded_image(project_dir, detector):
    project = Project(project_dir)
    out = suggest(project, detector, indices=[2], conf=0.001, imgsz=64)
    (path, boxes), = out.items()
    image = decode(path)
    dets = detector.predict(image, conf=0.001, imgsz=64)
    h, w = image.shape[:2]
    assert boxes == [d.to_box(w, h) for d in dets]


def test_cancel_returns_what_is_done(project_dir, detector):
    out = suggest(Project(project_dir), detector, conf=0.001, imgsz=64, progress=lambda d, t: d < 1)
    assert len(out) == 1


def test_classes_are_mapped_by_name(project_dir, detector):
    (project_dir / "classes.txt").write_text("circle\nbanana\n")   # no "square"; circle is now 0
    project = Project(project_dir)
    report: list[str] = []
    out = suggest(project, detector, conf=0.001, imgsz=64, report=report)
    full = suggest(Project(project_dir), detector, indices=[project.index_of(p) for p in out],
                   conf=0.001, imgsz=64)
    boxes = [b for bs in out.values() for b in bs]
    assert boxes and all(b.cls == 0 for b in boxes)
    assert "'square'" in " ".join(report) and "'banana'" in " ".join(report)
    assert len(boxes) <= sum(len(v) for v in full.values())


def test_capture_writes_the_raw_frame_and_returns_suggestions(tmp_path, detector):
    root = tiny_dataset.make_project(tmp_path / "项目", n=2)
    rng = np.random.default_rng(3)
    frame = np.ascontiguousarray(np.asarray(tiny_dataset.draw_sample(rng, 128)[0])[:, :, ::-1])
    path, boxes = capture_frame(root, frame, detector, conf=0.001, imgsz=64)
    path2, none = capture_frame(Project(root), frame)
    assert path.exists() and path2.exists() and path != path2
    assert path.parent == root / "captures" and path.suffix == ".jpg"
    saved = decode(path)
    assert saved.shape == frame.shape
    import cv2

    small = [cv2.resize(a, (16, 16), interpolation=cv2.INTER_AREA).astype(int) for a in (saved, frame)]
    assert np.abs(small[0] - small[1]).mean() < 3                # the raw frame (JPEG of a noisy picture)
    assert boxes and none == []
    assert not path.with_suffix(".txt").exists()                 # suggestions are not written
    assert [p for p in os.listdir(path.parent) if p.startswith(".")] == []   # no temp file left
    assert Project(root).index_of(path) is not None              # the Label page will list it


def test_suggest_runs_the_model_at_its_training_size_by_default(project_dir, detector):
    from workbench.inference.prelabel import default_imgsz

    assert detector.train_imgsz == 64 and default_imgsz(detector) == 64 and default_imgsz(detector, 320) == 320
    project = Project(project_dir)
    trained = suggest(project, detector, conf=0.001, imgsz=64)
    assert suggest(project, detector, conf=0.001) == trained
    assert suggest(project, detector, conf=0.001, imgsz=640) != trained
