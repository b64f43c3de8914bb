"""What to expect before training, and why a result is poor after it, in plain words.

Before: from the dataset (photos, boxes per class, box sizes) and the model choice (a ``.yaml``
from scratch or trained ``.pt`` weights), a sentence of what to expect and a suggested number of
epochs and image size. After: from the final metrics and per-class results, the reasons a score
is near 0 or a class is never found, each with the next step the GUI offers as a button.

Each text is a template with named parameters (``Advice.template`` / ``params``), so a later
translation layer can translate the template; ``Advice.text`` is the English sentence.
No Qt, no torch: reading the label files is plain text work.
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from pathlib import Path

MAP = "metrics/mAP50-95(B)"
MAP50 = "metrics/mAP50(B)"
NEAR_ZERO = 0.05           # mAP50-95 under this: the model finds (almost) nothing
FEW_BOXES = 20             # fewer training boxes of a class than this rarely trains into a detector
FEW_VAL_IMAGES = 5         # fewer validation photos than this: the score jumps around
PRETRAINED_EPOCHS = (20, 50)
IMAGE_SIZES = (320, 416, 512, 640, 800, 960, 1280)
MIN_BOX_PX = 32            # a median box this many pixels wide (after resizing) is comfortably learnable

# what a button next to a finding does
CONTINUE = "continue"      # value: the number of more epochs
PRETRAINED = "pretrained"  # open the model manager
LABEL_MORE = "label_more"  # value: the class name


@dataclass
class Advice:
    """One sentence for the user, and the next step it suggests (``action`` "" when none)."""

    template: str
    params: dict = field(default_factory=dict)
    action: str = ""
    value: object = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass
class DatasetSummary:
    """What the advice needs to know about a dataset."""

    names: list[str]
    train_images: int = 0
    val_images: int = 0
    train_boxes: list[int] = field(default_factory=list)   # per class
    val_boxes: list[int] = field(default_factory=list)
    median_box: float = 0.0     # median of each training box's shorter side, as a fraction of the image


@dataclass
class Expectation:
    """Before training: what to expect, and the suggested epochs and image size."""

    advice: list[Advice]
    epochs: int
    imgsz: int
    from_scratch: bool

    @property
    def text(self) -> str:
        return " ".join(a.text for a in self.advice)


def summarize_dataset(data_yaml) -> DatasetSummary:
    """Count photos and boxes per class of the train and val splits named in ``data_yaml``.

    Raises :class:`~workbench.training.TrainingError` for a data.yaml that cannot be read.
    """
    from .setup import _images, check_dataset, label_path

    import yaml

    data = Path(data_yaml).absolute()
    names = check_dataset(data)
    cfg = yaml.safe_load(data.read_text(encoding="utf-8"))
    root = Path(cfg.get("path") or data.parent)
    if not root.is_absolute():
        root = (data.parent / root).resolve()
    s = DatasetSummary(names=list(names), train_boxes=[0] * len(names), val_boxes=[0] * len(names))
    sides: list[float] = []
    for split in ("train", "val"):
        entries = cfg[split] if isinstance(cfg[split], list) else [cfg[split]]
        boxes = s.train_boxes if split == "train" else s.val_boxes
        images = 0
        for entry in entries:
            for image in _images(root / str(entry)):
                images += 1
                try:
                    lines = label_path(image).read_text(encoding="utf-8", errors="replace").splitlines()
                except OSError:
                    continue
                for line in lines:
                    parts = line.split()
                    if len(parts) < 5:
                        continue
                    try:
                        cls, w, h = int(float(parts[0])), float(parts[3]), float(parts[4])
                    except ValueError:
                        continue
                    if 0 <= cls < len(boxes):
                        boxes[cls] += 1
                    if split == "train":
                        sides.append(min(w, h))
        if split == "train":
            s.train_images = images
        else:
            s.val_images = images
    s.median_box = statistics.median(sides) if sides else 0.0
    return s


def is_from_scratch(model: str) -> bool:
    """A ``.yaml`` model config starts from random weights; any ``.pt`` starts from trained ones."""
    return Path(str(model)).suffix.lower() in {".yaml", ".yml"}


def suggested_epochs(images: int, from_scratch: bool) -> int:
    """Epochs that usually reach a useful score: a few hundred from scratch on a small dataset,
    20-50 from trained weights."""
    if from_scratch:
        return 300 if images <= 200 else 200 if images <= 2000 else 100
    return PRETRAINED_EPOCHS[1] if images <= 500 else 30


def suggested_imgsz(median_box: float) -> int:
    """The smallest usual image size at which the median box is about :data:`MIN_BOX_PX` wide
    (320 at least: smaller sizes save little and lose detail; 640 when box sizes are unknown)."""
    if median_box <= 0:
        return 640
    need = MIN_BOX_PX / median_box
    return next((s for s in IMAGE_SIZES if s >= need), IMAGE_SIZES[-1])


def expect(summary: DatasetSummary, model: str) -> Expectation:
    """What to expect from training ``model`` on ``summary``'s dataset, and what to set."""
    scratch = is_from_scratch(model)
    n = summary.train_images
    epochs = suggested_epochs(n, scratch)
    imgsz = suggested_imgsz(summary.median_box)
    out: list[Advice] = []
    if scratch:
        out.append(Advice("From scratch ({model}) on {n} photos the network starts knowing nothing: expect mAP "
                          "near 0 for the first dozens of epochs; it needs about {epochs} epochs. A pretrained "
                          "model, or one you trained before, needs only {lo}-{hi}.",
                          {"model": Path(model).name, "n": n, "epochs": epochs, "lo": PRETRAINED_EPOCHS[0],
                           "hi": PRETRAINED_EPOCHS[1]}, PRETRAINED))
    else:
        out.append(Advice("Starting from trained weights ({model}), {n} photos usually need {lo}-{hi} epochs to "
                          "reach a useful score; {epochs} is a good start.",
                          {"model": Path(model).name, "n": n, "lo": PRETRAINED_EPOCHS[0],
                           "hi": PRETRAINED_EPOCHS[1], "epochs": epochs}))
    if summary.median_box > 0:
        out.append(Advice("A typical box is {pct}% of the photo's side: image size {imgsz} makes it about {px} "
                          "pixels wide.",
                          {"pct": round(100 * summary.median_box), "imgsz": imgsz,
                           "px": round(summary.median_box * imgsz)}))
    for name, k in zip(summary.names, summary.train_boxes):
        if k < FEW_BOXES:
            out.append(Advice("Class {name} has only {k} boxes to learn from: label at least {few} (50 or more "
                              "works well).", {"name": name, "k": k, "few": FEW_BOXES}, LABEL_MORE, name))
    out.extend(_val_advice(summary))
    return Expectation(out, epochs, imgsz, scratch)


