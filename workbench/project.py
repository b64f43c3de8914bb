"""A labeling project: a folder of images, their label files, the class list, per-image status.

Plain Python (no Qt). The Label page, the dataset checker and the command line all go
through this module, so the label path rule, classes.txt ownership and the duplicate-stem
rule are implemented once.
"""
from __future__ import annotations

import enum
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import labels
from .labels import batch as file_batch
from .images import list_image_paths
from .labels import Box, LabelFile, Problem
from .messages import at, define, msg

CLASSES_FILE = "classes.txt"
STATE_DIR = ".workbench"  # per-project state Workbench owns (class colours)
CLASS_CHANGE_JOURNAL = "class-change.json"   # present only while a class delete/merge is being written

NOT_A_FOLDER = define("project.not_a_folder", "not a folder")
CLASSES_UNREADABLE = define("project.classes_unreadable", "cannot read the class list ({why})")
CLASS_EXISTS = define("project.class_exists", "a class named {name} already exists; use Merge to combine classes")
EMPTY_CLASS_NAME = define("project.empty_class_name", "a class name cannot be empty")
NO_SUCH_CLASS = define("project.no_such_class", "there is no class {index}")
CANNOT_MERGE = define("project.cannot_merge", "cannot merge class {index} into {into}")
SHARED_LABEL = define("project.shared_label", "{names} share one label file {label}; rename one of them so each "
                      "image has its own labels")
LABEL_IS_CLASS_LIST = define("project.label_is_class_list", "its label file would be {label}, the class list; "
                             "rename the image")
NOT_IN_PROJECT = define("project.not_in_project", "not an image file inside the project folder {root}")


class Status(enum.IntEnum):
    """Per-image labeling status, in the order the image list sorts problems first."""

    PROBLEM = 0
    NOT_LABELED = 1
    EMPTY = 2      # checked, no objects: an empty label file (a background image)
    LABELED = 3


class ProjectError(Exception):
    """A project-level operation failed; the message names the file and says what to do."""


@dataclass(frozen=True)
class ClassChange:
    """What a class delete/merge will do, for the confirmation dialog."""

    files: int          # label files that will be rewritten
    boxes_removed: int  # boxes of the deleted class
    boxes_changed: int  # boxes whose class id changes (merged or renumbered)


class PathList(Sequence):
    """A read-only list of paths kept as strings, handing out ``Path`` objects on access
    (a 10,000-image folder opens without building 20,000 Path objects)."""

    def __init__(self, paths: list[str]):
        self._paths = paths
        self._index: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._paths)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [Path(p) for p in self._paths[i]]
        return Path(self._paths[i])

    def str(self, i: int) -> str:
        return self._paths[i]

    def index(self, path, start: int = 0, stop: int | None = None) -> int:
        if self._index is None:
            self._index = {p: k for k, p in reversed(list(enumerate(self._paths)))}
        k = self._index.get(os.fspath(path))
        if k is None:
            raise ValueError(f"{path} is not in the list")
        return k


