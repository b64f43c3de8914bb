"""``workbench check FOLDER [--json]`` and ``workbench split FOLDER --out DIR ...`` (headless)."""
from __future__ import annotations

import argparse
import codecs
import json
import sys
import time
from pathlib import Path


def _replace_unprintable(err: UnicodeError):
    # A file name's bytes that are not UTF-8 (Linux allows them) reach here as lone surrogates:
    # printed as U+FFFD on a UTF-8 terminal (valid UTF-8 for --json readers), escaped elsewhere.
    if isinstance(err, UnicodeEncodeError) and err.encoding.lower().replace("-", "").startswith("utf"):
        return "\ufffd".encode("utf-8") * (err.end - err.start), err.end   # bytes: the codec takes them as they are
    return codecs.backslashreplace_errors(err)


codecs.register_error("workbench-readable", _replace_unprintable)


def readable_output() -> None:
    """Make stdout and stderr print any file name instead of raising ``UnicodeEncodeError``."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="workbench-readable")
        except (AttributeError, ValueError):   # not a text stream we may reconfigure (a test's capture)
            pass


def register(subparsers) -> None:
    """Add the ``check`` and ``split`` subcommands to the headless command parser."""
    p = subparsers.add_parser("check", help="check a labeling project before training",
                              description="Check every image and label file as Ultralytics would. "
                              "Exit status 0 when nothing blocks training, 1 otherwise.")
    p.add_argument("folder", help="the project folder (photos + YOLO .txt labels + classes.txt)")
    p.add_argument("--json", action="store_true", help="print the whole report as JSON")
    p.add_argument("--imgsz", type=int, default=640, help="training image size, for the tiny-box advice")
    p.set_defaults(func=run_check)

    s = subparsers.add_parser("split", help="split a project and build the Ultralytics dataset",
                              description="Split train/val(/test), stable across runs (stored in "
                              "FOLDER/.workbench/split.json), and build DIR/images, DIR/labels, DIR/data.yaml.")
    s.add_argument("folder", help="the project folder")
    s.add_argument("--out", help="dataset folder (default: FOLDER/dataset); replaced on every build")
    s.add_argument("--val", type=float, default=0.2, help="fraction for validation (default 0.2)")
    s.add_argument("--test", type=float, default=0.0, help="fraction for test (default 0)")
    s.add_argument("--seed", type=int, default=0, help="seed of the split (default 0)")
    s.add_argument("--no-groups", action="store_true",
                   help="split image by image (by default bursts and look-alike photos stay together)")
    s.set_defaults(func=run_split)


def _open(folder: str):
    """The project, after saying on stderr which folder will be read (listing /usr takes a while)."""
    from ..project import Project, ProjectError, is_inside, project_root_for

    given = Path(folder)
    root = project_root_for(given).resolve()
    home = given.resolve().parent if given.is_file() else given.resolve()
    if given.is_file() and not is_inside(root, home):
        print(f"note: {given} sets path: {root}, outside {home}; the images are read from there",
              file=sys.stderr, flush=True)
    print(f"reading images and labels under {root}", file=sys.stderr, flush=True)
    try:
        return Project(folder)
    except ProjectError as e:
        print(f"workbench: {e}", file=sys.stderr)
        return None


def _progress(what: str):
    """A progress callback that prints ``what done/total`` on stderr at most once a second."""
    last = [0.0]

    def progress(done: int, total: int) -> bool:
        now = time.monotonic()
        if done == total or now - last[0] >= 1.0:
            last[0] = now
            print(f"{what} {done}/{total}", file=sys.stderr, flush=True)
        return True

    return progress


def report_dict(report) -> dict:
    """A JSON-ready form of a :class:`~workbench.dataset.CheckReport`."""
    s = report.stats
    return {
        "ok": report.ok,
        "counts": {"labeled": s.labeled, "backgrounds": s.backgrounds, "unlabeled": s.unlabeled,
                   "problems": s.problems, "images": len(report.images)},
        "classes": [{"id": i, "name": n, "instances": s.instances[i], "images": s.images_with[i]}
                    for i, n in enumerate(s.class_names)],
        "findings": [{"image": str(f.image), "file": str(f.file), "line": f.line, "message": f.message,
                      "blocking": f.blocking} for f in report.findings],
        "advice": report.advice,
        "images": [{"image": str(c.image), "label": str(c.label), "status": c.status.name.lower(),
                    "width": c.width, "height": c.height, "boxes": len(c.classes)} for c in report.images],
    }


def run_check(args: argparse.Namespace) -> int:
    """``workbench check``: print the findings (or JSON); 0 when nothing blocks training."""
    from ..dataset import check_project

    readable_output()
    project = _open(args.folder)
    if project is None:
        return 2
    report = check_project(project, progress=_progress("checked images"), imgsz=args.imgsz)
    if args.json:
        print(json.dumps(report_dict(report), ensure_ascii=False, indent=1))
        return 0 if report.ok else 1
    s = report.stats
    print(f"{len(report.images)} images: {s.labeled} labeled, {s.backgrounds} backgrounds, "
          f"{s.unlabeled} not labeled, {s.problems} with problems")
    for name, n, k in zip(s.class_names, s.instances, s.images_with):
        print(f"  {name}: {n} boxes in {k} images")
    for f in report.findings:
        print(f"{'error' if f.blocking else 'warning'}: {f}")
    for a in report.advice:
        print(f"advice: {a}")
    print("OK: nothing blocks training" if report.ok
          else f"{len(report.blocking)} problem(s) block training; fix them and check again")
    return 0 if report.ok else 1


def run_split(args: argparse.Namespace) -> int:
    """``workbench split``: check, split (stable), build the dataset and print the counts."""
    from ..dataset import DatasetError, SplitSettings, build_dataset, check_project, plan_split

    readable_output()
    from ..dataset.build import default_dataset_dir
    from ..dataset.split import split_path

    project = _open(args.folder)
    if project is None:
        return 2
    if project.root_outside_home and not args.out:
        # a data.yaml whose path: leads elsewhere (/usr): never build or store anything there unasked
        print(f"workbench: {args.folder} reads images from {project.root}, outside {project.home}; "
              "nothing was written. Pass --out DIR to choose where the dataset is built", file=sys.stderr)
        return 2
    out = Path(args.out).resolve() if args.out else default_dataset_dir(project)
    print(f"writing the dataset to {out} (replaced on every build) and the split to {split_path(project)}",
          flush=True)
    report = check_project(project, progress=_progress("checked images"))
    for f in report.blocking:
        print(f"left out: {f}")
    try:
        plan = plan_split(project, report, SplitSettings(val=args.val, test=args.test, seed=args.seed,
                                                         group=not args.no_groups),
                          progress=_progress("compared photos"))
        result = build_dataset(project, plan, out, progress=_progress("copied images"))
    except (DatasetError, OSError) as e:
        print(f"workbench: {e}", file=sys.stderr)
        return 1
    for w in plan.warnings:
        print(f"warning: {w}")
    parts = ", ".join(f"{s} {n} ({result.backgrounds.get(s, 0)} backgrounds)" for s, n in result.counts.items())
    print(f"split: {parts}; {plan.groups} groups of similar images kept together; "
          f"left out: {plan.unlabeled} not labeled, {plan.problems} with problems")
    print(f"dataset: {result.root} ({result.seconds:.1f} s)")
    print(f"data.yaml: {result.data_yaml}")
    return 0
