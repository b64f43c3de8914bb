"""Kill Workbench's writers at random moments, then open the folder: count torn and left-over files.

Two campaigns (issue 11's closing numbers), each ``--kills`` times (default 100):

* autosave: a child saves one image's labels in a loop (OLD/NEW, 3,000 boxes) through
  ``Project.save``; SIGKILL at a random moment; the file must be OLD or NEW, never torn; opening
  the folder (``Project.remove_stray_temp_files``) must leave no temp file.
* class change: a child deletes class 0 across 100 label files; SIGKILL at a random moment within
  one change's duration; opening the project must show every file and classes.txt either all as
  before or all changed, with no temp file and no journal left.

Not in ``run_all.py`` (minutes). ``python benchmarks/kill_campaign.py [--kills N]``.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
ENV = dict(os.environ, PYTHONPATH=str(ROOT))

from killed_saves import NEW, OLD, SAVE_LOOP  # noqa: E402 - the same child program as the tests


CLASS_CHANGE = textwrap.dedent("""
    import sys
    from workbench.project import Project
    p = Project(sys.argv[1])
    print("ready", flush=True)
    p.remove_class(0)
""")
N_FILES = 100


def temps(folder: Path) -> int:
    from workbench.labels import TEMP_NAME

    return sum(1 for _, _, files in os.walk(folder) for f in files if TEMP_NAME.fullmatch(f))


def kill_after(script: str, args: list[str], seconds: float) -> None:
    proc = subprocess.Popen([sys.executable, "-c", script, *args], env=ENV, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline() == "ready\n"
    time.sleep(seconds)   # a random moment, on purpose: this is what the campaign samples
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()


def autosave(work: Path, kills: int, rng: random.Random) -> dict:
    from PIL import Image

    from workbench.project import Project

    root = work / "autosave"
    root.mkdir()
    Image.new("RGB", (64, 48)).save(root / "img1.jpg")
    (root / "img1.txt").write_text(OLD)
    torn, seen = 0, set()
    for _ in range(kills):
        kill_after(SAVE_LOOP, [str(root), OLD, NEW], rng.uniform(0, 0.6))
        text = (root / "img1.txt").read_text()
        torn += text not in (OLD, NEW)
        seen.add(text[:1])
    left = temps(root)
    removed = len(Project(root).remove_stray_temp_files())
    return dict(kills=kills, torn=torn, versions_seen=len(seen), temps_before_open=left,
                removed_on_open=removed, temps_after_open=temps(root))


def class_change(work: Path, kills: int, rng: random.Random) -> dict:
    from workbench.labels import read_label_file
    from workbench.project import Project

    def make(root: Path) -> None:
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir()
        for i in range(N_FILES):
            (root / f"img{i:03d}.jpg").write_bytes(b"")
            (root / f"img{i:03d}.txt").write_text("0 0.5 0.5 0.2 0.2\n2 0.1 0.1 0.1 0.1\n1 0.3 0.3 0.1 0.1\n" * 20)
        (root / "classes.txt").write_text("cat\ndog\nbird\n")

    root = work / "classes"
    make(root)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", CLASS_CHANGE, str(root)], env=ENV, capture_output=True)
    one = time.perf_counter() - t
    out = dict(kills=kills, one_change_s=round(one, 2), all_before=0, all_changed=0, finished_on_open=0,
               inconsistent=0, temps_removed_on_open=0, left_after_open=0)
    for _ in range(kills):
        make(root)
        kill_after(CLASS_CHANGE, [str(root)], rng.uniform(0, 1.5 * one))   # start-up varies under load
        p = Project(root)
        out["finished_on_open"] += bool(p.finished_files)
        out["temps_removed_on_open"] += len(p.remove_stray_temp_files())
        before = (root / "classes.txt").read_text() == "cat\ndog\nbird\n"
        want = [0, 2, 1] * 20 if before else [1, 0] * 20
        out["all_before" if before else "all_changed"] += 1
        out["inconsistent"] += any([b.cls for b in read_label_file(root / f"img{i:03d}.txt").boxes] != want
                                   for i in range(N_FILES))
        out["left_after_open"] += temps(root) + (root / ".workbench" / "class-change.json").exists()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=100)
    args = ap.parse_args()
    rng = random.Random(0)
    with tempfile.TemporaryDirectory(prefix="workbench-kills-") as d:
        a = autosave(Path(d), args.kills, rng)
        print("autosave:", a, flush=True)
        c = class_change(Path(d), args.kills, rng)
        print("class change:", c, flush=True)
    ok = a["torn"] == 0 and a["temps_after_open"] == 0 and c["inconsistent"] == 0 and c["left_after_open"] == 0
    print("OK: nothing torn, nothing left over" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
