"""Check a project image by image as Ultralytics' ``verify_image_label`` would (no Qt).

The image side mirrors ``ultralytics.data.utils.check_image``: PIL opens the header and runs
``verify()`` (cheap: no pixel decode except for a truncated JPEG, which Ultralytics re-saves),
the size is EXIF-corrected, images under 10 px or in a format Ultralytics does not train on
are refused. A clean label file takes a fast path; any other goes through :mod:`workbench.labels`,
which names each problem with its line, sorted here into *blocking* (Ultralytics would drop the
image, or Workbench refuses to guess) and *warning*.

Stricter than Ultralytics on purpose: a zero-size box (Ultralytics keeps it; it teaches nothing),
coordinates in 1..1.01 (Ultralytics' tolerance), polygon lines in a box project, and two photos
sharing one label file (a.jpg + a.png). Duplicate boxes are warnings; the build writes each once.
"""
from __future__ import annotations

import os
from pathlib import Path
from struct import pack as _pack

from .. import labels
from ..messages import AT_PATH, Message, at, define, msg
from .types import CheckReport, Finding, ImageCheck, Progress, Cancelled
from .stats import advice_for, compute_stats
from ..project import Project, Status

# Ultralytics' IMG_FORMATS (+ "jpeg2000", which check_image accepts too): copied, not imported,
# so a check never imports ultralytics/torch (tests compare the two sets).
ULTRALYTICS_FORMATS = frozenset({"avif", "bmp", "dng", "heic", "heif", "jp2", "jpeg", "jpg", "mpo", "png",
                                 "tif", "tiff", "webp", "jpeg2000"})
MIN_SIDE = 10
# Label problems Ultralytics accepts: a BOM (verify_image_label reads utf-8-sig) and a box
# reaching past the edge while centre and size are inside 0..1 (it clips the box). Warnings,
# not blockers; matched by ``labels.Problem.kind``, never by the wording of the message.
WARNING_KINDS = frozenset({"bom", "beyond_edge"})
_PROGRESS_EVERY = 64
SAME_KIND_SHOWN = 10   # findings of one kind listed per file; the rest summed up in one line

UNREADABLE = define("check.unreadable", "cannot read the file ({why})")
EMPTY_FILE = define("check.empty_file", "the file is empty (0 bytes); delete it or copy the photo again")
TOO_LARGE = define("check.too_large", "the image is too large for Ultralytics (PIL refuses more than {mp:.0f} "
                   "megapixels); scale it down")
NOT_AN_IMAGE = define("check.not_an_image", "not an image Ultralytics can read ({why}); replace or delete it")
WRONG_FORMAT = define("check.wrong_format", "{fmt} images are not used by Ultralytics; convert it to JPEG or PNG")
TOO_SMALL = define("check.too_small", "image is {w}x{h}; Ultralytics needs at least {min} px on each side")
TRUNCATED = define("check.truncated", "the JPEG is truncated and cannot be decoded; copy the photo again from "
                   "its source")
NO_END_MARKER = define("check.no_end_marker", "the JPEG does not end with its end marker; Ultralytics re-saves "
                       "its copy in the dataset (your photo is not touched); re-save the photo to silence this")
ANIMATED = define("check.animated", "animated PNG; only the first frame is used")
VERY_LARGE = define("check.very_large", "very large image ({mp:.0f} megapixels); training shrinks it, so small "
                    "objects may vanish")
LABEL_UNREADABLE = define("check.label_unreadable", "cannot read the label file ({why})")
DUPLICATE_BOX = define("check.duplicate_box", "repeats line {first} (a duplicate box); Ultralytics uses it once, "
                       "and so does the dataset")
SKIPPED_FORMAT = define("check.skipped_format", "{ext} files are not used for training; convert it to JPEG or "
                        "PNG to use it")
NO_CLASS_LIST = define("check.no_class_list", "there is no class list (classes.txt); add the classes on the "
                       "Label page, one name per line")
NO_BOXES_YET = define("check.no_boxes_yet", "no image has boxes yet; label some photos first")


