"""YOLO label files: parse, serialize, atomic write, pixel <-> normalized.

A label file holds one box per line, ``cls xc yc w h``, normalized to the upright
(EXIF-applied) image. The rules that protect a user's work live here:

* parsing never drops anything: a line that is not a clean box is kept verbatim as a
  :class:`Problem` and written back as it was;
* a box that was not edited is written back with its original text, so open-then-save
  is byte-identical and an edit of one box never reformats the others;
* every write is atomic (temp file in the same folder, fsync, ``os.replace``).
"""
from __future__ import annotations

import errno
import math
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import define, msg

DECIMALS = 6
BOM = "\ufeff"
# No hand-made label file comes near these; a file past them was written by a runaway script.
# It is reported, never parsed box by box nor rewritten (a 50 MB file took minutes and gigabytes).
MAX_LABEL_BYTES = 4 * 1024 * 1024
MAX_BOXES = 10_000


# The temp files of stage_bytes: ".NAME." + mkstemp's 8 random characters (a-z 0-9 _) + ".tmp".
TEMP_NAME = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")

# What a Problem says (``Problem.message`` is one of these, filled in; see workbench.messages)
COMMAS = define("label.commas", "values are separated by commas; YOLO expects spaces")
POLYGON = define("label.polygon", "{n} values: a polygon (segmentation) line; a box line has 5 values: "
                 "class x_center y_center width height")
FIELD_COUNT = define("label.field_count", "{n} values; a box line has 5: class x_center y_center width height")
NOT_A_NUMBER = define("label.not_a_number", "not a number: {value}")
NOT_FINITE = define("label.not_finite", "NaN or infinite value")
CLASS_NOT_WHOLE = define("label.class_not_whole", "class id {value} is not a whole number >= 0")
ZERO_SIZE = define("label.zero_size", "zero or negative width/height")
OUT_OF_RANGE = define("label.out_of_range", "coordinates outside 0..1")
BEYOND_EDGE = define("label.beyond_edge", "box extends beyond the image")
HAS_BOM = define("label.bom", "file starts with a UTF-8 BOM; Ultralytics reads it, but other tools may misread "
                 "the first line (saving from Workbench removes it)")
UNKNOWN_CLASS = define("label.unknown_class", "class id {cls} is not in classes.txt ({n} classes)")
NOT_UTF8 = define("label.not_utf8", "not UTF-8 text (byte {byte}); is this a label file?")


class LabelWriteError(OSError):
    """A label file could not be written; the old file is intact."""


