"""Validate a trained model on demand: the final validation a user's Stop skipped."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

from .log import capture_output
from .runs import per_class_metrics
from .setup import prepare_ultralytics


def validate_model(weights: str | Path, data: str | Path | None = None, device: str = "",
                   emit=None) -> tuple[dict[str, float], list[dict]]:
    """Validate ``weights`` (a best.pt) on ``data`` (default: the data.yaml it was trained on).

    Returns the metrics (``metrics/mAP50-95(B)`` ...) and the per-class rows of
    :func:`~workbench.training.per_class_metrics`. Ultralytics' output goes to ``emit`` (one line
    each). Raises :class:`~workbench.training.TrainingError` when the file cannot be validated.
    """
    from .types import TrainingError

    weights = Path(weights)
    if not weights.is_file():
        raise TrainingError(f"{weights} does not exist; train again or choose another model.")
    log = emit or (lambda line: None)
    prepare_ultralytics(log)
    from ultralytics import YOLO

    out = Path(tempfile.mkdtemp(prefix="workbench-val-"))   # Ultralytics makes a folder per validation
    seen = {}
    try:
        with capture_output(log):
            model = YOLO(str(weights))
            model.add_callback("on_val_end", lambda v: seen.setdefault("validator", v))
            kwargs = {"plots": False, "verbose": True, "project": str(out), "name": "val", "exist_ok": True}
            if data:
                kwargs["data"] = str(Path(data).absolute())
            if device:
                kwargs["device"] = device
            metrics = model.val(**kwargs)
    except Exception as e:  # noqa: BLE001 - one sentence for the user; the log has the rest
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise TrainingError(f"Could not validate {weights}: {first}. Check that the dataset still exists.") from e
    finally:
        shutil.rmtree(out, ignore_errors=True)
    values = {str(k): float(v) for k, v in dict(getattr(metrics, "results_dict", {}) or {}).items()
              if k != "fitness"}
    trainer = SimpleNamespace(validator=seen.get("validator"), data={"names": model.names})
    return values, per_class_metrics(trainer)
