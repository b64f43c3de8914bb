"""Pretrained weights a non-programmer can get: the app's model folder, downloads that resume and
can use a mirror, and "add a model file" from disk. No Qt; the GUI runs :func:`download_weights`
in a worker thread and passes a progress callback and a cancel flag.

Every file is checked with :func:`workbench.checkpoints.check_checkpoint` before it is kept or
offered: a download that turns out to be an HTML error page, a truncated file or a pickle that
would run code is removed and reported, never handed to ``YOLO()``.
"""
from __future__ import annotations

import filecmp
import http.client
import json
import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..messages import define, msg
from ..checkpoints import UnsafeCheckpoint, check_checkpoint
from ..settings import config_dir

# Where Ultralytics' own downloader gets release weights (ultralytics.utils.downloads, release v8.4.0).
DEFAULT_BASE_URL = "https://github.com/ultralytics/assets/releases/download/v8.4.0"
CHUNK = 256 * 1024
PART_SUFFIX = ".part"

# where a model file comes from, as the form and the model manager say it
# Where a model file was found, as the model list says it (Messages: the GUI translates them).
SOURCE_MODEL_FOLDER = msg(define("weights.model_folder", "model folder"))
SOURCE_ULTRALYTICS = msg(define("weights.ultralytics_folder", "Ultralytics weights folder"))
SOURCE_DATASET = msg(define("weights.dataset_folder", "dataset folder"))
SOURCE_CURRENT = msg(define("weights.current_folder", "current folder"))
SOURCE_RUN = msg(define("weights.run", "run of this project"))


class DownloadError(Exception):
    """A download failed; the message names the URL and the folder to put the file in by hand."""

    def __init__(self, message: str, url: str = "", folder: Path | None = None):
        super().__init__(message)
        self.url = url
        self.folder = folder


class DownloadCancelled(DownloadError):
    """The user cancelled; the partial file is kept so the next download resumes it."""


@dataclass
class LocalModel:
    """A ``.pt`` on this computer."""

    path: Path
    source: str            # one of the SOURCE_* texts
    size: int              # bytes
    problem: str = ""      # why it is not offered (not a model, unsafe); "" when usable


def models_dir() -> Path:
    """The app's own model folder (created on demand): downloads and added files go here."""
    return config_dir() / "models"


