"""Command line: ``workbench [FOLDER]`` opens the GUI; ``workbench COMMAND ...`` runs headless.

Each feature owns the module that defines its subcommands (``register(subparsers)`` adds the
parsers and sets ``func``); this file only knows their names, so ``workbench --version`` and
the GUI start import none of them.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__

# subcommand -> module with ``register(subparsers)``; one module may register several names.
SUBCOMMANDS = {
    "check": "workbench.cli.dataset",
    "split": "workbench.cli.dataset",
    "import": "workbench.cli.importers",
    "train": "workbench.cli.training",
    "predict": "workbench.cli.inference",
    "export": "workbench.cli.inference",
    "models": "workbench.cli.models",
    "selftest": "workbench.cli.selftest",
    "selftest-gui": "workbench.cli.selftest",
}


# Set by the ``workbench`` program (``workbench.__main__``): the process ends right after the command,
# so a command need not give memory back; a direct ``main([...])`` call (tests, scripts) leaves it False.
exit_after_command = False


def build_parser() -> argparse.ArgumentParser:
    """The GUI parser: ``workbench [FOLDER] [--sample] [--screenshot OUT.png]``."""
    p = argparse.ArgumentParser(prog="workbench",
                                description="Label photos with YOLO boxes, build a dataset, train and preview.",
                                epilog="headless commands: " + ", ".join(c for c in SUBCOMMANDS if c != "selftest-gui")
                                + " (workbench COMMAND --help)")
    p.add_argument("--version", action="version", version=f"workbench {__version__}")
    p.add_argument("folder", nargs="?", help="folder of photos to open (default: the last one, or the sample)")
    p.add_argument("--sample", action="store_true", help="open (a copy of) the bundled sample project")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="render the main window to a PNG and exit (works offscreen)")
    p.add_argument("--selftest", action="store_true",
                   help="check that this installation works (same as `workbench selftest`; see its --help)")
    return p


def build_command_parser() -> argparse.ArgumentParser:
    """The parser of the headless subcommands (imports each feature's cli module)."""
    p = argparse.ArgumentParser(prog="workbench")
    sub = p.add_subparsers(dest="command", required=True)
    done = set()
    for module in SUBCOMMANDS.values():
        if module in done:
            continue
        done.add(module)
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name != module:
                raise
            continue  # a feature not built yet
        mod.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--selftest":
        argv = ["selftest", *argv[1:]]
    if argv and argv[0] in SUBCOMMANDS:
        args = build_command_parser().parse_args(argv)
        return int(args.func(args) or 0)
    args = build_parser().parse_args(argv)
    from ..app import run_gui

    return run_gui(args.folder, args.screenshot, args.sample)
