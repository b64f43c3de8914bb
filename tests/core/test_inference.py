"""Loading, predicting and exporting a real (tiny, freshly trained) YOLO model."""
from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import tiny_dataset

from workbench.inference import (Detection, InferenceError, LiveRunner, LiveSettings, class_mapping,
                                 data_yaml_of, export_for_cpu, export_model, fastest_detector, load_detector,
                                 plan_cpu_export)

HAS_OPENVINO = importlib.util.find_spec("openvino") is not None
HAS_NNCF = importlib.util.find_spec("nncf") is not None


def tiny_model(tmp_path_factory) -> Path:
    """best.pt of the session's tiny model (see the ``tiny_model`` fixture in tests/conftest.py)."""
    return tiny_dataset.trained_model(tmp_path_factory.getbasetemp() / "tiny-yolo")


def tiny_onnx(tmp_path_factory) -> Path:
    """The ONNX export (imgsz 64) of :func:`tiny_model`, made once per session."""
    best = tiny_model(tmp_path_factory)
    onnx = best.with_suffix(".onnx")
    if not onnx.exists():
        export_model(best, "onnx", imgsz=64)
    return onnx


@pytest.fixture(scope="module")
def model_path(tmp_path_factory) -> Path:
    return tiny_model(tmp_path_factory)


@pytest.fixture(scope="module")
def detector(model_path):
    return load_detector(model_path)


@pytest.fixture(scope="module")
def frame():
    rng = np.random.default_rng(5)
    return np.ascontiguousarray(np.asarray(tiny_dataset.draw_sample(rng, 128)[0])[:, :, ::-1])


def test_pt_model_predicts_pixel_boxes(detector, frame):
    assert detector.backend == "pytorch"
    assert detector.train_imgsz == 64 and detector.imgsz is None     # trained at 64, runs at any size
    assert detector.names == {0: "square", 1: "circle"}
    dets = detector.predict(frame, conf=0.001, imgsz=64)
    assert dets and all(isinstance(d, Detection) for d in dets)
    h, w = frame.shape[:2]
    for d in dets:
        assert -1 <= d.x1 < d.x2 <= w + 1 and -1 <= d.y1 < d.y2 <= h + 1
        assert d.name == detector.names[d.cls] and d.conf >= 0.001
    assert [d.conf for d in dets] == sorted((d.conf for d in dets), reverse=True)
    box = dets[0].to_box(w, h)
    assert 0 <= box.xc <= 1 and 0 < box.w <= 1


def test_confidence_and_class_filter_change_the_detections(detector, frame):
    low = detector.predict(frame, conf=0.001, imgsz=64)
    cut = (low[0].conf + low[-1].conf) / 2
    high = detector.predict(frame, conf=cut, imgsz=64)
    assert 0 < len(high) < len(low)
    assert all(d.conf >= cut for d in high)
    only = detector.predict(frame, conf=0.001, imgsz=64, classes=[1])
    assert all(d.cls == 1 for d in only)


@pytest.mark.parametrize("name, content, message", [
    ("missing.pt", None, "no such file"),
    ("notes.pt", b"hello, I am text", "not a PyTorch model"),
    ("empty.onnx", b"", "empty"),
    ("garbage.onnx", b"\x08\x07garbage" * 50, "cannot load|does not run"),
    ("模型.txt", b"0 0.5 0.5 0.1 0.1\n", "not a model Workbench can load"),
])
def test_a_file_that_is_not_a_model_gets_a_clear_message(tmp_path, name, content, message):
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    with pytest.raises(InferenceError, match=message) as e:
        load_detector(p)
    assert name in str(e.value)


def test_class_mapping_by_name():
    assert class_mapping({0: "square", 1: "circle"}, ["square", "circle"]) == ({0: 0, 1: 1}, [])
    mapping, report = class_mapping({0: "square", 1: "circle", 2: "cat"}, ["Circle", "square", "dog"])
    assert mapping == {0: 1, 1: 0}
    text = " ".join(report)
    assert "'cat'" in text and "matched by name" in text and "'dog'" in text
    mapping, report = class_mapping(["a", "b"], [])
    assert mapping == {0: 0, 1: 1} and "no classes" in report[0]
    mapping, report = class_mapping(["a"], ["x"])
    assert mapping == {} and "nothing can be suggested" in report[-1]


