"""What the Preview page writes: snapshots (JPEG) and recordings of the annotated stream (MJPG AVI).

No Qt here; ``cv2`` is imported when something is written. A snapshot is written atomically; a
recording goes to a hidden temporary file in the same folder and is renamed at the end, so a
crash never leaves a half-written file under the name the user was told.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from ..labels import atomic_write_bytes
from ..inference.prelabel import unique_path


def stamp() -> str:
    """A sortable local time stamp with milliseconds, for file names."""
    now = time.time()
    return time.strftime("%Y%m%d_%H%M%S", time.localtime(now)) + f"_{int(now * 1000) % 1000:03d}"


def save_snapshot(folder: str | os.PathLike, image_bgr) -> Path:
    """Write ``image_bgr`` as ``folder/snapshot_<time>.jpg`` (atomic); returns the path."""
    import cv2

    folder = Path(folder)
    ok, buf = cv2.imencode(".jpg", image_bgr, [cv2.IMWRITE_JPEG_QUALITY, 95])
    if not ok:
        raise ValueError("the frame could not be encoded as JPEG")
    folder.mkdir(parents=True, exist_ok=True)
    path = unique_path(folder, f"snapshot_{stamp()}", ".jpg")
    atomic_write_bytes(path, buf.tobytes())
    return path


class Recorder:
    """Writes frames to ``path`` (MJPG AVI); the writer opens on the first frame (its size).

    Frames of another size than the first are scaled to it (a camera may change resolution).
    :meth:`close` renames the finished file into place and returns it (None if no frame came).
    """

    def __init__(self, path: str | os.PathLike, fps: float = 15.0):
        self.path = Path(path)
        self.fps = fps
        self.frames = 0
        self._tmp = self.path.with_name(f".~{self.path.stem}{self.path.suffix or '.avi'}")
        self._writer = None
        self._size: tuple[int, int] | None = None

    def write(self, image_bgr) -> None:
        """Append one BGR frame."""
        import cv2

        h, w = image_bgr.shape[:2]
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = cv2.VideoWriter(str(self._tmp), cv2.VideoWriter_fourcc(*"MJPG"), self.fps, (w, h))
            if not self._writer.isOpened():
                self._writer = None
                raise OSError(f"{self.path}: cannot write a video there; choose another folder")
            self._size = (w, h)
        elif (w, h) != self._size:
            image_bgr = cv2.resize(image_bgr, self._size)
        self._writer.write(image_bgr)
        self.frames += 1

    def close(self) -> Path | None:
        """Finish the file; returns its path, or None when nothing was recorded."""
        if self._writer is None:
            return None
        self._writer.release()
        self._writer = None
        os.replace(self._tmp, self.path)
        return self.path
