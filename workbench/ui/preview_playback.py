"""Pause, step and real-time pacing in front of a frame source (no Qt; used by the Preview page).

The core's sources either keep only the newest frame (camera) or hand over every frame in order
(a video read with ``realtime=False``, an image folder). :class:`Playback` wraps one and looks
like a source to ``LiveRunner``:

* paused, it hands out nothing, except one frame per :meth:`Playback.step`;
* for a video it keeps the video's clock: a frame is not handed out before its time, and frames
  whose time has passed are skipped (counted in ``dropped``) so the picture never lags; after a
  pause the clock restarts at the current frame. That is why videos are opened with
  ``realtime=False``: the source's own clock cannot pause.
"""
from __future__ import annotations

import threading
import time


class Playback:
    """A frame source with pause/step and optional pacing at ``fps`` (see the module docstring).

    ``skip_late=False`` (image folders) paces without skipping: every image is shown.
    """

    def __init__(self, source, fps: float | None = None, paused: bool = False, skip_late: bool = True):
        self.source = source
        self.fps = fps if fps and fps > 0 else None
        self.skip_late = skip_late     # False for image folders: every image is shown
        self.kind = getattr(source, "kind", "source")
        self.ended = False
        self.skipped = 0
        self._paused = paused
        self._credits = 0
        # For whoever must know that nothing is on its way to the screen (tests, a settled pause):
        self.handed_out = -1           # index of the last frame handed out
        self.holding = False           # a reader is waiting in the pause with no step to take
        self._t0: float | None = None
        self._cond = threading.Condition()

    # -- what LiveRunner reads -------------------------------------------------------------
    @property
    def dropped(self) -> int:
        return self.source.dropped + self.skipped

    @property
    def paused(self) -> bool:
        return self._paused

    def read_latest(self, timeout: float = 1.0):
        """The next frame to show, or None (paused, nothing new in ``timeout``, or ended)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            if not self._take_turn(deadline):
                return None
            stepping = self._paused
        while True:
            frame = self.source.read_latest(max(0.0, deadline - time.monotonic()))
            if frame is None:
                if self.source.ended:
                    self.ended = True
                with self._cond:
                    if stepping:
                        self._credits += 1   # the step was not used; keep it
                return None
            if self.fps is None or stepping:
                self.handed_out = frame.index
                return frame
            now = time.monotonic()
            if self._t0 is None:
                self._t0 = now - frame.index / self.fps
            due = self._t0 + frame.index / self.fps
            if self.skip_late and now - due > 1.0 / self.fps and not self._last_one(frame):
                self.skipped += 1         # late: a newer frame is due, decoding it is cheaper than lag
                continue
            if due > now:
                time.sleep(min(due - now, 1.0))
            self.handed_out = frame.index
            return frame

    def _last_one(self, frame) -> bool:
        count = getattr(self.source, "frame_count", None)
        return self.source.ended or (count is not None and frame.index >= count - 1)

    def _take_turn(self, deadline: float) -> bool:
        """Under the lock: may a frame be handed out now? Waits while paused without a step."""
        if not self._paused:
            return True
        self.holding = self._credits == 0
        try:
            self._cond.wait_for(lambda: not self._paused or self._credits > 0,
                                max(0.0, deadline - time.monotonic()))
        finally:
            self.holding = False
        if not self._paused:
            return True
        if self._credits > 0:
            self._credits -= 1
            return True
        return False

    # -- controls (any thread) -----------------------------------------------------------
    def pause(self) -> None:
        with self._cond:
            self._paused = True
            self._credits = 0
            self._cond.notify_all()

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._t0 = None        # the clock restarts at the next frame
            self._cond.notify_all()

    def step(self) -> None:
        """While paused: let exactly one more frame through."""
        with self._cond:
            if self._paused:
                self._credits = 1
                self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._cond.notify_all()
        self.source.close()
