"""What the format readers hand over: pixel boxes and class names as written, and the report.

Shared by every module of :mod:`workbench.importers`; imports nothing else of the package.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..images import SKIP_DIRS

FORMATS = ("voc", "coco", "labelme")

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
        out = [f"{self.converted} label files written, {self.boxes} boxes"
               + (f", {self.unchanged} already up to date" if self.unchanged else "")]
        if self.classes_added:
            out.append("classes added: " + ", ".join(self.classes_added))
        if self.existing:
            out.append(f"{len(self.existing)} label files already exist and were kept "
                       "(import again with overwrite to replace them):")
            out += [f"  {p}" for p in self.existing]
        if self.skipped:
            out.append(f"{len(self.skipped)} not converted:")
            out += [f"  {s}" for s in self.skipped]
        if self.notes:
            out.append(f"{len(self.notes)} notes:")
            out += [f"  {s}" for s in self.notes]
        if self.cancelled:
            out.append("cancelled: nothing was written")
        return out


def annotation_files(src: Path, suffix: str) -> list[Path]:
    """``src`` itself, or every ``*suffix`` file under the folder ``src`` (hidden folders and
    Ultralytics' ``runs`` skipped: its predictions.json is no annotation file)."""
    if src.is_file():
        return [src]
    if not src.is_dir():
        raise ImportFormatError(f"{src}: no such file or folder")
    out = []
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS)
        out += [Path(dirpath) / f for f in sorted(filenames)
                if f.lower().endswith(suffix) and not f.startswith(".")]
    if not out:
        raise ImportFormatError(f"{src}: no {suffix} files found; pick the folder that holds them")
    return out