def inspect_image(path: str | os.PathLike) -> tuple[int, int, str | None, bool]:
    """``(width, height, problem, blocking)`` of one image, as Ultralytics' ``check_image`` judges it.

    ``problem`` names the file and says what to do; ``blocking`` is True when Ultralytics
    would drop the image (corrupt, too small, wrong format, too large to open).
    """
    from PIL import Image

    p = os.fspath(path)
    try:
        f = open(p, "rb")
    except OSError as e:
        return 0, 0, at(p, msg(UNREADABLE, why=e.strerror or e)), True
    with f:
        try:
            if os.fstat(f.fileno()).st_size == 0:
                return 0, 0, at(p, msg(EMPTY_FILE)), True
            with Image.open(f) as im:
                im.verify()  # before anything else reads the file (PIL's rule); checks PNG chunk CRCs
                fmt = (im.format or "").lower()
                w, h = im.size
                orientation = _orientation(im, fmt)
                frames = int(im.info.get("loop") is not None and fmt == "png" and _png_frames(p))
        except Image.DecompressionBombError:
            return 0, 0, at(p, msg(TOO_LARGE, mp=2 * (Image.MAX_IMAGE_PIXELS or 0) / 1e6)), True
        except Exception as e:  # noqa: BLE001 - PIL raises OSError, SyntaxError, ValueError... for broken files
            return 0, 0, at(p, msg(NOT_AN_IMAGE, why=_short(e))), True
        complete = fmt not in ("jpeg", "jpg") or _ends_with_eoi(f)
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    if fmt not in ULTRALYTICS_FORMATS:
        return w, h, at(p, msg(WRONG_FORMAT, fmt=fmt.upper() or "unknown")), True
    if w < MIN_SIDE or h < MIN_SIDE:
        return w, h, at(p, msg(TOO_SMALL, w=w, h=h, min=MIN_SIDE)), True
    if not complete:
        if not _decodes(p):
            return w, h, at(p, msg(TRUNCATED)), True
        return w, h, at(p, msg(NO_END_MARKER)), False
    if frames:
        return w, h, at(p, msg(ANIMATED)), False
    if Image.MAX_IMAGE_PIXELS and w * h > Image.MAX_IMAGE_PIXELS:
        return w, h, at(p, msg(VERY_LARGE, mp=w * h / 1e6)), False
    return w, h, None, False


def _png_frames(path: str) -> bool:
    from PIL import Image

    try:
        with Image.open(path) as im:
            return getattr(im, "n_frames", 1) > 1
    except Exception:  # noqa: BLE001 - verify() passed; a frame count we cannot read is one frame
        return False


def _short(e: Exception) -> str:
    text = str(e).split("\n")[0]
    return (text[:120] + "...") if len(text) > 120 else (text or type(e).__name__)


def _orientation(im, fmt: str) -> int:
    if fmt in ("jpeg", "mpo") and "exif" not in im.info and "xmp" not in im.info:
        return 1  # no EXIF or XMP block: skip building an empty Exif object (10,000 times)
    try:
        return int(im.getexif().get(274, 1) or 1)
    except Exception:  # noqa: BLE001 - broken EXIF blocks are common: Ultralytics ignores them too
        return 1


def _ends_with_eoi(f) -> bool:
    # Ultralytics' test for a complete JPEG: the last two bytes are the EOI marker FF D9.
    try:
        f.seek(-2, 2)
        return f.read(2) == b"\xff\xd9"
    except OSError:
        return False


def _decodes(path: str) -> bool:
    # What Ultralytics does to restore a truncated JPEG: a full PIL load with EXIF applied.
    from PIL import Image, ImageOps

    try:
        with Image.open(path) as im:
            ImageOps.exif_transpose(im).load()
        return True
    except Exception:  # noqa: BLE001 - any failure means Ultralytics would count it corrupt
        return False


def is_warning(problem: labels.Problem) -> bool:
    """True for a label problem Ultralytics trains with anyway (see ``WARNING_KINDS``)."""
    return problem.kind in WARNING_KINDS


