"""The training core with real (tiny) Ultralytics runs: yolo11n.yaml from scratch, imgsz 64, no plots.

Each run takes a few seconds on two cores; the whole file stays well under two minutes.
"""
from __future__ import annotations

import math
import shutil
import sys
from pathlib import Path

import pytest
import tiny_dataset

from workbench.training import models as training_models
from workbench.training import (
    BatchProgress,
    EpochEnd,
    Failed,
    Finished,
    Log,
    Phase,
    Started,
    TrainingProcess,
    TrainingRun,
    TrainSettings,
    all_cores,
    choose_threads,
    check_model,
    list_runs,
    model_choices,
    read_results,
)

MAP = "metrics/mAP50-95(B)"


@pytest.fixture(scope="module")
def data_yaml(tmp_path_factory) -> Path:
    # A Chinese folder name with a space: paths must survive Ultralytics and our own checks.
    return tiny_dataset.make_dataset(tmp_path_factory.mktemp("d") / "数据 集", n=24, val=8)


def tiny(data: Path, project: Path, **kw) -> TrainSettings:
    args = dict(data=str(data), model="yolo11n.yaml", epochs=2, imgsz=64, batch=8, plots=False, workers=0,
                project=str(project), name="train")
    args.update(kw)
    return TrainSettings(**args)


def train(settings: TrainSettings, react=None, callbacks=None):
    events = []

    def on_event(e):
        events.append(e)
        if react:
            react(run, e)

    run = TrainingRun(settings, on_event, callbacks=callbacks)
    result = run.run()
    return result, events


def non_log(events):
    return [e for e in events if not isinstance(e, Log)]


@pytest.mark.slow
def test_run_emits_ordered_finite_events_and_a_loadable_best(data_yaml, tmp_path):
    import torch

    threads_before = torch.get_num_threads()
    result, events = train(tiny(data_yaml, tmp_path / "运行"))
    assert isinstance(result, Finished), getattr(result, "detail", result)
    assert events[-1] is result
    phases = [e for e in events if isinstance(e, Phase)]
    first_batch = next(i for i, e in enumerate(events) if isinstance(e, BatchProgress))
    # life before the first batch: what loads, how many labels, which batch runs
    assert [p.name for p in phases[:4]] == ["import", "model", "dataset", "first_batch"]
    assert all(events.index(p) < first_batch for p in phases[:4])
    assert phases[2].count == 24 and phases[3].total == 2    # 24 labeled images, 16 train / batch 8
    assert "validate" in [p.name for p in phases] and phases[-1].name == "final"   # best.pt's validation
    kinds = [e for e in non_log(events) if not isinstance(e, Phase)]
    assert isinstance(kinds[0], Started)
    started = kinds[0]
    assert started.epochs == 2 and started.start_epoch == 0
    assert {"box_loss", "cls_loss"} <= set(started.loss_names)
    assert 1 <= started.threads <= max(1, all_cores() - 1) and started.device == "cpu"
    assert torch.get_num_threads() == threads_before  # restored after the run

    epochs = [e for e in kinds if isinstance(e, EpochEnd)]
    assert [e.epoch for e in epochs] == [1, 2]  # final_eval's extra callback is not a third epoch
    for e in epochs:
        for key in ("train/box_loss", "train/cls_loss", "val/box_loss", "val/cls_loss", MAP,
                    "metrics/mAP50(B)", "metrics/precision(B)", "metrics/recall(B)"):
            assert math.isfinite(e.metrics[key]), key
        assert e.seconds > 0 and e.eta_seconds >= 0
    assert epochs[-1].eta_seconds == 0
    batches = [e for e in kinds if isinstance(e, BatchProgress)]
    assert batches and all(b.batches == 2 and 1 <= b.batch <= 2 for b in batches)
    assert all(b.eta_seconds > 0 and math.isfinite(b.eta_seconds) for b in batches if b.epoch == 1)
    assert all(math.isfinite(v) for b in batches for v in b.losses.values())
    # the order: Started, then per epoch its batches then its EpochEnd, Finished last
    order = [type(e).__name__ for e in kinds]
    assert order[0] == "Started" and order[-1] == "Finished"
    assert order.index("EpochEnd") > order.index("BatchProgress")
    assert any("Starting training" in e.text for e in events if isinstance(e, Log))

    assert result.best and result.best.is_file() and result.last.is_file()
    assert not result.stopped and not result.paused
    assert MAP in result.metrics
    assert [r["name"] for r in result.per_class] == tiny_dataset.NAMES
    assert all(r["instances"] > 0 for r in result.per_class)
    from ultralytics import YOLO

    assert YOLO(str(result.best)).names == dict(enumerate(tiny_dataset.NAMES))

    # the runs history reads it back
    rows = read_results(result.save_dir / "results.csv")
    assert [int(r["epoch"]) for r in rows] == [1, 2] and MAP in rows[0]
    runs = list_runs(tmp_path / "运行")
    assert len(runs) == 1 and runs[0].epochs_done == 2 and runs[0].epochs == 2
    assert runs[0].best == result.best and not runs[0].resumable
    assert runs[0].best_map50_95 == pytest.approx(max(r[MAP] for r in rows))

    # fine-tune from that best.pt (any .pt file), first layers frozen; a second run gets its own folder
    again, events2 = train(tiny(data_yaml, tmp_path / "运行", model=str(result.best), epochs=1, freeze=10))
    assert isinstance(again, Finished), getattr(again, "detail", again)
    assert again.save_dir.name == "train-2"
    assert [e.epoch for e in events2 if isinstance(e, EpochEnd)] == [1]
    assert [r.name for r in list_runs(tmp_path / "运行")] == ["train-2", "train"]


