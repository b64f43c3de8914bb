"""The Preview page with a real tiny model on a generated video standing in for the webcam."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
import tiny_dataset

from workbench.images import decode
from workbench.labels import Box
from workbench.project import Project
from workbench.settings import Settings
from workbench.ui.preview_page import PreviewPage
from workbench.widgets.class_list import default_color
from workbench.widgets.video_view import annotate

TIMEOUT = 30000


@pytest.fixture(scope="module")
def model_path(tmp_path_factory, tiny_model) -> Path:
    # a private copy: exports made here must not change what other tests load
    own = tmp_path_factory.mktemp("模型 preview") / "best.pt"
    shutil.copy(tiny_model, own)
    return own


@pytest.fixture(scope="module")
def video(tmp_path_factory) -> Path:
    """60 frames (2 s at 30 FPS) of the shapes the model learned, MJPG AVI, in a Chinese folder."""
    import cv2

    path = tmp_path_factory.mktemp("视频 目录") / "测试 视频.avi"
    w = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (128, 128))
    rng = np.random.default_rng(3)
    for _ in range(60):
        w.write(np.ascontiguousarray(np.asarray(tiny_dataset.draw_sample(rng, 128)[0])[:, :, ::-1]))
    w.release()
    return path


@pytest.fixture
def project(tmp_path) -> Project:
    return Project(tiny_dataset.make_project(tmp_path / "数据 集", n=3))


@pytest.fixture
def page(qtbot):
    p = PreviewPage(Settings())
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    qtbot.waitExposed(p)
    p.controls.set_imgsz(64)          # the size the tiny model was trained at
    yield p
    p.shutdown()


def _load(qtbot, page, path):
    page.set_model(str(path))
    qtbot.waitUntil(lambda: page.detector is not None, timeout=TIMEOUT)


def _settled(qtbot, page):
    """Wait until nothing is on its way to the screen: the reader waits in the pause and the
    last frame the playback handed out is the one shown (a frame already in the model when
    the pause came has arrived by then)."""
    qtbot.waitUntil(lambda: page.playback.holding and page.frame is not None
                    and page.frame.index == page.playback.handed_out, timeout=TIMEOUT)


def _paused_on_frame(qtbot, page):
    qtbot.waitUntil(lambda: page.frame is not None, timeout=TIMEOUT)
    page.toggle_pause()
    assert page.playback.paused
    _settled(qtbot, page)


def test_camera_stand_in_shows_frames_fps_and_a_disconnect(qtbot, page, model_path, video, project):
    _load(qtbot, page, model_path)
    assert page.detector.backend == "pytorch"
    assert "pytorch" in page.model_label.text()
    page.set_project(project)
    with qtbot.waitSignal(page.running_changed, timeout=TIMEOUT) as started:
        page.open_camera(str(video))
    assert started.args == [True]
    qtbot.waitUntil(lambda: page.last_result is not None and page.last_result.fps > 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "FPS" in page.status.text(), timeout=TIMEOUT)
    assert page.status.text().startswith("backend pytorch · ")
    assert page.view.frame is not None and page.view.frame.shape == (128, 128, 3)
    assert page.view.paint_count > 0
    # the stand-in clip ends after 2 s: a camera that stops is a message, not a crash
    qtbot.waitUntil(lambda: not page.running and bool(page.stream_message), timeout=TIMEOUT)
    assert "camera stopped" in page.stream_message
    assert page.view.message == page.stream_message
    assert page.view.frame is not None                  # the last frame stays on screen


def test_confidence_slider_changes_the_drawn_detections(qtbot, page, model_path, video):
    _load(qtbot, page, model_path)
    page.open_source(str(video))
    _paused_on_frame(qtbot, page)
    frame = page.frame
    page.controls.set_conf(0.001)
    qtbot.waitUntil(lambda: page._redetect_job is None and len(page.view.detections) > 0, timeout=TIMEOUT)
    low = list(page.view.detections)
    assert all(d.conf >= 0.001 for d in low)
    assert page.frame is frame                           # paused: the same frame, run again
    page.controls.set_conf(low[0].conf + 0.01)
    qtbot.waitUntil(lambda: page._redetect_job is None and len(page.view.detections) == 0, timeout=TIMEOUT)
    # the class filter hides a class
    page.controls.set_conf(0.001)
    qtbot.waitUntil(lambda: page._redetect_job is None and len(page.view.detections) == len(low), timeout=TIMEOUT)
    keep = low[0].cls
    item = page.controls.class_list.item(1 - keep)
    from PySide6.QtCore import Qt

    item.setCheckState(Qt.CheckState.Unchecked)
    assert page.controls.classes == [keep]
    qtbot.waitUntil(lambda: page._redetect_job is None
                    and all(d.cls == keep for d in page.view.detections), timeout=TIMEOUT)


def test_step_frame_by_frame_when_paused(qtbot, page, video):
    page.open_source(str(video))                          # no model: frames alone
    _paused_on_frame(qtbot, page)
    index = page.frame.index
    page.actions["step"].trigger()
    qtbot.waitUntil(lambda: page.frame.index == index + 1, timeout=TIMEOUT)
    _settled(qtbot, page)
    assert page.frame.index == index + 1 == page.playback.handed_out   # exactly one frame
    assert page.playback.paused and "paused" in page.status.text()


def test_capture_writes_the_raw_frame_and_emits_suggestions(qtbot, page, model_path, video, project):
    _load(qtbot, page, model_path)
    page.set_project(project)
    page.open_source(str(video))
    _paused_on_frame(qtbot, page)
    page.controls.set_conf(0.001)
    qtbot.waitUntil(lambda: page._redetect_job is None and len(page.view.detections) > 0, timeout=TIMEOUT)
    with qtbot.waitSignal(page.captured, timeout=TIMEOUT) as got:
        page.actions["capture"].trigger()
    path, boxes = Path(got.args[0]), got.args[1]
    assert path.parent == project.root / "captures" and path.suffix == ".jpg" and path.exists()
    saved = decode(path).astype(int)
    raw = page.frame.image.astype(int)
    assert saved.shape == raw.shape
    assert np.abs(saved - raw).mean() < 6                  # the frame (JPEG of a noisy picture)...
    drawn = annotate(page.frame.image, page.detections).astype(int)
    mask = (drawn != raw).any(axis=2)                      # ...without the boxes drawn on screen
    assert mask.any()
    assert np.abs(saved - raw)[mask].mean() * 3 < np.abs(saved - drawn)[mask].mean()
    assert boxes and all(isinstance(b, Box) for b in boxes)
    assert {b.cls for b in boxes} <= {0, 1}
    assert not path.with_suffix(".txt").exists()           # suggestions only: the Label page decides
    assert page.label_btn.isVisibleTo(page)                # the next step: one click to label it
    with qtbot.waitSignal(page.label_requested, timeout=TIMEOUT) as asked:
        page.label_btn.click()
    assert asked.args == [str(path)]


def test_video_that_ends_says_end_of_video(qtbot, page, video):
    states = []
    page.running_changed.connect(states.append)
    page.open_source(str(video))
    qtbot.waitUntil(lambda: page.stream_message != "", timeout=TIMEOUT)
    assert "end of video" in page.stream_message.lower()
    assert states == [True, False]
    assert page.frame.index == 59 or page.frame.index > 40  # it played to (near) the end
    assert page.replay_btn.isEnabled()
    page.frame = None
    with qtbot.waitSignal(page.running_changed, timeout=TIMEOUT) as again:
        page.replay_btn.click()                 # a finished video plays again from the start
    assert again.args == [True]
    qtbot.waitUntil(lambda: page.frame is not None, timeout=TIMEOUT)
    assert page.frame.index < 30 and not page.replay_btn.isEnabled()


def test_a_file_that_is_not_a_model_gives_a_message(qtbot, page, tmp_path):
    fake = tmp_path / "不是 模型.pt"
    fake.write_text("hello")
    messages = []
    page.message.connect(messages.append)
    page.set_model(str(fake))
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=TIMEOUT)
    assert "不是 模型.pt" in page.banner.text()
    assert page.detector is None
    assert messages and "Cannot use this model" in messages[-1]
    assert not page.export_btn.isEnabled()


def test_missing_source_and_corrupt_video_are_messages(qtbot, page, tmp_path):
    bad = tmp_path / "坏.avi"
    bad.write_bytes(b"\x00" * 1000)
    page.open_source(str(bad))
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=TIMEOUT)
    assert "坏.avi" in page.banner.text() and not page.running
    page.open_camera(97)
    qtbot.waitUntil(lambda: "camera 97" in page.banner.text(), timeout=TIMEOUT)


def test_classes_differing_from_the_project_are_mapped_by_name(qtbot, page, model_path, tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "classes.txt").write_text("Circle\nsquare\ndog\n")
    _load(qtbot, page, model_path)
    page.set_project(Project(folder))
    assert page.mapping == {0: 1, 1: 0}
    assert page.banner.isVisible() and "differ" in page.banner.text()
    assert page.view.color_for(0) == default_color(1)


def test_snapshot_and_recording_go_to_runs_preview(qtbot, page, model_path, video, project):
    _load(qtbot, page, model_path)
    page.set_project(project)
    page.open_camera(str(video))
    qtbot.waitUntil(lambda: page.frame is not None, timeout=TIMEOUT)
    target = page.start_recording()
    assert target.parent == project.root / "runs" / "preview"
    qtbot.waitUntil(lambda: page.recorder is not None and page.recorder.frames >= 5, timeout=TIMEOUT)
    page.record_btn.setChecked(False)
    assert target.exists() and target.stat().st_size > 0
    snap = page.snapshot()
    assert snap is not None and snap.parent == target.parent and snap.exists()
    import cv2

    cap = cv2.VideoCapture(str(target))
    ok, first = cap.read()
    cap.release()
    assert ok and first.shape == (128, 128, 3)


def test_export_for_cpu_then_preview_uses_it(qtbot, page, model_path, tmp_path):
    from workbench.inference import plan_cpu_export

    own = tmp_path / "best.pt"                 # a .pt alone: no args.yaml, so no INT8 calibration data
    shutil.copy(model_path, own)
    _load(qtbot, page, own)
    assert page.export_btn.isEnabled() and page.export_btn.text() == "Export for CPU"
    plan = plan_cpu_export(own)
    assert not plan.int8
    page.export_btn.click()
    qtbot.waitUntil(lambda: page.detector.backend == plan.fmt, timeout=120000)
    expected = own.with_suffix(".onnx") if plan.fmt == "onnx" else own.with_name("best_openvino_model")
    assert expected.exists() and page.detector.path == expected
    assert plan.fmt in page.model_label.text()
    why = {"no-data": "data.yaml", "no-nncf": "nncf", "no-openvino": "install openvino"}[plan.reason]
    assert why in page.model_label.toolTip() and why in page.banner.text()   # it says why this backend
    assert "\n" not in page.model_label.text()  # one short line: the panel keeps its height
    assert plan.fmt in page.status.text()      # the status line names the new backend at once


@pytest.mark.slow
def test_export_for_cpu_with_the_runs_data_yaml_is_int8(qtbot, page, model_path, tmp_path):
    data = tiny_dataset.make_dataset(tmp_path / "数据 集", n=4, val=2)
    own = tmp_path / "运行" / "weights" / "best.pt"
    own.parent.mkdir(parents=True)
    shutil.copy(model_path, own)
    (own.parent.parent / "args.yaml").write_text(f"data: {data}\nimgsz: 64\n", encoding="utf-8")
    _load(qtbot, page, own)
    page.export_onnx()                         # the old name, as the main window's Train > Export calls it
    qtbot.waitUntil(lambda: page.detector.path.name == "best_int8_openvino_model", timeout=120000)
    assert "openvino INT8" in page.model_label.text() and str(data) in page.model_label.toolTip()
    # Ultralytics' ">300 images recommended" reaches the page, in the user's words
    assert "INT8 calibration used only" in page.banner.text() and "300" in page.banner.text()


def test_image_size_follows_the_models_training_size(qtbot, page, model_path):
    page.controls.set_imgsz(320)
    _load(qtbot, page, model_path)
    assert page.detector.train_imgsz == 64 and page.controls.imgsz == 64
    page.controls.set_imgsz(160)               # the user can still choose another size
    assert page.controls.imgsz == 160 and page.controls.size_combo.isEnabled()


def test_another_size_than_the_exports_runs_the_pt(qtbot, page, model_path, tmp_path):
    pytest.importorskip("onnxruntime")
    own = tmp_path / "best.pt"
    shutil.copy(model_path, own)
    _load(qtbot, page, own)
    page.export_btn.click()
    qtbot.waitUntil(lambda: page.detector.backend != "pytorch", timeout=120000)
    size = page.controls.fixed_imgsz
    assert size == 64 and page.controls.size_combo.isEnabled() and page.controls.size_note.isVisibleTo(page)
    busy = []
    page.controls.size_combo.setCurrentText("96")
    busy.append(page.model_busy.isVisibleTo(page))
    qtbot.waitUntil(lambda: page.detector.backend == "pytorch", timeout=TIMEOUT)
    assert busy == [True] and not page.model_busy.isVisibleTo(page)
    assert page.controls.imgsz == 96 and not page.controls.size_note.isVisibleTo(page)
    assert "pytorch" in page.status.text()


def test_image_folder_starts_paused_and_steps(qtbot, page, project):
    page.open_source(str(project.root))
    qtbot.waitUntil(lambda: page.frame is not None, timeout=TIMEOUT)
    assert page.playback.paused and page.frame.index == 0
    assert page.frame.path.name == "img_000.jpg"
    page.step()
    qtbot.waitUntil(lambda: page.frame.index == 1, timeout=TIMEOUT)


def test_shortcuts(qtbot):
    page = PreviewPage(Settings())
    qtbot.addWidget(page)
    keys = {name: [s.toString() for s in act.shortcuts()] for name, act in page.actions.items()}
    assert keys == {"pause": ["Space"], "step": ["Right", "."], "capture": ["C"], "snapshot": ["S"]}
    page.shutdown()


def test_keys_pause_step_and_snapshot(qtbot, page, video, project):
    from PySide6.QtCore import Qt

    page.set_project(project)
    page.open_source(str(video))
    qtbot.waitUntil(lambda: page.frame is not None, timeout=TIMEOUT)
    page.activateWindow()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert page.playback.paused
    _settled(qtbot, page)
    index = page.frame.index
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: page.frame.index == index + 1, timeout=TIMEOUT)
    qtbot.keyClick(page.view, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: page.frame.index == index + 2, timeout=TIMEOUT)
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    assert list((project.root / "runs" / "preview").glob("snapshot_*.jpg"))
    with qtbot.waitSignal(page.captured, timeout=TIMEOUT) as got:
        qtbot.keyClick(page.view, Qt.Key.Key_C)
    assert got.args[1] == []                               # no model: an image without suggestions
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert not page.playback.paused


def test_one_image_then_sliders_rerun_the_model(qtbot, page, model_path, project):
    _load(qtbot, page, model_path)
    page.controls.set_conf(0.001)
    page.open_source(str(project.images[0]))
    qtbot.waitUntil(lambda: bool(page.stream_message), timeout=TIMEOUT)
    assert "One image" in page.stream_message and page.frame is not None
    page.controls.set_conf(0.999)
    qtbot.waitUntil(lambda: page._redetect_job is None and page.view.detections == [], timeout=TIMEOUT)
    page.controls.set_conf(0.001)
    qtbot.waitUntil(lambda: page._redetect_job is None and len(page.view.detections) > 0, timeout=TIMEOUT)


def test_live_settings_are_remembered(qtbot, tmp_path):
    """Through the settings file on disk, as between two runs of the app."""
    file = tmp_path / "settings.json"
    page = PreviewPage(Settings.load(file))
    qtbot.addWidget(page)
    page.controls.set_conf(0.4)
    page.controls.set_iou(0.5)
    page.controls.set_imgsz(320)
    page.controls.show_labels.setChecked(False)
    page.shutdown()
    page.settings.save(file)
    again = PreviewPage(Settings.load(file))
    qtbot.addWidget(again)
    assert (again.controls.conf, again.controls.iou, again.controls.imgsz) == (0.4, 0.5, 320)
    assert not again.controls.show_labels.isChecked() and again.controls.show_conf.isChecked()
    again.controls.set_conf(0.3)
    again.shutdown()
    again.settings.save(file)
    assert Settings.load(file).preview["conf"] == 0.3


class _Frames:
    """A plain every-frame source of numbered frames, as the core's sources behave."""

    kind = "video"
    dropped = 0

    def __init__(self, n):
        from workbench.inference.frame_sources import Frame

        self.items = [Frame(np.zeros((4, 4, 3), np.uint8), i, 0.0) for i in range(n)]
        self.frame_count = n
        self.ended = False

    def read_latest(self, timeout=1.0):
        if not self.items:
            self.ended = True
            return None
        return self.items.pop(0)

    def close(self):
        self.ended = True


def test_playback_pauses_steps_and_keeps_the_video_clock():
    import time

    from workbench.ui.preview_playback import Playback

    pb = Playback(_Frames(100), fps=50.0, paused=True)
    assert pb.read_latest(0.05) is None                   # paused: nothing
    pb.step()
    assert pb.read_latest(0.05).index == 0                # one step, one frame
    assert pb.read_latest(0.05) is None
    pb.resume()
    t = time.monotonic()
    got = [pb.read_latest(0.5).index for _ in range(5)]
    assert got == [1, 2, 3, 4, 5] and time.monotonic() - t >= 0.07   # paced at 50 FPS
    time.sleep(0.2)                                       # a slow consumer: late frames are skipped
    nxt = pb.read_latest(0.5).index
    assert nxt >= 12 and pb.dropped == nxt - 6
    pb.pause()
    assert pb.read_latest(0.05) is None