@dataclass(frozen=True)
class Box:
    """One YOLO box: class id and centre/size normalized to 0..1.

    ``raw`` is the exact line the box was read from (without line ending); it is not part
    of equality and is written back unchanged while the box is not edited.
    """

    cls: int
    xc: float
    yc: float
    w: float
    h: float
    raw: str | None = field(default=None, compare=False, repr=False)

    # -- conversions -------------------------------------------------------------------
    @classmethod
    def from_pixels(cls, class_id: int, x1: float, y1: float, x2: float, y2: float,
                    width: int, height: int) -> "Box":
        """A new (edited) box from pixel corners in an image of ``width`` x ``height``."""
        if x2 < x1:
            x1, x2 = x2, x1
        if y2 < y1:
            y1, y2 = y2, y1
        return cls(class_id, (x1 + x2) / 2 / width, (y1 + y2) / 2 / height,
                   (x2 - x1) / width, (y2 - y1) / height)

    def to_pixels(self, width: int, height: int) -> tuple[float, float, float, float]:
        """Pixel corners ``(x1, y1, x2, y2)`` in an image of ``width`` x ``height``."""
        return ((self.xc - self.w / 2) * width, (self.yc - self.h / 2) * height,
                (self.xc + self.w / 2) * width, (self.yc + self.h / 2) * height)

    def with_class(self, class_id: int) -> "Box":
        """The same geometry with another class (an edit: the raw text is dropped)."""
        return Box(class_id, self.xc, self.yc, self.w, self.h)

    def clamped(self) -> "Box":
        """This box cut to the image (0..1); unchanged boxes keep their raw text."""
        x1, y1 = max(0.0, self.xc - self.w / 2), max(0.0, self.yc - self.h / 2)
        x2, y2 = min(1.0, self.xc + self.w / 2), min(1.0, self.yc + self.h / 2)
        if (x1, y1, x2, y2) == (self.xc - self.w / 2, self.yc - self.h / 2,
                                self.xc + self.w / 2, self.yc + self.h / 2):
            return self
        x2, y2 = max(x1, x2), max(y1, y2)
        return Box(self.cls, (x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1)

    def line(self) -> str:
        """The text written for this box: the original line if unedited, else 6 decimals."""
        if self.raw is not None:
            return self.raw
        return format_line(self.cls, self.xc, self.yc, self.w, self.h)


def format_line(cls: int, xc: float, yc: float, w: float, h: float) -> str:
    """``cls xc yc w h`` with 6 decimals (negative zero written as 0).

    Raises ``ValueError`` for a value that is not a finite number: ``nan`` in a label file
    trains as garbage (or crashes Ultralytics), so no caller may ever write one.
    """
    if not all(math.isfinite(v) for v in (xc, yc, w, h)):
        raise ValueError(f"box {cls} {xc} {yc} {w} {h}: a coordinate is not a finite number")
    vals = " ".join(f"{v:.{DECIMALS}f}" for v in (xc, yc, w, h))
    return f"{int(cls)} {vals}".replace("-0.000000", "0.000000")


@dataclass(frozen=True)
class Problem:
    """Something in a label file a user must look at; ``line`` is 1-based (0: whole file).

    ``kind`` names the problem for code (``message`` is for people and may be reworded):
    ``bom``, ``commas``, ``polygon``, ``field_count``, ``not_a_number``, ``not_finite``,
    ``class_not_whole``, ``zero_size``, ``out_of_range``, ``beyond_edge``, ``unknown_class``,
    ``not_utf8``, ``too_large``.
    """

    path: Path
    line: int
    text: str
    message: str
    kind: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


@dataclass
class LabelFile:
    """The content of one label file.

    ``exists`` is False when there is no file ("not labeled yet"); an existing file with no
    boxes means "checked, no objects". ``bad_lines`` are kept verbatim (text, 1-based line
    number) and written back after the boxes so nothing a user wrote is lost.
    """

    path: Path
    boxes: list[Box] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    bad_lines: list[str] = field(default_factory=list)
    exists: bool = False
    newline: str = "\n"
    original: bytes | None = None
    too_large: bool = False   # past MAX_LABEL_BYTES / MAX_BOXES: not parsed, never written over

    @property
    def is_empty(self) -> bool:
        """True for "checked, no objects": the file exists and holds nothing."""
        return self.exists and not self.boxes and not self.bad_lines and not self.too_large


def split_lines(text: str) -> list[str]:
    """The lines of a label file, split on ``\\n`` only (one ``\\r`` before it goes too).

    Not ``str.splitlines``: that also breaks at ``\\x0b \\x0c \\x1c-\\x1e``, ``\\x85`` and a lone
    ``\\r``, and a line kept verbatim would then come back as several lines after an edit.
    """
    lines = text.split("\n")
    last = lines.pop()  # after the final \n: "" (nothing), or a last line with no line end
    out = [line[:-1] if line.endswith("\r") else line for line in lines]
    if last:
        out.append(last)
    return out


def _parse_line(text: str) -> tuple[Box | None, str | None, str]:
    """(box, None, "") for a usable box, (box, message, kind) for a box with a problem,
    (None, message, kind) for a line that is not a box."""
    if "," in text:
        return None, msg(COMMAS), "commas"
    parts = text.split()
    if len(parts) != 5:
        if len(parts) > 5 and len(parts) % 2 == 1:
            return None, msg(POLYGON, n=len(parts)), "polygon"
        return None, msg(FIELD_COUNT, n=len(parts)), "field_count"
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        return None, msg(NOT_A_NUMBER, value=next(p for p in parts if not _is_float(p))), "not_a_number"
    if not all(math.isfinite(v) for v in nums):
        return None, msg(NOT_FINITE), "not_finite"
    c = nums[0]
    if c < 0 or c != int(c):
        return None, msg(CLASS_NOT_WHOLE, value=parts[0]), "class_not_whole"
    box = Box(int(c), nums[1], nums[2], nums[3], nums[4], raw=text)
    if box.w <= 0 or box.h <= 0:
        return box, msg(ZERO_SIZE), "zero_size"
    x1, y1 = box.xc - box.w / 2, box.yc - box.h / 2
    x2, y2 = box.xc + box.w / 2, box.yc + box.h / 2
    if min(nums[1:]) < 0 or max(nums[1:]) > 1:
        return box, msg(OUT_OF_RANGE), "out_of_range"
    eps = 1e-6
    if x1 < -eps or y1 < -eps or x2 > 1 + eps or y2 > 1 + eps:
        return box, msg(BEYOND_EDGE), "beyond_edge"
    return box, None, ""


def _is_float(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def parse_text(text: str, path: Path, num_classes: int | None = None) -> LabelFile:
    """Parse the text of a label file at ``path`` (used for messages only).

    Blank lines are ignored as Ultralytics ignores them. Boxes with a problem (out of
    range, zero size, unknown class) are kept as boxes *and* reported; lines that are not
    boxes are kept verbatim in ``bad_lines``.
    """
    lf = LabelFile(path=Path(path), exists=True)
    if text.startswith(BOM):
        # Ultralytics reads labels as utf-8-sig (verify_image_label): it is other tools that
        # take the BOM for part of the first class id.
        lf.problems.append(Problem(lf.path, 1, "", msg(HAS_BOM), "bom"))
        text = text[1:]
    if "\r\n" in text:
        lf.newline = "\r\n"
    for no, line in enumerate(split_lines(text), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        box, why, kind = _parse_line(stripped)
        if box is not None:
            lf.boxes.append(Box(box.cls, box.xc, box.yc, box.w, box.h, raw=line))
            if num_classes is not None and box.cls >= num_classes and why is None:
                why, kind = msg(UNKNOWN_CLASS, cls=box.cls, n=num_classes), "unknown_class"
        else:
            lf.bad_lines.append(line)
        if why:
            lf.problems.append(Problem(lf.path, no, line, why, kind))
    return lf


def read_label_file(path: str | os.PathLike, num_classes: int | None = None) -> LabelFile:
    """Read a label file; a missing file gives ``exists=False`` ("not labeled yet").

    Raises ``OSError`` if the file exists but cannot be read.
    """
    p = Path(path)
    try:
        with open(p, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            problem = too_large(p, size)
            data = b"" if problem else f.read()
    except FileNotFoundError:
        return LabelFile(path=p)
    problem = problem or too_large(p, size, data)
    if problem:
        return LabelFile(path=p, exists=True, problems=[problem], too_large=True)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        lf = LabelFile(path=p, exists=True, original=data)
        lf.bad_lines = split_lines(data.decode("utf-8", errors="surrogateescape"))
        lf.problems.append(Problem(p, 0, "", msg(NOT_UTF8, byte=e.start), "not_utf8"))
        return lf
    lf = parse_text(text, p, num_classes)
    lf.original = data
    return lf


def too_large(path: str | os.PathLike, size: int, data: bytes | None = None) -> Problem | None:
    """The problem of a label file past :data:`MAX_LABEL_BYTES` (or, with its ``data``, past
    :data:`MAX_BOXES` lines), else None. Cheap: a size, then a count of line ends."""
    limits = f"Workbench's limits: {MAX_LABEL_BYTES // 1024 // 1024} MB, {MAX_BOXES:,} boxes"
    what = ("no hand-made label file is this large: find what wrote it, then fix or delete the file; "
            "it is left as it is and the image is left out of the dataset")
    if size > MAX_LABEL_BYTES:
        return Problem(Path(path), 0, "", f"the label file is {size / 1e6:,.1f} MB ({limits}); {what}", "too_large")
    if data is not None:
        lines = data.count(b"\n") + (bool(data) and not data.endswith(b"\n"))
        if lines > MAX_BOXES:
            return Problem(Path(path), 0, "", f"the label file has {lines:,} lines ({limits}); {what}", "too_large")
    return None


def serialize(boxes: list[Box], bad_lines: list[str] = (), newline: str = "\n") -> str:
    """The file text for ``boxes`` followed by the kept ``bad_lines``; empty string for none."""
    lines = [b.line() for b in boxes] + list(bad_lines)
    return "".join(line + newline for line in lines)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one.

    Temp file in the same folder, flush + fsync, ``os.replace``, then fsync the folder.
    Raises :class:`LabelWriteError` naming the file; the old file is left untouched.
    """
    p = Path(path)
    tmp = stage_bytes(p, data)
    try:
        os.replace(tmp, p)
    except OSError as e:
        discard_temp(tmp)
        raise LabelWriteError(e.errno, f"could not save {p}: {e.strerror or e}", str(p)) from e
    _fsync_dir(p.parent)


def stage_bytes(path: str | os.PathLike, data: bytes) -> str:
    """Write ``data`` to a new temp file beside ``path`` (flushed, fsynced, with ``path``'s
    permissions) and return the temp file's path: ``os.replace`` it over ``path`` to commit.

    The temp name is ``.NAME.XXXXXXXX.tmp`` (:data:`TEMP_NAME`), so leftovers of a killed
    process can be recognised. Raises :class:`LabelWriteError` naming ``path``; no temp stays.
    """
    p = Path(path)
    tmp = None
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if p.exists():
            try:
                os.chmod(tmp, p.stat().st_mode & 0o7777)
            except OSError:
                pass
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        return tmp
    except OSError as e:
        if tmp is not None:
            discard_temp(tmp)
        raise LabelWriteError(e.errno, f"could not save {p}: {e.strerror or e}", str(p)) from e


def discard_temp(tmp: str | os.PathLike) -> None:
    """Remove a temp file made by :func:`stage_bytes` (gone already is fine)."""
    try:
        os.unlink(tmp)
    except OSError:
        pass


def remove_stray_temps(folders: Iterable[str | os.PathLike]) -> list[Path]:
    """Remove the temp files a killed save left in ``folders`` (not recursive); returns them.

    Only names :data:`TEMP_NAME` matches exactly are touched: the leftovers of this
    module's own writes (a kill between the temp file and ``os.replace``). A folder that
    cannot be read is skipped.
    """
    removed = []
    for folder in folders:
        try:
            with os.scandir(folder) as it:
                stray = [e.path for e in it if e.name.startswith(".") and TEMP_NAME.fullmatch(e.name)
                         and e.is_file(follow_symlinks=False)]
        except OSError:
            continue
        for path in stray:
            try:
                os.unlink(path)
                removed.append(Path(path))
            except OSError:
                pass
    return removed


def remove_label_file(path: str | os.PathLike) -> None:
    """Remove a label file ("not labeled yet" again); no file is fine.

    Raises :class:`LabelWriteError` naming the file when the folder refuses.
    """
    p = Path(path)
    try:
        os.remove(p)
    except FileNotFoundError:
        return
    except OSError as e:
        raise LabelWriteError(e.errno, f"could not remove {p}: {e.strerror or e}", str(p)) from e
    _fsync_dir(p.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_label_file(path: str | os.PathLike, boxes: list[Box], bad_lines: list[str] = (),
                     newline: str = "\n") -> bytes:
    """Atomically write ``boxes`` (and kept ``bad_lines``) to ``path``; returns the bytes written.

    An empty list writes an empty file: "checked, no objects".
    """
    data = serialize(boxes, bad_lines, newline).encode("utf-8", errors="surrogateescape")
    atomic_write_bytes(path, data)
    return data


def unchanged(lf: LabelFile, boxes: list[Box]) -> bool:
    """True when ``boxes`` are exactly the file's boxes, text included (nothing to save)."""
    return (lf.exists and len(boxes) == len(lf.boxes)
            and all(a == b and a.raw == b.raw for a, b in zip(boxes, lf.boxes)))


def save_label_file(lf: LabelFile, boxes: list[Box], num_classes: int | None = None) -> LabelFile:
    """Atomically save ``boxes`` over ``lf`` (kept bad lines after them); returns the new state.

    Nothing is written when the boxes are the file's own, unedited: open-then-save leaves
    the file byte-identical. A file that started with a BOM loses it on an edited save.
    """
    if unchanged(lf, boxes):
        return lf
    if lf.too_large:
        raise LabelWriteError(errno.EFBIG, f"not saved: {lf.problems[0]}", str(lf.path))
    data = serialize(boxes, lf.bad_lines, lf.newline).encode("utf-8", errors="surrogateescape")
    atomic_write_bytes(lf.path, data)
    new = parse_text(data.decode("utf-8", errors="surrogateescape"), lf.path, num_classes)
    new.original = data
    return new


def label_path_for(image_path: str | os.PathLike) -> Path:
    """The label file of an image, by Ultralytics' ``img2label_paths`` rule.

    The last ``/images/`` in the path becomes ``/labels/`` and the extension ``.txt``; an
    image not under an ``images`` folder keeps its label beside it.
    """
    return Path(label_path_str(os.fspath(image_path)))


_SA, _SB = f"{os.sep}images{os.sep}", f"{os.sep}labels{os.sep}"


def label_path_str(image_path: str) -> str:
    """:func:`label_path_for` on plain strings (the same rule, no Path objects)."""
    return _SB.join(image_path.rsplit(_SA, 1)).rsplit(".", 1)[0] + ".txt"