@pytest.mark.slow
def test_stop_in_the_first_epoch_saves_it_and_skips_the_final_validation(data_yaml, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)

    def react(run, e):
        if isinstance(e, BatchProgress):
            run.stop()

    result, events = train(tiny(data_yaml, tmp_path, epochs=5), react)
    assert sys.stdout is None and sys.stderr is None  # put back as they were
    assert isinstance(result, Finished), getattr(result, "detail", result)
    assert result.stopped and not result.paused
    # the epoch ended at the batch, was validated and saved: something to keep
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == [1]
    assert [b.batch for b in events if isinstance(b, BatchProgress)] == [1]
    assert MAP in result.metrics and not result.per_class   # the epoch's scores; best.pt's come on demand
    logs = [e.text for e in events if isinstance(e, Log)]
    assert not any("Validating" in t and "best.pt" in t for t in logs)   # no final validation
    assert "final" not in [e.name for e in events if isinstance(e, Phase)]
    assert any("1/5" in t and "%" in t for t in logs)  # the progress bar went to events, once per bar
    assert not any("\r" in t or "\x1b" in t for t in logs)
    assert not list_runs(tmp_path)[0].resumable  # a stopped run is finished, not paused
    from ultralytics import YOLO

    for weights in (result.best, result.last):
        assert YOLO(str(weights)).names == dict(enumerate(tiny_dataset.NAMES))
    from workbench.training import validate_model

    metrics, per_class = validate_model(result.best, data_yaml)      # "Validate best.pt", later
    assert math.isfinite(metrics[MAP]) and [r["name"] for r in per_class] == tiny_dataset.NAMES


@pytest.mark.slow
def test_stop_later_ends_at_the_batch_and_keeps_the_saved_epoch(data_yaml, tmp_path):
    def react(run, e):
        if isinstance(e, BatchProgress) and e.epoch == 2:
            run.stop()

    result, events = train(tiny(data_yaml, tmp_path, epochs=5), react)
    assert isinstance(result, Finished) and result.stopped, getattr(result, "detail", result)
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == [1]
    # ended right after the batch in progress: no more batches, no validation of the partial epoch
    assert [(b.epoch, b.batch) for b in events if isinstance(b, BatchProgress)][-1] == (2, 1)
    assert [p.count for p in events if isinstance(p, Phase) and p.name == "validate"] == [1]
    assert result.best.is_file() and result.last.is_file() and not list_runs(tmp_path)[0].resumable


def test_images_are_cached_in_memory_when_they_fit_and_the_run_is_long(data_yaml, tmp_path):
    from workbench.training import build_train_args
    from workbench.training.setup import auto_cache

    assert auto_cache(1000, 640, 100, available=8 * 2**30) == "ram"          # 1.2 GB of 8 GB free
    assert auto_cache(10000, 640, 100, available=8 * 2**30) is False         # 12 GB: no
    assert auto_cache(1000, 640, 3, available=8 * 2**30) is False            # too short to repay it
    long_run = tiny(data_yaml, tmp_path, epochs=50, extra={"cache": "auto"})
    assert build_train_args(long_run)["cache"] == "ram"                      # 24 tiny images
    assert build_train_args(tiny(data_yaml, tmp_path, epochs=50))["cache"] == "ram"   # the default
    assert build_train_args(tiny(data_yaml, tmp_path, epochs=50, extra={"cache": False}))["cache"] is False
    assert build_train_args(tiny(data_yaml, tmp_path, epochs=2))["cache"] is False


