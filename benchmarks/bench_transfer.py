"""Transfer learning offline: does starting from a model trained on *other* classes beat training
from scratch, after the same number of epochs?

Pretrains yolo11n on generated shapes A (square, circle, bar), then trains on shapes B (triangle,
cross, ring: other classes, other colours, few photos, like a user's first project) for the same
number of epochs three ways: from scratch (yolo11n.yaml), from A's best.pt, and from A's best.pt
with the first 10 layers frozen; then from scratch with three times the epochs, for scale. Runs
go through Workbench's own TrainingRun (the app's path).
Prints mAP50-95 / mAP50 of each, the ratio to scratch, and the final validation losses
(which move from the first epoch, while mAP of a tiny run stays 0 for a while).

    python benchmarks/bench_transfer.py --quick   # ~1 min: a smoke run (mAP stays 0 in runs this short)
    python benchmarks/bench_transfer.py           # full: ~2 min on 2 cores; mAP50-95 0.000 / 0.392 / 0.330
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

MODES = {
    #         pretrain photos, epochs | fine-tune photos (val), epochs | imgsz
    "quick": dict(pre_n=48, pre_epochs=6, ft_n=24, ft_val=8, ft_epochs=3, imgsz=64),
    "full": dict(pre_n=300, pre_epochs=30, ft_n=60, ft_val=20, ft_epochs=15, imgsz=96),
}
A = ["square", "circle", "bar"]
B = ["triangle", "cross", "ring"]


def train(data: Path, project: Path, name: str, model: str, epochs: int, imgsz: int, freeze=None):
    from workbench.training import Finished, TrainingRun, TrainSettings

    s = TrainSettings(data=str(data), model=model, epochs=epochs, imgsz=imgsz, batch=16, device="cpu",
                      plots=False, workers=0, project=str(project), name=name, freeze=freeze,
                      patience=0, extra={"warmup_epochs": 0.0})   # short runs: no warm-up for any
    t = time.perf_counter()
    result = TrainingRun(s, lambda e: None).run()
    if not isinstance(result, Finished):
        raise SystemExit(f"{name} failed: {result.message}\n{result.detail}")
    return result, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    ap.add_argument("--keep", type=Path, help="keep datasets and runs in this folder")
    args = ap.parse_args()
    cfg = MODES["quick" if args.quick else "full"]
    from shapes_dataset import make_shapes_dataset

    from workbench.training import read_results

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-transfer-"))
    try:
        data_a = make_shapes_dataset(root / "A", A, n=cfg["pre_n"], val=max(8, cfg["pre_n"] // 5), seed=1, size=160)
        data_b = make_shapes_dataset(root / "B", B, n=cfg["ft_n"], val=cfg["ft_val"], seed=2, size=160)
        print(f"mode {'quick' if args.quick else 'full'}: {cfg}", flush=True)
        pre, secs = train(data_a, root / "runs", "pretrain", "yolo11n.yaml", cfg["pre_epochs"], cfg["imgsz"])
        print(f"pretrain on A {A}: mAP50-95 {pre.metrics.get('metrics/mAP50-95(B)', float('nan')):.3f} "
              f"in {secs:.0f} s", flush=True)
        rows = []
        for name, model, freeze in [("scratch", "yolo11n.yaml", None), ("from A", str(pre.best), None),
                                    ("from A, freeze 10", str(pre.best), 10)]:
            res, secs = train(data_b, root / "runs", name.replace(" ", "_").replace(",", ""), model,
                              cfg["ft_epochs"], cfg["imgsz"], freeze)
            m = res.metrics.get("metrics/mAP50-95(B)", float("nan"))
            m50 = res.metrics.get("metrics/mAP50(B)", float("nan"))
            # mAP stays 0 for the first epochs of any tiny run; the validation losses move from epoch 1
            last = read_results(res.save_dir / "results.csv")[-1]
            box, cls = last.get("val/box_loss", float("nan")), last.get("val/cls_loss", float("nan"))
            rows.append((name, m, m50, box, cls, secs))
            print(f"B {B}, {cfg['ft_epochs']} epochs, {name:18s}: mAP50-95 {m:.3f}  mAP50 {m50:.3f}  "
                  f"val box_loss {box:.3f}  val cls_loss {cls:.3f}  ({secs:.0f} s)", flush=True)
        # how far from scratch needs to go: three times the epochs, for scale
        longer, secs = train(data_b, root / "runs", "scratch_3x", "yolo11n.yaml", 3 * cfg["ft_epochs"], cfg["imgsz"])
        print(f"B {B}, {3 * cfg['ft_epochs']} epochs, scratch (3x the epochs): mAP50-95 "
              f"{longer.metrics.get('metrics/mAP50-95(B)', float('nan')):.3f}  mAP50 "
              f"{longer.metrics.get('metrics/mAP50(B)', float('nan')):.3f}  ({secs:.0f} s)", flush=True)
        base = rows[0]
        for name, m, _m50, box, cls, _s in rows[1:]:
            ratio = f"{m / base[1]:.2f}x" if base[1] > 0 else ("inf" if m > 0 else "n/a")
            print(f"{name} vs scratch: mAP50-95 {m:.3f} vs {base[1]:.3f} ({ratio}); val box_loss {box:.3f} vs "
                  f"{base[3]:.3f}, val cls_loss {cls:.3f} vs {base[4]:.3f} (lower is better)")
    finally:
        if args.keep:
            print(f"files: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
