"""A stable, group-aware, stratified train/val(/test) split stored in the project (no Qt).

* Stable: every build stores its assignment in ``<project>/.workbench/split.json`` keyed by
  the image path relative to the project root (:func:`save_split`); adding or removing images
  never moves an image a build already assigned. New groups are ordered by a seeded hash of
  their key and fill the subsets up to their ratios. Changing the ratios or the seed starts a
  fresh split. Planning itself writes nothing: a preview of other ratios leaves the project
  as it was.
* Grouped: frames of one video or burst (same folder and name prefix, running numbers) and
  look-alike photos (a 64-bit difference hash, few differing bits) form one group, and a
  group lands on one side. Long runs are cut into blocks of neighbouring frames, so one
  camera folder named ``IMG_0001...`` does not become a single group.
* Stratified: every class with at least 2 usable images gets an image in val where a group
  can be moved without taking the class out of train; otherwise a warning says why.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from pathlib import Path

from .. import labels
from .types import Cancelled, CheckReport, DatasetError, Progress, SplitPlan, SplitSettings
from ..messages import define, msg
from ..project import Project, Status

SPLIT_FILE = "split.json"
HASH_FILE = "image_hashes.json"
NEAR_BITS = 4          # difference hashes this close (of 64 bits) are the same scene
_PROGRESS_EVERY = 8    # hashes between progress calls (a 12 MP JPEG takes ~40 ms: Cancel answers fast)
# Hashes made this session, per cache file: planning is pure (writes nothing), so without this
# every preview before the first build would decode every photo again.
_memo: dict[str, dict[str, list]] = {}
_memo_lock = threading.Lock()
ONE_IMAGE = define("split.one_image", "class '{name}' has 1 image: it cannot be in both train and val; "
                   "label more images of it")
NONE_IN_VAL = define("split.none_in_val", "class '{name}' has no image in val: {why}; label more images of it "
                     "or change the seed")
WHY_ONE_GROUP = define("split.why_one_group", "all its images are one burst or look-alike group")
WHY_EARLIER_SPLIT = define("split.why_earlier_split", "its images were assigned to train by an earlier split")
WHY_NEEDED_IN_TRAIN = define("split.why_needed_in_train",
                             "moving any of its images would take another class out of train")
NONE_IN_TRAIN = define("split.none_in_train", "class '{name}' has no image in train; label more images of it")
BAD_FRACTIONS = define("split.bad_fractions", "val {val} + test {test} must leave images for training: "
                       "use fractions such as val 0.2, test 0.1")
_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


def split_path(project: Project) -> Path:
    """Where a project's split is stored."""
    return project.state_dir / SPLIT_FILE


def load_split(project: Project) -> dict:
    """The stored split ``{"settings": {...}, "assign": {relative path: subset}}``; empty when none."""
    try:
        data = json.loads(split_path(project).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"settings": {}, "assign": {}}
    if not isinstance(data, dict) or not isinstance(data.get("assign"), dict):
        return {"settings": {}, "assign": {}}
    return data


def _settings_key(s: SplitSettings) -> dict:
    return {"val": round(s.val, 6), "test": round(s.test, 6), "seed": int(s.seed)}


def _seeded(seed: int, key: str) -> int:
    # surrogateescape: a file name's bytes that are not UTF-8 hash as the bytes they are
    key_bytes = f"{seed}\0{key}".encode("utf-8", "surrogateescape")
    return int.from_bytes(hashlib.blake2b(key_bytes, digest_size=8).digest(), "big")


