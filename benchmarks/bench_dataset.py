"""Check and build a project of 10,000 labeled JPEGs (640x480).

Measurements and their baselines, same run:
- check: :func:`check_project` vs. the least any check must do (PIL header of every image and
  read every label file). Goal: under 3 s.
- build: :func:`build_dataset` (copy images, write labels, data.yaml, swap in) vs. ``cp -r`` of
  the same images and labels. Goal: within 1.5x of ``cp -r``.
- split (no goal, for the record): :func:`plan_split` with groups and look-alike hashes, first
  run (hashes every image) and a re-run (hashes cached), on 10,000 images.
- look-alike hashes of 2,000 photos (``python bench_dataset.py split`` runs only this): the first
  :func:`plan_split` (decodes every photo, JPEG in PIL draft mode) vs. the same hashes from a
  full decode of each photo, same thread pool.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _gui import CACHE, jpeg_bytes  # noqa: E402  (sets up paths; imports no Qt)
from _common import median, report  # noqa: E402

N = 10_000


def project_folder() -> Path:
    folder = CACHE / "bench-dataset-10k"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    blobs = [jpeg_bytes(640, 480, s) for s in range(8)]
    for i in range(N):
        (folder / f"IMG_{i:05d}.jpg").write_bytes(blobs[i % len(blobs)])
        boxes = "".join(f"{(i + k) % 3} 0.{20 + k * 10} 0.5 0.1{k} 0.2\n" for k in range(1 + i % 4))
        (folder / f"IMG_{i:05d}.txt").write_text("" if i % 20 == 0 else boxes)
    (folder / "classes.txt").write_text("cat\ndog\nbird\n")
    done.write_text("")
    return folder


def least_check(folder: Path) -> None:
    from PIL import Image

    for name in os.listdir(folder):
        p = folder / name
        if name.endswith(".jpg"):
            with Image.open(p) as im:
                im.size  # noqa: B018 - the header read is the work
        elif name.endswith(".txt"):
            p.read_bytes()


def split_folder(n: int = 2000) -> Path:
    """``n`` labeled photos: hard links to the first ``n`` of the 10,000 (no copies)."""
    src = project_folder()
    folder = CACHE / f"bench-dataset-{n}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        for ext in (".jpg", ".txt"):
            name = f"IMG_{i:05d}{ext}"
            try:
                os.link(src / name, folder / name)
            except OSError:
                shutil.copyfile(src / name, folder / name)
    shutil.copyfile(src / "classes.txt", folder / "classes.txt")
    done.write_text("")
    return folder


def full_decode_hash(path: str) -> int | None:
    """The difference hash from a full decode (what draft mode saves), for the baseline."""
    from PIL import Image

    with Image.open(path) as im:
        small = im.convert("L").resize((9, 8), Image.BILINEAR)
    px = small.tobytes()
    bits = 0
    for row in range(8):
        for col in range(8):
            bits = (bits << 1) | (px[row * 9 + col] > px[row * 9 + col + 1])
    return bits


def bench_split(runs: int = 3) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from workbench.dataset import split as dataset_split
    from workbench.dataset import SplitSettings, check_project, plan_split
    from workbench.project import Project

    folder = split_folder()
    project = Project(folder)
    rep = check_project(project)
    paths = [str(c.image) for c in rep.images]
    ours, base, again = [], [], []
    for _ in range(runs):
        shutil.rmtree(folder / ".workbench", ignore_errors=True)
        dataset_split._memo.clear()
        t = time.perf_counter()
        plan = plan_split(project, rep, SplitSettings())
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        plan_split(project, rep, SplitSettings())
        again.append(time.perf_counter() - t)
        t = time.perf_counter()
        with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1)) as pool:
            list(pool.map(full_decode_hash, paths))
        base.append(time.perf_counter() - t)
    assert not (folder / ".workbench" / dataset_split.SPLIT_FILE).exists()  # planning writes nothing
    report(f"first split of {len(paths):,} photos (look-alike hashes, JPEG draft decode), median", median(ours),
           "the same hashes from full decodes", median(base))
    print(f"  re-plan with the hashes of this session: {median(again) * 1000:.0f} ms; {plan.counts()}", flush=True)


def main(runs: int = 3) -> int:
    if sys.argv[1:] == ["split"]:
        bench_split()
        return 0
    from workbench.dataset import SplitSettings, build_dataset, check_project, plan_split
    from workbench.project import Project

    folder = project_folder()
    shutil.rmtree(folder / ".workbench", ignore_errors=True)
    project = Project(folder)
    assert len(project) == N

    ours, base = [], []
    for _ in range(runs):
        t = time.perf_counter()
        rep = check_project(Project(folder))
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        least_check(folder)
        base.append(time.perf_counter() - t)
    assert rep.ok and rep.stats.labeled == N - N // 20, rep.blocking[:3]
    ok = report("check 10,000 labeled images, median", median(ours), "PIL header + read label, each",
                median(base), 3.0)

    from workbench.dataset import split as dataset_split

    dataset_split._memo.clear()
    t = time.perf_counter()
    plan = plan_split(project, rep, SplitSettings())
    first = time.perf_counter() - t
    t = time.perf_counter()
    plan = plan_split(project, rep, SplitSettings())
    again = time.perf_counter() - t
    print(f"split 10,000 images (groups + look-alike hashes): first {first:.2f} s, re-run {again:.2f} s; "
          f"{plan.counts()}, {plan.groups} groups", flush=True)

    out_root = Path(tempfile.mkdtemp(prefix="wb-bench-build-"))
    try:
        ours, base = [], []
        for k in range(runs):
            # both write into a fresh folder; clearing it is outside the timing for both
            t = time.perf_counter()
            res = build_dataset(project, plan, out_root / "dataset")
            ours.append(time.perf_counter() - t)
            shutil.rmtree(out_root / "dataset")
            dst = out_root / f"cp{k}"
            t = time.perf_counter()
            subprocess.run(["cp", "-r", str(folder), str(dst)], check=True)
            base.append(time.perf_counter() - t)
            shutil.rmtree(dst)
        assert sum(res.counts.values()) == N
        ok &= report("build dataset of 10,000 images into a new folder, median", median(ours),
                     "cp -r of the same files", median(base), 1.5 * median(base))
        build_dataset(project, plan, out_root / "dataset")
        # a build stores the split; the next build keeps every image where it is
        assert (folder / ".workbench" / "split.json").exists()
        t = time.perf_counter()
        build_dataset(project, plan, out_root / "dataset")
        print(f"rebuild over the previous dataset (swap, then delete the old one): "
              f"{time.perf_counter() - t:.2f} s; reflinked: {res.reflinked}", flush=True)
    finally:
        shutil.rmtree(out_root, ignore_errors=True)
    bench_split()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
