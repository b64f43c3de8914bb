"""Training: Workbench's run vs the plain ``yolo train`` CLI, stop latency, and memory after runs.

1. Wall time of the same training (same generated data, same arguments, CPU) run as
   ``workbench train`` and as ``.venv/bin/yolo train``, alternated, each in a fresh process.
   Goal: ratio <= 0.75 (Ultralytics uses one torch thread on a 2-core machine; Workbench all cores).
2. Stop latency: ``stop()`` called from another thread mid-batch, until ``run()`` returns
   (goal <= 3 s after the batch in progress ends; the final validation of best.pt is inside it).
3. Memory: the process RSS before a run, after it, and after two more (it must come back close).

    .venv/bin/python benchmarks/bench_training.py [--n 96] [--imgsz 320] [--epochs 3] [--repeat 1] [--one-thread]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import tiny_dataset  # noqa: E402


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def training_seconds(run_dir: Path) -> float:
    """Ultralytics' own cumulative ``time`` column at the last epoch (training + validation only)."""
    from workbench.training import read_results

    return read_results(run_dir / "results.csv")[-1]["time"]


def timed_process(cmd: list[str], cwd: Path, env: dict) -> float:
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}")
    return seconds


def compare_with_cli(data: Path, work: Path, a: argparse.Namespace) -> float:
    env = dict(os.environ, YOLO_CONFIG_DIR=str(work / "yolo-config"), YOLO_OFFLINE="1", YOLO_AUTOINSTALL="false")
    common = ["--model", "yolo11n.yaml"]
    runs = work / "runs"

    def ours_cmd(name, *more):
        return [sys.executable, "-m", "workbench", "train", str(data), *common, "--epochs", str(a.epochs),
                "--imgsz", str(a.imgsz), "--batch", str(a.batch), "--device", "cpu", "--workers", "0",
                "--no-plots", "--project", str(runs), "--name", name, *more]

    def yolo_cmd(name):
        yolo = str(Path(sys.executable).with_name("yolo"))
        return [yolo, "train", f"data={data}", "model=yolo11n.yaml", f"epochs={a.epochs}", f"imgsz={a.imgsz}",
                f"batch={a.batch}", "device=cpu", "workers=0", "plots=False", f"project={runs}", f"name={name}"]

    ours, base, one = [], [], []
    for i in range(a.repeat):
        ours.append((timed_process(ours_cmd(f"wb{i}"), ROOT, env), training_seconds(runs / f"wb{i}")))
        base.append((timed_process(yolo_cmd(f"yolo{i}"), ROOT, env), training_seconds(runs / f"yolo{i}")))
        if a.one_thread:  # Workbench's own overhead, threads aside
            one.append(timed_process(ours_cmd(f"one{i}", "--threads", "1"), ROOT, env))
    o, b = min(w for w, _ in ours), min(w for w, _ in base)
    ot, bt = min(t for _, t in ours), min(t for _, t in base)
    print(f"training time in results.csv (epochs only, no start-up): workbench {ot:.1f} s | "
          f"baseline (yolo train CLI): {bt:.1f} s | ratio {ot / bt:.2f}x", flush=True)
    if one:
        print(f"workbench train --threads 1 (whole process): {min(one):.1f} s, ratio to yolo train "
              f"{min(one) / b:.2f}x (Workbench's own overhead)", flush=True)
    print(f"training wall time ({a.epochs} epochs, {a.n} images, imgsz {a.imgsz}, batch {a.batch}, CPU, "
          f"{os.cpu_count()} cores): workbench train {o:.1f} s | baseline (yolo train CLI): {b:.1f} s | "
          f"ratio {o / b:.2f}x  goal <= 0.75x: {'OK' if o / b <= 0.75 else 'MISSED'}", flush=True)
    return o / b


def stop_latency_and_memory(data: Path, work: Path, a: argparse.Namespace) -> None:
    os.environ.setdefault("YOLO_CONFIG_DIR", str(work / "yolo-config"))
    from workbench.training import BatchProgress, Finished, TrainingRun, TrainSettings

    def settings(name, epochs):
        return TrainSettings(data=str(data), model="yolo11n.yaml", epochs=epochs, imgsz=a.imgsz, batch=a.batch,
                             device="cpu", workers=0, plots=False, project=str(work / "runs"), name=name)

    rss = [("workbench.training imported", rss_mb())]
    import torch  # noqa: F401 - imported by every run; count it in "before"
    import ultralytics  # noqa: F401

    rss.append(("before run 1 (torch, ultralytics imported)", rss_mb()))
    marks = {"peak": 0.0}

    def on_event(e):
        if isinstance(e, BatchProgress):
            marks["peak"] = max(marks["peak"], rss_mb())
        if isinstance(e, Finished):
            marks["finished"] = time.perf_counter()
        # stop from another thread in the middle of the second batch of epoch 2
        if isinstance(e, BatchProgress) and e.epoch == 2 and e.batch == 1 and "timer" not in marks:
            marks["timer"] = threading.Timer(0.2, lambda: (marks.setdefault("stop", time.perf_counter()),
                                                           run.stop()))
            marks["timer"].start()

    def batch_end(trainer):
        if "stop" in marks and "batch_end" not in marks:
            marks["batch_end"] = time.perf_counter()

    run = TrainingRun(settings("stop", 5), on_event, callbacks={"on_train_batch_end": batch_end})
    result = run.run()
    returned = time.perf_counter()
    assert isinstance(result, Finished) and result.stopped, result
    total = returned - marks["stop"]
    after_batch = returned - marks["batch_end"]
    print(f"stop latency: stop() -> run() returned {total:.2f} s (Finished event at "
          f"{marks['finished'] - marks['stop']:.2f} s); after the batch in progress ended: {after_batch:.2f} s "
          f"(validation of the partial epoch, then Ultralytics' final validation of best.pt)  "
          f"goal <= 3 s after the batch: {'OK' if after_batch <= 3 else 'MISSED'}", flush=True)
    del run, result
    rss.append(("peak during run 1", marks["peak"]))
    rss.append(("after run 1 (stopped)", rss_mb()))
    for i in (2, 3):
        r = TrainingRun(settings(f"mem{i}", 1), lambda e: None).run()
        assert isinstance(r, Finished), r
        del r
        rss.append((f"after run {i}", rss_mb()))
    print("memory (RSS): " + " | ".join(f"{what}: {mb:.0f} MB" for what, mb in rss), flush=True)
    print(f"memory after run 1 vs before it: {rss[3][1] - rss[1][1]:+.0f} MB; "
          f"growth from run 1 to run 3: {rss[-1][1] - rss[3][1]:+.0f} MB", flush=True)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=96, help="generated images (a quarter for validation)")
    p.add_argument("--imgsz", type=int, default=320)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--repeat", type=int, default=1, help="alternated runs of each; the fastest counts")
    p.add_argument("--one-thread", action="store_true", help="also time workbench train --threads 1")
    p.add_argument("--skip-cli", action="store_true", help="only stop latency and memory")
    a = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-training-"))
    try:
        data = tiny_dataset.make_dataset(work / "数据 集", n=a.n, val=a.n // 4)
        ratio = 0.0 if a.skip_cli else compare_with_cli(data, work, a)
        stop_latency_and_memory(data, work, a)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ratio <= 0.75 else 1


if __name__ == "__main__":
    raise SystemExit(main())
