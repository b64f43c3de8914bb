"""A disk that fills while a run saves its checkpoint: the previous last.pt survives (resumable),
the message names the folder and the space needed, no torn best.pt is offered by the history."""
from __future__ import annotations

import errno
import pathlib
import threading

import pytest
import tiny_dataset

from workbench.checkpoints import check_checkpoint
from workbench.training import Failed, Finished, TrainingRun, TrainSettings, list_runs


def test_a_torn_best_pt_is_not_offered_by_the_history(tmp_path, tiny_model):
    weights = tmp_path / "runs" / "torn" / "weights"
    weights.mkdir(parents=True)
    (tmp_path / "runs" / "torn" / "results.csv").write_text("epoch,metrics/mAP50-95(B)\n1,0.5\n")
    data = tiny_model.read_bytes()
    (weights / "best.pt").write_bytes(data[: len(data) // 2])
    (weights / "last.pt").write_bytes(data[: len(data) // 3])
    (run,) = list_runs(tmp_path / "runs")
    assert run.best is None and run.last is None and not run.resumable


@pytest.mark.slow
def test_disk_full_while_saving_keeps_the_previous_last_pt(tmp_path, monkeypatch):
    data = tiny_dataset.make_dataset(tmp_path / "d", n=12, val=4)
    settings = TrainSettings(data=str(data), model="yolo11n.yaml", epochs=2, imgsz=64, batch=8, plots=False,
                             workers=0, project=str(tmp_path / "runs"), name="full", device="cpu")
    disk_full = threading.Event()
    real_write = pathlib.Path.write_bytes

    def write_bytes(self, content):
        # the disk fills during the second epoch's checkpoint: half the bytes land, then ENOSPC
        if disk_full.is_set() and (self.name.endswith((".pt", ".pt.tmp")) or ".pt." in self.name):
            real_write(self, content[: len(content) // 2])
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real_write(self, content)

    monkeypatch.setattr(pathlib.Path, "write_bytes", write_bytes)

    def second_epoch(trainer):
        if trainer.epoch == 1:
            disk_full.set()

    events = []
    result = TrainingRun(settings, events.append, callbacks={"on_train_epoch_start": second_epoch}).run()
    weights = tmp_path / "runs" / "full" / "weights"
    assert isinstance(result, Failed), result
    assert str(weights) in result.message and "full" in result.message and "needs about" in result.message
    assert "MB" in result.message
    assert sorted(p.name for p in weights.iterdir()) == ["best.pt", "last.pt"]    # no temp file left
    check_checkpoint(weights / "last.pt")                     # the first epoch's, whole
    check_checkpoint(weights / "best.pt")
    (run,) = list_runs(tmp_path / "runs")
    assert run.resumable and run.best == weights / "best.pt"

    monkeypatch.setattr(pathlib.Path, "write_bytes", real_write)   # space freed: resume finishes the run
    (weights / ".last.pt.k1ll3d00.tmp").write_bytes(b"half a checkpoint")   # what a killed save leaves
    resumed = TrainingRun(TrainSettings(data=str(data), resume=str(weights / "last.pt")), lambda e: None).run()
    assert isinstance(resumed, Finished), resumed
    check_checkpoint(weights / "best.pt")
    assert sorted(p.name for p in weights.iterdir()) == ["best.pt", "last.pt"]
