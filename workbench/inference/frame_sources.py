"""Frame sources for the preview: a camera, a video file, an image folder or one image (no Qt).

Each source reads frames in its own capture thread (plain ``threading``; the GUI wraps it)
and keeps only what the consumer needs:

* live sources (a camera, or a video played in real time) keep **only the newest frame**: a
  slow consumer gets the latest frame and the older ones are counted in :attr:`dropped`, so
  latency never builds up;
* sources read for processing (folders, images, a video with ``realtime=False``) hand over
  **every frame** in order; the capture thread decodes one frame ahead.

Errors are :class:`SourceError` with a message for the user. A camera that stops delivering
raises :class:`SourceDisconnected` from :meth:`FrameSource.read_latest`: a distinct state the
caller can recover from with :meth:`CameraSource.reconnect`.

``cv2`` is imported inside the functions that need it.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..images import ImageError, decode, is_image_name, list_image_paths

# What a file dialog offers as videos (open_source tries any non-image file as a video)
VIDEO_SUFFIXES = frozenset({"avi", "mp4", "mov", "mkv", "m4v", "webm", "wmv", "mpg", "mpeg", "ts", "asf"})
# Consecutive failed reads before a camera counts as disconnected (USB hiccups fail one read)
_CAMERA_FAILURES = 10


class SourceError(Exception):
    """A source cannot be opened or read; the message names it and says what to do."""


class SourceDisconnected(SourceError):
    """A camera stopped delivering frames (unplugged, taken by another app); try ``reconnect()``."""


@dataclass(frozen=True)
class Frame:
    """One captured frame."""

    image: object            # HxWx3 BGR uint8 numpy array, as captured (raw)
    index: int               # 0-based frame number in the source
    time: float              # time.monotonic() when it was captured
    path: Path | None = None  # the image file, for folder and image sources


@dataclass(frozen=True)
class CameraInfo:
    """A camera that opened and delivered a frame."""

    index: int
    width: int
    height: int

    def __str__(self) -> str:
        return f"Camera {self.index} ({self.width}x{self.height})"


def _cv2():
    import cv2

    return cv2


def _video_path_arg(path: Path) -> str:
    """A path string OpenCV's video backends can open (there is no bytes API for video)."""
    s = str(path)
    if sys.platform == "win32" and not s.isascii():
        # OpenCV opens files with the ANSI API on Windows: the 8.3 short name is ASCII
        try:
            import ctypes

            buf = ctypes.create_unicode_buffer(32768)
            if ctypes.windll.kernel32.GetShortPathNameW(s, buf, len(buf)):
                return buf.value
        except (OSError, AttributeError):
            pass
    return s


