"""Live preview: a detector in its own thread over a frame source, newest frame first (no Qt).

Re-exported by :mod:`workbench.inference` (``from workbench.inference import LiveRunner`` keeps
working). See that module's docstring for how the Preview page uses it.
"""
from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detectors import Detector
    from .types import Detection


@dataclass
class LiveSettings:
    """What the user can change while the preview runs."""

    conf: float = 0.25
    iou: float = 0.7
    imgsz: int = 640
    classes: list[int] | None = None    # model class ids to keep; None keeps all


@dataclass(frozen=True)
class LiveResult:
    """One processed frame: the frame, its detections and how long it took."""

    frame: object                       # a workbench.inference.frame_sources.Frame
    detections: list[Detection]
    latency_ms: float                   # model time for this frame
    age_ms: float                       # capture to result: what the user waits for
    fps: float                          # processed frames per second (last ~2 s)
    dropped: int = 0                    # frames the source replaced before inference took them


@dataclass
class _Rate:
    times: collections.deque = field(default_factory=lambda: collections.deque(maxlen=60))

    def tick(self, t: float) -> float:
        self.times.append(t)
        while len(self.times) > 2 and t - self.times[0] > 2.0:
            self.times.popleft()
        if len(self.times) < 2:
            return 0.0
        return (len(self.times) - 1) / max(1e-9, self.times[-1] - self.times[0])


class LiveRunner:
    """Runs ``detector`` on the newest frame of ``source`` in its own thread.

    The capture thread (inside the source) and this inference thread never wait for the GUI:
    the newest :class:`LiveResult` replaces the previous one, so latency never builds up.
    ``on_result(result)`` is called from the inference thread (a GUI wraps it in a signal);
    :meth:`latest` polls instead. Settings change live with :meth:`update`. When the source
    ends, disconnects or the model fails, the thread stops and :attr:`error` holds the
    exception (``None`` for a clean end).
    """

    def __init__(self, source, detector: Detector, settings: LiveSettings | None = None,
                 on_result: Callable[[LiveResult], None] | None = None):
        self.source = source
        self.detector = detector
        self.settings = settings or LiveSettings()
        self.on_result = on_result
        self.error: Exception | None = None
        self.processed = 0
        self._latest: LiveResult | None = None
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._rate = _Rate()

    def start(self) -> "LiveRunner":
        """Start the inference thread (returns self)."""
        self._thread = threading.Thread(target=self._run, name="workbench-inference", daemon=True)
        self._thread.start()
        return self

    def update(self, **changes) -> None:
        """Change settings (``conf``, ``iou``, ``imgsz``, ``classes``); the next frame uses them."""
        self.settings = replace(self.settings, **changes)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def latest(self, timeout: float = 0.0) -> LiveResult | None:
        """The newest result not returned before, waiting up to ``timeout`` s; None if none."""
        with self._cond:
            if self._latest is None and timeout > 0:
                self._cond.wait_for(lambda: self._latest is not None or not self.running, timeout)
            res, self._latest = self._latest, None
            return res

    def join(self, timeout: float | None = None) -> None:
        """Wait until the thread ends (the source ended or :meth:`stop` was called)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def stop(self, close_source: bool = False) -> None:
        """Stop the inference thread (and close the source when asked)."""
        self._stop.set()
        self.join(5.0)
        if close_source:
            self.source.close()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                frame = self.source.read_latest(timeout=0.2)
                if frame is None:
                    if self.source.ended:
                        break
                    continue
                s = self.settings
                dets = self.detector.predict(frame.image, conf=s.conf, iou=s.iou, imgsz=s.imgsz,
                                             classes=s.classes)
                now = time.monotonic()
                self.processed += 1
                res = LiveResult(frame, dets, self.detector.last_latency_ms, (now - frame.time) * 1000,
                                 self._rate.tick(now), self.source.dropped)
                with self._cond:
                    self._latest = res
                    self._cond.notify_all()
                if self.on_result is not None:
                    self.on_result(res)
        except Exception as e:  # noqa: BLE001 - handed to the caller, who shows it
            self.error = e
        finally:
            with self._cond:
                self._cond.notify_all()
