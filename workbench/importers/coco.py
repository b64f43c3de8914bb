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


def read_coco(src: Path) -> ParsedSource:
    """The images of the COCO file ``src`` as :class:`SourceFile` records (in the file's order).

    Raises :class:`ImportFormatError` naming the file when it is not a COCO detection file.
    """
    if src.is_dir():
        found = sorted(src.glob("*.json"))
        if len(found) != 1:
            raise ImportFormatError(f"{src}: give the COCO .json file itself "
                                    f"({len(found)} .json files in this folder)")
        src = found[0]
    try:
        data = json.loads(src.read_text(encoding="utf-8-sig"))
    except ValueError as e:
        raise ImportFormatError(f"{src}: not valid JSON (line {getattr(e, 'lineno', '?')})") from e
    except OSError as e:
        raise ImportFormatError(f"{src}: cannot read ({e.strerror or e})") from e
    if not (isinstance(data, dict) and all(isinstance(data.get(k), list) for k in ("images", "annotations"))):
        raise ImportFormatError(f"{src}: not a COCO file (needs \"images\" and \"annotations\" lists)")
    out = ParsedSource()
    cats: dict = {}
    for c in data.get("categories") or []:
        if isinstance(c, dict) and "id" in c:
            cats[c["id"]] = str(c.get("name") or c["id"])
    out.class_order = [cats[k] for k in sorted(cats, key=_sort_key)]
    by_id: dict = {}
    for im in data["images"]:
        if not isinstance(im, dict) or "id" not in im:
            out.skipped.append(f"{src.name}: an entry of \"images\" has no id")
            continue
        name = str(im.get("file_name") or "")
        try:
            size = (int(im.get("width") or 0), int(im.get("height") or 0))
        except (TypeError, ValueError):
            size = (0, 0)
        # near: Roboflow's COCO export keeps _annotations.coco.json beside the images of each split
        sf = SourceFile(source=f"{src.name}: image {im['id']} ({name})", image_ref=name, near=src.parent,
                        size=size if all(size) else None)
        by_id[im["id"]] = sf
        out.files.append(sf)
    for a in data["annotations"]:
        if not isinstance(a, dict):
            continue
        sf = by_id.get(a.get("image_id"))
        if sf is None:
            out.skipped.append(f"{src.name}: annotation {a.get('id')} names image id {a.get('image_id')}, "
                               "which is not in \"images\"")
            continue
        cat = a.get("category_id")
        name = cats.get(cat)
        what = f"annotation {a.get('id')}"
        if name is None:
            sf.skipped.append(f"{what}: category id {cat} is not in \"categories\"")
        elif a.get("iscrowd"):
            sf.skipped.append(f"{what} ({name}) is a crowd region (iscrowd=1); Ultralytics does not "
                              "train on those, so it was left out")
        else:
            try:
                x, y, w, h = (float(v) for v in a.get("bbox"))
            except (TypeError, ValueError):
                sf.skipped.append(f"{what} ({name}) has no [x, y, w, h] bbox")
                continue
            if not all(math.isfinite(v) for v in (x, y, w, h)):
                sf.skipped.append(f"{what} ({name}): bbox {a.get('bbox')} holds a value that is not a number; "
                                  "left out")
                continue
            if w <= 0 or h <= 0:
                # Ultralytics' own COCO converter skips these too: a flipped box is a guess
                sf.skipped.append(f"{what} ({name}): bbox {a.get('bbox')} has a width or height of 0 or less; "
                                  "left out")
                continue
            sf.objects.append(SourceObject(name, x, y, x + w, y + h))
    return out


def _sort_key(k):
    return (0, k, "") if isinstance(k, (int, float)) else (1, 0, str(k))
