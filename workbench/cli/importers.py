"""``workbench import FORMAT SRC FOLDER``: VOC / COCO / labelme annotations into YOLO label files."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    """Add the ``import`` subcommand to ``subparsers``."""
    p = subparsers.add_parser(
        "import", help="import Pascal VOC, COCO or labelme boxes as YOLO label files",
        description="Convert boxes from Pascal VOC XML (LabelImg), COCO JSON or labelme JSON into "
                    "YOLO .txt label files beside the project's images. Existing label files are "
                    "kept unless --overwrite is given. Exit code: 0 all converted, 1 something was "
                    "skipped or kept, 2 error.")
    p.add_argument("format", choices=["voc", "coco", "labelme"], help="format of the annotations")
    p.add_argument("src", help="folder of .xml (voc) / .json (labelme) files, or the COCO .json file")
    p.add_argument("folder", help="the project folder holding the images (or its data.yaml)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace label files that already exist (default: keep them)")
    p.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Run the import and print its report; returns the exit code."""
    from ..importers import ImportFormatError, import_labels
    from ..labels import LabelWriteError
    from ..project import ProjectError

    try:
        report = import_labels(args.format, Path(args.src), Path(args.folder), overwrite=args.overwrite)
    except (ImportFormatError, ProjectError, LabelWriteError) as e:
        print(f"workbench import: {e}", file=sys.stderr)
        return 2
    for line in report.lines():
        print(line)
    return 0 if report.complete else 1
