"""Image discovery and decoding as Ultralytics sees images (no Qt).

* Formats: the overlap of Ultralytics' ``IMG_FORMATS`` and what Qt decodes, so every image
  listed can be both shown and trained on (``tests`` check the overlap against both).
* Orientation: pixels upright as Ultralytics' loader gives them (``cv2.imdecode`` applies
  EXIF orientation); sizes as ``exif_size`` reports them.
* Paths may be non-ASCII: bytes are read with numpy and decoded, never ``cv2.imread(str)``.

cv2 and PIL are imported inside the functions that need them (start-up stays fast).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .messages import at, define, msg

IMAGE_SUFFIXES = frozenset({"bmp", "jpeg", "jpg", "png", "tif", "tiff", "webp"})
# Extensions a user may have in a photo folder that we cannot label; listed so the user
# is told why they are missing instead of wondering.
SKIPPED_SUFFIXES = frozenset({"gif", "heic", "heif", "avif", "dng", "mpo", "jp2", "pfm", "svg"})
# Folders that are never part of a labeling project's image list.
SKIP_DIRS = frozenset({"runs", "__pycache__", "node_modules"})
# A folder holding this file is a dataset Workbench built (copies of project images): never
# list it as project images, wherever it lies.
DATASET_MARKER = ".workbench-dataset"
MIN_SIDE = 10  # Ultralytics refuses images smaller than 10 px on a side


class ImageError(Exception):
    """An image cannot be used; the message names the file and says why."""


@dataclass(frozen=True)
class ImageInfo:
    """Upright size of an image and a problem that stops it from being labeled, if any."""

    width: int
    height: int
    problem: str | None = None


def is_image_name(name: str) -> bool:
    """True for a file name with one of :data:`IMAGE_SUFFIXES` (case-insensitive)."""
    return name.rpartition(".")[2].lower() in IMAGE_SUFFIXES and not name.startswith(".")


_DIGITS = re.compile(r"(\d+)")


def natural_key(path: str) -> tuple:
    """Sort key that puts ``img2`` before ``img10`` (what people expect in a file list)."""
    return tuple(int(t) if t.isdigit() else t.lower() for t in _DIGITS.split(path))


def list_images(folder: str | os.PathLike) -> tuple[list[Path], list[Path]]:
    """Images under ``folder`` (recursively, hidden and ``runs`` folders skipped), naturally sorted.

    Names only: nothing is opened, so 10,000 images list in milliseconds. Returns
    ``(images, skipped)`` where ``skipped`` are files with an image-like extension
    Workbench cannot use (GIF, HEIC, ...), so the user can be told.
    """
    images, skipped = list_image_paths(folder)
    return [Path(p) for p in images], [Path(p) for p in skipped]


def list_image_paths(folder: str | os.PathLike) -> tuple[list[str], list[str]]:
    """:func:`list_images` as plain strings (10,000 Path objects cost ~0.1 s).

    Linked folders are followed once: a folder reached again (``ln -s . loop``, two links to one
    folder) is not listed again, and a file reached by two paths (a link, a hard link) is one
    image, listed under the path that needs no link (else the first in natural order).
    Otherwise one photo would be listed many times and land in both train and val.
    """
    root = os.fspath(folder)
    images: list[str] = []
    skipped: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    # file identity -> (reached through a link, path); only linked files need a stat
    ids: dict[tuple[int, int], list[tuple[bool, str]]] = {}
    # Real folders first, linked ones after: a folder reached both ways is listed under its
    # real path, whatever order the file system lists names in.
    stack: list[str] = [root]
    linked: list[str] = []
    while stack or linked:
        via_link = not stack
        d = stack.pop() if stack else linked.pop()
        try:
            ds = os.stat(d)
        except OSError:
            continue
        key = (ds.st_dev, ds.st_ino)
        if key in seen_dirs:
            continue
        seen_dirs.add(key)
        dev = ds.st_dev
        if d is not root and os.path.exists(os.path.join(d, DATASET_MARKER)):
            continue
        try:
            with os.scandir(d) as it:
                for e in it:
                    name = e.name
                    if name.startswith("."):
                        continue
                    try:
                        is_dir = e.is_dir()
                    except OSError:
                        continue
                    if is_dir:
                        if name not in SKIP_DIRS:
                            (linked if via_link or e.is_symlink() else stack).append(e.path)
                        continue
                    ext = name.rpartition(".")[2].lower()
                    if ext in IMAGE_SUFFIXES:
                        out = images
                    elif ext in SKIPPED_SUFFIXES:
                        out = skipped
                    else:
                        continue
                    try:
                        is_link = e.is_symlink()
                        if is_link:
                            fs = e.stat()
                            key = (fs.st_dev, fs.st_ino)
                        else:  # d_ino from the directory listing: no system call per file
                            key = (dev, e.inode())
                    except OSError:
                        continue
                    ids.setdefault(key, []).append((via_link or is_link, e.path))
                    out.append(e.path)
        except OSError:
            continue
    rel = len(root.rstrip(os.sep)) + 1
    # the path reached without a link wins, then the first in natural order
    dupes = {p for paths in ids.values() if len(paths) > 1
             for _, p in sorted(paths, key=lambda lp: (lp[0], natural_key(lp[1][rel:])))[1:]}
    if dupes:
        images = [p for p in images if p not in dupes]
        skipped = [p for p in skipped if p not in dupes]
    # the key is the name the image list shows (relative, "/" on every system), so an image
    # added while the folder is open sorts in where it will be listed the next time
    images.sort(key=lambda p: natural_key(p[rel:].replace(os.sep, "/")))
    skipped.sort(key=lambda p: natural_key(p[rel:].replace(os.sep, "/")))
    return images, skipped


def read_bytes(path: str | os.PathLike) -> bytes:
    """The file's bytes (works for any unicode path). Raises ``ImageError`` naming the file."""
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise ImageError(f"{path}: cannot read the file ({e.strerror or e})") from e


