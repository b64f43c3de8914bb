"""What a training run takes and says: settings, plain events, model choices, run summaries.

Shared by every module of :mod:`workbench.training`; imports nothing else of the package, so the
package has no import cycles.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class TrainingError(Exception):
    """A run cannot start or failed; the message says what is wrong and what to do.
    ``untrusted``: the .pt that would run code when loaded, when that is why (the user may trust it)."""

    def __init__(self, message: str = "", untrusted: str = ""):
        super().__init__(message)
        self.untrusted = untrusted


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
    threads: int | None = None     # torch threads while training; None: chosen from the free cores at
                                   # the start and again each epoch (cpu.choose_threads)
    extra: dict = field(default_factory=dict)   # advanced Ultralytics args: optimizer, lr0, lrf,
                                                # warmup_epochs, cos_lr, mosaic, mixup, fliplr, ...


# ---- events, in the order a run emits them ---------------------------------------------------
@dataclass
class Phase:
    """What the run is doing before (and between) the batches, so the user sees life at once.

    ``name`` is a key the GUI translates: "process" (starting the training process), "import"
    (loading PyTorch and Ultralytics), "model" (loading the model), "dataset" (scanning ``count``
    labeled images), "cache" (caching images), "first_batch" (batch 1 of ``total`` running),
    "validate" (validating epoch ``count``), "stopping" (ending after this batch).
    """

    name: str
    count: int = 0
    total: int = 0


@dataclass
class Started:
    save_dir: Path                 # runs/<name>, where results.csv and weights/ appear
    epochs: int
    start_epoch: int               # 0 for a new run; the epoch to continue from when resuming
    loss_names: list[str]          # from trainer.loss_names, e.g. ["box_loss", "cls_loss", "dfl_loss"]
    threads: int                   # torch threads at the start (chosen from the free cores on CPU)
    device: str                    # what Ultralytics picked, e.g. "cpu", "cuda:0"


@dataclass
class BatchProgress:
    epoch: int                     # 1-based
    batch: int                     # 1-based, within the epoch
    batches: int
    losses: dict[str, float]       # running mean of this epoch's train losses, by loss name
    eta_seconds: float = float("nan")   # whole run, from the batches so far (and past epochs' times)


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
    metrics: dict[str, float]      # final validation of best.pt; after a stop, the last epoch's validation
    per_class: list[dict]          # [{"name", "images", "instances", "precision", "recall", "mAP50", "mAP50-95"}]
    stopped: bool = False          # ended early by stop(): best.pt/last.pt of the last finished epoch, no
                                   # final validation (validate_model() runs it on demand)
    paused: bool = False           # ended by pause(): resumable with TrainSettings(resume=last)
    plots: list[Path] = field(default_factory=list)   # results.png, confusion_matrix.png, PR curve ...
    val_images: int = 0            # images of the final validation (the "all classes" row)


@dataclass
class Failed:
    message: str                   # one or two sentences for the user: what is wrong, what to do
    detail: str = ""               # the traceback, for the log pane
    untrusted: str = ""            # the .pt refused because loading it would run code: the user may trust it


Event = Phase | Started | BatchProgress | EpochEnd | Log | Finished | Failed


@dataclass
class ModelChoice:
    """A model the form offers."""

    name: str                      # "yolo11n.pt", "yolo11n.yaml", or a file path
    label: str                     # what the user reads, e.g. "YOLO11n (pretrained, on disk)"
    available: bool                # usable now (on disk, a yaml, or downloadable)
    note: str = ""                 # why not available, in one sentence


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
