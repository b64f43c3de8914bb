"""Starting from a model trained before, with real tiny runs: another project's best.pt with other
classes (the head is replaced, the rest transferred, layers frozen), and "N more epochs" from a
finished run. Plus the advice before and after training, on real label files."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from shapes_dataset import make_shapes_dataset

from workbench.training import Finished, Log, TrainingError, TrainingRun, TrainSettings
from workbench.training.advice import (CONTINUE, LABEL_MORE, MAP, PRETRAINED, diagnose, expect, suggested_imgsz,
                                       summarize_dataset)
from workbench.training.continuation import continue_settings

NEW_CLASSES = ["triangle", "cross", "ring"]


@pytest.fixture(scope="module")
def other_data(tmp_path_factory) -> Path:
    return make_shapes_dataset(tmp_path_factory.mktemp("other") / "另一个 项目", NEW_CLASSES, n=16, val=4)


def run(settings: TrainSettings):
    logs = []
    result = TrainingRun(settings, lambda e: logs.append(e.text) if isinstance(e, Log) else None).run()
    assert isinstance(result, Finished), getattr(result, "detail", result)
    return result, logs


def tiny(data: Path, project: Path, **kw) -> TrainSettings:
    args = dict(data=str(data), model="yolo11n.yaml", epochs=1, imgsz=64, batch=8, plots=False, workers=0,
                device="cpu", project=str(project), name="train")
    args.update(kw)
    return TrainSettings(**args)


def names_of(pt: Path) -> list[str]:
    from ultralytics import YOLO

    names = YOLO(str(pt)).names
    return [names[k] for k in sorted(names)]


@pytest.mark.slow
def test_a_model_from_another_project_transfers_with_new_classes_and_frozen_layers(tiny_model, other_data,
                                                                                 tmp_path):
    assert names_of(tiny_model) == ["square", "circle"]
    result, logs = run(tiny(other_data, tmp_path / "runs", model=str(tiny_model), freeze=10))
    assert names_of(result.best) == NEW_CLASSES                      # the new dataset's names, nc 3
    text = "\n".join(logs)
    moved = re.search(r"Transferred (\d+)/(\d+) items", text)
    assert moved, text[-2000:]
    done, total = int(moved.group(1)), int(moved.group(2))
    assert 0.5 * total < done < total                                # backbone kept, class head new
    assert "Freezing layer 'model.9." in text and "Freezing layer 'model.10." not in text
    assert [pc["name"] for pc in result.per_class] == NEW_CLASSES


@pytest.mark.slow
def test_n_more_epochs_from_a_finished_run(tiny_model, tmp_path):
    import tiny_dataset

    data = tiny_dataset.make_dataset(tmp_path / "d", n=12, val=4)
    first, _logs = run(tiny(data, tmp_path / "runs", name="cards"))
    s = continue_settings(first.save_dir, 2)
    assert s.model == str(first.save_dir / "weights" / "last.pt") and s.epochs == 2 and s.imgsz == 64
    assert s.data == str(data.absolute()) and s.device == "cpu" and s.extra["warmup_epochs"] == 0.0
    more, logs = run(s)
    assert more.save_dir == first.save_dir.parent / "cards-more"
    assert len([r for r in (more.save_dir / "results.csv").read_text().splitlines()[1:] if r.strip()]) == 2
    assert re.search(r"Transferred (\d+)/\1 items", "\n".join(logs))   # every weight carried on
    assert "last.pt" in (more.save_dir / "args.yaml").read_text(encoding="utf-8")

    s = continue_settings(first.save_dir, 5, weights="best", data=str(data))
    assert s.model.endswith("best.pt")
    with pytest.raises(TrainingError):
        continue_settings(tmp_path / "no run", 5)
    with pytest.raises(TrainingError):
        continue_settings(first.save_dir, 0)


def test_advice_before_training_depends_on_model_and_data(other_data):
    s = summarize_dataset(other_data)
    assert s.names == NEW_CLASSES and s.train_images == 12 and s.val_images == 4
    assert sum(s.train_boxes) > 12 and 0.1 < s.median_box < 0.5
    scratch = expect(s, "yolo11n.yaml")
    assert scratch.from_scratch and scratch.epochs == 300 and "from scratch" in scratch.text.lower()
    pre = expect(s, "/models/yolo11n.pt")
    assert not pre.from_scratch and 20 <= pre.epochs <= 50
    assert scratch.imgsz == pre.imgsz == 320                          # large shapes: 320 suffices
    assert suggested_imgsz(0.02) == 1280 and suggested_imgsz(0.06) == 640 and suggested_imgsz(0) == 640
    few = [a for a in scratch.advice if a.action == LABEL_MORE]
    assert {a.value for a in few} == {n for n, k in zip(s.names, s.train_boxes) if k < 20}
    assert any("validation" in a.text for a in scratch.advice)       # 4 val photos are too few


def test_diagnosis_of_a_zero_score(other_data):
    s = summarize_dataset(other_data)
    per_class = [{"name": "triangle", "instances": 3, "recall": 0.0, "mAP50": 0.0},
                 {"name": "cross", "instances": 2, "recall": 0.5, "mAP50": 0.3},
                 {"name": "ring", "instances": 0, "recall": 0.0, "mAP50": 0.0}]
    found = diagnose({MAP: 0.0}, per_class, "yolo11n.yaml", 5, s)
    assert found[0].action == CONTINUE and found[0].value == 295 and "from scratch" in found[0].text
    assert found[1].action == PRETRAINED
    assert any(a.action == LABEL_MORE and a.value == "triangle" for a in found)
    assert not any(a.value == "cross" for a in found)                # it was found
    assert diagnose({MAP: 0.0}, [], "best.pt", 5, s)[0].value == 45   # pretrained: up to 50 epochs
    assert diagnose({MAP: 0.6}, [], "best.pt", 50, None) == []
    stopped = diagnose({MAP: 0.3}, [], "yolo11n.yaml", 10, s, stopped=True)
    assert stopped[0].action == CONTINUE and "stopped" in stopped[0].text
