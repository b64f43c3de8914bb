"""Command line: ``workbench [FOLDER]`` opens the GUI; headless subcommands come with their pages."""
from __future__ import annotations

import argparse

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="workbench",
                                description="Label photos with YOLO boxes, build a dataset, train and preview.")
    p.add_argument("--version", action="version", version=f"workbench {__version__}")
    p.add_argument("folder", nargs="?", help="folder of photos to open (default: the last one, or the sample)")
    p.add_argument("--sample", action="store_true", help="open (a copy of) the bundled sample project")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="render the main window to a PNG and exit (works offscreen)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .app import run_gui

    return run_gui(args.folder, args.screenshot, args.sample)
