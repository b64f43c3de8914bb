"""Frame sources on real generated files: a video stands in for the webcam."""
from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np
import pytest
import tiny_dataset

from workbench.inference.frame_sources import (CameraSource, SourceDisconnected, SourceError, list_cameras,
                                     open_source)


def make_video(path: Path, n: int = 45, fps: float = 30.0, size=(160, 120)) -> Path:
    """An MJPG .avi of tiny_dataset samples; frame i has i encoded in its top-left pixel block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    w = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    assert w.isOpened()
    rng = np.random.default_rng(1)
    for i in range(n):
        im = cv2.resize(np.asarray(tiny_dataset.draw_sample(rng)[0])[:, :, ::-1], size)
        im[:8, :8] = (i * 5) % 256
        w.write(np.ascontiguousarray(im))
    w.release()
    return path


@pytest.fixture(scope="module")
def video(tmp_path_factory) -> Path:
    return make_video(tmp_path_factory.mktemp("vid") / "视频 一.avi")


def wait_for(condition, timeout: float = 20.0, what: str = "") -> None:
    """Poll ``condition`` until it holds (the event), failing after a generous ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what or condition}"
        time.sleep(0.01)


def test_camera_stand_in_keeps_only_the_newest_frame(video):
    with CameraSource(video) as cam:
        first = cam.read_latest(timeout=10)
        assert first is not None and first.index == 0
        # a slow consumer: wait until several frames were replaced unread (the event, not a time)
        wait_for(lambda: cam.dropped >= 5, what="5 dropped frames")
        produced = cam.dropped + 1                     # frames captured after the first, at least
        newest = cam.read_latest(timeout=10)
        assert newest.index >= first.index + produced   # the newest, not the next of a backlog
        assert cam.dropped >= newest.index - first.index - 1
        assert cam.frame_index == newest.index
        assert cam.read_latest(timeout=10).index > newest.index


def test_camera_that_stops_is_a_distinct_recoverable_state(video):
    cam = CameraSource(video)
    try:
        with pytest.raises(SourceDisconnected, match="stopped sending"):
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                cam.read_latest(timeout=0.5)
        cam.reconnect()
        assert cam.read_latest(timeout=2) is not None
    finally:
        cam.close()


def test_video_hands_over_every_frame_in_order(video):
    src = open_source(str(video), realtime=False)
    frames = list(src.frames())
    src.close()
    assert [f.index for f in frames] == list(range(45))
    assert src.ended and src.dropped == 0 and src.fps == pytest.approx(30, abs=1)
    assert frames[0].image.shape == (120, 160, 3)


def test_played_video_keeps_its_clock(video):
    src = open_source(video)             # realtime: 30 fps, so 45 frames take ~1.5 s
    t = time.monotonic()
    got = [f.index for f in src.frames()]
    src.close()
    assert time.monotonic() - t > 1.0
    assert got == sorted(got) and got[-1] == 44


def test_bad_sources_have_clear_messages(tmp_path, video):
    with pytest.raises(SourceError, match="no such"):
        open_source(tmp_path / "missing.mp4")
    bad = tmp_path / "坏.mp4"
    bad.write_bytes(b"this is not a video" * 100)
    with pytest.raises(SourceError, match="not a video"):
        open_source(bad)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SourceError, match="no images"):
        open_source(empty)
    t = time.monotonic()
    with pytest.raises(SourceError, match="camera"):
        open_source("97")
    assert time.monotonic() - t < 10


def test_truncated_video_ends_without_crash(tmp_path, video):
    """Half a video: the frames that are there, in order, then an end that says the file is damaged."""
    cut = tmp_path / "剪 断.avi"
    data = video.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    src = open_source(cut, realtime=False)
    frames = list(src.frames())
    src.close()
    assert 10 < len(frames) < 45 and src.ended
    assert [f.index for f in frames] == list(range(len(frames)))
    assert str(cut) in src.message and "damaged" in src.message and f"{len(frames)} of 45" in src.message


def test_folder_source_gives_every_image_and_names_the_unreadable(tmp_path):
    folder = tiny_dataset.make_project(tmp_path / "图片 集", n=5)
    (folder / "broken.jpg").write_bytes(b"\xff\xd8 not really")
    src = open_source(folder)
    frames = list(src.frames())
    src.close()
    assert [f.path.name for f in frames] == [f"img_{i:03d}.jpg" for i in range(5)]
    assert len(src.skipped) == 1 and "broken.jpg" in src.skipped[0]
    one = open_source(folder / "img_002.jpg")
    assert [f.path.name for f in one.frames()] == ["img_002.jpg"]
    assert one.kind == "image"


def test_list_cameras_never_hangs(monkeypatch):
    """A driver that blocks forever on one index (as some do for a missing device) does not
    block the search: the cameras that answer are listed while that probe is still stuck."""
    import os
    import threading

    import cv2

    release = threading.Event()
    stuck = threading.Event()

    class FakeCapture:                                 # the boundary: OpenCV's device access
        def __init__(self, index):
            self.index = index
            if index == 1:
                stuck.set()
                release.wait()                         # hangs until the test lets it go

        def isOpened(self):
            return self.index == 0

        def read(self):
            return True, np.zeros((48, 64, 3), np.uint8)

        def release(self):
            pass

    real_exists = os.path.exists
    monkeypatch.setattr(cv2, "VideoCapture", FakeCapture)
    monkeypatch.setattr(os.path, "exists", lambda p: str(p).startswith("/dev/video") or real_exists(p))
    try:
        # generous: the answering probe must finish within it even on a busy machine
        cams = list_cameras(max_index=3, timeout=3.0)
        assert stuck.wait(30) and not release.is_set()   # it returned while probe 1 was still hanging
        assert [(c.index, c.width, c.height) for c in cams] == [(0, 64, 48)]
    finally:
        release.set()