class Project:
    """Images under ``root`` with label files by Ultralytics' path rule and a classes.txt.

    Opening lists file names only; statuses are computed on demand with :meth:`status`
    (and cached until the image is saved), so a 10,000-image folder opens instantly.
    """

    def __init__(self, root: str | os.PathLike):
        # a dataset's data.yaml may be given instead of its folder; its names are the classes
        given = Path(root)
        self.data_yaml: Path | None = given.resolve() if _is_yaml_file(given) else None
        self.root = project_root_for(given).resolve()
        if not self.root.is_dir():
            raise ProjectError(at(root, msg(NOT_A_FOLDER)))
        # The folder the user named (a data.yaml's own folder). When the yaml's ``path:`` leads
        # elsewhere (``/usr``), images are read there but Workbench's own files stay here.
        self.home = self.data_yaml.parent if self.data_yaml is not None else self.root
        self.root_outside_home = not is_inside(self.root, self.home)
        self.state_dir = (self.home if self.root_outside_home else self.root) / STATE_DIR
        images, skipped = list_image_paths(self.root)
        self.images = PathList(images)
        self.label_paths = PathList([labels.label_path_str(p) for p in images])
        self.skipped = [Path(p) for p in skipped]
        self._root_len = len(str(self.root).rstrip(os.sep)) + 1
        # a class delete/merge killed half way is finished before anything reads a label
        try:
            self.finished_files = file_batch.finish_interrupted(self.journal_path)
        except OSError as e:
            raise ProjectError(f"{self.journal_path}: a class change was interrupted and cannot be finished "
                               f"({e}); free some space or fix the folder's permissions, then open it again") from e
        self.classes_path = self._find_classes_file()
        self.classes = self._read_classes()
        self._status: dict[int, Status] = {}
        self._image_problems: dict[int, str] = {}
        self._shared = self._find_shared_label_paths()

    # -- classes ---------------------------------------------------------------------
    def _find_classes_file(self) -> Path:
        # LabelImg writes classes.txt next to the labels; a dataset in images/ + labels/
        # layout keeps it in labels/. The root's copy wins when both exist.
        for cand in (self.root / CLASSES_FILE, self.root / "labels" / CLASSES_FILE):
            if cand.is_file():
                return cand
        return self.root / CLASSES_FILE

    def _read_classes(self) -> list[str]:
        try:
            text = self.classes_path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return self._names_from_data_yaml()
        except (OSError, UnicodeDecodeError) as e:
            raise ProjectError(at(self.classes_path, msg(CLASSES_UNREADABLE, why=e))) from e
        return [line.strip() for line in text.splitlines() if line.strip()]

    def _names_from_data_yaml(self) -> list[str]:
        # Read only: the yaml stays as it is; the first class added writes classes.txt instead.
        with os.scandir(self.root) as it:  # names only: a 10,000-photo folder stays cheap
            others = sorted(self.root / e.name for e in it if e.name.lower().endswith((".yaml", ".yml"))
                            and e.name not in ("data.yaml", "data.yml"))
        for cand in [self.data_yaml, self.root / "data.yaml", self.root / "data.yml", *others]:
            if cand is None or not cand.is_file():
                continue
            names = _read_yaml(cand).get("names")
            if isinstance(names, dict):
                try:
                    by_id = {int(k): str(v) for k, v in names.items()}
                except (TypeError, ValueError):
                    continue
                self.data_yaml = cand
                # a gap in the ids keeps its place so every label keeps its class
                return [by_id.get(k, f"class{k}") for k in range(max(by_id, default=-1) + 1)]
            if isinstance(names, list):
                self.data_yaml = cand
                return [str(n) for n in names]
        return []

    def write_classes(self) -> None:
        """Atomically write classes.txt (one name per line)."""
        labels.atomic_write_bytes(self.classes_path, _classes_bytes(self.classes))

    def add_class(self, name: str) -> int:
        """Append a class (classes only grow unless deleted or merged); returns its id."""
        name = self._clean_name(name)
        if name in self.classes:
            return self.classes.index(name)
        self.classes.append(name)
        try:
            self.write_classes()
        except OSError:
            self.classes.pop()
            raise
        return len(self.classes) - 1

    def rename_class(self, index: int, name: str) -> None:
        """Rename a class; ids do not change, so no label file is touched."""
        name = self._clean_name(name)
        if name in self.classes and self.classes.index(name) != index:
            raise ProjectError(msg(CLASS_EXISTS, name=repr(name)))
        old = self.classes[index]
        self.classes[index] = name
        try:
            self.write_classes()
        except OSError:
            self.classes[index] = old
            raise

    @staticmethod
    def _clean_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise ProjectError(msg(EMPTY_CLASS_NAME))
        return name

    def class_change(self, index: int, merge_into: int | None = None) -> ClassChange:
        """Count what deleting class ``index`` (or merging it into ``merge_into``) changes."""
        files = removed = changed = 0
        for lf in self._existing_label_files():
            r = sum(b.cls == index for b in lf.boxes)
            c = sum(b.cls > index for b in lf.boxes)
            if merge_into is not None:
                r, c = 0, c + r
            if r or c:
                files += 1
                removed += r
                changed += c
        return ClassChange(files, removed, changed)

    def remove_class(self, index: int, merge_into: int | None = None,
                     progress: Callable[[int, int], bool] | None = None) -> ClassChange:
        """Delete class ``index`` (its boxes go) or merge it into ``merge_into``; renumber the rest.

        All or nothing (:func:`workbench.labels.batch.write_all_or_nothing`): every new label
        file is written to a temp file first, then the temps replace the files and classes.txt
        comes last; a failure puts back the files already replaced, a kill is finished when
        the project opens again. ``progress(done, total)`` may return False to cancel before
        the first label file is replaced (nothing changes; the result counts 0 files).
        Unparseable lines are kept verbatim.
        """
        if not 0 <= index < len(self.classes):
            raise ProjectError(msg(NO_SUCH_CLASS, index=index))
        if merge_into is not None and not (0 <= merge_into < len(self.classes) and merge_into != index):
            raise ProjectError(msg(CANNOT_MERGE, index=index, into=merge_into))
        target = None if merge_into is None else (merge_into - (merge_into > index))
        plans: list[tuple[LabelFile, list[Box]]] = []
        removed = changed = 0
        for lf in self._existing_label_files():
            if lf.too_large:   # its class ids would silently mean other classes afterwards
                raise ProjectError(f"{lf.problems[0]}\nMove it out of the project folder, then change the classes.")
            new: list[Box] = []
            touched = False
            for b in lf.boxes:
                if b.cls == index:
                    touched = True
                    if target is None:
                        removed += 1
                        continue
                    new.append(b.with_class(target))
                    changed += 1
                elif b.cls > index:
                    touched = True
                    new.append(b.with_class(b.cls - 1))
                    changed += 1
                else:
                    new.append(b)
            if touched:
                plans.append((lf, new))
        total = len(plans)
        names = self.classes[:index] + self.classes[index + 1:]
        files = [(lf.path, labels.serialize(new, lf.bad_lines, lf.newline).encode("utf-8", errors="surrogateescape"))
                 for lf, new in plans]
        files.append((self.classes_path, _classes_bytes(names)))   # last: never ahead of the labels
        step = None if progress is None else (lambda done, _n: progress(min(done, total), total))
        if not file_batch.write_all_or_nothing(files, self.journal_path, step):
            return ClassChange(0, 0, 0)
        self.classes = names
        self._status.clear()
        return ClassChange(total, removed, changed)

    def _existing_label_files(self):
        seen = set()
        for lp in self.label_paths:
            if lp in seen or not lp.exists():
                continue
            seen.add(lp)
            yield labels.read_label_file(lp)

    # -- per image -------------------------------------------------------------------
    def _find_shared_label_paths(self) -> dict[int, str]:
        """Images whose label path is shared (a.jpg + a.png) or collides with classes.txt."""
        by_label: dict[str, list[int]] = {}
        for i, lp in enumerate(self.label_paths._paths):
            by_label.setdefault(lp, []).append(i)
        out: dict[int, str] = {}
        classes = str(self.classes_path)
        for lp_str, idx in by_label.items():
            if len(idx) == 1 and lp_str != classes:
                continue
            lp = Path(lp_str)
            if len(idx) > 1:
                names = ", ".join(self.images[i].name for i in idx)
                for i in idx:
                    out[i] = at(self.images[i], msg(SHARED_LABEL, names=names, label=lp.name))
            if lp_str == classes:
                for i in idx:
                    out[i] = at(self.images[i], msg(LABEL_IS_CLASS_LIST, label=lp.name))
        return out

    def __len__(self) -> int:
        return len(self.images)

    def relative_name(self, index: int) -> str:
        """The image path relative to the project root, with / separators."""
        return self.images.str(index)[self._root_len:].replace(os.sep, "/")

    def display_name(self, index: int) -> str:
        """:meth:`relative_name` fit to show (bytes that are not UTF-8 as U+FFFD, see :func:`readable`)."""
        return readable(self.relative_name(index))

    def index_of(self, path: str | os.PathLike) -> int | None:
        """Index of an image path (absolute or relative to the root), or None."""
        p = Path(path)
        p = p if p.is_absolute() else self.root / p
        try:
            return self.images.index(p)
        except ValueError:
            return None

    def add_image(self, path: str | os.PathLike) -> int:
        """Add a new image file under the root (a captured frame) to the list; returns its index.

        An image already listed returns its index. Raises :class:`ProjectError` for a file
        outside the project folder or missing. The new image may share a label path with
        another: it then gets the same blocking problem as at opening.
        """
        p = Path(path).resolve()
        known = self.index_of(p)
        if known is not None:
            return known
        if not p.is_file() or self.root not in p.parents:
            raise ProjectError(at(p, msg(NOT_IN_PROJECT, root=self.root)))
        self.images._paths.append(str(p))
        self.images._index = None
        self.label_paths._paths.append(labels.label_path_str(str(p)))
        self.label_paths._index = None
        self._shared = self._find_shared_label_paths()
        return len(self.images) - 1

    def blocking_problem(self, index: int) -> str | None:
        """A problem that makes the image's labels unsafe to edit (shared label file)."""
        return self._shared.get(index)

    def load(self, index: int) -> LabelFile:
        """The label file of image ``index`` parsed against the class list."""
        lf = labels.read_label_file(self.label_paths[index], len(self.classes) or None)
        self._status[index] = self._status_of(index, lf)
        return lf

    def save(self, index: int, lf: LabelFile, boxes: list[Box]) -> LabelFile:
        """Save ``boxes`` for image ``index`` atomically (no write when unchanged).

        Raises :class:`labels.LabelWriteError` (the file named) when the disk refuses; the
        caller keeps the edit as unsaved. Refuses images with a shared label file.
        """
        if index in self._shared:
            raise ProjectError(self._shared[index])
        new = labels.save_label_file(lf, boxes, len(self.classes) or None)
        self._status[index] = self._status_of(index, new)
        return new

    def unlabel(self, index: int) -> LabelFile:
        """Remove the label file of image ``index`` (it is "not labeled yet" again).

        What undo does to an image that had no label file. Raises
        :class:`labels.LabelWriteError` when the folder refuses; refuses shared label files.
        """
        if index in self._shared:
            raise ProjectError(self._shared[index])
        labels.remove_label_file(self.label_paths[index])
        lf = LabelFile(path=self.label_paths[index])
        self._status[index] = self._status_of(index, lf)
        return lf

    def restore(self, index: int, opened: LabelFile) -> LabelFile:
        """Put image ``index``'s label file back exactly as ``opened`` was read: the same bytes
        (BOM, line ends, blank lines and all), or no file when there was none.

        What undo back to the start does. Raises :class:`labels.LabelWriteError` when the
        disk refuses; refuses shared label files.
        """
        if index in self._shared:
            raise ProjectError(self._shared[index])
        if not opened.exists:
            return self.unlabel(index)
        if opened.original is None:   # not read from bytes (too large to load): nothing was edited
            return opened
        labels.atomic_write_bytes(self.label_paths[index], opened.original)
        return self.load(index)

    def status(self, index: int) -> Status:
        """Status of image ``index`` (reads its label file once, then cached)."""
        st = self._status.get(index)
        if st is None:
            st = self.load_status(index)
            self._status[index] = st
        return st

    def load_status(self, index: int) -> Status:
        """Status read fresh from disk (safe to call from a worker thread; caches nothing)."""
        return self.summary(index)[0]

    def summary(self, index: int) -> tuple[Status, frozenset[int]]:
        """Status and the class ids present, read fresh from disk (for a background scan)."""
        if index in self._shared:
            return Status.PROBLEM, frozenset()
        try:
            lf = labels.read_label_file(self.label_paths[index], len(self.classes) or None)
        except OSError:
            return Status.PROBLEM, frozenset()
        return self._status_of(index, lf), frozenset(b.cls for b in lf.boxes)

    def set_status(self, index: int, status: Status) -> None:
        """Record a status computed elsewhere (by a background scan)."""
        self._status[index] = status

    def known_status(self, index: int) -> Status | None:
        """The cached status, or None when not computed yet (never touches the disk)."""
        return self._status.get(index)

    def mark_image_problem(self, index: int, message: str) -> None:
        """Record that the photo itself cannot be read (found by a decode or a header scan)."""
        self._image_problems[index] = message
        self._status[index] = Status.PROBLEM

    def image_problem(self, index: int) -> str | None:
        """Why the photo itself cannot be used (see :meth:`mark_image_problem`), or None."""
        return self._image_problems.get(index)

    def _status_of(self, index: int, lf: LabelFile) -> Status:
        if index in self._shared or index in self._image_problems or lf.problems:
            return Status.PROBLEM
        if not lf.exists:
            return Status.NOT_LABELED
        return Status.LABELED if lf.boxes else Status.EMPTY

    def problems(self, index: int) -> list[str]:
        """Human-readable problems of image ``index`` (file and line named)."""
        out = [self._shared[index]] if index in self._shared else []
        if index in self._image_problems:
            out.append(self._image_problems[index])
        try:
            lf = labels.read_label_file(self.label_paths[index], len(self.classes) or None)
        except OSError as e:
            return out + [f"{self.label_paths[index]}: cannot read ({e.strerror or e})"]
        return out + [str(p) for p in lf.problems]

    # -- per-project state Workbench owns --------------------------------------------
    @property
    def journal_path(self) -> Path:
        return self.state_dir / CLASS_CHANGE_JOURNAL

    def remove_stray_temp_files(self) -> list[Path]:
        """Remove the temp files a killed save left beside the label files, classes.txt and the
        project state (only Workbench's own temp-name pattern); returns the removed paths."""
        folders = {os.path.dirname(p) for p in self.label_paths._paths}
        folders |= {str(self.root), str(self.state_dir), str(self.classes_path.parent)}
        return labels.remove_stray_temps(sorted(folders))

    @property
    def state_path(self) -> Path:
        return self.state_dir / "project.json"

    def read_state(self) -> dict:
        """Workbench's own per-project state (class colours); {} when absent or unreadable."""
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def write_state(self, state: dict) -> None:
        """Atomically write the per-project state file."""
        labels.atomic_write_bytes(self.state_path, json.dumps(state, ensure_ascii=False, indent=1).encode())