def ultralytics_config_dir() -> Path:
    """Ultralytics' settings folder, computed without importing ultralytics (same rules as it)."""
    env = os.environ.get("YOLO_CONFIG_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path.home() / "AppData" / "Roaming" / "Ultralytics"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Ultralytics"
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "Ultralytics"


def ultralytics_weights_dir() -> Path | None:
    """Ultralytics' ``weights_dir`` setting (read from its settings.json), or None."""
    try:
        settings = json.loads((ultralytics_config_dir() / "settings.json").read_text(encoding="utf-8"))
        return Path(settings["weights_dir"]) if settings.get("weights_dir") else None
    except (OSError, ValueError, AttributeError, TypeError):
        return None


def weights_url(name: str, base_url: str = "") -> str:
    """The URL of weights ``name`` under ``base_url`` (a mirror of the release folder) or the default."""
    base = (base_url or DEFAULT_BASE_URL).strip().rstrip("/")
    return f"{base}/{name}"


def _by_hand(url: str, folder: Path) -> str:
    return (f"Download {url} in a browser (or on another computer) and put the file in {folder}, "
            "or use \"Add model file...\".")


def download_weights(name: str, base_url: str = "", folder: Path | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None, timeout: float = 20.0) -> Path:
    """Download weights ``name`` into ``folder`` (default :func:`models_dir`) and return the file
    (at once when a sound copy is already there).

    A partial ``name.part`` left by an earlier try is resumed with an HTTP Range request (a server
    that ignores Range sends the whole file again, which is accepted too). ``progress(done, total)``
    is called as bytes arrive (``total`` 0 when unknown); ``cancelled()`` is polled between chunks
    and ends the download with :class:`DownloadCancelled`, keeping the partial file. The finished
    file is checked with :func:`check_checkpoint` before it replaces anything; on failure it is
    removed and :class:`DownloadError` names the URL and the folder to put the file in by hand.
    """
    folder = Path(folder) if folder else models_dir()
    url = weights_url(name, base_url)
    if Path(name).name != name or not name.lower().endswith(".pt"):
        raise DownloadError(f"{name} is not a model file name such as yolo11n.pt.", url, folder)
    if not url.lower().startswith(("http://", "https://")):
        raise DownloadError(f"The download address {url} must start with http:// or https://.", url, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DownloadError(f"Cannot create the model folder {folder}: {e.strerror or e}.", url, folder) from e
    final = folder / name
    if final.is_file() and not checked_problem(final):
        return final        # already here and sound: nothing to fetch
    part = folder / (name + PART_SUFFIX)
    have = part.stat().st_size if part.is_file() else 0
    request = urllib.request.Request(url, headers={"User-Agent": "workbench"})
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - http(s) URL the user set
    except urllib.error.HTTPError as e:
        if e.code == 416 and have:      # the part is already whole: the server has nothing more
            return _finish(part, final, url, folder)
        raise DownloadError(f"The server answered {e.code} {e.reason} for {url}. " + _by_hand(url, folder),
                            url, folder) from e
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", None) or e
        raise DownloadError(f"Could not reach {url} ({reason}). " + _by_hand(url, folder), url, folder) from e
    with response:
        resumed = have and response.status == 206
        if not resumed:
            have = 0
        length = response.headers.get("Content-Length")
        total = have + int(length) if length and length.isdigit() else 0
        done = have
        try:
            with open(part, "ab" if resumed else "wb") as out:
                if progress:
                    progress(done, total)
                while True:
                    if cancelled and cancelled():
                        raise DownloadCancelled(f"Download of {url} cancelled; it resumes where it stopped "
                                                "next time.", url, folder)
                    chunk = response.read(CHUNK)
                    if not chunk:
                        break
                    out.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                out.flush()
                os.fsync(out.fileno())
        except DownloadCancelled:
            raise
        except (OSError, http.client.HTTPException) as e:   # connection broke, disk full: keep the part
            raise DownloadError(f"The download of {url} broke off after {done} bytes ({e}); press Download "
                                "again to resume. " + _by_hand(url, folder), url, folder) from e
    if total and done < total:
        raise DownloadError(f"The download of {url} ended after {done} of {total} bytes; press Download again "
                            "to resume. " + _by_hand(url, folder), url, folder)
    return _finish(part, final, url, folder)


def _finish(part: Path, final: Path, url: str, folder: Path) -> Path:
    try:
        check_checkpoint(part)
    except UnsafeCheckpoint as e:
        part.unlink(missing_ok=True)   # garbage must not be resumed into next time
        raise DownloadError(f"What {url} sent is not a usable model ({e}), so it was deleted. Check the mirror "
                            "address. " + _by_hand(url, folder), url, folder) from e
    os.replace(part, final)
    return final


def add_model_file(src, folder: Path | None = None) -> Path:
    """Copy the model file ``src`` into ``folder`` (default :func:`models_dir`) after checking it.

    The copy is atomic (temporary file in the folder, fsync, rename). The same file already there
    is reused; a different one of the same name gets a numbered name.
    Raises :class:`~workbench.checkpoints.UnsafeCheckpoint` for a file that is not a safe model and
    ``OSError`` when the copy fails (the folder is left as it was).
    """
    src = Path(src)
    check_checkpoint(src)
    folder = Path(folder) if folder else models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / src.name
    if dest.exists():
        if dest.resolve() == src.resolve() or filecmp.cmp(dest, src, shallow=False):
            return dest
        n = 1
        while (folder / f"{src.stem}-{n}{src.suffix}").exists():
            n += 1
        dest = folder / f"{src.stem}-{n}{src.suffix}"
    fd, tmp = tempfile.mkstemp(prefix=".adding-", suffix=".pt", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            shutil.copyfileobj(inp, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def local_models(extra_dirs=(), runs_dir=None) -> list[LocalModel]:
    """Every ``.pt`` the form can start from: the model folder, Ultralytics' weights folder, the
    given folders (the dataset's), the current folder, and best.pt/last.pt of runs under
    ``runs_dir``. Files outside this project's runs are checked (``problem`` says why one is not
    offered); the same file found twice is listed once."""
    places: list[tuple[Path, str]] = [(models_dir(), SOURCE_MODEL_FOLDER)]
    uw = ultralytics_weights_dir()
    if uw:
        places.append((uw, SOURCE_ULTRALYTICS))
    places += [(Path(d), SOURCE_DATASET) for d in extra_dirs] + [(Path.cwd(), SOURCE_CURRENT)]
    out: list[LocalModel] = []
    seen: set[Path] = set()
    for folder, source in places:
        try:
            files = sorted(p for p in folder.glob("*.pt") if p.is_file())
        except OSError:
            continue
        for p in files:
            real = p.resolve()
            if real in seen:
                continue
            seen.add(real)
            out.append(LocalModel(real, source, real.stat().st_size, checked_problem(real)))
    if runs_dir and Path(runs_dir).is_dir():
        for run in sorted(Path(runs_dir).iterdir()):
            for w in ("best.pt", "last.pt"):
                p = run / "weights" / w
                if p.is_file() and p.resolve() not in seen:
                    seen.add(p.resolve())
                    out.append(LocalModel(p.resolve(), SOURCE_RUN, p.stat().st_size))
    return out


_checked: dict[tuple[str, int, float], str] = {}


def checked_problem(path: Path) -> str:
    """"" when ``path`` passes :func:`check_checkpoint`, else its message (remembered per size and mtime)."""
    try:
        st = path.stat()
    except OSError as e:
        return f"Cannot read {path}: {e.strerror or e}."
    key = (str(path), st.st_size, st.st_mtime)
    if key not in _checked:
        try:
            check_checkpoint(path)
            _checked[key] = ""
        except UnsafeCheckpoint as e:
            _checked[key] = str(e)
    return _checked[key]
