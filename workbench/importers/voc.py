"""Read Pascal VOC XML files (as LabelImg, CVAT and the VOC dataset write them) for the importer.

Coordinates are taken as LabelImg writes and reads them: pixel edges, no 1-based shift (the 1 px
VOC convention differs between tools; LabelImg's own YOLO export does not shift either).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from .types import ParsedSource, SourceFile, SourceObject, annotation_files


def read_voc(src: Path) -> ParsedSource:
    """Every ``.xml`` under ``src`` (or the file ``src``) as one :class:`SourceFile` per image."""
    out = ParsedSource()
    for f in annotation_files(src, ".xml"):
        try:
            root = ET.parse(f).getroot()
        except ET.ParseError as e:
            out.skipped.append(f"{f}: not valid XML (line {e.position[0]}); fix or remove the file")
            continue
        except OSError as e:
            out.skipped.append(f"{f}: cannot read ({e.strerror or e})")
            continue
        if root.tag != "annotation":
            out.skipped.append(f"{f}: not a Pascal VOC file (the root element is <{root.tag}>, "
                               "not <annotation>)")
            continue
        out.files.append(_read_annotation(f, root))
    return out


def _read_annotation(f: Path, root: ET.Element) -> SourceFile:
    name = (root.findtext("filename") or "").strip()
    if not name:
        # some writers give only <path> (the labeler's absolute path)
        name = (root.findtext("path") or "").strip().replace("\\", "/").rsplit("/", 1)[-1]
    sf = SourceFile(source=str(f), image_ref=name, near=f.parent, stem_hint=f.stem)
    try:
        size = root.find("size")
        if size is not None:
            w, h = int(float(size.findtext("width"))), int(float(size.findtext("height")))
            sf.size = (w, h) if w > 0 and h > 0 else None
    except (TypeError, ValueError):
        sf.size = None
    for k, obj in enumerate(root.findall("object"), start=1):
        label = (obj.findtext("name") or "").strip()
        box = obj.find("bndbox")
        if box is None:
            kind = "a rotated box (robndbox)" if obj.find("robndbox") is not None else "no <bndbox>"
            sf.skipped.append(f"object {k} ({label}) has {kind}; only axis-aligned boxes convert")
            continue
        try:
            x1, y1, x2, y2 = (float(box.findtext(t)) for t in ("xmin", "ymin", "xmax", "ymax"))
        except (TypeError, ValueError):
            sf.skipped.append(f"object {k} ({label}): <bndbox> lacks a number in xmin/ymin/xmax/ymax")
            continue
        sf.objects.append(SourceObject(label, x1, y1, x2, y2))
    return sf
