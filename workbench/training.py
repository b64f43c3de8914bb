"""One Ultralytics training run as plain Python: settings in, plain events out (no Qt).

CONTRACT (skeleton written before the implementation so the Train page and this module can be
built side by side; the implementation keeps these names and fields, and may add to them).

The Train page runs :meth:`TrainingRun.run` in a ``QThread`` and forwards each event to the GUI
thread as a signal; the ``workbench train`` command prints them. Nothing here imports Qt;
torch and ultralytics are imported inside :meth:`TrainingRun.run` only.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


class TrainingError(Exception):
    """A run cannot start or failed; the message says what is wrong and what to do."""


@dataclass
class TrainSettings:
    """What the user chose. Empty/None values mean "Ultralytics' default"."""

    data: str                      # path of data.yaml
    model: str = "yolo11n.pt"      # a .pt (pretrained name or any file) or a .yaml (from scratch)
    epochs: int = 100
    imgsz: int = 640
    batch: int = -1                # -1: automatic (Ultralytics AutoBatch on GPU, 16 on CPU)
    device: str = ""               # "" automatic, "cpu", "0", "0,1"
    patience: int = 50
    project: str = ""              # folder holding runs; made absolute; default: <data.yaml folder>/../runs
    name: str = "train"
    freeze: int | None = None      # freeze the first N layers
    workers: int | None = None
    plots: bool = True
    resume: str | None = None      # path of a last.pt to resume (the other fields are then ignored)
    extra: dict = field(default_factory=dict)   # advanced Ultralytics args: optimizer, lr0, lrf,
                                                # warmup_epochs, cos_lr, mosaic, mixup, fliplr, ...


# ---- events, in the order a run emits them ---------------------------------------------------
@dataclass
class Started:
    save_dir: Path                 # runs/<name>, where results.csv and weights/ appear
    epochs: int
    start_epoch: int               # 0 for a new run; the epoch to continue from when resuming
    loss_names: list[str]          # from trainer.loss_names, e.g. ["box_loss", "cls_loss", "dfl_loss"]
    threads: int                   # torch threads used (all cores on CPU)
    device: str                    # what Ultralytics picked, e.g. "cpu", "cuda:0"


@dataclass
class BatchProgress:
    epoch: int                     # 1-based
    batch: int                     # 1-based, within the epoch
    batches: int
    losses: dict[str, float]       # running mean of this epoch's train losses, by loss name


@dataclass
class EpochEnd:
    epoch: int                     # 1-based; equals ``epochs`` for the last one
    epochs: int
    metrics: dict[str, float]      # the results.csv row: "train/box_loss", "train/cls_loss",
                                   # "val/box_loss", "val/cls_loss", "metrics/precision(B)",
                                   # "metrics/recall(B)", "metrics/mAP50(B)", "metrics/mAP50-95(B)", "lr/pg0", ...
    seconds: float                 # wall time of this epoch (train + val)
    eta_seconds: float             # estimate for the remaining epochs


@dataclass
class Log:
    text: str                      # one line of Ultralytics' own output (logger and stdout)


@dataclass
class Finished:
    save_dir: Path
    best: Path | None              # weights/best.pt (None if no epoch finished)
    last: Path | None              # weights/last.pt
    metrics: dict[str, float]      # final validation of best.pt
    per_class: list[dict]          # [{"name", "images", "instances", "precision", "recall", "mAP50", "mAP50-95"}]
    stopped: bool = False          # ended early by stop() (clean end, best.pt valid)
    paused: bool = False           # ended by pause(): resumable with TrainSettings(resume=last)
    plots: list[Path] = field(default_factory=list)   # results.png, confusion_matrix.png, PR curve ...


@dataclass
class Failed:
    message: str                   # one or two sentences for the user: what is wrong, what to do
    detail: str = ""               # the traceback, for the log pane


Event = Started | BatchProgress | EpochEnd | Log | Finished | Failed


class TrainingRun:
    """One run. ``run()`` blocks (call it from a worker thread); ``stop()`` and ``pause()`` are
    thread-safe and take effect after the current batch."""

    def __init__(self, settings: TrainSettings, on_event: Callable[[Event], None]):
        self.settings = settings
        self.on_event = on_event

    def run(self) -> Finished | Failed:
        """Train; every outcome is returned (and emitted last), nothing raises."""
        raise NotImplementedError

    def stop(self) -> None:
        """End cleanly: Ultralytics' ``trainer.stop`` (final validation, best.pt ready)."""
        raise NotImplementedError

    def pause(self) -> None:
        """End after the current batch so that ``resume`` continues at the right epoch."""
        raise NotImplementedError


@dataclass
class ModelChoice:
    """A model the form offers."""

    name: str                      # "yolo11n.pt", "yolo11n.yaml", or a file path
    label: str                     # what the user reads, e.g. "YOLO11n (pretrained, on disk)"
    available: bool                # usable now (on disk, a yaml, or downloadable)
    note: str = ""                 # why not available, in one sentence


def model_choices(extra_dirs: list[Path] = ()) -> list[ModelChoice]:
    """YOLO11/YOLOv8 n/s/m as pretrained .pt (available when on disk) and as .yaml (always)."""
    raise NotImplementedError


def check_model(model: str) -> str | None:
    """None when ``model`` can be loaded without the network hanging; else the one-sentence reason."""
    raise NotImplementedError


@dataclass
class RunSummary:
    """A finished or interrupted run found on disk (for the runs history)."""

    save_dir: Path
    name: str
    epochs_done: int
    epochs: int
    best_map50_95: float | None
    best: Path | None
    last: Path | None
    resumable: bool


def list_runs(project: Path) -> list[RunSummary]:
    """Runs under ``project`` (folders with results.csv or weights/), newest first."""
    raise NotImplementedError


def read_results(csv_path: Path) -> list[dict[str, float]]:
    """The rows of a results.csv (keys stripped of Ultralytics' padding)."""
    raise NotImplementedError
