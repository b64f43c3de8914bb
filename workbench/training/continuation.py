"""Train a finished run N more epochs: a new run that starts from its weights with the same data
and settings.

Ultralytics cannot extend a finished run: ``resume=True`` only continues an interrupted one up to
the epochs it planned, and a finished run's last.pt no longer holds the optimizer. So "N more
epochs" is a fine-tune from that run's last.pt (or best.pt): the weights carry on, the learning
rate schedule starts again (without warm-up, which would shake the weights it already learned),
and the curves start at epoch 1 in a new run folder.
"""
from __future__ import annotations

from pathlib import Path

# The run's arguments carried over from its args.yaml (everything the Train form sets).
CARRIED = ("imgsz", "batch", "device", "patience", "freeze", "workers", "plots")
CARRIED_EXTRA = ("optimizer", "lr0", "lrf", "cos_lr", "mosaic", "mixup", "fliplr", "flipud", "hsv_h", "hsv_s",
                 "hsv_v", "close_mosaic", "cache")


def read_args(save_dir) -> dict:
    """The run's ``args.yaml`` (what Ultralytics trained with) as a dict; ``{}`` when unreadable."""
    import yaml

    try:
        args = yaml.safe_load((Path(save_dir) / "args.yaml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return args if isinstance(args, dict) else {}


def continue_settings(save_dir, more_epochs: int, weights: str = "last", data: str = "", project: str = ""):
    """A :class:`~workbench.training.TrainSettings` that trains ``more_epochs`` epochs starting from
    the run in ``save_dir`` (its ``weights/last.pt``, or ``best.pt`` with ``weights="best"``), with
    the run's data and settings. ``data`` and ``project`` override the run's data.yaml and runs folder.

    Raises :class:`~workbench.training.TrainingError` when the run has no such weights or no data.yaml.
    """
    from .types import TrainingError, TrainSettings

    save_dir = Path(save_dir)
    pt = save_dir / "weights" / f"{weights}.pt"
    if not pt.is_file():
        other = save_dir / "weights" / ("best.pt" if weights == "last" else "last.pt")
        if not other.is_file():
            raise TrainingError(f"{save_dir} has no weights/{weights}.pt to continue from; start a new run.")
        pt = other
    if more_epochs < 1:
        raise TrainingError("Choose at least 1 more epoch.")
    args = read_args(save_dir)
    data = data or str(args.get("data") or "")
    if not data or not Path(data).is_file():
        raise TrainingError(f"The dataset of {save_dir.name} ({data or 'not recorded in args.yaml'}) is not there "
                            "any more; choose its data.yaml, then continue.")
    s = TrainSettings(data=data, model=str(pt), epochs=int(more_epochs),
                      project=project or str(args.get("project") or save_dir.parent),
                      name=f"{save_dir.name}-more")
    for key in CARRIED:
        value = args.get(key)
        if key == "device" and value is not None:
            value = str(value)
        if value is not None and value != "":
            setattr(s, key, value)
    if s.freeze is not None and not isinstance(s.freeze, int):
        s.freeze = None   # a list of layer indices: the form cannot show it; train all layers
    s.extra = {k: args[k] for k in CARRIED_EXTRA if k in args and args[k] is not None}
    s.extra["warmup_epochs"] = 0.0
    return s
