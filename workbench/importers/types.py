"""What the format readers hand over: pixel boxes and class names as written, and the report.

Shared by every module of :mod:`workbench.importers`; imports nothing else of the package.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..images import SKIP_DIRS
from ..messages import define, msg

FORMATS = ("voc", "coco", "labelme")

WRITTEN = define("import.written", "{files} label files written, {boxes} boxes")
WRITTEN_UNCHANGED = define("import.written_unchanged", "{files} label files written, {boxes} boxes, {unchanged} "
                           "already up to date")
CLASSES_ADDED = define("import.classes_added", "classes added: {names}")
KEPT = define("import.kept", "{n} label files already exist and were kept (import again with overwrite to "
              "replace them):")
NOT_CONVERTED = define("import.not_converted", "{n} not converted:")
NOTES = define("import.notes", "{n} notes:")
CANCELLED = define("import.cancelled", "cancelled: nothing was written")
NO_SOURCE = define("import.no_source", "{src}: no such file or folder")
NO_FILES = define("import.no_files", "{src}: no {suffix} files found; pick the folder that holds them")
INDENTED = define("import.indented", "  {text}")   # an entry under a heading: "file: why" (may be a Message)

# progress(done, total) -> False cancels before anything is written
Progress = Callable[[int, int], bool | None]


class ImportFormatError(Exception):
    """The source cannot be imported at all; the message names the file and says what to do."""


@dataclass
class SourceObject:
    """One box as an annotation file states it: class name and pixel corners."""

    name: str
    x1: float
    y1: float
    x2: float
    y2: float
    note: str | None = None  # how it was derived, e.g. "polygons converted to their bounding boxes"


@dataclass
class SourceFile:
    """The annotations of one image as a format module read them (nothing resolved yet)."""

    source: str                       # what messages name: a file, or "coco.json: image 7"
    image_ref: str                    # the image as the file names it (may hold folders, '\\')
    near: Path | None = None          # folder ``image_ref`` is relative to, when known
    size: tuple[int, int] | None = None  # (width, height) the file states, if any
    objects: list[SourceObject] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # objects that cannot become boxes: why
    stem_hint: str | None = None      # the annotation file's stem (LabelImg names it after the image)


@dataclass
class ParsedSource:
    """What a format module read: per-image records, whole-file failures, preferred class order."""

    files: list[SourceFile] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    class_order: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import did. Every entry of ``skipped`` and ``notes`` is ``"file: why"``."""

    converted: int = 0                # label files written
    boxes: int = 0                    # boxes in them
    classes_added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)    # files or objects not converted
    existing: list[Path] = field(default_factory=list)  # label files kept (overwrite=False)
    notes: list[str] = field(default_factory=list)      # converted, but look: clamped, polygon...
    unchanged: int = 0                # label files that already held exactly the imported boxes
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        """True when every annotation became a label file (nothing skipped or kept)."""
        return not (self.skipped or self.existing or self.cancelled)

    def lines(self) -> list[str]:
        """The report as text lines for a terminal or a dialog."""
        out: list[str] = [msg(WRITTEN_UNCHANGED if self.unchanged else WRITTEN, files=self.converted,
                              boxes=self.boxes, unchanged=self.unchanged)]
        if self.classes_added:
            out.append(msg(CLASSES_ADDED, names=", ".join(self.classes_added)))
        if self.existing:
            out.append(msg(KEPT, n=len(self.existing)))
            out += [f"  {p}" for p in self.existing]
        if self.skipped:
            out.append(msg(NOT_CONVERTED, n=len(self.skipped)))
            out += [msg(INDENTED, text=s) for s in self.skipped]
        if self.notes:
            out.append(msg(NOTES, n=len(self.notes)))
            out += [msg(INDENTED, text=s) for s in self.notes]
        if self.cancelled:
            out.append(msg(CANCELLED))
        return out


def annotation_files(src: Path, suffix: str) -> list[Path]:
    """``src`` itself, or every ``*suffix`` file under the folder ``src`` (hidden folders and
    Ultralytics' ``runs`` skipped: its predictions.json is no annotation file)."""
    if src.is_file():
        return [src]
    if not src.is_dir():
        raise ImportFormatError(msg(NO_SOURCE, src=src))
    out = []
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS)
        out += [Path(dirpath) / f for f in sorted(filenames)
                if f.lower().endswith(suffix) and not f.startswith(".")]
    if not out:
        raise ImportFormatError(msg(NO_FILES, src=src, suffix=suffix))
    return out
