"""The runs history: training runs found on disk, read from their results.csv and args.yaml.

Reading never imports torch or ultralytics, so the history shows at once.
"""
from __future__ import annotations

import csv
import math
from pathlib import Path

from ..checkpoints import is_complete_checkpoint

MAP_KEY = "metrics/mAP50-95(B)"


def read_results(csv_path: Path) -> list[dict[str, float]]:
    """The rows of a results.csv (keys stripped of Ultralytics' padding).

    Missing or unparsable cells become NaN; a missing file or an empty one gives ``[]``.
    """
    rows: list[dict[str, float]] = []
    try:
        text = Path(csv_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return rows
    reader = csv.reader(text.splitlines())
    header = None
    for cells in reader:
        if not cells or not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip() for c in cells]
            continue
        row = {}
        for key, cell in zip(header, cells):
            try:
                row[key] = float(cell)
            except ValueError:
                row[key] = math.nan
        rows.append(row)
    return rows


def _epochs_planned(save_dir: Path) -> int | None:
    """``epochs`` from the run's args.yaml, read as plain text (one ``key: value`` per line)."""
    try:
        for line in (save_dir / "args.yaml").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("epochs:"):
                return int(line.split(":", 1)[1].strip())
    except (OSError, ValueError):
        pass
    return None


def summarize_run(save_dir: Path):
    """A :class:`~workbench.training.RunSummary` for one run folder (see :func:`list_runs`)."""
    from .types import RunSummary

    rows = read_results(save_dir / "results.csv")
    maps = [r[MAP_KEY] for r in rows if MAP_KEY in r and not math.isnan(r[MAP_KEY])]
    epochs_done = max((int(r.get("epoch", 0)) for r in rows if not math.isnan(r.get("epoch", math.nan))),
                      default=0)
    planned = _epochs_planned(save_dir) or epochs_done
    best = save_dir / "weights" / "best.pt"
    last = save_dir / "weights" / "last.pt"
    return RunSummary(
        save_dir=save_dir,
        name=save_dir.name,
        epochs_done=epochs_done,
        epochs=planned,
        best_map50_95=max(maps) if maps else None,
        # a best.pt cut short (full disk, kill) is never offered to Preview
        best=best if is_complete_checkpoint(best) else None,
        last=last if is_complete_checkpoint(last) else None,
        # Ultralytics strips the optimizer from last.pt when a run ends; a run cut short keeps it.
        resumable=last.is_file() and is_resumable_checkpoint(last),
    )


def is_resumable_checkpoint(last: Path) -> bool:
    """True when ``last`` still holds the optimizer state (a run that did not end normally).

    A stripped checkpoint is a few MB smaller; rather than loading torch, look for the pickled
    ``optimizer`` state's ``param_groups`` key in the file (a zip of pickles), which only an
    unstripped checkpoint has.
    """
    import zipfile

    try:
        with zipfile.ZipFile(last) as z:
            for name in z.namelist():
                if name.endswith("data.pkl"):
                    return b"param_groups" in z.read(name)
    except (OSError, zipfile.BadZipFile, KeyError):
        return False
    return False


def list_runs(project: Path) -> list:
    """Runs under ``project`` (folders with results.csv or weights/), newest first."""
    project = Path(project)
    try:
        folders = [p for p in project.iterdir() if p.is_dir()
                   and ((p / "results.csv").is_file() or (p / "weights").is_dir())]
    except OSError:
        return []

    def mtime(p: Path) -> float:
        newest = p.stat().st_mtime
        for child in (p / "results.csv", p / "weights" / "last.pt"):
            if child.exists():
                newest = max(newest, child.stat().st_mtime)
        return newest

    folders.sort(key=mtime, reverse=True)
    return [summarize_run(p) for p in folders]


def per_class_metrics(trainer) -> list[dict]:
    """Per-class results of the trainer's last validation (the final one of best.pt)."""
    metrics = getattr(getattr(trainer, "validator", None), "metrics", None)
    names = (getattr(trainer, "data", None) or {}).get("names") or {}
    if metrics is None or getattr(metrics, "nt_per_class", None) is None:
        return []
    names = names if isinstance(names, dict) else dict(enumerate(names))
    index = [int(c) for c in getattr(metrics, "ap_class_index", [])]
    rows = []
    for c, name in sorted(names.items()):
        p = r = m50 = m = 0.0
        if c in index:
            p, r, m50, m = (float(v) for v in metrics.class_result(index.index(c))[:4])
        per_image = getattr(metrics, "nt_per_image", None)
        rows.append({"name": str(name), "images": int(per_image[c]) if per_image is not None else 0,
                     "instances": int(metrics.nt_per_class[c]), "precision": p, "recall": r,
                     "mAP50": m50, "mAP50-95": m})
    return rows


def saved_plots(save_dir: Path) -> list[Path]:
    """The charts Ultralytics saved in ``save_dir``: results.png, confusion matrices, curves.

    The training/validation batch mosaics are left out: they are samples, not results.
    """
    order = ("results", "confusion_matrix_normalized", "confusion_matrix", "BoxPR_curve")
    try:
        found = [p for p in Path(save_dir).iterdir() if p.suffix.lower() == ".png"
                 and not p.name.startswith(("train_batch", "val_batch"))]
    except OSError:
        return []

    def rank(p: Path):
        return (order.index(p.stem) if p.stem in order else len(order), p.name)

    return sorted(found, key=rank)
