"""One Ultralytics training run as plain Python: settings in, plain events out (no Qt).

The Train page runs a :class:`TrainingProcess` (the run in a spawned child process) from a
``QThread`` and forwards each event to the GUI thread as a signal; ``workbench train`` runs a
:class:`TrainingRun` in its own process and prints them. Nothing here imports Qt; torch and
ultralytics are imported inside :meth:`TrainingRun.run` only.

* ``types``   settings, events, :class:`ModelChoice`, :class:`RunSummary` (imports nothing else here);
* ``run``     :class:`TrainingRun`: callbacks -> events, stop / pause / resume;
* ``process`` :class:`TrainingProcess`: a run in a child process (spawn), same events;
* ``cpu``     torch threads from the cores that are free, the child's OpenMP environment;
* ``validate`` :func:`validate_model`: the final validation a Stop skipped, on demand;
* ``setup``   the Ultralytics arguments, dataset pre-checks, plain-words errors;
* ``models``  which models are on disk or downloadable (offline first);
* ``probe``   the model choices and GPU names found in a child process (the window never imports torch);
* ``weights``  the model folder, resumable downloads through a mirror, adding a model file;
* ``advice``  what to expect before a run and why a score is poor after it;
* ``continuation``  "N more epochs" from a finished run (a new run from its last.pt);
* ``runs``    finished runs on disk: results.csv, per-class metrics, plots, history;
* ``log``     Ultralytics' logger and stdout as lines.
"""
from __future__ import annotations

from .advice import Advice, DatasetSummary, Expectation, diagnose, expect, summarize_dataset
from .continuation import continue_settings
from .log import capture_output
from .cpu import all_cores, choose_threads
from .models import check_model, model_choices
from .process import TrainingProcess
from .run import TrainingRun
from .runs import list_runs, per_class_metrics, read_results, saved_plots
from .setup import build_train_args, explain_error, prepare_ultralytics
from .types import (BatchProgress, EpochEnd, Event, Failed, Finished, Log, ModelChoice, Phase, RunSummary,
                    Started, TrainingError, TrainSettings)
from .validate import validate_model
from .weights import (DownloadCancelled, DownloadError, LocalModel, add_model_file, download_weights, local_models,
                      models_dir)

__all__ = [
    "TrainSettings", "TrainingError", "Phase", "Started", "BatchProgress", "EpochEnd", "Log", "Finished", "Failed",
    "Event", "ModelChoice", "RunSummary", "TrainingRun", "TrainingProcess",
    "all_cores", "choose_threads", "validate_model",
    "check_model", "model_choices", "list_runs", "per_class_metrics", "read_results", "saved_plots",
    "build_train_args", "explain_error", "prepare_ultralytics", "capture_output",
    "Advice", "DatasetSummary", "Expectation", "diagnose", "expect", "summarize_dataset", "continue_settings",
    "DownloadCancelled", "DownloadError", "LocalModel", "add_model_file", "download_weights", "local_models",
    "models_dir",
]