# -- groups -------------------------------------------------------------------------------
class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def burst_links(names: list[str]) -> list[tuple[int, int]]:
    """Pairs of neighbouring frames: same folder and name prefix, running numbers.

    A run breaks where the number jumps by more than twice its usual step (frames saved
    every 5th are still one run; ``IMG_0001`` and ``IMG_0950`` are not).
    """
    seqs: dict[str, list[tuple[int, int]]] = {}
    for i, rel in enumerate(names):
        folder, _, file = rel.rpartition("/")
        stem = file.rpartition(".")[0] or file
        m = _TRAILING_NUMBER.match(stem)
        if m:
            seqs.setdefault(f"{folder}/{m.group(1).lower()}", []).append((int(m.group(2)), i))
    links = []
    for seq in seqs.values():
        if len(seq) < 2:
            continue
        seq.sort()
        gaps = sorted(b[0] - a[0] for a, b in zip(seq, seq[1:]))
        step = max(1, gaps[len(gaps) // 2])
        for (na, a), (nb, b) in zip(seq, seq[1:]):
            if nb - na <= 2 * step:
                links.append((a, b))
    return links


def difference_hash(path: str | os.PathLike) -> int | None:
    """A 64-bit difference hash of an image (None when it cannot be decoded).

    JPEGs decode at reduced scale (PIL draft mode: the inverse DCT is scaled down by up to 8):
    1.6x cheaper than a full decode at 640x480, 2.6x at 12 MP (the entropy decoding, which
    draft mode cannot skip, is the rest). Other formats decode in full.
    """
    from PIL import Image

    try:
        with Image.open(path) as im:
            im.draft("L", (64, 64))
            small = im.convert("L").resize((9, 8), Image.BILINEAR)
    except Exception:  # noqa: BLE001 - an image that does not decode just has no look-alikes
        return None
    px = small.tobytes()
    bits = 0
    for row in range(8):
        r = px[row * 9:(row + 1) * 9]
        for col in range(8):
            bits = (bits << 1) | (r[col] > r[col + 1])
    return bits


def _read_hash_cache(cache_path: Path) -> dict[str, list]:
    with _memo_lock:
        memo = _memo.get(str(cache_path))
    if memo is not None:
        return dict(memo)
    try:
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return cache if isinstance(cache, dict) else {}


def _hashes(cache_path: Path, paths: list[str], names: list[str],
            progress: Progress | None = None) -> tuple[list[int | None], dict[str, list]]:
    """The hash of each image and the cache to store, ``{rel: [size, mtime_ns, hash]}``.

    Cached per image by size and mtime: a re-split after adding photos hashes only the new
    ones. Reads the stored cache, writes nothing (a build stores it with the split).
    """
    cache = _read_hash_cache(cache_path)
    fresh: dict[str, list] = {}
    todo: list[tuple[str, str, list]] = []
    for p, rel in zip(paths, names):
        try:
            st = os.stat(p)
        except OSError:
            continue
        sig = [st.st_size, st.st_mtime_ns]
        hit = cache.get(rel)
        if isinstance(hit, list) and len(hit) == 3 and hit[:2] == sig:
            fresh[rel] = hit
        else:
            todo.append((p, rel, sig))
    total = len(todo)
    if progress and progress(0, total) is False:
        raise Cancelled()
    if todo:
        # PIL decodes without the GIL: use every core for the new images
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1))
        try:
            for done, ((p, rel, sig), h) in enumerate(zip(todo, pool.map(difference_hash, [t[0] for t in todo])),
                                                      start=1):
                fresh[rel] = sig + [h]
                if progress and (done % _PROGRESS_EVERY == 0 or done == total) and progress(done, total) is False:
                    raise Cancelled()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            # even a cancelled run keeps what it hashed: the next plan goes on from there
            with _memo_lock:
                _memo[str(cache_path)] = {**cache, **fresh}
    out = [fresh[rel][2] if rel in fresh else None for rel in names]
    return out, fresh


def near_duplicate_links(hashes: list[int | None], max_bits: int = NEAR_BITS) -> list[tuple[int, int]]:
    """Links joining images whose difference hashes differ in at most ``max_bits`` bits.

    Equal hashes are chained first, then distinct hashes are compared all-pairs (numpy,
    chunked), so a folder of 1,000 identical frames costs 1,000 links, not a million.
    """
    import numpy as np

    have = [k for k, h in enumerate(hashes) if h is not None]
    if len(have) < 2:
        return []
    uniq, inverse = np.unique(np.array([hashes[k] for k in have], dtype=np.uint64), return_inverse=True)
    first: dict[int, int] = {}
    links = []
    for k, u in zip(have, inverse.tolist()):
        if u in first:
            links.append((first[u], k))
        else:
            first[u] = k
    chunk = 1024
    for start in range(0, len(uniq), chunk):
        dist = np.bitwise_count(uniq[start:start + chunk, None] ^ uniq[None, :])
        rows, cols = np.nonzero(dist <= max_bits)
        keep = cols > rows + start
        for r, c in zip((rows[keep] + start).tolist(), cols[keep].tolist()):
            links.append((first[r], first[c]))
    return links