def _val_advice(summary: DatasetSummary) -> list[Advice]:
    out = []
    if summary.val_images < FEW_VAL_IMAGES:
        out.append(Advice("Only {v} photos are kept for validation: the score jumps around from epoch to epoch and "
                          "says little; more labeled photos make it trustworthy.", {"v": summary.val_images}))
    for name, k, t in zip(summary.names, summary.val_boxes, summary.train_boxes):
        if k == 0 and t > 0:
            out.append(Advice("No validation photo shows {name}, so its score cannot be measured: label more photos "
                              "of {name} and build the dataset again.", {"name": name}, LABEL_MORE, name))
    return out


def _num(d: dict, key: str) -> float:
    v = d.get(key) if d else None
    return float(v) if isinstance(v, (int, float)) and math.isfinite(v) else math.nan


def diagnose(metrics: dict, per_class: list[dict], model: str, epochs: int,
             summary: DatasetSummary | None = None, stopped: bool = False) -> list[Advice]:
    """Why a finished run scored poorly, most important first; ``[]`` when nothing is wrong.

    ``metrics`` is the final validation (``Finished.metrics``), ``per_class`` its rows, ``model``
    what the run started from, ``epochs`` how many it trained.
    """
    scratch = is_from_scratch(model)
    n = summary.train_images if summary else 0
    need = suggested_epochs(n, scratch) if summary else (300 if scratch else PRETRAINED_EPOCHS[1])
    score = _num(metrics, MAP)
    out: list[Advice] = []
    near_zero = not math.isnan(score) and score < NEAR_ZERO
    more = max(need - epochs, PRETRAINED_EPOCHS[0] if not scratch else 50)
    if near_zero and epochs < need:
        if scratch:
            out.append(Advice("mAP50-95 is {score:.3f}: {epochs} epochs from scratch are far too few; a network that "
                              "starts from nothing needs about {need} on {n} photos. Train {more} more epochs from "
                              "this run, or start from a pretrained model (20-50 epochs).",
                              {"score": score, "epochs": epochs, "need": need, "n": n, "more": more}, CONTINUE, more))
            out.append(Advice("Get pretrained weights (a download, a mirror, or a file from another computer).",
                              {}, PRETRAINED))
        else:
            out.append(Advice("mAP50-95 is {score:.3f}: {epochs} epochs are too few even from trained weights; train "
                              "{more} more epochs from this run.",
                              {"score": score, "epochs": epochs, "more": more}, CONTINUE, more))
    elif stopped and epochs < need:
        out.append(Advice("Training was stopped after {epochs} epochs; about {need} usually reach a useful score. "
                          "Train {more} more epochs from this run.",
                          {"epochs": epochs, "need": need, "more": more}, CONTINUE, more))
    elif near_zero:
        out.append(Advice("mAP50-95 is still {score:.3f} after {epochs} epochs: the labels may not teach what you "
                          "expect. Check the boxes on the Dataset page (right objects, right classes), and label "
                          "more photos.", {"score": score, "epochs": epochs}))
    train_boxes = dict(zip(summary.names, summary.train_boxes)) if summary else {}
    for pc in per_class or []:
        name = str(pc.get("name", ""))
        found = _num(pc, "recall") > 0 or _num(pc, "mAP50") > 0
        if pc.get("instances", 0) == 0 or found:
            continue
        k = train_boxes.get(name)
        if k is not None and k < FEW_BOXES:
            out.append(Advice("{name} was never found: there are only {k} boxes of {name} to learn from. Label more "
                              "photos of {name} (at least {few}, better 50).", {"name": name, "k": k, "few": FEW_BOXES},
                              LABEL_MORE, name))
        elif not near_zero:
            out.append(Advice("{name} was never found although other classes were: check that its boxes are drawn "
                              "the same way everywhere, and look for it in the confusion matrix (Results).",
                              {"name": name}, LABEL_MORE, name))
    if summary:
        out.extend(a for a in _val_advice(summary) if a.action != LABEL_MORE
                   or not any(o.value == a.value for o in out))
    return out
