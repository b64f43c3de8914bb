"""Decode images off the GUI thread, scaled first, and keep the neighbours ready.

QImageReader releases the GIL while it decodes, so two pool threads decode the next
images while the user labels this one. A scaled "preview" decode (JPEG DCT scaling) is
what the canvas shows first; the full-resolution decode is asked for only when the user
stays on an image, so stepping through 12 MP photos with D stays fast.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QTransform

PREVIEW_SIDE = 1600
# Qt refuses to allocate images over its allocation limit (256 MB by default). Full
# decodes past this many pixels are skipped: the preview is shown and labels stay exact.
MAX_FULL_PIXELS = 60_000_000


@dataclass(frozen=True)
class Decoded:
    """A decoded image: ``image`` may be smaller than the upright ``width`` x ``height``."""

    path: str
    image: QImage
    width: int
    height: int
    full: bool


def _exif_orientation(path: str) -> int:
    """EXIF orientation of a PNG/WebP (Qt ignores it there, OpenCV and Ultralytics apply it)."""
    if not path.lower().endswith((".png", ".webp")):
        return 1
    from PIL import Image  # header only; PIL is already a dependency of ultralytics

    try:
        with Image.open(path) as im:
            return int(im.getexif().get(274, 1) or 1)
    except Exception:  # unreadable EXIF: shown as stored, like Ultralytics does
        return 1


def upright_size(reader: QImageReader, orientation: int = 1) -> QSize:
    """Stored size with the EXIF rotation applied (what the user and Ultralytics see)."""
    size = reader.size()
    rotated = (reader.autoTransform() and
               reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    if rotated or orientation in (5, 6, 7, 8):
        size = size.transposed()
    return size


def _apply_orientation(image: QImage, orientation: int) -> QImage:
    """Apply an EXIF orientation (PIL's exif_transpose) to an image Qt left as stored."""
    rotate = {3: 180, 5: 90, 6: 90, 7: 270, 8: 270}.get(orientation)
    if rotate:
        image = image.transformed(QTransform().rotate(rotate))
    if orientation in (2, 5, 7):
        image = image.flipped(Qt.Orientation.Horizontal)
    elif orientation == 4:
        image = image.flipped(Qt.Orientation.Vertical)
    return image


def _reader(path: str) -> QImageReader:
    """A reader of ``path``. Qt turns a file name into UTF-8 and drops bytes that are not
    (Linux allows them; Python keeps them as lone surrogates), so such a file is read by
    Python and handed to Qt as bytes; the buffer lives as long as the reader."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            with open(path, "rb") as f:
                buf = QBuffer()
                buf.setData(QByteArray(f.read()))
        except OSError:
            return QImageReader(path)   # fails like any unreadable file, with Qt's message
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buf)
        reader.keep_alive = buf
        return reader
    return QImageReader(path)


def image_size(path: str) -> QSize:
    """Upright size from the header (invalid QSize when unreadable)."""
    reader = _reader(path)
    reader.setAutoTransform(True)
    return upright_size(reader, _exif_orientation(path))


def decode_image(path: str, max_side: int | None) -> Decoded:
    """Decode ``path`` upright; at most ``max_side`` on the long side when given.

    Raises ``ValueError`` with a message naming the file when Qt cannot decode it.
    """
    reader = _reader(path)
    reader.setAutoTransform(True)
    orientation = _exif_orientation(path)
    size = upright_size(reader, orientation)
    if not size.isValid() or size.isEmpty():
        raise ValueError(f"{path}: cannot read the image ({reader.errorString()})")
    w, h = size.width(), size.height()
    full = not max_side or max(w, h) <= max_side
    if not full:
        scale = max_side / max(w, h)
        target = QSize(max(1, round(w * scale)), max(1, round(h * scale)))
        # the reader scales the stored (not yet rotated) image
        if (reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90
                or orientation in (5, 6, 7, 8)):
            target = target.transposed()
        reader.setScaledSize(target)
    elif w * h > MAX_FULL_PIXELS:
        raise ValueError(f"{path}: {w}x{h} is too large to show at full resolution")
    image = reader.read()
    if image.isNull():
        raise ValueError(f"{path}: cannot decode the image ({reader.errorString()})")
    if orientation != 1:
        image = _apply_orientation(image, orientation)
    return Decoded(path, image, w, h, full)


class _Signals(QObject):
    done = Signal(object)          # Decoded
    failed = Signal(object, bool, str)  # path (object: a str signal drops bytes that are not UTF-8), full, message


class _DecodeJob(QRunnable):
    def __init__(self, path: str, max_side: int | None, signals: _Signals):
        super().__init__()
        self.path, self.max_side, self.signals = path, max_side, signals

    def run(self) -> None:  # worker thread: no widgets here
        try:
            self.signals.done.emit(decode_image(self.path, self.max_side))
        except Exception as e:  # noqa: BLE001 - any decoder failure becomes a message
            self.signals.failed.emit(self.path, self.max_side is None, str(e))


class ImageLoader(QObject):
    """A small cache of decoded images fed by a thread pool.

    ``ready`` fires (on the GUI thread) when a requested decode finishes; ``failed`` with
    a message naming the file when it cannot be decoded.
    """

    ready = Signal(object)          # Decoded
    failed = Signal(object, bool, str)  # path (str), full, message

    def __init__(self, parent: QObject | None = None, preview_side: int = PREVIEW_SIDE,
                 cache_size: int = 12, threads: int = 2):
        super().__init__(parent)
        self.preview_side = preview_side
        self._cache: OrderedDict[tuple[str, bool], Decoded] = OrderedDict()
        self._pending: set[tuple[str, bool]] = set()
        self._errors: dict[tuple[str, bool], str] = {}
        self.cache_size = cache_size
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)

    def cached(self, path: str, full: bool = False) -> Decoded | None:
        """The decode if it is ready (a full decode also serves a preview request)."""
        hit = self._cache.get((path, True)) or (None if full else self._cache.get((path, False)))
        if hit is not None:
            self._cache.move_to_end((hit.path, hit.full))
        return hit

    def error(self, path: str, full: bool = False) -> str | None:
        """The message of a failed decode, if it failed."""
        return self._errors.get((path, full))

    def request(self, path: str, full: bool = False, priority: int = 0) -> Decoded | None:
        """Return the decode if cached, else start it (``ready`` fires when done)."""
        hit = self.cached(path, full)
        if hit is not None:
            return hit
        key = (path, full)
        if key not in self._pending and key not in self._errors:
            self._pending.add(key)
            self._pool.start(_DecodeJob(path, None if full else self.preview_side, self._signals), priority)
        return None

    def prefetch(self, paths: list[str]) -> None:
        """Decode previews of ``paths`` (nearest first) so stepping to them is instant."""
        for n, p in enumerate(paths):
            self.request(p, full=False, priority=-1 - n)

    def clear(self) -> None:
        """Forget everything (a new folder was opened)."""
        self._pool.clear()
        self._cache.clear()
        self._pending.clear()
        self._errors.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued decodes finish (tests and benchmarks)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _on_done(self, d: Decoded) -> None:
        key = (d.path, d.full)
        self._pending.discard(key)
        if d.full and not self._pending.isdisjoint({(d.path, False)}):
            self._pending.discard((d.path, False))
        self._cache[key] = d
        self._cache.move_to_end(key)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        self.ready.emit(d)

    @Slot(object, bool, str)
    def _on_failed(self, path: str, full: bool, message: str) -> None:
        self._pending.discard((path, full))
        self._errors[(path, full)] = message
        self.failed.emit(path, full, message)
