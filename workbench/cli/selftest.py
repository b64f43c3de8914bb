"""``workbench --selftest``: prove on this machine that the whole loop works, step by step.

A user or a support person runs it on the machine that has the problem; CI runs it on every build
of the installer (packaging/smoke.sh). Each step runs the ``workbench`` program itself in a child
process, exactly as a user would type it (the frozen executable in an installed bundle,
``python -m workbench`` in a venv), on a tiny generated project whose folder and file names hold
spaces and Chinese characters. One ``PASS``/``FAIL`` line per step; exit status 1 when any failed.

The steps: --version; --screenshot of the project (the PNG is not blank); check; split; a 1-epoch
train from ``yolo11n.yaml`` with its plots (no download, no network wait) and one data loader worker
process (a frozen Windows/macOS app must survive "spawn": freeze_support); predict with the .pt;
export to ONNX and to OpenVINO INT8 and predict with each; the window in Chinese with every page's
text drawn with real glyphs (``selftest-gui``, see workbench/ui/selftest_window.py).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

IMGSZ = 64          # training, export and predict size: seconds, not minutes, on 2 cores
STEP_TIMEOUT = 900  # seconds; a step that hangs (a network wait, a deadlock) fails instead


def register(subparsers) -> None:
    """Add ``selftest`` (also ``workbench --selftest``) and the window check it runs."""
    p = subparsers.add_parser(
        "selftest", help="check that this installation works: label files, training, export, window",
        description="Run every step of the loop on a tiny generated project and print PASS or FAIL for each. "
                    "Takes a few minutes; nothing is downloaded. Exit status 1 when a step fails.")
    p.add_argument("--work", metavar="DIR", help="folder for the generated project (default: a temporary one, "
                                                 "removed afterwards)")
    p.add_argument("--keep", action="store_true", help="keep the generated project and outputs")
    p.add_argument("--skip", action="append", default=[], metavar="STEP",
                   help="leave out a step (repeatable): " + ", ".join(STEP_NAMES))
    p.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    p.set_defaults(func=run_selftest)

    g = subparsers.add_parser("selftest-gui", help=argparse.SUPPRESS,
                              description="(used by selftest) open FOLDER in Chinese, screenshot each page into "
                                          "OUT_DIR, check that every Chinese character has a glyph")
    g.add_argument("folder")
    g.add_argument("out_dir")
    g.set_defaults(func=_run_gui_check)


def _run_gui_check(args: argparse.Namespace) -> int:
    from ..ui.selftest_window import check_pages

    return check_pages(args.folder, args.out_dir)


def workbench_command() -> list[str]:
    """How to start this same program: the frozen executable, or this Python with ``-m workbench``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "workbench"]