def test_threads_follow_the_free_cores():
    assert choose_threads(0.0, cores=2) == 1          # Ultralytics' choice on two cores
    assert choose_threads(0.0, cores=4) == 3
    assert choose_threads(1.0, cores=4) == 2          # one busy program: one thread fewer
    assert choose_threads(3.9, cores=4) == 1          # never zero
    assert choose_threads(0.0, cores=32) == 8         # Ultralytics' cap
    assert choose_threads(0.2, cores=1) == 1


def test_cpu_meter_counts_a_busy_program_but_not_itself():
    import subprocess
    import time

    import psutil

    from workbench.training.cpu import CpuMeter

    # Another program, not a child of ours: the meter leaves our own process tree out (data loader
    # workers), so the spinner is forked off by a helper that exits at once.
    helper = subprocess.run([sys.executable, "-c", "import os, sys\n"
                             "pid = os.fork()\n"
                             "if pid:\n    print(pid, flush=True)\n    os._exit(0)\n"
                             "os.setsid()\n"
                             "os.dup2(os.open(os.devnull, os.O_RDWR), 1)\n"   # the pipe ends with the helper
                             "while True: pass"], stdout=subprocess.PIPE, text=True, timeout=60)
    proc = psutil.Process(int(helper.stdout.split()[0]))
    try:
        assert proc.pid not in {c.pid for c in psutil.Process().children(recursive=True)}
        meter = CpuMeter()
        t0, cpu0 = time.monotonic(), sum(proc.cpu_times()[:2])
        while sum(proc.cpu_times()[:2]) - cpu0 < 0.5:       # wait until it has spun half a CPU second
            assert time.monotonic() - t0 < 120, "the busy program never got half a CPU second"
            time.sleep(0.02)                                # the poll interval, not the event
        others = meter.others_busy() * (time.monotonic() - t0)
        spun = sum(proc.cpu_times()[:2]) - cpu0
    finally:
        proc.kill()
    assert others >= 0.8 * spun, (others, spun)


@pytest.mark.slow
def test_training_process_forwards_events_and_pauses_then_stops(data_yaml, tmp_path):
    events = []

    def on_event(e):
        events.append(e)
        if isinstance(e, BatchProgress) and e.epoch == 2:
            proc.pause()

    proc = TrainingProcess(tiny(data_yaml, tmp_path, epochs=3), on_event)
    paused = proc.run()
    assert isinstance(paused, Finished) and paused.paused, getattr(paused, "detail", paused)
    assert proc.exitcode == 0 and events[-1] is paused
    kinds = [type(e).__name__ for e in events if not isinstance(e, Log)]
    assert kinds[0] == "Phase" and events[0].name == "process"      # shown before the child even starts
    assert kinds.index("Started") < kinds.index("BatchProgress") < kinds.index("EpochEnd")
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == [1]
    started = next(e for e in events if isinstance(e, Started))
    assert 1 <= started.threads <= max(1, all_cores() - 1)

    events.clear()
    stopper = TrainingProcess(TrainSettings(data=str(data_yaml), resume=str(paused.last)),
                              lambda e: (events.append(e), isinstance(e, BatchProgress) and stopper.stop()))
    stopped = stopper.run()
    assert isinstance(stopped, Finished) and stopped.stopped, getattr(stopped, "detail", stopped)
    assert stopped.save_dir == paused.save_dir and stopped.best.is_file() and stopped.last.is_file()
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == []   # ended in epoch 2, epoch 1 kept


@pytest.mark.slow
def test_pause_then_resume_continues_at_the_next_epoch(data_yaml, tmp_path):
    def react(run, e):
        if isinstance(e, BatchProgress) and e.epoch == 2:
            run.pause()

    paused, events = train(tiny(data_yaml, tmp_path, epochs=3), react)
    assert isinstance(paused, Finished), getattr(paused, "detail", paused)
    assert paused.paused and not paused.stopped
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == [1]
    assert paused.last.is_file()
    summary = list_runs(tmp_path)[0]
    assert summary.resumable and summary.epochs_done == 1 and summary.epochs == 3

    resumed, events = train(TrainSettings(data=str(data_yaml), resume=str(paused.last)))
    assert isinstance(resumed, Finished), getattr(resumed, "detail", resumed)
    started = next(e for e in events if isinstance(e, Started))
    assert started.start_epoch == 1 and started.epochs == 3
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == [2, 3]
    assert resumed.save_dir == paused.save_dir and resumed.best.is_file()
    assert [int(r["epoch"]) for r in read_results(resumed.save_dir / "results.csv")] == [1, 2, 3]
    assert not list_runs(tmp_path)[0].resumable