def find_groups(names: list[str], links: list[tuple[int, int]], cap: int) -> list[list[int]]:
    """Groups of indices joined by ``links``; a group larger than ``cap`` is cut into blocks
    of neighbours in name order (a long video still splits, with leakage only at the cuts)."""
    u = _Union(len(names))
    for a, b in links:
        u.join(a, b)
    comps: dict[int, list[int]] = {}
    for i in range(len(names)):
        comps.setdefault(u.find(i), []).append(i)
    out = []
    for members in comps.values():
        if len(members) <= cap:
            out.append(members)
            continue
        from ..images import natural_key

        members.sort(key=lambda i: natural_key(names[i]))
        out.extend(members[k:k + cap] for k in range(0, len(members), cap))
    return out


# -- the split ------------------------------------------------------------------------------
def plan_split(project: Project, report: CheckReport, settings: SplitSettings,
               progress: Progress | None = None) -> SplitPlan:
    """Assign usable images to subsets (stable: an image a build assigned never moves).

    Usable: labeled and checked-empty images without a blocking problem. Nothing is written:
    :func:`save_split` (called by ``build_dataset``) stores the plan. ``progress(done, total)``
    reports the look-alike hashing (every new photo is decoded once); returning False raises
    :class:`Cancelled`. Raises :class:`DatasetError` for impossible ratios.
    """
    if not 0 < settings.val < 1 or not 0 <= settings.test < 1 or settings.val + settings.test >= 1:
        raise DatasetError(msg(BAD_FRACTIONS, val=settings.val, test=settings.test))
    checks = report.images
    idx = [i for i, c in enumerate(checks) if c.status in (Status.LABELED, Status.EMPTY)]
    unlabeled = sum(c.status == Status.NOT_LABELED for c in checks)
    problems = sum(c.status == Status.PROBLEM for c in checks)
    root_len = len(str(project.root).rstrip(os.sep)) + 1
    names = [str(checks[i].image)[root_len:].replace(os.sep, "/") for i in idx]
    n = len(idx)
    smallest = min(f for f in (settings.val, settings.test) if f > 0)
    cap = max(2, round(n * smallest / 2))  # a group bigger than half the val share could never balance
    links: list[tuple[int, int]] = []
    hash_cache: dict[str, list] = {}
    if settings.group:
        links += burst_links(names)
        if settings.near_duplicates:
            paths = [str(checks[i].image) for i in idx]
            hashes, hash_cache = _hashes(project.state_dir / HASH_FILE, paths, names, progress)
            links += near_duplicate_links(hashes)
    groups = find_groups(names, links, cap) if settings.group else [[k] for k in range(n)]

    stored = load_split(project)
    same = stored.get("settings") == _settings_key(settings)
    old: dict[str, str] = stored["assign"] if same else {}
    subset: list[str | None] = [old.get(rel) if old.get(rel) in ("train", "val", "test") else None
                                for rel in names]
    movable: list[list[int]] = []  # groups placed in this run (free to move for stratification)
    for g in groups:
        placed = [subset[k] for k in g if subset[k] is not None]
        if placed:  # an assigned member keeps its side; new frames of the group join it
            side = max(set(placed), key=placed.count)
            for k in g:
                if subset[k] is None:
                    subset[k] = side
        else:
            movable.append(g)
    counts = {s: sum(v == s for v in subset) for s in ("train", "val", "test")}
    target = {"val": round(n * settings.val), "test": round(n * settings.test)}
    movable.sort(key=lambda g: _seeded(settings.seed, min(names[k] for k in g)))
    for g in movable:
        side = "train"
        for s in ("val", "test"):
            # place the group where it brings the count closest to the target
            if target[s] and counts[s] + len(g) / 2 < target[s]:
                side = s
                break
        for k in g:
            subset[k] = side
        counts[side] += len(g)
    warnings = _stratify(project, checks, idx, subset, movable, groups, names, settings.seed)

    plan_subset = {checks[i].image: subset[k] for k, i in enumerate(idx)}
    backgrounds: dict[str, int] = {}
    for k, i in enumerate(idx):
        if checks[i].status == Status.EMPTY:
            backgrounds[subset[k]] = backgrounds.get(subset[k], 0) + 1
    sizes = sorted((len(g) for g in groups if len(g) > 1), reverse=True)
    assign = dict(old)
    assign.update(zip(names, subset))
    if progress and progress(1, 1) is False:
        raise Cancelled()
    return SplitPlan(plan_subset, len(sizes), unlabeled + problems, warnings, unlabeled, problems, sizes,
                     backgrounds, _settings_key(settings), assign, hash_cache)


