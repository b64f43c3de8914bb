"""Read one COCO detection JSON (``images``, ``annotations``, ``categories``) for the importer.

Category ids are arbitrary (COCO's own skip numbers), so classes are matched by name; the
category order decides the order new classes are appended in. ``bbox`` is ``[x, y, w, h]`` in
pixels. Crowd regions (``iscrowd``) are left out as Ultralytics' own COCO converter does.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from .types import ImportFormatError, ParsedSource, SourceFile, SourceObject
from ..messages import at, define, msg
from .labelme import CANNOT_READ

SEVERAL_JSON = define("import.several_json", "give the COCO .json file itself ({n} .json files in this folder)")
COCO_BAD_JSON = define("import.coco_bad_json", "not valid JSON (line {line})")
NOT_COCO = define("import.not_coco", "not a COCO file (needs \"images\" and \"annotations\" lists)")
IMAGE_WITHOUT_ID = define("import.image_without_id", "an entry of \"images\" has no id")
COCO_IMAGE = define("import.coco_image", "{file}: image {id} ({name})")
UNKNOWN_IMAGE_ID = define("import.unknown_image_id", "annotation {id} names image id {image_id}, which is not in "
                          "\"images\"")
UNKNOWN_CATEGORY = define("import.unknown_category", "annotation {id}: category id {cat} is not in \"categories\"")
CROWD = define("import.crowd", "annotation {id} ({name}) is a crowd region (iscrowd=1); Ultralytics does not train "
               "on those, so it was left out")
BBOX_NOT_FINITE = define("import.bbox_not_finite", "annotation {id} ({name}): bbox {bbox} holds a value that is "
                         "not a number; left out")
BBOX_NOT_POSITIVE = define("import.bbox_not_positive", "annotation {id} ({name}): bbox {bbox} has a width or height "
                           "of 0 or less; left out")
NO_BBOX = define("import.no_bbox", "annotation {id} ({name}) has no [x, y, w, h] bbox")


def read_coco(src: Path) -> ParsedSource:
    """The images of the COCO file ``src`` as :class:`SourceFile` records (in the file's order).

    Raises :class:`ImportFormatError` naming the file when it is not a COCO detection file.
    """
    if src.is_dir():
        found = sorted(src.glob("*.json"))
        if len(found) != 1:
            raise ImportFormatError(at(src, msg(SEVERAL_JSON, n=len(found))))
        src = found[0]
    try:
        data = json.loads(src.read_text(encoding="utf-8-sig"))
    except ValueError as e:
        raise ImportFormatError(at(src, msg(COCO_BAD_JSON, line=getattr(e, "lineno", "?")))) from e
    except OSError as e:
        raise ImportFormatError(at(src, msg(CANNOT_READ, why=e.strerror or e))) from e
    if not (isinstance(data, dict) and all(isinstance(data.get(k), list) for k in ("images", "annotations"))):
        raise ImportFormatError(at(src, msg(NOT_COCO)))
    out = ParsedSource()
    cats: dict = {}
    for c in data.get("categories") or []:
        if isinstance(c, dict) and "id" in c:
            cats[c["id"]] = str(c.get("name") or c["id"])
    out.class_order = [cats[k] for k in sorted(cats, key=_sort_key)]
    by_id: dict = {}
    for im in data["images"]:
        if not isinstance(im, dict) or "id" not in im:
            out.skipped.append(at(src.name, msg(IMAGE_WITHOUT_ID)))
            continue
        name = str(im.get("file_name") or "")
        try:
            size = (int(im.get("width") or 0), int(im.get("height") or 0))
        except (TypeError, ValueError):
            size = (0, 0)
        # near: Roboflow's COCO export keeps _annotations.coco.json beside the images of each split
        sf = SourceFile(source=msg(COCO_IMAGE, file=src.name, id=im["id"], name=name), image_ref=name, near=src.parent,
                        size=size if all(size) else None)
        by_id[im["id"]] = sf
        out.files.append(sf)
    for a in data["annotations"]:
        if not isinstance(a, dict):
            continue
        sf = by_id.get(a.get("image_id"))
        if sf is None:
            out.skipped.append(at(src.name, msg(UNKNOWN_IMAGE_ID, id=a.get("id"), image_id=a.get("image_id"))))
            continue
        cat = a.get("category_id")
        name = cats.get(cat)
        if name is None:
            sf.skipped.append(msg(UNKNOWN_CATEGORY, id=a.get("id"), cat=cat))
        elif a.get("iscrowd"):
            sf.skipped.append(msg(CROWD, id=a.get("id"), name=name))
        else:
            try:
                x, y, w, h = (float(v) for v in a.get("bbox"))
            except (TypeError, ValueError):
                sf.skipped.append(msg(NO_BBOX, id=a.get("id"), name=name))
                continue
            if not all(math.isfinite(v) for v in (x, y, w, h)):
                sf.skipped.append(msg(BBOX_NOT_FINITE, id=a.get("id"), name=name, bbox=a.get("bbox")))
                continue
            if w <= 0 or h <= 0:
                # Ultralytics' own COCO converter skips these too: a flipped box is a guess
                sf.skipped.append(msg(BBOX_NOT_POSITIVE, id=a.get("id"), name=name, bbox=a.get("bbox")))
                continue
            sf.objects.append(SourceObject(name, x, y, x + w, y + h))
    return out


def _sort_key(k):
    return (0, k, "") if isinstance(k, (int, float)) else (1, 0, str(k))
