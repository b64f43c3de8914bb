"""Checkpoint (``.pt``) files: loaded without running code from them, written so that a crash or a
full disk never tears one (no Qt; torch and ultralytics are imported inside the functions).

A ``.pt`` is a zip of Python pickles, and an ordinary unpickle runs whatever the file tells it to:
a ``best.pt`` dropped into a shared project folder, or a ``yolo11n.pt`` in the folder a command
runs from, would run its author's code. So every ``.pt`` Workbench hands to Ultralytics is loaded
with torch's weights-only unpickler and the allow-list of classes Ultralytics' own safe mode
(``ULTRALYTICS_SAFE_LOAD``) uses: a real YOLO checkpoint loads, anything that names other code
is refused before any of it runs.

* :func:`check_checkpoint` says whether a file is a checkpoint that loads that way (raises
  :class:`UnsafeCheckpoint`); :func:`guard_ultralytics_loads` makes every load inside
  Ultralytics go the same way (``YOLO(path)``, resume, validation of best.pt).
* :func:`trust_checkpoint` is for a file the user explicitly confirmed after being told it can
  run code: that exact file (path, size, modification time) then loads the ordinary way, in
  this process only.
* :func:`is_complete_checkpoint` is the cheap test (no torch) that a file is a whole zip, for
  lists such as the runs history; :func:`atomic_torch_save` / :func:`write_checkpoint_bytes`
  write a checkpoint as a temp file + ``os.replace``, so the previous file survives any failure.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import threading
import zipfile
from pathlib import Path

_lock = threading.Lock()
_trusted: set[tuple[str, int, int]] = set()   # files the user confirmed: (real path, size, mtime_ns)
_checked: set[tuple[str, int, int]] = set()   # files that passed check_checkpoint


class UnsafeCheckpoint(ValueError):
    """A file is not a checkpoint Workbench can load safely; the message names it and says why.

    ``runs_code`` is True when the file asks for code outside a YOLO checkpoint (the user may
    still choose to trust it), False when it is simply not a whole checkpoint (nothing to ask).
    """

    def __init__(self, message: str, runs_code: bool = False):
        super().__init__(message)
        self.runs_code = runs_code


def _identity(path: str | os.PathLike) -> tuple[str, int, int] | None:
    try:
        real = os.path.realpath(path)
        st = os.stat(real)
    except (OSError, ValueError, TypeError):   # Ultralytics may pass other things than paths
        return None
    return real, st.st_size, st.st_mtime_ns


def trust_checkpoint(path: str | os.PathLike) -> None:
    """Let this exact file load the ordinary (code-running) way: only after the user confirmed it.

    A file changed or replaced after this call is not trusted any more.
    """
    key = _identity(path)
    if key is not None:
        with _lock:
            _trusted.add(key)


def trusted_files() -> list[tuple[str, int, int]]:
    """The files the user confirmed, as identities another process can take over
    (:func:`restore_trusted`): the training process must honour a choice made in the window."""
    with _lock:
        return sorted(_trusted)


def restore_trusted(identities) -> None:
    """Trust the files :func:`trusted_files` listed in another process (each still only while unchanged)."""
    with _lock:
        _trusted.update(tuple(k) for k in identities)


def is_trusted(path: str | os.PathLike) -> bool:
    """True when the user confirmed this very file with :func:`trust_checkpoint`."""
    key = _identity(path)
    with _lock:
        return key is not None and key in _trusted


def is_complete_checkpoint(path: str | os.PathLike) -> bool:
    """True when ``path`` is a whole ``torch.save`` zip (its directory at the end is there).

    Cheap and without torch: a checkpoint cut short by a full disk or a kill fails it. It says
    nothing about safety; :func:`check_checkpoint` does.
    """
    try:
        with zipfile.ZipFile(path) as z:
            return any(n.endswith("/data.pkl") or n == "data.pkl" for n in z.namelist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def check_checkpoint(path: str | os.PathLike) -> None:
    """Raise :class:`UnsafeCheckpoint` unless ``path`` is a YOLO checkpoint that loads without
    running code from the file.

    The file is loaded once with torch's weights-only unpickler and Ultralytics' allow-list
    (nothing of it runs); a file that passed is remembered until it changes.
    """
    p = Path(path)
    if not p.is_file():
        raise UnsafeCheckpoint(f"{p}: no such file")
    if not is_complete_checkpoint(p):
        raise UnsafeCheckpoint(f"{p}: not a complete PyTorch checkpoint (empty, cut short, or another kind "
                               "of file); choose another model, or train again")
    key = _identity(p)
    with _lock:
        if key in _checked:
            return
    ckpt = _restricted_load(p)
    import torch

    model = (ckpt.get("ema") or ckpt.get("model")) if isinstance(ckpt, dict) else None
    if not isinstance(model, torch.nn.Module):
        raise UnsafeCheckpoint(f"{p}: a PyTorch file, but not a YOLO checkpoint (no model in it)")
    with _lock:
        _checked.add(key)


def _refusal(p: Path, e: BaseException) -> UnsafeCheckpoint:
    import pickle

    chain, seen = e, 0
    while chain is not None and seen < 8:
        if isinstance(chain, pickle.UnpicklingError):
            # torch names the refused callable as "GLOBAL module.name" somewhere in a long text
            found = re.search(r"GLOBAL ([\w.]+)", str(chain))
            what = f" ({found.group(1)})" if found else ""
            return UnsafeCheckpoint(
                f"{p}: loading this file would run code that a YOLO checkpoint does not hold{what}; it was "
                "not loaded. Open it only if you trust whoever made it", runs_code=True)
        chain, seen = chain.__cause__ or chain.__context__, seen + 1
    return UnsafeCheckpoint(f"{p}: not a loadable YOLO checkpoint ({type(e).__name__}: "
                            f"{str(e).strip().splitlines()[0][:160] if str(e).strip() else ''})")


def _restricted_load(p: Path):
    """The checkpoint at ``p`` loaded weights-only (Ultralytics' allow-list), or UnsafeCheckpoint."""
    guard_ultralytics_loads()
    from ultralytics.nn import tasks

    safe = getattr(tasks, "_SafeLoad", None)
    if not getattr(safe, "SUPPORTED", False):
        raise UnsafeCheckpoint(f"{p}: this torch/Ultralytics version cannot load .pt files without running "
                               "code from them; update torch (2.6 or newer) and ultralytics", runs_code=True)
    if p.suffix != ".pt":
        # Ultralytics refuses other suffixes (a download's .part, a file a user renamed); the check is
        # about what is inside, so load it under a .pt name that points at the same bytes.
        import tempfile

        with tempfile.TemporaryDirectory() as d:
            alias = Path(d) / "checkpoint.pt"
            try:
                os.link(p, alias)
            except OSError:
                shutil.copyfile(p, alias)
            return _load_as(alias, p)
    return _load_as(p, p)


def _load_as(path: Path, shown: Path):
    try:
        ckpt, _ = _original_load(str(path), safe_only=True)
    except Exception as e:  # noqa: BLE001 - every failure means "not safely loadable"; the message says which
        raise _refusal(shown, e) from e
    return ckpt


_original_load = None   # Ultralytics' torch_safe_load, before the guard wrapped it


def guard_ultralytics_loads() -> None:
    """Make every checkpoint load inside Ultralytics weights-only unless the file is trusted.

    Wraps ``ultralytics.nn.tasks.torch_safe_load`` (which ``YOLO()``, resume and validation all
    call); a refused file raises :class:`UnsafeCheckpoint`. Idempotent; imports ultralytics.
    """
    global _original_load
    os.environ.setdefault("YOLO_AUTOINSTALL", "false")   # never pip-install what a checkpoint names
    import ultralytics.nn as unn
    from ultralytics.nn import tasks

    with _lock:
        current = tasks.torch_safe_load
        if getattr(current, "_workbench_guard", False):
            return
        original = current

        def torch_safe_load(weight, safe_only=None):
            if is_trusted(weight):
                return original(weight, safe_only=safe_only)
            if not getattr(getattr(tasks, "_SafeLoad", None), "SUPPORTED", False):
                raise UnsafeCheckpoint(f"{weight}: this torch/Ultralytics version cannot load .pt files without "
                                       "running code from them; update torch and ultralytics", runs_code=True)
            try:
                return original(weight, safe_only=True)
            except Exception as e:
                refused = _refusal(Path(str(weight)), e)
                if refused.runs_code:
                    raise refused from e
                raise

        torch_safe_load._workbench_guard = True
        _original_load = original
        tasks.torch_safe_load = torch_safe_load
        if getattr(unn, "torch_safe_load", None) is original:
            unn.torch_safe_load = torch_safe_load


# ---- writing ------------------------------------------------------------------------------------
def free_bytes(folder: str | os.PathLike) -> int | None:
    """Free space on the disk holding ``folder`` (None when it cannot be told)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _mb(n: int) -> str:
    return f"{max(n, 0) / 1e6:.0f} MB" if n >= 10e6 else f"{max(n, 0) / 1e6:.1f} MB"


def space_message(path: Path, needed: int, e: OSError) -> str:
    """The user's sentence for a checkpoint that could not be written: the folder, the space needed."""
    folder = path.parent
    free = free_bytes(folder)
    kept = (f"The previous {path.name} was kept; " if path.exists()
            else f"No {path.name} was saved yet; ")
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        have = f", {_mb(free)} free now" if free is not None else ""
        return (f"The disk holding {folder} is full: saving {path.name} needs about {_mb(needed)}{have}. "
                f"{kept}free some space, then train again (or resume from last.pt)")
    return (f"Could not save {path} ({e.strerror or e}). {kept}check that {folder} is writable, "
            "then train again (or resume from last.pt)")


def write_checkpoint_bytes(data: bytes, path: str | os.PathLike) -> None:
    """Write a serialized checkpoint atomically: temp file in the same folder, fsync, ``os.replace``.

    On any failure the previous file at ``path`` is left as it was and the temp file is removed;
    the ``OSError`` raised keeps its errno and its message names the folder and the space needed.
    """
    from .labels import atomic_write_bytes

    p = Path(path)
    try:
        atomic_write_bytes(p, data)
    except OSError as e:
        raise OSError(e.errno, space_message(p, len(data), e), str(p)) from e


def atomic_torch_save(obj, path: str | os.PathLike) -> None:
    """``torch.save(obj, path)`` written atomically (see :func:`write_checkpoint_bytes`)."""
    import io

    import torch

    buffer = io.BytesIO()
    torch.save(obj, buffer)
    write_checkpoint_bytes(buffer.getvalue(), path)


__all__ = ["UnsafeCheckpoint", "check_checkpoint", "trust_checkpoint", "is_trusted", "trusted_files",
           "restore_trusted", "is_complete_checkpoint",
           "guard_ultralytics_loads", "write_checkpoint_bytes", "atomic_torch_save", "free_bytes",
           "space_message"]
