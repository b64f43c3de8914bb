"""Import boxes from Pascal VOC XML (LabelImg), COCO JSON and labelme JSON into YOLO label files.

* ``types``    parsed sources and the import report (imports nothing else here);
* ``voc``, ``coco``, ``labelme``  one reader per format: files -> :class:`SourceFile` records;
* ``lookup``   which project image an annotation names;
* ``convert``  :func:`import_labels`: everything that protects a user's work, once.
"""
from __future__ import annotations

from .convert import import_labels, read_source
from .types import (FORMATS, ImportFormatError, ImportReport, ParsedSource, SourceFile, SourceObject,
                    annotation_files)

__all__ = ["FORMATS", "ImportFormatError", "ImportReport", "ParsedSource", "SourceFile", "SourceObject",
           "annotation_files", "import_labels", "read_source"]