def duplicate_lines(text: str) -> list[tuple[int, int]]:
    """``(line, first_line)`` for each box line repeating an earlier one (1-based).

    Compared as Ultralytics does (``np.unique`` over float32 rows), so ``0 0.5 ...`` and
    ``0 0.500000 ...`` are the same box.
    """
    import struct

    seen: dict[bytes, int] = {}
    out = []
    for no, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if len(parts) != 5:
            continue
        try:
            key = struct.pack("<5f", *(float(v) for v in parts))
        except (ValueError, OverflowError, struct.error):
            continue
        first = seen.setdefault(key, no)
        if first != no:
            out.append((no, first))
    return out


def _box_key(b: labels.Box) -> bytes:
    return _pack("<5f", b.cls, b.xc, b.yc, b.w, b.h)


def _row_key(r: tuple) -> bytes:
    return _pack("<5f", *r)


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _fast_rows(data: bytes, num_classes: int | None) -> list[tuple] | None:
    """The boxes of a clean label file as ``(cls, xc, yc, w, h)``, or None when any line is
    not a clean box (then :func:`labels.parse_text` runs and names the problem).

    As strict as :mod:`workbench.labels`: 5 numbers, whole class id in the class list,
    everything inside 0..1, positive size. Ten thousand files parse in about 0.1 s.
    """
    if data[:3] == b"\xef\xbb\xbf" or b"," in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 5:
            return None
        try:
            c, xc, yc, w, h = map(float, parts)
        except ValueError:
            return None
        # written so that NaN fails every test
        if not (0 <= xc <= 1 and 0 <= yc <= 1 and 0 < w <= 1 and 0 < h <= 1 and c >= 0 and c == int(c)):
            return None
        if num_classes is not None and c >= num_classes:
            return None
        if (xc - w / 2 < -1e-6 or yc - h / 2 < -1e-6 or xc + w / 2 > 1 + 1e-6 or yc + h / 2 > 1 + 1e-6):
            return None
        rows.append((int(c), xc, yc, w, h))
    return rows


def unique_boxes(boxes: list[labels.Box]) -> list[labels.Box]:
    """``boxes`` without repeats (float32 equality, as Ultralytics removes them), order kept."""
    seen: set[bytes] = set()
    out = []
    for b in boxes:
        key = _box_key(b)
        if key not in seen:
            seen.add(key)
            out.append(b)
    return out


def _unprefixed(message: str, path: str) -> str:
    # Messages from images.py/project.py start with the path; a Finding names its file itself.
    if isinstance(message, Message) and message.key == AT_PATH:
        return message.params["what"]
    return message[len(path) + 2:] if message.startswith(path + ": ") else message


def _summarised(findings: list[tuple[str, Finding]], keep: int = SAME_KIND_SHOWN) -> list[Finding]:
    """The first ``keep`` findings of each kind in one file, then one line "and N more" per kind.

    A runaway file repeats one problem thousands of times; a list of them hides the rest.
    """
    out: list[Finding] = []
    count: dict[str, int] = {}
    last: dict[str, Finding] = {}
    for kind, f in findings:
        n = count[kind] = count.get(kind, 0) + 1
        if n <= keep:
            out.append(f)
        last[kind] = f
    for kind, n in count.items():
        if n > keep:
            f = last[kind]
            what = "duplicate boxes" if kind == "duplicate" else f"lines with this problem ({kind.replace('_', ' ')})"
            out.append(Finding(f.image, f.file, 0, f"... and {n - keep:,} more {what}", f.blocking))
    return out


