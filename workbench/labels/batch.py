"""Write many files as one change: every file or none (no Qt).

A class delete or merge rewrites every label file that holds a box of a later class, and
classes.txt last. Written one by one, a full disk at file 57 of 100 would leave 56 files
renumbered under the old class list. Here the change goes in three steps:

1. every new content is written to a temp file beside its target (:func:`labels.stage_bytes`,
   fsynced); a failure or a cancel here removes the temp files and nothing has changed;
2. a journal naming each (target, temp) pair is written atomically;
3. the temps replace their targets in order, the last one last (classes.txt); the journal goes.

A failure in step 3 puts back the files already replaced (their old bytes are kept in
memory). A kill in step 3 leaves the journal and the temps not yet moved: the next
:func:`finish_interrupted` (run when the project opens) moves them, so the change ends
complete, never half done.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from .. import labels
from . import LabelWriteError

JOURNAL_VERSION = 1


def write_all_or_nothing(files: list[tuple[Path, bytes]], journal: Path,
                         progress: Callable[[int, int], bool | None] | None = None) -> bool:
    """Replace each ``(path, data)`` of ``files`` in order, all of them or none.

    ``progress(done, total)`` is called before each file is prepared; returning False
    cancels (nothing is changed, False is returned). Raises :class:`labels.LabelWriteError`
    naming the file when the disk refuses; every file is then as it was.
    """
    total = len(files)
    old: list[bytes | None] = []
    staged: list[tuple[Path, str]] = []
    try:
        for k, (path, data) in enumerate(files):
            if progress is not None and progress(k, total) is False:
                _discard(staged)
                return False
            old.append(_read_or_none(path))
            staged.append((Path(path), labels.stage_bytes(path, data)))
        if progress is not None and progress(total, total) is False:
            _discard(staged)
            return False
        entries = [[os.fspath(p), tmp] for p, tmp in staged]
        # ensure_ascii: a file name with bytes that are not UTF-8 survives the round trip
        labels.atomic_write_bytes(journal, json.dumps({"version": JOURNAL_VERSION, "pid": os.getpid(),
                                                       "replace": entries}).encode())
    except BaseException:
        _discard(staged)
        raise
    done = 0
    try:
        for path, tmp in staged:
            os.replace(tmp, path)
            done += 1
    except OSError as e:
        failed = staged[done][0]
        not_restored = _roll_back(staged[:done], old[:done])
        _discard(staged[done:])
        _remove(journal)
        msg = f"could not save {failed}: {e.strerror or e}; "
        msg += ("nothing was changed" if not not_restored else
                "these files could not be put back as they were: " + ", ".join(map(str, not_restored)))
        raise LabelWriteError(e.errno, msg, str(failed)) from e
    for folder in {p.parent for p, _ in staged}:
        labels._fsync_dir(folder)
    _remove(journal)
    return True


def finish_interrupted(journal: Path) -> int:
    """Complete a change a killed process left half done (see the module docstring).

    Returns how many files were moved into place (0 when there was nothing to finish, or
    when the process that wrote the journal still runs: it is still at work, not killed).
    Raises :class:`labels.LabelWriteError` when the disk refuses; the journal then stays
    for the next try.
    """
    try:
        data = json.loads(Path(journal).read_bytes())
        entries = [(Path(t), tmp) for t, tmp in data["replace"]]
        pid = int(data.get("pid", 0))
    except FileNotFoundError:
        return 0
    except (OSError, ValueError, KeyError, TypeError):
        return 0   # not a journal this module wrote: left alone
    if pid != os.getpid() and _running(pid):
        return 0
    moved = 0
    for target, tmp in entries:
        if not os.path.exists(tmp):
            continue   # moved before the kill
        try:
            os.replace(tmp, target)
        except OSError as e:
            raise LabelWriteError(e.errno, f"could not finish the interrupted change of {target}: "
                                  f"{e.strerror or e}", str(target)) from e
        moved += 1
    for folder in {t.parent for t, _ in entries}:
        labels._fsync_dir(folder)
    _remove(journal)
    return moved


def _running(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:   # exists, owned by someone else
        return True
    return True


def _read_or_none(path: Path) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise LabelWriteError(e.errno, f"could not read {path}: {e.strerror or e}", str(path)) from e


def _roll_back(replaced: list[tuple[Path, str]], old: list[bytes | None]) -> list[Path]:
    """Put back the old bytes of the files already replaced; the ones that failed."""
    failed = []
    for (path, _), data in zip(replaced, old):
        try:
            if data is None:
                labels.remove_label_file(path)
            else:
                labels.atomic_write_bytes(path, data)
        except OSError:
            failed.append(path)
    return failed


def _discard(staged: list[tuple[Path, str]]) -> None:
    for _, tmp in staged:
        labels.discard_temp(tmp)


def _remove(path: Path) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
