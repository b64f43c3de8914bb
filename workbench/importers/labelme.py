"""Read labelme JSON files for the importer: rectangles as they are, polygons, circles and masks
as their bounding boxes (the report says so); points and lines have no box and are reported."""
from __future__ import annotations

import json
import math
from pathlib import Path

from .types import ParsedSource, SourceFile, SourceObject, annotation_files
from ..messages import at, define, msg

BAD_JSON = define("import.bad_json", "not valid JSON; fix or remove the file")
BAD_JSON_LINE = define("import.bad_json_line", "not valid JSON (line {line}); fix or remove the file")
CANNOT_READ = define("import.cannot_read", "cannot read ({why})")
NOT_LABELME = define("import.not_labelme", "not a labelme file (no \"shapes\" list)")
SHAPE_NOT_OBJECT = define("import.shape_not_object", "shape {k} is not an object")
BAD_POINTS = define("import.bad_points", "shape {k} ({label}): points are not x, y pairs")
NO_BOX_KIND = define("import.no_box_kind", "shape {k} ({label}) is a {kind}, which has no box")
TOO_FEW_POINTS = define("import.too_few_points", "shape {k} ({label}): a {kind} needs at least 2 points")
_AS_BOX_NOTE = {
    "polygon": msg(define("import.polygons_as_boxes", "polygon(s) converted to their bounding boxes")),
    "circle": msg(define("import.circles_as_boxes", "circle(s) converted to their bounding boxes")),
    "mask": msg(define("import.masks_as_boxes", "mask(s) converted to their bounding boxes")),
}


def read_labelme(src: Path) -> ParsedSource:
    """Every labelme ``.json`` under ``src`` (or the file ``src``), one :class:`SourceFile` each."""
    out = ParsedSource()
    for f in annotation_files(src, ".json"):
        try:
            data = json.loads(f.read_text(encoding="utf-8-sig"))
        except ValueError as e:
            line = getattr(e, "lineno", None)
            out.skipped.append(at(f, msg(BAD_JSON_LINE, line=line) if line else msg(BAD_JSON)))
            continue
        except OSError as e:
            out.skipped.append(at(f, msg(CANNOT_READ, why=e.strerror or e)))
            continue
        if not isinstance(data, dict) or not isinstance(data.get("shapes"), list):
            out.skipped.append(at(f, msg(NOT_LABELME)))
            continue
        out.files.append(_read_file(f, data))
    return out


def _read_file(f: Path, data: dict) -> SourceFile:
    sf = SourceFile(source=str(f), image_ref=str(data.get("imagePath") or ""), near=f.parent, stem_hint=f.stem)
    try:
        w, h = int(data.get("imageWidth") or 0), int(data.get("imageHeight") or 0)
        sf.size = (w, h) if w > 0 and h > 0 else None
    except (TypeError, ValueError):
        sf.size = None
    for k, shape in enumerate(data["shapes"], start=1):
        if not isinstance(shape, dict):
            sf.skipped.append(msg(SHAPE_NOT_OBJECT, k=k))
            continue
        label = str(shape.get("label") or "")
        kind = shape.get("shape_type") or "polygon"  # labelme < 3 wrote no shape_type: polygons
        try:
            pts = [(float(x), float(y)) for x, y in shape.get("points") or []]
        except (TypeError, ValueError):
            sf.skipped.append(msg(BAD_POINTS, k=k, label=label))
            continue
        if not all(math.isfinite(v) for p in pts for v in p):
            sf.skipped.append(f"shape {k} ({label}): a point is not a number (NaN or infinity); left out")
            continue
        if kind == "circle" and len(pts) >= 2:
            (cx, cy), (px, py) = pts[0], pts[1]
            r = math.hypot(px - cx, py - cy)
            pts = [(cx - r, cy - r), (cx + r, cy + r)]
        elif kind not in ("rectangle", "polygon", "mask", "circle"):
            sf.skipped.append(msg(NO_BOX_KIND, k=k, label=label, kind=kind))
            continue
        if len(pts) < 2:
            sf.skipped.append(msg(TOO_FEW_POINTS, k=k, label=label, kind=kind))
            continue
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        sf.objects.append(SourceObject(label, min(xs), min(ys), max(xs), max(ys), _AS_BOX_NOTE.get(kind)))
    return sf
