"""A 50 MB label file (1.4 M lines, nearly all one repeated box): ``workbench check`` and pressing D onto it.

Reported before the limits (issue 11): check 58 s, 990 MB, 1,379,710 printed duplicate lines
(193 MB); D froze the GUI for over 3 minutes, RSS past 8 GB. Goals now: check under 5 s and
300 MB with a short output; D shows the image within 1 s with the file named as a problem.
``--mb N`` sizes the file (default 50); ``--skip-gui`` measures the check only.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

from _gui import CACHE, ROOT, jpeg_bytes  # noqa: E402  (sets up paths and Qt platform)


def huge_folder(mb: int) -> Path:
    folder = CACHE / f"huge-label-{mb}mb"
    label = folder / "b.txt"
    if not (folder / ".complete").exists():
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("a.jpg", "b.jpg"):
            (folder / name).write_bytes(jpeg_bytes(640, 480))
        (folder / "classes.txt").write_text("thing\n")
        line = b"0 0.500000 0.500000 0.200000 0.200000\n"   # 38 bytes
        n = mb * 1_000_000 // len(line)
        with open(label, "wb") as f:
            f.write(b"0 0.250000 0.250000 0.100000 0.100000\n" * 10)
            f.write(line * (n - 10))
        (folder / ".complete").write_text("")
    return folder


def bench_check(folder: Path) -> tuple[float, float, int]:
    """Seconds, peak MB and output bytes of ``workbench check`` in a child process."""
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "workbench", "check", str(folder)], capture_output=True,
                       cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    seconds = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(r.stdout[-600:].decode("utf-8", "replace"))
    return seconds, peak_mb, len(r.stdout)


def bench_gui(folder: Path) -> tuple[float, float]:
    """Seconds from D to the image shown, and the GUI process's peak MB."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from _gui import wait_until, window

    app, win = window()
    page = win.label_page
    win.open_folder(folder)
    wait_until(app, lambda: page._shown is not None)
    t = time.perf_counter()
    QTest.keyClick(page.canvas, Qt.Key.Key_D)
    wait_until(app, lambda: page.row == 1 and page._shown is not None, timeout=600)
    page.canvas.viewport().repaint()
    seconds = time.perf_counter() - t
    print("banner:", page.banner.text()[:300].replace("\n", " | "))
    return seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--skip-gui", action="store_true")
    args = ap.parse_args()
    folder = huge_folder(args.mb)
    size = (folder / "b.txt").stat().st_size
    t = time.perf_counter()
    lines = (folder / "b.txt").read_bytes().count(b"\n")   # baseline: the least any tool does, read it once
    base = time.perf_counter() - t
    s, mb, out = bench_check(folder)
    ok = s <= 5 and mb <= 300
    print(f"baseline (read the {lines:,} lines once): {base * 1000:.0f} ms | check / baseline: {s / base:.1f}x")
    print(f"check on a {size / 1e6:.0f} MB label file: {s:.1f} s, peak {mb:.0f} MB, output {out:,} bytes "
          f"(goal <= 5 s, <= 300 MB: {'OK' if ok else 'MISSED'})", flush=True)
    if not args.skip_gui:
        g, gmb = bench_gui(folder)
        gui_ok = g <= 1.0
        print(f"D onto it: {g * 1000:.0f} ms, GUI peak {gmb:.0f} MB (goal <= 1000 ms: {'OK' if gui_ok else 'MISSED'})")
        ok = ok and gui_ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