def _classes_bytes(names: list[str]) -> bytes:
    return "".join(f"{c}\n" for c in names).encode()


def readable(text: str) -> str:
    """``text`` fit to show or print: bytes of a file name that are not UTF-8 (Linux allows
    them; Python keeps them as lone surrogates) become U+FFFD. Use it for display only:
    the file itself is reached by the original name."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:   # a surrogate surrogateescape did not make
        return text.encode("utf-8", "replace").decode("utf-8")


def _is_yaml_file(path: Path) -> bool:
    return path.suffix.lower() in (".yaml", ".yml") and path.is_file()


def _read_yaml(path: Path) -> dict:
    """The mapping in a yaml file; {} when it is unreadable or not a mapping."""
    try:
        import yaml

        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - not ours to judge here: the Dataset page checks yaml files
        return {}
    return data if isinstance(data, dict) else {}


def is_inside(path: Path, folder: Path) -> bool:
    """True when ``path`` is ``folder`` or lies under it (both resolved)."""
    return path == folder or folder in path.parents


def project_root_for(path: str | os.PathLike) -> Path:
    """The project folder for what a user opened: a folder is itself; a dataset yaml gives the
    root Ultralytics would use, its ``path:`` when that folder exists (absolute, or relative
    to the yaml), else the yaml's own folder (a moved dataset, a Roboflow export)."""
    p = Path(path)
    if not _is_yaml_file(p):
        return p
    root = _read_yaml(p).get("path")
    if isinstance(root, str) and root.strip():
        cand = Path(root.strip()).expanduser()
        cand = cand if cand.is_absolute() else p.parent / cand
        if cand.is_dir():
            return cand.resolve()
    return p.parent.resolve()


__all__ = ["Project", "project_root_for", "readable", "ProjectError", "Status", "ClassChange", "Problem",
           "CLASSES_FILE"]