def _failed(settings, **kw) -> Failed:
    result, events = train(settings, **kw)
    assert isinstance(result, Failed), result
    assert events[-1] is result and result.message
    return result


def test_bad_inputs_fail_with_a_clear_message(data_yaml, tmp_path):
    missing = _failed(tiny(tmp_path / "nope" / "data.yaml", tmp_path))
    assert "does not exist" in missing.message and "data.yaml" in missing.message

    broken = tmp_path / "broken.yaml"
    broken.write_text("train: images/train\nval: [unclosed\nnames: {0: a}\n", encoding="utf-8")
    bad = _failed(tiny(broken, tmp_path))
    assert "broken.yaml" in bad.message and "line" in bad.message

    empty_root = tmp_path / "空"
    empty = tiny_dataset.make_dataset(empty_root, n=6, val=2)
    shutil.rmtree(empty_root / "labels")
    assert "No labeled images" in _failed(tiny(empty, tmp_path)).message

    wrong_root = tmp_path / "wrong"
    wrong = tiny_dataset.make_dataset(wrong_root, n=6, val=2)
    label = wrong_root / "labels" / "train" / "img_004.txt"
    label.write_text("5 0.5 0.5 0.2 0.2\n", encoding="utf-8")
    msg = _failed(tiny(wrong, tmp_path)).message
    assert "img_004.txt line 1" in msg and "class 5" in msg

    no_model = _failed(tiny(data_yaml, tmp_path, model=str(tmp_path / "gone.pt"))).message
    assert "gone.pt" in no_model


@pytest.mark.slow
def test_failures_mid_run_then_a_second_run_works(data_yaml, tmp_path):
    import torch

    def oom(trainer):
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    result = _failed(tiny(data_yaml, tmp_path), callbacks={"on_train_batch_end": oom})
    assert "Out of memory" in result.message and "smaller batch" in result.message
    assert "OutOfMemoryError" in result.detail

    # the dataset folder deleted while training: the next epoch cannot read its images
    root = data_yaml.parent.parent / "被删"
    shutil.copytree(data_yaml.parent, root)
    copy = root / "data.yaml"
    copy.write_text(copy.read_text(encoding="utf-8").replace(data_yaml.parent.as_posix(), root.as_posix()),
                    encoding="utf-8")

    def delete(run, e):
        if isinstance(e, EpochEnd) and root.exists():
            shutil.rmtree(root)

    gone = _failed(tiny(copy, tmp_path, epochs=3), react=delete)
    assert "missing" in gone.message and "被删" in gone.message
    crashed = list_runs(tmp_path)[0]
    assert crashed.resumable and crashed.epochs_done == 1  # Resume can continue a crashed run

    ok, _ = train(tiny(data_yaml, tmp_path, epochs=1))
    assert isinstance(ok, Finished), getattr(ok, "detail", ok)
    assert ok.best.is_file()


def test_offline_model_check_is_one_sentence_and_offers_the_yaml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("YOLO_OFFLINE", "1")
    reason = check_model("yolo11n.pt")
    assert reason and "yolo11n.yaml" in reason and reason.count(". ") == 0
    assert check_model("yolo11n.yaml") is None
    assert "does not exist" in check_model(str(tmp_path / "missing.pt"))
    weights = tmp_path / "mine.pt"
    weights.write_bytes(b"x")
    assert check_model(str(weights)) is None

    choices = {c.name: c for c in model_choices([tmp_path])}
    assert choices["yolo11n.yaml"].available and choices["yolov8m.yaml"].available
    assert not choices["yolo11n.pt"].available and "yolo11n.yaml" in choices["yolo11n.pt"].note
    # listed, but a file that is not a safe checkpoint is greyed with the reason (test_weights.py)
    assert not choices[str(weights.resolve())].available
    assert "not a complete PyTorch checkpoint" in choices[str(weights.resolve())].note

    # a pretrained name that is on disk is available offline
    (tmp_path / "yolo11s.pt").write_bytes(b"x")
    assert check_model("yolo11s.pt") is None
    assert training_models.find_weights("yolo11s.pt") == (tmp_path / "yolo11s.pt").resolve()