def test_onnx_export_loads_and_agrees_with_the_pt(tmp_path_factory, detector, frame):
    onnx = tiny_onnx(tmp_path_factory)
    det = load_detector(onnx)
    assert det.backend == "onnx" and det.names == detector.names and det.imgsz == (64, 64)
    a = detector.predict(frame, conf=0.001, imgsz=64)
    b = det.predict(frame, conf=0.001, imgsz=640)       # a fixed-size export uses its own size
    assert abs(len(a) - len(b)) <= max(2, len(a) // 10)
    assert b[0].cls == a[0].cls and abs(b[0].conf - a[0].conf) < 0.02
    assert abs(b[0].x1 - a[0].x1) < 2 and abs(b[0].y2 - a[0].y2) < 2


def test_fastest_detector_prefers_a_fresh_export(tmp_path_factory, tmp_path, model_path):
    onnx = tiny_onnx(tmp_path_factory)
    pt = tmp_path / "运行" / "best.pt"
    pt.parent.mkdir()
    shutil.copy(model_path, pt)
    assert fastest_detector(pt).backend == "pytorch"            # nothing exported yet
    shutil.copy(onnx, pt.with_suffix(".onnx"))
    assert fastest_detector(pt).backend == "onnx"
    # a .pt newer than its export (trained again) must not be shadowed by the old export
    old = pt.stat().st_mtime
    os.utime(pt.with_suffix(".onnx"), (old - 3600, old - 3600))
    report: list[str] = []
    assert fastest_detector(pt, report=report).backend == "pytorch"
    assert "older than best.pt" in report[0]
    # an export that does not load is skipped with the reason, never fatal
    pt.with_suffix(".onnx").write_bytes(b"broken")
    report.clear()
    assert fastest_detector(pt, report=report).backend == "pytorch"
    assert "best.onnx" in report[0]


def test_openvino_export_is_preferred_and_agrees(tmp_path, model_path, detector, frame):
    pt = tmp_path / "best.pt"
    shutil.copy(model_path, pt)
    out = export_model(pt, "openvino", imgsz=64)
    assert out == pt.with_name("best_openvino_model") and out.is_dir()
    det = fastest_detector(pt)
    assert det.backend == "openvino" and det.names == detector.names and det.imgsz == (64, 64)
    assert det.train_imgsz == 64
    a = detector.predict(frame, conf=0.001, imgsz=64)
    b = det.predict(frame, conf=0.001)
    assert b[0].cls == a[0].cls and abs(b[0].conf - a[0].conf) < 0.02 and abs(b[0].x1 - a[0].x1) < 2


def test_export_errors_are_clear(tmp_path, model_path):
    with pytest.raises(InferenceError, match="unknown export format"):
        export_model(model_path, "tflite")
    with pytest.raises(InferenceError, match="INT8 export needs calibration"):
        export_model(model_path, "onnx", int8=True)
    fake = tmp_path / "x.pt"
    fake.write_text("nope")
    with pytest.raises(InferenceError, match="not a PyTorch model"):
        export_model(fake)


def test_live_runner_shows_the_newest_frame_and_follows_settings(tmp_path, detector):
    from test_frame_sources import make_video

    from workbench.inference.frame_sources import CameraSource, SourceDisconnected

    video = make_video(tmp_path / "cam.avi", n=60)
    results = []
    cam = CameraSource(video)
    runner = LiveRunner(cam, detector, LiveSettings(conf=0.001, imgsz=64), on_result=results.append).start()
    first = runner.latest(timeout=5)
    assert first is not None and first.detections and first.fps >= 0
    runner.update(conf=0.99)
    # frames handed out after the update are detected with the new settings: wait for one of them
    boundary = cam.frame_index
    later = runner.latest(timeout=5)
    while later is not None and later.frame.index <= boundary:
        later = runner.latest(timeout=5)
    assert later is not None and later.frame.index > first.frame.index and later.detections == []
    runner.join(10)
    assert not runner.running
    assert isinstance(runner.error, SourceDisconnected)     # the stand-in camera "unplugged" at the end
    assert results[-1].age_ms < 1000
    runner.stop(close_source=True)


def copy_run(model_path: Path, run: Path, data: str | None) -> Path:
    """``run/weights/best.pt`` with an Ultralytics-style ``run/args.yaml`` naming ``data``."""
    pt = run / "weights" / "best.pt"
    pt.parent.mkdir(parents=True)
    shutil.copy(model_path, pt)
    if data is not None:
        (run / "args.yaml").write_text(f"task: detect\nmode: train\ndata: {data}\nimgsz: 64\n", encoding="utf-8")
    return pt


def test_data_yaml_of_reads_the_runs_args_yaml(tmp_path, model_path):
    data = tiny_dataset.make_dataset(tmp_path / "数据 集", n=2, val=1)
    assert data_yaml_of(model_path) is not None          # the tiny model's own run, as Ultralytics left it
    assert data_yaml_of(copy_run(model_path, tmp_path / "运行 1", str(data))) == data.resolve()
    assert data_yaml_of(copy_run(model_path, tmp_path / "运行 2", None)) is None        # a .pt alone
    assert data_yaml_of(copy_run(model_path, tmp_path / "运行 3", str(tmp_path / "gone.yaml"))) is None
    rel = copy_run(model_path, tmp_path / "数据 集" / "运行 4", "../data.yaml")    # relative to the run
    assert data_yaml_of(rel) == data.resolve()
    (tmp_path / "运行 2" / "args.yaml").write_bytes(b"\xff\xfe: [")                # not YAML
    assert data_yaml_of(tmp_path / "运行 2" / "weights" / "best.pt") is None


def test_plan_cpu_export_picks_the_fastest_available(tmp_path, model_path):
    data = tiny_dataset.make_dataset(tmp_path / "d", n=2, val=1)
    alone = copy_run(model_path, tmp_path / "r", None)
    with_data = plan_cpu_export(alone, data)
    without = plan_cpu_export(alone)
    if not HAS_OPENVINO:
        assert (with_data.fmt, with_data.int8, with_data.reason) == ("onnx", False, "no-openvino")
    elif not HAS_NNCF:
        assert (with_data.fmt, with_data.int8, with_data.reason) == ("openvino", False, "no-nncf")
    else:
        assert (with_data.fmt, with_data.int8, with_data.data, with_data.reason) == ("openvino", True, data, "int8")
        assert (without.fmt, without.int8, without.reason) == ("openvino", False, "no-data")


@pytest.mark.slow
def test_export_for_cpu_makes_an_int8_openvino_model_that_preview_prefers(tmp_path, model_path, detector, frame):
    data = tiny_dataset.make_dataset(tmp_path / "数据 集", n=4, val=2)
    pt = copy_run(model_path, tmp_path / "运行", str(data))
    out = export_for_cpu(pt)                             # data.yaml found from args.yaml
    assert out == pt.with_name("best_int8_openvino_model") and out.is_dir()
    det = fastest_detector(pt)
    assert det.backend == "openvino" and det.path == out and det.names == detector.names
    assert det.imgsz == (64, 64) and det.train_imgsz == 64              # exported at the training size
    dets = det.predict(frame, conf=0.001)
    h, w = frame.shape[:2]
    assert dets and all(-1 <= d.x1 < d.x2 <= w + 1 and -1 <= d.y1 < d.y2 <= h + 1 for d in dets)
    # without calibration data the same call makes the FP32 export
    report: list[str] = []
    fp32 = export_for_cpu(copy_run(model_path, tmp_path / "alone", None), report=report)
    assert fp32.name == "best_openvino_model" and report == []