def save_split(project: Project, plan: SplitPlan) -> None:
    """Store ``plan``'s assignment in ``<project>/.workbench/split.json`` (atomic write), and
    the look-alike hashes it made beside it, so later plans keep every image where it is.

    ``build_dataset`` calls it once the new dataset is in place. Raises ``OSError``.
    """
    labels.atomic_write_bytes(split_path(project), json.dumps(
        {"version": 1, "settings": plan.settings_key, "assign": plan.assign},
        ensure_ascii=False, indent=0, sort_keys=True).encode("utf-8", "backslashreplace"))   # \udcXX: JSON escapes
    if plan.hash_cache:
        cache_path = project.state_dir / HASH_FILE
        try:
            labels.atomic_write_bytes(cache_path, json.dumps(plan.hash_cache, ensure_ascii=False)
                                      .encode("utf-8", "backslashreplace"))
        except OSError:
            pass  # only a cache: the next plan hashes again


def _stratify(project: Project, checks, idx: list[int], subset: list[str], movable: list[list[int]],
              groups: list[list[int]], names: list[str], seed: int) -> list[str]:
    """Move new groups from train to val until every class with 2+ images is in val."""
    class_names = project.classes
    has: list[set[int]] = [set(checks[i].classes) for i in idx]
    images_of: dict[int, list[int]] = {}
    for k, cl in enumerate(has):
        for c in cl:
            images_of.setdefault(c, []).append(k)
    group_of = {k: g for g in movable for k in g}
    any_group = {k: gi for gi, g in enumerate(groups) for k in g}
    warnings = []

    def name(c: int) -> str:
        return class_names[c] if c < len(class_names) else f"class {c}"

    for c in sorted(images_of, key=lambda c: (len(images_of[c]), c)):
        members = images_of[c]
        if len(members) < 2:
            warnings.append(msg(ONE_IMAGE, name=name(c)))
            continue
        if any(subset[k] == "val" for k in members):
            continue
        best = None
        for g in {id(group_of[k]): group_of[k] for k in members if k in group_of and subset[k] == "train"}.values():
            if not _keeps_train(g, has, images_of, subset):
                continue
            rank = (len(g), _seeded(seed, min(names[k] for k in g)))
            if best is None or rank < best[0]:
                best = (rank, g)
        if best is None:
            if len({any_group[k] for k in members}) == 1:
                why = msg(WHY_ONE_GROUP)
            elif not all(k in group_of for k in members):
                why = msg(WHY_EARLIER_SPLIT)
            else:
                why = msg(WHY_NEEDED_IN_TRAIN)
            warnings.append(msg(NONE_IN_VAL, name=name(c), why=why))
            continue
        for k in best[1]:
            subset[k] = "val"
    for c, members in sorted(images_of.items()):
        if len(members) >= 2 and not any(subset[k] == "train" for k in members):
            warnings.append(msg(NONE_IN_TRAIN, name=name(c)))
    return warnings


def _keeps_train(g: list[int], has, images_of, subset) -> bool:
    gs = set(g)
    for c in set().union(*(has[k] for k in g)):
        if not any(subset[k] == "train" and k not in gs for k in images_of[c]):
            return False
    return True
