"""Read labelme JSON files for the importer: rectangles as they are, polygons, circles and masks
as their bounding boxes (the report says so); points and lines have no box and are reported."""
from __future__ import annotations

import json
import math
from pathlib import Path

from .types import ParsedSource, SourceFile, SourceObject, annotation_files

_AS_BOX_NOTE = {
    "polygon": "polygon(s) converted to their bounding boxes",
    "circle": "circle(s) converted to their bounding boxes",
    "mask": "mask(s) converted to their bounding boxes",
}


def read_labelme(src: Path) -> ParsedSource:
    """Every labelme ``.json`` under ``src`` (or the file ``src``), one :class:`SourceFile` each."""
    out = ParsedSource()
    for f in annotation_files(src, ".json"):
        try:
            data = json.loads(f.read_text(encoding="utf-8-sig"))
        except ValueError as e:
            line = getattr(e, "lineno", None)
            out.skipped.append(f"{f}: not valid JSON{f' (line {line})' if line else ''}; fix or remove the file")
            continue
        except OSError as e:
            out.skipped.append(f"{f}: cannot read ({e.strerror or e})")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("shapes"), list):
            out.skipped.append(f"{f}: not a labelme file (no \"shapes\" list)")
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
            sf.skipped.append(f"shape {k} is not an object")
            continue
        label = str(shape.get("label") or "")
        kind = shape.get("shape_type") or "polygon"  # labelme < 3 wrote no shape_type: polygons
        try:
            pts = [(float(x), float(y)) for x, y in shape.get("points") or []]
        except (TypeError, ValueError):
            sf.skipped.append(f"shape {k} ({label}): points are not x, y pairs")
            continue
        if not all(math.isfinite(v) for p in pts for v in p):
            sf.skipped.append(f"shape {k} ({label}): a point is not a number (NaN or infinity); left out")
            continue
        if kind == "circle" and len(pts) >= 2:
            (cx, cy), (px, py) = pts[0], pts[1]
            r = math.hypot(px - cx, py - cy)
            pts = [(cx - r, cy - r), (cx + r, cy + r)]
        elif kind not in ("rectangle", "polygon", "mask", "circle"):
            sf.skipped.append(f"shape {k} ({label}) is a {kind}, which has no box")
            continue
        if len(pts) < 2:
            sf.skipped.append(f"shape {k} ({label}): a {kind} needs at least 2 points")
            continue
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        sf.objects.append(SourceObject(label, min(xs), min(ys), max(xs), max(ys), _AS_BOX_NOTE.get(kind)))
    return sf
