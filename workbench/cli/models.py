"""``workbench models``: the model manager without a window: list, download (resumable, through a
mirror), add a file."""
from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    """Add the ``models`` subcommand to the ``workbench`` command parser."""
    p = subparsers.add_parser(
        "models", help="list, download or add pretrained models",
        description="Without options: list the models on this computer (where each comes from, its size). "
                    "--download NAME fetches pretrained weights (resuming a partial file) into Workbench's "
                    "model folder; --add FILE copies a checked .pt there.")
    p.add_argument("--download", metavar="NAME", help="pretrained weights to download, e.g. yolo11n.pt")
    p.add_argument("--mirror", default="", metavar="URL",
                   help="base URL of a mirror of Ultralytics' release folder (default: GitHub)")
    p.add_argument("--add", nargs="+", metavar="FILE", help=".pt files to copy into the model folder")
    p.set_defaults(func=run_models)


def run_models(args: argparse.Namespace) -> int:
    """List, download or add; 0 on success, 1 when a download or an addition failed."""
    from ..checkpoints import UnsafeCheckpoint
    from ..training.weights import DownloadError, add_model_file, download_weights, local_models, models_dir

    status = 0
    if args.download:
        def progress(done: int, total: int) -> None:
            if total:
                print(f"\r{args.download}: {done * 100 // total}% of {total / 1e6:.1f} MB", end="", flush=True)

        try:
            path = download_weights(args.download, args.mirror, progress=progress)
            print(f"\ndownloaded {path}")
        except DownloadError as e:
            print(f"\n{e}", file=sys.stderr)
            status = 1
    for f in args.add or []:
        try:
            print(f"added {add_model_file(f)}")
        except (UnsafeCheckpoint, OSError) as e:
            print(f"not added: {e}", file=sys.stderr)
            status = 1
    if not args.download and not args.add:
        print(f"model folder: {models_dir()}")
        for m in local_models():
            note = f"  NOT USED: {m.problem}" if m.problem else ""
            print(f"{m.path}  ({m.source}, {m.size / 1e6:.1f} MB){note}")
    return status