class FrameSource:
    """Base class: a capture thread feeding :meth:`read_latest`.

    Subclasses implement ``_open()`` (synchronous, may raise :class:`SourceError`), ``_read()``
    (next image, or None at the end; may raise) and ``_release()``.
    """

    kind = "source"
    keep_latest = False      # True: drop stale frames (live); False: hand over every frame

    def __init__(self, name: str):
        self.name = name
        self.fps = 0.0               # frames per second the source delivers (nominal when known)
        self.frame_index = -1        # index of the last frame handed out by read_latest
        self.frame_count: int | None = None   # frames in a video/folder, when known
        self.dropped = 0             # frames replaced before anyone read them
        self.ended = False           # no more frames will come
        self.message = ""            # why it ended, when that is worth telling
        self._error: SourceError | None = None
        self._cond = threading.Condition()
        self._slot: Frame | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._next_index = 0

    # -- consumer side -------------------------------------------------------------------
    def read_latest(self, timeout: float = 1.0) -> Frame | None:
        """The newest frame not returned before, waiting up to ``timeout`` seconds.

        Returns None when no new frame came in time or the source has ended (:attr:`ended`).
        Raises :class:`SourceDisconnected` when a camera stopped, :class:`SourceError` when
        reading failed.
        """
        with self._cond:
            if self._slot is None and not self._finished():
                self._cond.wait_for(lambda: self._slot is not None or self._finished(), timeout)
            frame, self._slot = self._slot, None
            if frame is None:
                if self._error is not None:
                    raise self._error
                return None
            self.frame_index = frame.index
            self._cond.notify_all()    # a waiting every-frame producer may go on
            return frame

    def frames(self, timeout: float = 5.0):
        """Iterate over frames until the source ends (raises like :meth:`read_latest`)."""
        while True:
            frame = self.read_latest(timeout)
            if frame is not None:
                yield frame
            elif self.ended:
                return

    def close(self) -> None:
        """Stop the capture thread and release the device or file (safe to call twice)."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(5.0)
        self._release()
        with self._cond:
            self.ended = True
            self._cond.notify_all()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- producer side -------------------------------------------------------------------
    def _finished(self) -> bool:
        return self.ended or self._error is not None

    def _start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._capture_loop, name=f"workbench-capture-{self.kind}",
                                        daemon=True)
        self._thread.start()

    def _capture_loop(self) -> None:
        try:
            while not self._stop.is_set():
                image, path = self._read()
                if image is None:
                    break
                self._put(Frame(image, self._next_index, time.monotonic(), path))
                self._next_index += 1
        except SourceError as e:
            with self._cond:
                self._error = e
        except Exception as e:  # noqa: BLE001 - a decoder crash must reach the user as a message
            with self._cond:
                self._error = SourceError(f"{self.name}: reading stopped ({type(e).__name__}: {e})")
        finally:
            with self._cond:
                if self._error is None:
                    self.ended = True
                self._cond.notify_all()

    def _put(self, frame: Frame) -> None:
        with self._cond:
            if not self.keep_latest:
                self._cond.wait_for(lambda: self._slot is None or self._stop.is_set())
                if self._stop.is_set():
                    return
            elif self._slot is not None:
                self.dropped += 1
            self._slot = frame
            self._cond.notify_all()

    def _read(self):
        raise NotImplementedError

    def _release(self) -> None:
        pass


class VideoSource(FrameSource):
    """A video file. ``realtime=True`` plays it at its frame rate keeping only the newest frame
    (what a preview wants); ``realtime=False`` hands over every frame as fast as it is consumed."""

    kind = "video"

    def __init__(self, path: str | os.PathLike, realtime: bool = True):
        self.path = Path(path)
        super().__init__(str(self.path))
        self.keep_latest = realtime
        self._cap = None
        self._t0 = 0.0
        self._open()
        self._start()

    def _open(self) -> None:
        cv2 = _cv2()
        if not self.path.is_file():
            raise SourceError(f"{self.path}: no such video file")
        cap = cv2.VideoCapture(_video_path_arg(self.path))
        ok, first = cap.read() if cap.isOpened() else (False, None)
        if not ok or first is None:
            cap.release()
            raise SourceError(f"{self.path}: not a video OpenCV can read (corrupt, empty or an "
                              "unsupported codec); convert it to MP4 (H.264) or MJPG AVI")
        self._cap = cap
        self._first = first
        fps = cap.get(cv2.CAP_PROP_FPS)
        self.fps = float(fps) if fps and 0 < fps < 1000 else 30.0
        n = int(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
        self.frame_count = n if n > 0 else None

    def _read(self):
        if self._first is not None:
            image, self._first = self._first, None
            self._t0 = time.monotonic()
            return image, None
        if self.keep_latest:
            # A played video keeps its own clock: frame i is due at t0 + i / fps
            due = self._t0 + self._next_index / self.fps
            delay = due - time.monotonic()
            if delay > 0 and self._stop.wait(delay):
                return None, None
        ok, image = self._cap.read()
        if not ok or image is None:
            if self.frame_count and self._next_index < self.frame_count - 1:
                self.message = (f"{self.path}: the video ended at frame {self._next_index} of "
                                f"{self.frame_count}; the file may be damaged")
            return None, None
        return image, None

    def _release(self) -> None:
        if self._cap is not None:
            self._cap.release()


class CameraSource(FrameSource):
    """A webcam by device index, or a video path standing in for one (tests, recorded clips).

    Always live: only the newest frame is kept. A camera that stops delivering (or a stand-in
    video that ends) raises :class:`SourceDisconnected` from :meth:`read_latest`.
    """

    kind = "camera"
    keep_latest = True

    def __init__(self, device: int | str | os.PathLike = 0, width: int | None = None,
                 height: int | None = None):
        self.device = device
        self.size_request = (width, height)
        name = f"camera {device}" if isinstance(device, int) else str(device)
        super().__init__(name)
        self._cap = None
        self._t0 = 0.0
        self._is_file = not isinstance(device, int)
        self._open()
        self._start()

    def _open(self) -> None:
        cv2 = _cv2()
        if self._is_file:
            path = Path(self.device)
            if not path.is_file():
                raise SourceError(f"{path}: no such video file")
            cap = cv2.VideoCapture(_video_path_arg(path))
        else:
            cap = cv2.VideoCapture(int(self.device))
        if cap.isOpened():
            w, h = self.size_request
            if w and h:
                cap.set(cv2.CAP_PROP_FRAME_WIDTH, int(w))
                cap.set(cv2.CAP_PROP_FRAME_HEIGHT, int(h))
        ok, first = cap.read() if cap.isOpened() else (False, None)
        if not ok or first is None:
            cap.release()
            raise SourceError(f"{self.name}: no camera there, or it gives no picture; check that it is "
                              "plugged in and not used by another program, or pick another camera")
        self._cap, self._first = cap, first
        fps = cap.get(cv2.CAP_PROP_FPS)
        self.fps = float(fps) if fps and 0 < fps < 1000 else 30.0
        self.width, self.height = first.shape[1], first.shape[0]

    def _read(self):
        if self._first is not None:
            image, self._first = self._first, None
            self._t0 = time.monotonic() - self._next_index / self.fps
            return image, None
        if self._is_file:
            # a recorded clip delivers frames at the camera's pace, not as fast as it decodes
            delay = self._t0 + self._next_index / self.fps - time.monotonic()
            if delay > 0 and self._stop.wait(delay):
                return None, None
        failures = 0
        while not self._stop.is_set():
            ok, image = self._cap.read()
            if ok and image is not None:
                return image, None
            failures += 1
            if self._is_file or failures >= _CAMERA_FAILURES:
                raise SourceDisconnected(f"{self.name}: the camera stopped sending pictures "
                                         "(unplugged or taken by another program); reconnect it and "
                                         "press Start again")
            time.sleep(0.05)
        return None, None

    def reconnect(self) -> None:
        """Open the camera again after :class:`SourceDisconnected` (raises :class:`SourceError`)."""
        self.close()
        with self._cond:
            self._error = None
            self.ended = False
            self._slot = None
        self._open()
        self._start()

    def _release(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class ImageFolderSource(FrameSource):
    """Every image of a folder (recursively, naturally sorted) or one image, in order.

    An image that cannot be decoded is skipped and named in :attr:`skipped`.
    """

    kind = "folder"

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        super().__init__(str(self.path))
        if self.path.is_dir():
            self._paths = list_image_paths(self.path)[0]
            if not self._paths:
                raise SourceError(f"{self.path}: no images in this folder (JPEG, PNG, BMP, TIFF, WebP)")
        elif self.path.is_file():
            self.kind = "image"
            self._paths = [str(self.path)]
            try:
                self._first = decode(self.path)
            except ImageError as e:
                raise SourceError(str(e)) from e
        else:
            raise SourceError(f"{self.path}: no such file or folder")
        self.frame_count = len(self._paths)
        self.skipped: list[str] = []
        self._pos = 0
        self._start()

    def _read(self):
        while self._pos < len(self._paths):
            p = self._paths[self._pos]
            self._pos += 1
            if self.kind == "image":
                return self._first, Path(p)
            try:
                return decode(p), Path(p)
            except ImageError as e:
                self.skipped.append(str(e))
        return None, None


def open_source(spec, realtime: bool = True, width: int | None = None,
                height: int | None = None) -> FrameSource:
    """Open a frame source from what the user chose; raises :class:`SourceError`.

    ``spec``: a camera index (``0`` or ``"0"``), a video file, an image folder or one image.
    ``realtime`` applies to video files (play at their frame rate keeping only the newest
    frame; False: every frame in order). ``width``/``height`` request a camera resolution.
    """
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        return CameraSource(int(spec), width, height)
    path = Path(spec)
    if path.is_dir():
        return ImageFolderSource(path)
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if is_image_name(path.name):
        return ImageFolderSource(path)
    # anything else is tried as a video: OpenCV knows more containers than any list here,
    # and VideoSource says clearly when it cannot read one
    return VideoSource(path, realtime=realtime)


def list_cameras(max_index: int = 5, timeout: float = 3.0) -> list[CameraInfo]:
    """Cameras among indices ``0..max_index-1`` that open and deliver a frame.

    Never hangs: each index is probed in its own daemon thread and the whole search gives
    up after ``timeout`` seconds (some drivers block for long on a missing device). On Linux
    indices without a ``/dev/videoN`` are not probed at all.
    """
    found: dict[int, CameraInfo] = {}
    lock = threading.Lock()

    def probe(i: int) -> None:
        try:
            cv2 = _cv2()
            cap = cv2.VideoCapture(i)
            try:
                ok, frame = cap.read() if cap.isOpened() else (False, None)
            finally:
                cap.release()
            if ok and frame is not None:
                with lock:
                    found[i] = CameraInfo(i, frame.shape[1], frame.shape[0])
        except Exception:  # noqa: BLE001 - a camera that errors is a camera that is not there
            pass

    indices = range(max_index)
    if sys.platform.startswith("linux"):
        indices = [i for i in indices if os.path.exists(f"/dev/video{i}")]
    threads = [threading.Thread(target=probe, args=(i,), daemon=True) for i in indices]
    for t in threads:
        t.start()
    deadline = time.monotonic() + timeout
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    with lock:
        return [found[i] for i in sorted(found)]