def check_image_label(project: Project, index: int, num_classes: int | None) -> ImageCheck:
    """The verdict on image ``index`` of ``project``: status, boxes and every finding."""
    image_s = project.images.str(index)
    image = Path(image_s)
    label = Path(project.label_paths.str(index))
    findings: list[Finding] = []
    w, h, problem, image_blocks = inspect_image(image_s)
    exists, lf, huge = True, None, None
    try:
        with open(str(label), "rb") as f:
            size = os.fstat(f.fileno()).st_size
            huge = labels.too_large(label, size)   # the Label page's limit too: one rule
            data = b"" if huge else f.read()
        huge = huge or labels.too_large(label, size, data)
    except FileNotFoundError:
        exists, data = False, b""
    except OSError as e:
        exists, data = False, b""
        findings.append(Finding(image, label, 0, msg(LABEL_UNREADABLE, why=e.strerror or e)))
    if huge:
        findings.append(Finding(image, label, 0, huge.message, True))
        data = b""
    rows = _fast_rows(data, num_classes) if exists else []
    if rows is None:  # anything unusual: the full parser names every problem with its line
        lf = labels.parse_text(data.decode("utf-8", errors="surrogateescape"), label, num_classes) \
            if _utf8(data) else labels.read_label_file(label, num_classes)
        lf.original = data
        rows = [(b.cls, b.xc, b.yc, b.w, b.h) for b in lf.boxes]
        findings += _summarised([(prob.kind, Finding(image, label, prob.line, prob.message, not is_warning(prob)))
                                 for prob in lf.problems])
    if problem:
        # An unlabeled broken photo is left out anyway: worth knowing, not a blocker.
        findings.append(Finding(image, image, 0, _unprefixed(problem, image_s), image_blocks and exists))
    shared = project.blocking_problem(index)
    if shared:
        findings.append(Finding(image, label, 0, _unprefixed(shared, image_s), True))
    if len(rows) > 1:
        keys = [_row_key(r) for r in rows]
        if len(set(keys)) < len(keys):
            findings += _summarised([("duplicate", Finding(image, label, line, msg(DUPLICATE_BOX, first=first),
                                                           False))
                                     for line, first in duplicate_lines(data.decode("utf-8", errors="replace")
                                                                        .lstrip("\ufeff"))])
            seen: set[bytes] = set()
            rows = [r for r, k in zip(rows, keys) if not (k in seen or seen.add(k))]
    classes = [r[0] for r in rows]
    boxes_wh = [(r[3], r[4]) for r in rows]
    blocking = any(f.blocking for f in findings)
    if blocking:
        status = Status.PROBLEM
    elif not exists:
        status = Status.PROBLEM if problem and image_blocks else Status.NOT_LABELED
    elif rows or (lf is not None and lf.bad_lines):
        status = Status.LABELED
    else:
        status = Status.EMPTY
    return ImageCheck(image, label, status, classes, boxes_wh, w, h, findings)


def check_project(project: Project, progress: Progress | None = None, imgsz: int = 640) -> CheckReport:
    """Check every image and label file of ``project`` (agrees with Ultralytics' own verdict).

    ``progress(done, total)`` is called now and then; returning False raises
    :class:`Cancelled`. Nothing is written.
    """
    n = len(project)
    num_classes = len(project.classes) or None
    checks: list[ImageCheck] = []
    for i in range(n):
        if progress and i % _PROGRESS_EVERY == 0 and progress(i, n) is False:
            raise Cancelled()
        checks.append(check_image_label(project, i, num_classes))
    if progress and progress(n, n) is False:
        raise Cancelled()
    findings = [f for c in checks for f in c.findings]
    findings += _project_findings(project, checks)
    findings.sort(key=lambda f: not f.blocking)  # stable: blocking first, file order kept
    stats = compute_stats(project.classes, checks)
    return CheckReport(checks, findings, stats, advice_for(stats, checks, imgsz))


def _project_findings(project: Project, checks: list[ImageCheck]) -> list[Finding]:
    out = []
    root = project.root
    for p in project.skipped:
        ext = p.suffix[1:].upper() or "this"
        out.append(Finding(p, p, 0, msg(SKIPPED_FORMAT, ext=ext), False))
    usable = [c for c in checks if c.status in (Status.LABELED, Status.EMPTY)]
    if any(c.classes for c in checks) and not project.classes:
        out.append(Finding(root, project.classes_path, 0, msg(NO_CLASS_LIST), True))
    if not any(c.status == Status.LABELED for c in usable):
        out.append(Finding(root, root, 0, msg(NO_BOXES_YET), True))
    return out
