"""Import boxes from Pascal VOC XML (LabelImg), COCO JSON and labelme JSON into YOLO label files.

Plain Python (no Qt). Each format module (``voc``, ``coco``, ``labelme``)
only reads its files into :class:`SourceFile` records (pixel boxes and class names, as written);
everything that protects a user's work happens once, here:

* an existing label file is never touched unless ``overwrite=True`` (then written atomically);
* classes are appended to the project's class list by name, existing ids are never renumbered;
* pixels are normalized against the image's real upright (EXIF-applied) size, whatever size the
  annotation file claims; a disagreement is reported, boxes are clamped to the image with a note;
* a file whose objects were all unconvertible is not written (it stays "not labeled"), so an
  empty label file always means "checked, no objects".
"""
from __future__ import annotations

import math
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import labels
from ..images import image_info
from .lookup import ImageLookup
from ..labels import Box
from ..project import Project
from .types import FORMATS, ImportFormatError, ImportReport, ParsedSource, Progress, SourceFile, SourceObject
from ..messages import at, define, msg

WRITE_FAILED = define("import.write_failed", "{why} (an existing file there is left as it was)")
UNKNOWN_SIZE = define("import.unknown_size", "unknown image size, {problem}")
TURNED = define("import.turned", "boxes were drawn on the photo as stored ({sw}x{sh}); turned to the upright image "
                "({w}x{h}) as Ultralytics sees it")
SIZE_DIFFERS = define("import.size_differs", "the file says the image is {sw}x{sh} but {image} is {w}x{h}; boxes "
                      "were converted against the real image, check them")
NO_CLASS_NAME = define("import.no_class_name", "object {k} has no class name")
NO_AREA = define("import.no_area", "object {k} ({name}) has no area inside the {w}x{h} image")
COUNTED_NOTE = define("import.counted_note", "{n} {note}")
CLAMPED = define("import.clamped", "{n} box(es) reached outside the image and were cut to it")
NOTHING_CONVERTED = define("import.nothing_converted", "no box could be converted; no label file written")
ALREADY_CLAIMED = define("import.already_claimed", "{other} already gave labels to {image}; kept those")

def read_source(fmt: str, src: Path) -> ParsedSource:
    """Read ``src`` in format ``fmt`` (voc, coco, labelme) without resolving anything."""
    if fmt == "voc":
        from .voc import read_voc as reader
    elif fmt == "coco":
        from .coco import read_coco as reader
    elif fmt == "labelme":
        from .labelme import read_labelme as reader
    else:
        raise ImportFormatError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return reader(Path(src))


def import_labels(fmt: str, src: Path, folder: Path, progress: Progress | None = None,
                  overwrite: bool = False) -> ImportReport:
    """Convert ``src`` (a folder of VOC .xml / labelme .json files, or one COCO .json) into YOLO
    label files for the images of the project ``folder`` (a folder or its data.yaml).

    Label files go where the project's rule puts them; existing ones are kept unless
    ``overwrite``. ``progress(done, total)`` is called per annotated image while reading and
    may return False to cancel before anything is written. Raises :class:`ImportFormatError`
    when ``src`` cannot be read at all, ``ProjectError`` when ``folder`` is not a project.
    """
    project = Project(folder)  # a data.yaml is welcome: its names are the project's classes
    # resolved, so paths relative to an annotation file compare with the (resolved) project root
    parsed = read_source(fmt, Path(src).expanduser().resolve())
    report = ImportReport(skipped=list(parsed.skipped))
    index = ImageLookup(project)
    plans: list[tuple[Path, list[tuple[str, float, float, float, float]]]] = []
    claimed: dict[Path, str] = {}
    total = len(parsed.files)
    for done, sf in enumerate(parsed.files, start=1):
        plan = _plan(sf, project, index, report, claimed, overwrite)
        if plan is not None:
            plans.append(plan)
        if progress and progress(done, total) is False:
            report.cancelled = True
            return report
    _add_classes(project, plans, parsed.class_order, report)
    jobs = [(label_path, [Box(project.classes.index(n), xc, yc, w, h) for n, xc, yc, w, h in rows])
            for label_path, rows in plans]
    # fsync is nearly all the cost of an atomic write and releases the GIL: write a few at once
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(_write, jobs))
    for (label_path, boxes), error in zip(jobs, results):
        if error:
            report.skipped.append(error)
        else:
            report.converted += 1
            report.boxes += len(boxes)
    return report


def _write(job: tuple[Path, list[Box]]) -> str | None:
    """Atomically write one label file; the error as a report line, or None."""
    try:
        labels.write_label_file(*job)
    except labels.LabelWriteError as e:
        return msg(WRITE_FAILED, why=e.strerror)
    return None


