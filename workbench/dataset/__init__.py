"""Check a labeling project, split it train/val(/test) and build an Ultralytics dataset (no Qt).

The Dataset page runs :func:`check_project`, :func:`plan_split` and :func:`build_dataset` in a
background worker and shows their progress; ``workbench check`` / ``workbench split`` print the
same results. The code lives in small modules, all re-exported here (the contract the Dataset
page is written against):

* ``types``          the data classes (:class:`Finding`, :class:`ImageCheck`, :class:`Stats`,
  :class:`CheckReport`, :class:`SplitSettings`, :class:`SplitPlan`, :class:`BuildResult`);
* ``check``          per-image verdicts that agree with Ultralytics' ``verify_image_label``;
* ``stats``          statistics and a coach's advice;
* ``split``          the stable, group-aware, stratified split (pure), stored in
  ``.workbench/split.json`` by a build;
* ``build``          the dataset folder and data.yaml, built beside the old one and swapped in.
"""
from __future__ import annotations

from .build import SUBSETS, build_dataset, default_dataset_dir, flat_names
from .check import check_image_label, check_project, duplicate_lines, inspect_image, unique_boxes
from .split import load_split, plan_split, save_split, split_path
from .stats import advice_for, compute_stats, tiny_share
from .types import (BuildResult, Cancelled, CheckReport, DatasetError, Finding, ImageCheck, Progress,
                            SplitPlan, SplitSettings, Stats)
from ..images import DATASET_MARKER

__all__ = [
    "BuildResult", "Cancelled", "CheckReport", "DatasetError", "Finding", "ImageCheck", "Progress",
    "SplitPlan", "SplitSettings", "Stats", "DATASET_MARKER", "SUBSETS",
    "check_project", "check_image_label", "inspect_image", "duplicate_lines", "unique_boxes",
    "compute_stats", "advice_for", "tiny_share",
    "plan_split", "save_split", "load_split", "split_path",
    "build_dataset", "default_dataset_dir", "flat_names",
]
