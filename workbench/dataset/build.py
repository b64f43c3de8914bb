"""Build an Ultralytics dataset folder from a split plan, atomically (no Qt).

The dataset is written into a hidden sibling folder and swapped in at the end, so a build
killed half-way leaves the previous dataset intact, and no stale Ultralytics ``*.cache``
survives a rebuild. Images are copied (reflinked where the file system can), never linked:
Ultralytics re-saves truncated JPEGs in place and must never touch the user's photos.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import labels
from .check import is_warning, unique_boxes
from .split import save_split, split_path
from .types import BuildResult, Cancelled, DatasetError, Progress, SplitPlan
from ..images import DATASET_MARKER
from ..messages import define, msg
from ..project import Project

SUBSETS = ("train", "val", "test")
_FICLONE = 0x40049409  # linux/fs.h: share the blocks of another file (btrfs, xfs, ...)
_PROGRESS_EVERY = 64
COPY_FAILED = define("build.copy_failed", "could not copy {src} to {dst}: {why}")
REPLACES_PROJECT = define("build.replaces_project", "{out}: the dataset cannot replace the project folder; "
                          "choose a folder such as {suggestion}")
OUT_IS_FILE = define("build.out_is_file", "{out} is a file; choose a folder for the dataset")
OUT_NOT_EMPTY = define("build.out_not_empty", "{out} is not empty and was not built by Workbench; choose an empty "
                       "folder (Workbench replaces the whole folder on every build)")
NOTHING_TO_BUILD = define("build.nothing", "no image is labeled or marked as background yet; label some photos first")
NO_CLASS_LIST = define("build.no_class_list", "{path}: the class list is missing; add the classes first")
CHANGED_SINCE_CHECK = define("build.changed_since_check", "{path}: changed since the check (missing or has "
                             "problems); check the dataset again")
SPLIT_NOT_STORED = define("build.split_not_stored", "{path}: the dataset was built in {out}, but the split could "
                          "not be stored ({why}); the next build may move images between train and val. Make "
                          "the project folder writable and build again")
_COPY_THREADS = 4   # file copies in flight at once (cp -r has one; small files leave the disk idle)


def default_dataset_dir(project: Project) -> Path:
    """Where a project's dataset is built unless the user chooses another folder: inside the
    folder the user opened, even when its data.yaml reads images from elsewhere."""
    return (project.home if project.root_outside_home else project.root) / "dataset"


def flat_names(rel_names: list[str]) -> list[str]:
    """Unique file names for images that all land in flat folders, deterministically.

    A name is kept unless another image has the same stem (case-insensitive: ``a.jpg`` and
    ``A.png`` in different folders would share ``a.txt``); those take their folder path,
    ``sub/dir/a.jpg`` -> ``sub__dir__a.jpg``. Remaining clashes get ``~2``, ``~3`` ...
    """
    def stem(n: str) -> str:
        base = n.rpartition("/")[2]
        return (base.rpartition(".")[0] or base).casefold()

    counts: dict[str, int] = {}
    for n in rel_names:
        counts[stem(n)] = counts.get(stem(n), 0) + 1
    taken: set[str] = set()
    out = []
    for n in rel_names:
        name = n.rpartition("/")[2] if counts[stem(n)] == 1 else n.replace("/", "__")
        base, dot, ext = name.rpartition(".")
        if not dot:
            base, ext = name, ""
        k = 1
        while stem(name) in taken:
            k += 1
            name = f"{base}~{k}{dot}{ext}"
        taken.add(stem(name))
        out.append(name)
    return out


class _Copier:
    """Copy files, trying a reflink first and falling back to an in-kernel copy."""

    def __init__(self):
        self.reflink = os.name == "posix"
        self.reflinked = False

    def copy(self, src: str, dst: str) -> None:
        with open(src, "rb") as fs, open(dst, "wb") as fd:
            if self.reflink:
                try:
                    import fcntl

                    fcntl.ioctl(fd.fileno(), _FICLONE, fs.fileno())
                    self.reflinked = True
                    return
                except OSError:
                    self.reflink = False  # not on this file system: do not ask again per file
            try:
                shutil.copyfileobj(fs, fd, 1 << 20) if os.name != "posix" else _kernel_copy(fs, fd)
            except OSError as e:
                raise DatasetError(msg(COPY_FAILED, src=src, dst=dst, why=e.strerror or e)) from e


def _copy_pair(copier: _Copier, src: str, dst: str, label: Path, text: str) -> None:
    """One image copied and its label file written (in a copy thread)."""
    copier.copy(src, dst)
    with open(label, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _kernel_copy(fs, fd) -> None:
    # copy_file_range: the kernel copies (or shares blocks on file systems that can), as cp does.
    size = os.fstat(fs.fileno()).st_size
    sent = 0
    try:
        while sent < size:
            n = os.copy_file_range(fs.fileno(), fd.fileno(), size - sent)
            if n == 0:
                break
            sent += n
    except (OSError, AttributeError) as e:
        if sent or (isinstance(e, OSError) and e.errno not in (errno.EXDEV, errno.EINVAL, errno.ENOSYS,
                                                              errno.EOPNOTSUPP, errno.EPERM)):
            raise
        fs.seek(0)
        shutil.copyfileobj(fs, fd, 1 << 20)


def _check_out_dir(project: Project, out: Path) -> None:
    root = project.root
    if out == root or out in root.parents:
        raise DatasetError(msg(REPLACES_PROJECT, out=out, suggestion=root / "dataset"))
    if out.exists() and not out.is_dir():
        raise DatasetError(msg(OUT_IS_FILE, out=out))
    if out.is_dir() and not (out / DATASET_MARKER).exists() and any(out.iterdir()):
        raise DatasetError(msg(OUT_NOT_EMPTY, out=out))


def _recover(out: Path) -> None:
    """Finish or undo what a killed build left beside ``out``."""
    parent = out.parent
    if not parent.is_dir():
        return
    olds = sorted(parent.glob(f".{out.name}.old-*"))
    if not out.exists() and olds:
        os.rename(olds[-1], out)  # killed between the two renames of a swap: put it back
        olds = olds[:-1]
    for stale in olds + sorted(parent.glob(f".{out.name}.building-*")):
        shutil.rmtree(stale, ignore_errors=True)


def _swap_in(new: Path, out: Path) -> None:
    if not out.exists():
        os.rename(new, out)
        return
    if _exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now holds the previous dataset
        return
    old = out.with_name(f".{out.name}.old-{uuid.uuid4().hex[:8]}")
    os.rename(out, old)
    os.rename(new, out)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _data_yaml(out: Path, names: list[str], subsets: list[str]) -> str:
    import yaml

    data = {"path": out.as_posix()}
    for s in subsets:
        data[s] = f"images/{s}"
    data["names"] = dict(enumerate(names))
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def build_dataset(project: Project, plan: SplitPlan, out_dir: Path | None = None,
                  progress: Progress | None = None) -> BuildResult:
    """Copy images and labels into ``out_dir`` (default: ``<project>/dataset``) atomically.

    Writes ``images/{train,val[,test]}``, ``labels/...`` (an empty file for a background,
    duplicate boxes removed as Ultralytics removes them), ``data.yaml`` with an absolute
    ``path`` and ``names`` from classes.txt, and a marker that keeps the folder out of the
    project's image list. Once the new dataset is in place the plan's assignment is stored in
    the project (``save_split``), so the next plan keeps every built image on its side.
    ``progress(done, total)`` returning False raises :class:`Cancelled` and leaves the previous
    dataset (and the stored split) as they were. Raises :class:`DatasetError` naming the file.
    """
    t0 = time.perf_counter()
    out = Path(out_dir or default_dataset_dir(project)).resolve()
    _check_out_dir(project, out)
    if not plan.subset:
        raise DatasetError(msg(NOTHING_TO_BUILD))
    if not project.classes:
        raise DatasetError(msg(NO_CLASS_LIST, path=project.classes_path))
    out.parent.mkdir(parents=True, exist_ok=True)
    _recover(out)
    root_len = len(str(project.root).rstrip(os.sep)) + 1
    items = sorted(plan.subset.items(), key=lambda kv: str(kv[0]))
    rels = [str(p)[root_len:].replace(os.sep, "/") for p, _ in items]
    names = flat_names(rels)
    used = [s for s in SUBSETS if s in ("train", "val") or any(v == s for _, v in items)]
    tmp = out.with_name(f".{out.name}.building-{uuid.uuid4().hex[:8]}")
    counts = dict.fromkeys(used, 0)
    backgrounds = dict.fromkeys(used, 0)
    copier = _Copier()
    total = len(items)
    try:
        for s in used:
            (tmp / "images" / s).mkdir(parents=True)
            (tmp / "labels" / s).mkdir(parents=True)
        num_classes = len(project.classes)
        # File copies and writes run on a few threads (the copy syscalls release the GIL): one
        # thread leaves the disk idle between small files. Labels are read and checked here.
        with ThreadPoolExecutor(max_workers=_COPY_THREADS) as pool:
            pending = []
            for done, ((image, s), name) in enumerate(zip(items, names)):
                if done % _PROGRESS_EVERY == 0:
                    for fut in pending:
                        fut.result()   # a failed copy stops the build here, naming the file
                    pending.clear()
                    if progress and progress(done, total) is False:
                        raise Cancelled()
                lf = labels.read_label_file(labels.label_path_for(image), num_classes)
                if not lf.exists or lf.bad_lines or not all(map(is_warning, lf.problems)):
                    raise DatasetError(msg(CHANGED_SINCE_CHECK, path=lf.path))
                boxes = unique_boxes(lf.boxes)
                text = "".join(b.raw.strip() + "\n" for b in boxes)
                stem = name.rpartition(".")[0] or name
                pending.append(pool.submit(_copy_pair, copier, str(image), str(tmp / "images" / s / name),
                                           tmp / "labels" / s / f"{stem}.txt", text))
                counts[s] += 1
                backgrounds[s] += not boxes
            for fut in pending:
                fut.result()
        (tmp / "data.yaml").write_text(_data_yaml(out, project.classes, used), encoding="utf-8")
        (tmp / DATASET_MARKER).write_text(json.dumps(
            {"project": str(project.root), "built": time.strftime("%Y-%m-%dT%H:%M:%S")},
            ensure_ascii=False) + "\n", encoding="utf-8")
        if progress and progress(total, total) is False:
            raise Cancelled()
        _swap_in(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if plan.assign:
        # Only a built split is stored (a preview writes nothing): from now on these images stay put.
        try:
            save_split(project, plan)
        except OSError as e:
            raise DatasetError(msg(SPLIT_NOT_STORED, path=split_path(project), out=out,
                                   why=e.strerror or e)) from e
    return BuildResult(out, out / "data.yaml", counts, backgrounds, time.perf_counter() - t0, copier.reflinked)