def _plan(sf: SourceFile, project: Project, index: ImageLookup, report: ImportReport,
          claimed: dict[Path, str], overwrite: bool):
    """The label file and rows for one annotated image, or None (the reason goes to the report)."""
    i, why = index.find(sf.image_ref, sf.near, sf.stem_hint)
    if i is None:
        report.skipped.append(at(sf.source, why))
        return None
    notes = [at(sf.source, why)] if why else []
    image = project.images[i]
    blocked = project.blocking_problem(i)
    if blocked:
        report.skipped.append(at(sf.source, blocked))
        return None
    info = image_info(image)
    if not (info.width and info.height):
        report.skipped.append(at(sf.source, msg(UNKNOWN_SIZE, problem=info.problem)))
        return None
    w, h = info.width, info.height
    if info.problem:  # size known, so the boxes convert; the photo itself needs a look
        notes.append(at(sf.source, info.problem))
    objects = sf.objects
    if sf.size and all(sf.size) and sf.size != (w, h):
        rotated = _from_stored_orientation(image, sf.size, objects)
        if rotated is not None:
            objects = rotated
            notes.append(at(sf.source, msg(TURNED, sw=sf.size[0], sh=sf.size[1], w=w, h=h)))
        else:
            notes.append(at(sf.source, msg(SIZE_DIFFERS, sw=sf.size[0], sh=sf.size[1], image=image.name,
                                           w=w, h=h)))
    for why in sf.skipped:
        report.skipped.append(at(sf.source, why))
    rows = []
    clamped = 0
    for k, o in enumerate(objects, start=1):
        name = " ".join(str(o.name).split())
        if not name:
            report.skipped.append(at(sf.source, msg(NO_CLASS_NAME, k=k)))
            continue
        if not all(math.isfinite(v) for v in (o.x1, o.y1, o.x2, o.y2)):
            report.skipped.append(f"{sf.source}: object {k} ({name}) has a coordinate that is not a number "
                                  "(NaN or infinity); left out")
            continue
        x1, x2 = sorted((o.x1, o.x2))
        y1, y2 = sorted((o.y1, o.y2))
        cx1, cy1 = min(max(x1, 0.0), w), min(max(y1, 0.0), h)
        cx2, cy2 = min(max(x2, 0.0), w), min(max(y2, 0.0), h)
        if cx2 - cx1 <= 0 or cy2 - cy1 <= 0:
            report.skipped.append(at(sf.source, msg(NO_AREA, k=k, name=name, w=w, h=h)))
            continue
        clamped += (cx1, cy1, cx2, cy2) != (x1, y1, x2, y2)
        rows.append((name, (cx1 + cx2) / 2 / w, (cy1 + cy2) / 2 / h, (cx2 - cx1) / w, (cy2 - cy1) / h))
    for note, n in Counter(o.note for o in objects if o.note).items():
        notes.append(at(sf.source, msg(COUNTED_NOTE, n=n, note=note)))
    if clamped:
        notes.append(at(sf.source, msg(CLAMPED, n=clamped)))
    if not rows and (sf.objects or sf.skipped):
        report.skipped.append(at(sf.source, msg(NOTHING_CONVERTED)))
        return None
    label_path = project.label_paths[i]
    if label_path in claimed:
        report.skipped.append(at(sf.source, msg(ALREADY_CLAIMED, other=claimed[label_path], image=image.name)))
        return None
    claimed[label_path] = sf.source
    if label_path.exists() and not overwrite:
        if _same_content(label_path, rows, project.classes):
            report.unchanged += 1
        else:
            report.existing.append(label_path)
        return None
    report.notes += notes  # only about files written: a kept file's notes would mislead
    return label_path, rows


def _same_content(label_path: Path, rows, classes: list[str]) -> bool:
    """True when the existing file already holds these boxes (importing again changes nothing)."""
    try:
        lf = labels.read_label_file(label_path)
    except OSError:
        return False
    if lf.bad_lines or len(lf.boxes) != len(rows):
        return False
    for b, (n, xc, yc, w, h) in zip(lf.boxes, rows):
        if n not in classes or b.cls != classes.index(n):
            return False
        if max(abs(b.xc - xc), abs(b.yc - yc), abs(b.w - w), abs(b.h - h)) > 1e-6:
            return False
    return True


def _add_classes(project: Project, plans, class_order: list[str], report: ImportReport) -> None:
    """Append the classes the plans use, in the source's order (COCO: category id order)."""
    used: dict[str, None] = {}
    for _, rows in plans:
        for row in rows:
            used.setdefault(row[0], None)
    order = [" ".join(n.split()) for n in class_order]
    for name in [n for n in order if n in used] + list(used):
        if name not in project.classes:
            project.add_class(name)
            report.classes_added.append(name)


def _from_stored_orientation(image: Path, size: tuple[int, int], objects: list[SourceObject]):
    """Boxes drawn on the pixels as stored (LabelImg ignores EXIF) turned upright, or None.

    Only recognizable when the file's size is the stored size with width and height swapped
    (EXIF orientations 5-8); the upright image is what Ultralytics trains on.
    """
    from PIL import Image

    try:
        with Image.open(image) as im:
            sw, sh = im.size
            orientation = int(im.getexif().get(274, 1) or 1)
    except Exception:  # noqa: BLE001 - unreadable EXIF: leave the boxes as they are
        return None
    if orientation not in (5, 6, 7, 8) or tuple(size) != (sw, sh):
        return None
    turn = {5: lambda x, y: (y, x), 6: lambda x, y: (sh - y, x),
            7: lambda x, y: (sh - y, sw - x), 8: lambda x, y: (y, sw - x)}[orientation]
    out = []
    for o in objects:
        ax, ay = turn(o.x1, o.y1)
        bx, by = turn(o.x2, o.y2)
        out.append(SourceObject(o.name, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), o.note))
    return out