# What image_info says about a photo (``ImageInfo.problem``; see workbench.messages)
UNREADABLE = define("image.unreadable", "cannot read the file ({why})")
EMPTY = define("image.empty", "the file is empty (0 bytes)")
NOT_AN_IMAGE = define("image.not_an_image", "not an image Workbench can read (corrupt or another format)")
IMAGE_UNREADABLE = define("image.image_unreadable", "cannot read the image ({why})")
NOT_USED = define("image.not_used", "{fmt} images are not used for training; convert it to JPEG or PNG")
TOO_SMALL = define("image.too_small", "image is {w}x{h}; Ultralytics needs at least 10 px on each side")
ANIMATED = define("image.animated", "animated PNG; only the first frame would be used")
TRUNCATED = define("image.truncated", "the JPEG is truncated (no end marker); Ultralytics would rewrite it")


def image_info(path: str | os.PathLike) -> ImageInfo:
    """Upright (EXIF-applied) size and any problem, reading only the header where possible.

    Problems: zero-byte, not an image, truncated JPEG (Ultralytics rewrites those),
    smaller than 10 px, animated/unsupported format. Raises nothing: every failure is a
    problem string naming the file.
    """
    from PIL import Image, UnidentifiedImageError

    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        return ImageInfo(0, 0, at(p, msg(UNREADABLE, why=e.strerror or e)))
    if size == 0:
        return ImageInfo(0, 0, at(p, msg(EMPTY)))
    try:
        with Image.open(p) as im:
            w, h = im.size
            fmt = (im.format or "").lower()
            orientation = _orientation(im)
            frames = getattr(im, "n_frames", 1)
    except UnidentifiedImageError:
        return ImageInfo(0, 0, at(p, msg(NOT_AN_IMAGE)))
    except OSError as e:
        return ImageInfo(0, 0, at(p, msg(IMAGE_UNREADABLE, why=e)))
    except Exception:  # noqa: BLE001 - once ultralytics is imported it patches Image.open,
        # which then raises ModuleNotFoundError (pi_heif) for unknown files; PIL itself
        # raises SyntaxError/ValueError for some broken ones. All mean the same to a user.
        return ImageInfo(0, 0, at(p, msg(NOT_AN_IMAGE)))
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    if fmt == "gif" or (fmt not in ("jpeg", "mpo", "png", "bmp", "tiff", "webp")):
        return ImageInfo(w, h, at(p, msg(NOT_USED, fmt=fmt.upper() or "this")))
    if w < MIN_SIDE or h < MIN_SIDE:
        return ImageInfo(w, h, at(p, msg(TOO_SMALL, w=w, h=h)))
    if fmt == "png" and frames > 1:
        return ImageInfo(w, h, at(p, msg(ANIMATED)))
    if fmt in ("jpeg", "mpo") and not _jpeg_complete(p):
        return ImageInfo(w, h, at(p, msg(TRUNCATED)))
    return ImageInfo(w, h, None)


def _orientation(im) -> int:
    try:
        return int(im.getexif().get(274, 1) or 1)
    except Exception:  # broken EXIF blocks are common; orientation then is "as stored"
        return 1


def _jpeg_complete(path: Path) -> bool:
    # Ultralytics' check_image test: a JPEG must end with the EOI marker FF D9.
    try:
        with open(path, "rb") as f:
            f.seek(-2, 2)
            return f.read() == b"\xff\xd9"
    except OSError:
        return False


def decode(path: str | os.PathLike, max_side: int | None = None):
    """Decode an image to an upright BGR ``uint8`` array as Ultralytics' loader does.

    ``max_side`` asks for a reduced decode (JPEG DCT scaling, cheap) no smaller than
    needed for that many pixels on the long side. Raises ``ImageError`` naming the file.
    """
    import cv2
    import numpy as np

    data = np.frombuffer(read_bytes(path), np.uint8)
    if data.size == 0:
        raise ImageError(f"{path}: the file is empty (0 bytes)")
    flags = cv2.IMREAD_COLOR
    if max_side:
        info = image_info(path)
        long_side = max(info.width, info.height)
        for factor, flag in ((8, cv2.IMREAD_REDUCED_COLOR_8), (4, cv2.IMREAD_REDUCED_COLOR_4),
                             (2, cv2.IMREAD_REDUCED_COLOR_2)):
            if long_side and long_side / factor >= max_side:
                flags = flag
                break
    img = cv2.imdecode(data, flags)
    if img is None:
        raise ImageError(f"{path}: not an image OpenCV can decode (corrupt or unsupported)")
    if img.dtype != np.uint8:
        img = (img >> 8).astype(np.uint8)
    return img
