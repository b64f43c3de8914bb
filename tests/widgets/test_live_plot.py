"""LivePlot: one point per epoch in preallocated arrays, gaps for missing values, a dashed overlay."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt

from workbench.widgets.live_plot import KEYS, LivePlot


def row(epoch: int) -> dict[str, float]:
    return {k: 1.0 / (epoch + i) for i, k in enumerate(KEYS)} | {"epoch": float(epoch)}


def curve_data(plot: LivePlot, key: str):
    x, y = plot.main.items[key].getData()
    return (np.asarray(x), np.asarray(y))


def test_points_are_added_per_epoch_and_arrays_grow(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    for e in range(1, 301):   # beyond the initial capacity of 128
        plot.add_epoch(e, row(e))
    assert plot.count() == 300
    x, y = plot.series("metrics/mAP50-95(B)")
    assert list(x[:3]) == [1.0, 2.0, 3.0] and y[299] == 1.0 / (300 + KEYS.index("metrics/mAP50-95(B)"))
    # what is drawn is exactly the filled part of the arrays
    dx, dy = curve_data(plot, "train/box_loss")
    assert len(dx) == 300 and dy[0] == 1.0


def test_the_same_epoch_again_replaces_its_point(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.add_epoch(1, row(1))
    plot.add_epoch(2, row(2))
    plot.add_epoch(2, {"metrics/mAP50-95(B)": 0.5})
    assert plot.count() == 2
    _x, y = plot.series("metrics/mAP50-95(B)")
    assert y[1] == 0.5


def test_missing_or_bad_values_leave_gaps(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.add_epoch(1, {"train/box_loss": 1.0})
    plot.add_epoch(2, {"train/box_loss": float("inf"), "val/box_loss": "x"})
    plot.add_epoch(3, {"train/box_loss": 0.5})
    _x, y = plot.series("train/box_loss")
    assert y[0] == 1.0 and math.isnan(y[1]) and y[2] == 0.5
    assert all(math.isnan(v) for v in plot.series("val/box_loss")[1])


def test_set_rows_and_a_dashed_overlay(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.set_rows([row(e) for e in range(1, 4)])
    plot.set_overlay("train2", [row(e) for e in range(1, 6)])
    assert plot.count() == 3 and plot.overlay_count() == 5
    item = plot.overlay.items["metrics/mAP50(B)"]
    assert item.opts["pen"].style() == Qt.PenStyle.DashLine
    assert item in plot.plots[1].listDataItems()
    plot.set_overlay("train3", [row(1)])          # replaces the previous overlay
    assert plot.overlay_count() == 1
    assert len(plot.plots[1].listDataItems()) == 2 * 4
    plot.clear_overlay()
    assert plot.overlay_count() == 0 and len(plot.plots[1].listDataItems()) == 4
    plot.clear()
    assert plot.count() == 0