def make_project(folder: Path, n: int = 24, seed: int = 0) -> Path:
    """A labeling project of ``n`` generated photos (red squares, blue circles; one file name in Chinese)."""
    import numpy as np
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    size = 96
    for i in range(n):
        im = Image.fromarray(rng.integers(90, 160, (size, size, 3), dtype=np.uint8))
        d = ImageDraw.Draw(im)
        lines = []
        for _ in range(int(rng.integers(1, 3))):
            cls = int(rng.integers(0, 2))
            w, h = (int(v) for v in rng.integers(size // 5, size // 2, 2))
            x, y = int(rng.integers(0, size - w)), int(rng.integers(0, size - h))
            (d.rectangle if cls == 0 else d.ellipse)([x, y, x + w, y + h],
                                                     fill=(220, 30, 30) if cls == 0 else (30, 30, 220))
            lines.append(f"{cls} {(x + w / 2) / size:.6f} {(y + h / 2) / size:.6f} {w / size:.6f} {h / size:.6f}")
        stem = f"照片 {i:03d}" if i % 4 == 0 else f"img_{i:03d}"
        im.save(folder / f"{stem}.jpg", quality=92)
        (folder / f"{stem}.txt").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    (folder / "classes.txt").write_text("方块\ncircle\n", encoding="utf-8")
    return folder


@dataclass
class Step:
    name: str
    ok: bool
    seconds: float
    detail: str = ""
    output: list[str] = field(default_factory=list)


def png_is_blank(path: Path) -> bool:
    """True when the PNG is missing, unreadable, or one flat colour."""
    from PIL import Image

    try:
        with Image.open(path) as im:
            lo_hi = im.convert("L").getextrema()
    except OSError:
        return True
    return lo_hi[1] - lo_hi[0] < 8


class Runner:
    """Runs ``workbench ARGS`` in child processes and records one Step per call."""

    def __init__(self, work: Path, out=sys.stdout):
        self.work = work
        self.out = out
        self.steps: list[Step] = []
        self.env = dict(os.environ, PYTHONIOENCODING="utf-8", WORKBENCH_CONFIG_DIR=str(work / "config"),
                        YOLO_CONFIG_DIR=str(work / "ultralytics"), PYTHONUTF8="1")

    def run(self, name: str, args: list[str], expect=None, env: dict | None = None) -> subprocess.CompletedProcess | None:
        """Run one step; ``expect(proc) -> str`` returns "" when good, else why it failed."""
        t0 = time.perf_counter()
        try:
            proc = subprocess.run(workbench_command() + args, cwd=self.work, env=env or self.env,
                                  capture_output=True, text=True, encoding="utf-8", errors="replace",
                                  timeout=STEP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._record(name, False, t0, f"no result after {STEP_TIMEOUT} s", [])
            return None
        except OSError as e:
            self._record(name, False, t0, f"could not start: {e}", [])
            return None
        lines = (proc.stdout + proc.stderr).splitlines()
        why = f"exit status {proc.returncode}" if proc.returncode else (expect(proc) if expect else "")
        self._record(name, not why, t0, why, lines)
        return proc if not why else None

    def _record(self, name, ok, t0, detail, lines) -> None:
        step = Step(name, ok, time.perf_counter() - t0, detail, lines)
        self.steps.append(step)
        word = "PASS" if ok else "FAIL"
        print(f"{word}  {name:<16} {step.seconds:6.1f} s  {detail}", file=self.out, flush=True)
        if not ok:
            for line in lines[-25:]:
                print(f"      | {line}", file=self.out, flush=True)


def _last_path(proc: subprocess.CompletedProcess) -> Path:
    return Path(proc.stdout.strip().splitlines()[-1])


def _found(proc: subprocess.CompletedProcess) -> str:
    return "" if " frames, " in proc.stdout else "no summary line"


STEP_NAMES = ("version", "screenshot", "check", "split", "train", "predict-pt", "export-onnx", "predict-onnx",
              "export-openvino", "predict-openvino", "gui")


def run_steps(r: Runner, skip: set[str]) -> None:
    """Every step in order; a step whose input is missing (its producer failed) fails too."""
    project = make_project(r.work / "项目 photos")
    from .. import __version__

    def want(name):
        return name not in skip

    if want("version"):
        r.run("version", ["--version"], lambda p: "" if __version__ in p.stdout + p.stderr else "no version")
    if want("screenshot"):
        shot = r.work / "截图 window.png"
        env = dict(r.env, QT_QPA_PLATFORM="offscreen")
        r.run("screenshot", ["--screenshot", str(shot), str(project)],
              lambda p: "blank or missing PNG" if png_is_blank(shot) else "", env=env)
    if want("check"):
        r.run("check", ["check", str(project)], lambda p: "" if "OK" in p.stdout else "no OK line")
    data = None
    if want("split"):
        p = r.run("split", ["split", str(project), "--val", "0.25"],
                  lambda p: "" if "data.yaml:" in p.stdout else "no data.yaml line")
        if p:
            data = p.stdout.split("data.yaml:")[-1].strip().splitlines()[0].strip()
    best = None
    if want("train") and data:
        p = r.run("train", ["train", data, "--model", "yolo11n.yaml", "--epochs", "1", "--imgsz", str(IMGSZ),
                            "--batch", "8", "--workers", "1", "--device", "cpu",
                            "--project", str(r.work / "runs"), "--name", "训练"],
                  lambda p: "" if "done: best" in p.stdout else "no 'done' line")
        if p:
            best = p.stdout.split("done: best")[-1].split("mAP50-95")[0].strip()
    source = str(project)
    common = ["--imgsz", str(IMGSZ), "--conf", "0.001", "--max-frames", "4"]
    if best:
        if want("predict-pt"):
            r.run("predict-pt", ["predict", best, source, *common], _found)
        if want("export-onnx"):
            p = r.run("export-onnx", ["export", best, "--format", "onnx", "--imgsz", str(IMGSZ)],
                      lambda p: "" if _last_path(p).exists() else "no exported file")
            if p and want("predict-onnx"):
                r.run("predict-onnx", ["predict", str(_last_path(p)), source, *common], _found)
        if want("export-openvino"):
            p = r.run("export-openvino", ["export", best, "--format", "openvino", "--int8", "--data", data,
                                          "--imgsz", str(IMGSZ)],
                      lambda p: "" if _last_path(p).exists() else "no exported folder")
            if p and want("predict-openvino"):
                r.run("predict-openvino", ["predict", str(_last_path(p)), source, *common], _found)
    else:
        for name in ("predict-pt", "export-onnx", "predict-onnx", "export-openvino", "predict-openvino"):
            if want(name):
                r._record(name, False, time.perf_counter(), "no trained model (train failed or skipped)", [])
    if want("gui"):
        pages = r.work / "pages"
        env = dict(r.env, WORKBENCH_LANG="zh_CN")
        if not env.get("QT_QPA_PLATFORM"):
            env["QT_QPA_PLATFORM"] = "xcb" if env.get("DISPLAY") else "offscreen"
        p = r.run("gui", ["selftest-gui", str(project), str(pages)],
                  lambda p: "" if '"ok": true' in p.stdout else "see the report", env=env)
        if p:
            report = json.loads(p.stdout.strip().splitlines()[-1])
            fonts = sorted({f for page in report["pages"] for f in page["fonts"]})
            print(f"      {report['platform']}: {len(report['pages'])} pages in Chinese, "
                  f"{sum(pg['chinese_chars'] for pg in report['pages'])} characters drawn with {', '.join(fonts)}",
                  file=r.out, flush=True)


def run_selftest(args: argparse.Namespace) -> int:
    """``workbench selftest``: run every step, print PASS/FAIL lines and a summary; 1 when any failed."""
    from .. import __version__

    unknown = set(args.skip) - set(STEP_NAMES)
    if unknown:
        print(f"workbench: unknown step(s) {', '.join(sorted(unknown))}; steps: {', '.join(STEP_NAMES)}",
              file=sys.stderr)
        return 2
    temp = None
    if args.work:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
    else:
        temp = tempfile.mkdtemp(prefix="workbench selftest 自检 ")
        work = Path(temp)
    print(f"workbench {__version__} selftest in {work}\nprogram: {' '.join(workbench_command())}", flush=True)
    r = Runner(work)
    t0 = time.perf_counter()
    try:
        run_steps(r, set(args.skip))
    finally:
        failed = [s.name for s in r.steps if not s.ok]
        total = time.perf_counter() - t0
        print(f"{len(r.steps) - len(failed)}/{len(r.steps)} steps passed in {total:.0f} s"
              + (f"; FAILED: {', '.join(failed)}" if failed else ""), flush=True)
        if args.json:
            Path(args.json).write_text(json.dumps({"seconds": total, "steps": [
                {"name": s.name, "ok": s.ok, "seconds": round(s.seconds, 2), "detail": s.detail}
                for s in r.steps]}, ensure_ascii=False, indent=1), encoding="utf-8")
        if temp and not args.keep:
            shutil.rmtree(temp, ignore_errors=True)
    return 1 if failed else 0
