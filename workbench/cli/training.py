"""``workbench train DATA_YAML ...``: the training core, headless, one line per epoch."""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading

from .. import cli

RUNS_CODE = "would run code"   # in the message of a refused .pt (workbench.checkpoints)


def register(subparsers) -> None:
    """Add the ``train`` subcommand to the ``workbench`` command parser."""
    p = subparsers.add_parser(
        "train", help="train a YOLO model on a dataset (data.yaml), headless",
        description="Train Ultralytics YOLO on DATA_YAML, using the CPU cores other programs leave free "
                    "(measured again each epoch). Prints one line per epoch; "
                    "exits with status 1 when the run fails.")
    p.add_argument("data", metavar="DATA_YAML", help="the dataset's data.yaml")
    p.add_argument("--model", default="yolo11n.pt",
                   help="pretrained .pt name or file, or a .yaml to train from scratch (default: yolo11n.pt)")
    p.add_argument("--epochs", type=int, default=100)
    p.add_argument("--imgsz", type=int, default=640, help="training image size in pixels (default: 640)")
    p.add_argument("--batch", type=int, default=-1, help="images per batch; -1 = automatic (default)")
    p.add_argument("--device", default="", help='"cpu", a GPU number "0", or several "0,1" (default: automatic)')
    p.add_argument("--patience", type=int, default=50, help="epochs without improvement before stopping early")
    p.add_argument("--project", default="", help="folder that holds the runs (default: <dataset>/../runs)")
    p.add_argument("--name", default="train", help="run name; Ultralytics adds -2, -3, ... when it exists")
    p.add_argument("--resume", metavar="LAST_PT", help="continue a paused or crashed run from its last.pt")
    p.add_argument("--no-plots", action="store_true", help="do not save charts (faster)")
    p.add_argument("--workers", type=int, default=None, help="dataloader worker processes")
    p.add_argument("--threads", type=int, default=None,
                   help="CPU threads for training (default: the free cores, measured at the start and each epoch)")
    p.add_argument("--trust-model", action="store_true",
                   help="load the --model / --resume .pt even if it would run code from the file "
                        "(only for a file from someone you trust)")
    p.add_argument("-v", "--verbose", action="store_true", help="also print Ultralytics' own log lines (stderr)")
    p.set_defaults(func=run_train)


def epoch_line(event) -> str:
    """``epoch 3/100  box 1.234/1.111  cls 2.345/2.222  mAP50-95 0.123  mAP50 0.345  12.3s  ETA 4m05s``."""
    m = event.metrics

    def pair(name):
        t, v = m.get(f"train/{name}"), m.get(f"val/{name}")
        return f"{name.split('_')[0]} {_num(t)}/{_num(v)}"

    eta = int(round(event.eta_seconds))
    return (f"epoch {event.epoch}/{event.epochs}  {pair('box_loss')}  {pair('cls_loss')}  "
            f"mAP50-95 {_num(m.get('metrics/mAP50-95(B)'))}  mAP50 {_num(m.get('metrics/mAP50(B)'))}  "
            f"{event.seconds:.1f}s  ETA {eta // 60}m{eta % 60:02d}s")


def _num(v) -> str:
    return "-" if v is None else f"{v:.4f}"


def run_train(args: argparse.Namespace) -> int:
    """Run one training from parsed arguments; 0 on success, 1 on failure."""
    from ..training import EpochEnd, Failed, Finished, Log, Started, TrainingRun, TrainSettings, choose_threads
    from ..training.cpu import training_env

    if "torch" not in sys.modules:   # OpenMP reads these once, when torch is imported
        for key, value in training_env(args.threads or choose_threads(0.0)).items():
            os.environ.setdefault(key, value)

    # The run redirects sys.stdout to its log while it lasts; print to the real console.
    out, err = sys.stdout, sys.stderr

    def say(text: str, stream=None) -> None:
        stream = stream or out
        if stream is not None:
            print(text, file=stream, flush=True)

    def on_event(e) -> None:
        if isinstance(e, Log):
            if args.verbose:
                say(e.text, err)
        elif isinstance(e, Started):
            start = f", resuming at epoch {e.start_epoch + 1}" if e.start_epoch else ""
            say(f"training {e.save_dir} on {e.device} with {e.threads} threads, {e.epochs} epochs{start}")
        elif isinstance(e, EpochEnd):
            say(epoch_line(e))
        elif isinstance(e, Finished) and e.paused:
            pass   # said below, once we know whether a last.pt exists
        elif isinstance(e, Finished):
            m = e.metrics.get("metrics/mAP50-95(B)")
            say(f"done: best {e.best}  mAP50-95 {_num(m)}" + ("  (stopped)" if e.stopped else ""))
            for row in e.per_class:
                say(f"  {row['name']:<20} {row['instances']:>6} instances  mAP50-95 {row['mAP50-95']:.4f}")
        elif isinstance(e, Failed):
            say(f"training failed: {e.message}", err)
            if RUNS_CODE in e.message and not args.trust_model:
                say("(pass --trust-model to load it anyway, only if you trust the file)", err)
            if args.verbose and e.detail:
                say(e.detail, err)

    settings = TrainSettings(data=args.data, model=args.model, epochs=args.epochs, imgsz=args.imgsz,
                             batch=args.batch, device=args.device, patience=args.patience,
                             project=args.project, name=args.name, plots=not args.no_plots,
                             workers=args.workers, resume=args.resume, threads=args.threads)
    if args.trust_model:
        from ..checkpoints import trust_checkpoint
        from ..training.models import find_weights

        for path in (args.resume, find_weights(args.model) if args.model.lower().endswith(".pt") else None):
            if path:
                trust_checkpoint(path)
    # a direct call (tests, scripts) keeps running after the run: give its memory back then
    run = TrainingRun(settings, on_event, release_memory=not cli.exit_after_command)

    def quit_now(signum, frame) -> None:
        # The second Ctrl+C: end at once. Checkpoints are replaced atomically, so the last whole
        # last.pt survives; unwinding through Ultralytics and its workers would take seconds.
        say("interrupted again: quitting now", err)
        os._exit(130)

    def interrupt(signum, frame) -> None:
        # Ctrl+C pauses (the last epoch's last.pt stays resumable); a second Ctrl+C quits at once.
        # The second handler goes in first: a Ctrl+C that lands while this one runs must quit.
        signal.signal(signal.SIGINT, quit_now)
        run.pause()
        say("stopping after this batch (press Ctrl+C again to quit at once)", err)

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, interrupt)
    try:
        result = run.run()
    finally:
        # After a Ctrl+C the quit-at-once handler stays until the process exits: a second Ctrl+C
        # while the run winds down must not end in a KeyboardInterrupt traceback.
        if previous is not None and signal.getsignal(signal.SIGINT) is interrupt:
            signal.signal(signal.SIGINT, previous)
    if isinstance(result, Finished) and result.paused:
        if result.last:
            say(f"paused: continue with  workbench train {args.data} --resume {result.last}")
        else:
            say("stopped during the first epoch: nothing was saved yet (a checkpoint is written at the end "
                f"of each epoch); train again to start over. Run folder: {result.save_dir}")
        return 130
    return 0 if isinstance(result, Finished) else 1
