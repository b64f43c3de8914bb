"""Read Pascal VOC XML files (as LabelImg, CVAT and the VOC dataset write them) for the importer.

Coordinates are taken as LabelImg writes and reads them: pixel edges, no 1-based shift (the 1 px
VOC convention differs between tools; LabelImg's own YOLO export does not shift either).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from .types import ParsedSource, SourceFile, SourceObject, annotation_files
from ..messages import at, define, msg
from .labelme import CANNOT_READ

BAD_XML = define("import.bad_xml", "not valid XML (line {line}); fix or remove the file")
NOT_VOC = define("import.not_voc", "not a Pascal VOC file (the root element is <{tag}>, not <annotation>)")
ROTATED = define("import.rotated", "object {k} ({label}) has a rotated box (robndbox); only axis-aligned boxes "
                 "convert")
NO_BNDBOX = define("import.no_bndbox", "object {k} ({label}) has no <bndbox>; only axis-aligned boxes convert")
BAD_BNDBOX = define("import.bad_bndbox", "object {k} ({label}): <bndbox> lacks a number in xmin/ymin/xmax/ymax")


def read_voc(src: Path) -> ParsedSource:
    """Every ``.xml`` under ``src`` (or the file ``src``) as one :class:`SourceFile` per image."""
    out = ParsedSource()
    for f in annotation_files(src, ".xml"):
        try:
            root = ET.parse(f).getroot()
        except ET.ParseError as e:
            out.skipped.append(at(f, msg(BAD_XML, line=e.position[0])))
            continue
        except OSError as e:
            out.skipped.append(at(f, msg(CANNOT_READ, why=e.strerror or e)))
            continue
        if root.tag != "annotation":
            out.skipped.append(at(f, msg(NOT_VOC, tag=root.tag)))
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
            sf.skipped.append(msg(ROTATED if obj.find("robndbox") is not None else NO_BNDBOX, k=k, label=label))
            continue
        try:
            x1, y1, x2, y2 = (float(box.findtext(t)) for t in ("xmin", "ymin", "xmax", "ymax"))
        except (TypeError, ValueError):
            sf.skipped.append(msg(BAD_BNDBOX, k=k, label=label))
            continue
        sf.objects.append(SourceObject(label, x1, y1, x2, y2))
    return sf