def test_offline_run_with_missing_weights_fails_fast(data_yaml, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("YOLO_OFFLINE", "1")
    result = _failed(tiny(data_yaml, tmp_path, model="yolov8n.pt"))
    assert "yolov8n.yaml" in result.message


def test_read_results_strips_padding(tmp_path):
    csv = tmp_path / "results.csv"
    csv.write_text("                  epoch,         train/box_loss,   metrics/mAP50-95(B)\n"
                   "                      1,                 1.5,     0.25\n"
                   "                      2,                 1.2,     \n", encoding="utf-8")
    rows = read_results(csv)
    assert rows[0] == {"epoch": 1.0, "train/box_loss": 1.5, MAP: 0.25}
    assert math.isnan(rows[1][MAP])
    assert read_results(tmp_path / "missing.csv") == []
    assert list_runs(tmp_path / "no such folder") == []


@pytest.mark.slow
def test_ultralytics_imported_without_a_console(tmp_path):
    """A windowed app: Ultralytics first imported while sys.stdout/sys.stderr are None."""
    import os
    import subprocess

    code = (
        "import sys, logging\n"
        "sys.stdout = sys.stderr = None\n"
        "from workbench.training.setup import prepare_ultralytics\n"
        "lines = []\n"
        "prepare_ultralytics(lines.append)\n"
        "from ultralytics.utils import LOGGER\n"
        "LOGGER.info('after import')\n"
        "h = [h for h in logging.getLogger('ultralytics').handlers if isinstance(h, logging.StreamHandler)]\n"
        "ok = h and all(x.stream is not None for x in h) and any('Settings' in t for t in lines)\n"
        "open(sys.argv[1], 'w').write('ok' if ok else repr(lines))\n"
    )
    out = tmp_path / "result.txt"
    env = dict(os.environ, YOLO_CONFIG_DIR=str(tmp_path / "fresh-config"), YOLO_OFFLINE="1")
    root = Path(__file__).resolve().parents[2]
    p = subprocess.run([sys.executable, "-c", code, str(out)], cwd=root, env=env, capture_output=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    assert out.read_text() == "ok"


def test_line_stream_keeps_whole_lines_and_survives_a_printing_listener():
    import io

    from workbench.training.log import LineStream

    got, fallback = [], io.StringIO()

    def emit(line):
        got.append(line)
        print("listener echo:", line)  # a listener that prints must not recurse

    stream = LineStream(emit, fallback=fallback)
    old = sys.stdout
    sys.stdout = stream
    try:
        stream.write("first part ")
        stream.write("and the rest\nsecond\r\x1b[Ksecond, redrawn\n\n")
        stream.progress(1, "\r\x1b[K  1/3 10%")
        stream.progress(1, "\r\x1b[K  1/3 100%")
        stream.progress(1, "")
        stream.write("tail without newline")
        stream.close_pending()
    finally:
        sys.stdout = old
    assert got == ["first part and the rest", "second, redrawn", "  1/3 100%", "tail without newline"]
    assert "listener echo: second, redrawn" in fallback.getvalue()


@pytest.mark.slow
def test_a_model_the_user_trusted_in_the_window_trains_in_the_child_process(data_yaml, tiny_model, tmp_path):
    """The weights-only check refuses a .pt whose pickle names something outside the allow-list;
    once the user confirmed that file in the window, the spawned training process honours it."""
    import fractions

    import torch

    from workbench import checkpoints

    ckpt = torch.load(tiny_model, weights_only=False)      # our own test model
    ckpt["note"] = fractions.Fraction(1, 3)                  # harmless, but not a checkpoint's usual content
    odd = tmp_path / "odd.pt"
    torch.save(ckpt, odd)
    with pytest.raises(checkpoints.UnsafeCheckpoint):
        checkpoints.check_checkpoint(odd)

    refused = TrainingProcess(tiny(data_yaml, tmp_path / "a", model=str(odd), epochs=1), lambda e: None).run()
    assert isinstance(refused, Failed) and "run code" in refused.message

    checkpoints.trust_checkpoint(odd)
    done = TrainingProcess(tiny(data_yaml, tmp_path / "b", model=str(odd), epochs=1), lambda e: None).run()
    assert isinstance(done, Finished) and done.best is not None, getattr(done, "detail", done)
