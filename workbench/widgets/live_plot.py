"""Training curves, epoch by epoch: losses on the left, validation metrics on the right.

pyqtgraph with preallocated arrays and ``setData(x[:n], y[:n])`` (pyqtgraph's scrollingPlots
habit): adding an epoch costs the same at epoch 3 and at epoch 300. A second run's curves can be
overlaid dashed to compare. The page imports this module on first show only: pyqtgraph costs
about 0.4 s to import.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .term_help import explain

CTX = "LivePlot"
# (results.csv key, legend text, plot 0 = losses / 1 = metrics, colour)
SERIES = [
    ("train/box_loss", QT_TRANSLATE_NOOP("LivePlot", "box loss (train)"), 0, "#1f77b4"),
    ("train/cls_loss", QT_TRANSLATE_NOOP("LivePlot", "class loss (train)"), 0, "#ff7f0e"),
    ("val/box_loss", QT_TRANSLATE_NOOP("LivePlot", "box loss (val)"), 0, "#2ca02c"),
    ("val/cls_loss", QT_TRANSLATE_NOOP("LivePlot", "class loss (val)"), 0, "#d62728"),
    ("metrics/mAP50-95(B)", QT_TRANSLATE_NOOP("LivePlot", "mAP50-95"), 1, "#9467bd"),
    ("metrics/mAP50(B)", QT_TRANSLATE_NOOP("LivePlot", "mAP50"), 1, "#8c564b"),
    ("metrics/precision(B)", QT_TRANSLATE_NOOP("LivePlot", "precision"), 1, "#e377c2"),
    ("metrics/recall(B)", QT_TRANSLATE_NOOP("LivePlot", "recall"), 1, "#17becf"),
]
KEYS = [s[0] for s in SERIES]


class _Curves:
    """One run's curves: preallocated x/y arrays and one PlotDataItem per series."""

    def __init__(self, items: dict[str, pg.PlotDataItem], capacity: int = 128):
        self.items = items
        self.n = 0
        self.x = np.zeros(capacity)
        self.y = {k: np.full(capacity, np.nan) for k in items}

    def clear(self) -> None:
        self.n = 0
        for item in self.items.values():
            item.setData([], [])

    def add(self, epoch: float, values: dict[str, float]) -> None:
        if self.n == len(self.x):  # doubling keeps appends amortised O(1)
            cap = 2 * len(self.x)
            self.x = np.resize(self.x, cap)
            self.y = {k: np.concatenate([v, np.full(cap - len(v), np.nan)]) for k, v in self.y.items()}
        if self.n and self.x[self.n - 1] == epoch:
            self.n -= 1   # the same epoch again (a final re-validation): replace, not a second point
        n = self.n
        self.x[n] = epoch
        for k in self.items:
            v = values.get(k)
            self.y[k][n] = float(v) if isinstance(v, (int, float)) and math.isfinite(v) else np.nan
        self.n = n + 1
        for k, item in self.items.items():
            # connect="finite": a metric missing in one epoch leaves a gap, not a line to 0
            item.setData(self.x[:self.n], self.y[k][:self.n], connect="finite")


class LivePlot(QWidget):
    """Two plots (losses, metrics) with a legend; ``add_epoch`` appends one point per curve."""

    def __init__(self, parent=None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self.view = pg.GraphicsLayoutWidget()
        self.setToolTip(explain("loss", "box_loss", "cls_loss", "dfl_loss", "map50_95", "map50", "precision", "recall"))
        self.view.setBackground("w")
        self.plots = []
        titles = [QCoreApplication.translate("LivePlot", "Loss"), QCoreApplication.translate("LivePlot", "Validation")]
        for i, title in enumerate(titles):
            p = self.view.addPlot(row=0, col=i, title=title)
            p.showGrid(x=True, y=True, alpha=0.3)
            p.setLabel("bottom", QCoreApplication.translate("LivePlot", "epoch"))
            p.addLegend(offset=(-10, 10))
            self.plots.append(p)
        self.plots[1].setYRange(0, 1, padding=0.02)
        self.main = self._make_curves(Qt.PenStyle.SolidLine, "")
        self.overlay = None
        self.overlay_name = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)

    def _make_curves(self, style: Qt.PenStyle, suffix: str) -> _Curves:
        items = {}
        for key, text, plot, colour in SERIES:
            pen = pg.mkPen(colour, width=2, style=style)
            name = QCoreApplication.translate(CTX, text) + suffix
            items[key] = self.plots[plot].plot([], [], pen=pen, name=name,
                                               symbol="o" if style == Qt.PenStyle.SolidLine else None,
                                               symbolSize=5, symbolBrush=colour, symbolPen=None)
        return _Curves(items)

    # -- main curves -------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the main curves (a new run starts)."""
        self.main.clear()

    def add_epoch(self, epoch: float, metrics: dict[str, float]) -> None:
        """Append one point per curve; ``metrics`` is a results.csv row (missing keys leave gaps)."""
        self.main.add(epoch, metrics)

    def set_rows(self, rows: list[dict[str, float]]) -> None:
        """Show a whole run (the rows of its results.csv) as the main curves."""
        self.main.clear()
        for i, row in enumerate(rows):
            self.main.add(row.get("epoch", i + 1), row)

    def count(self) -> int:
        """Number of epochs in the main curves."""
        return self.main.n

    def series(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """The (x, y) arrays of the main curve ``key`` (copies)."""
        n = self.main.n
        return self.main.x[:n].copy(), self.main.y[key][:n].copy()

    # -- a second run, dashed ------------------------------------------------------------
    def set_overlay(self, name: str, rows: list[dict[str, float]]) -> None:
        """Overlay another run's curves (dashed, named ``name`` in the legend)."""
        self.clear_overlay()
        self.overlay_name = name
        self.overlay = self._make_curves(Qt.PenStyle.DashLine, f" ({name})")
        for i, row in enumerate(rows):
            self.overlay.add(row.get("epoch", i + 1), row)

    def clear_overlay(self) -> None:
        if self.overlay is None:
            return
        for key, _t, plot, _c in SERIES:
            item = self.overlay.items[key]
            self.plots[plot].removeItem(item)
            legend = self.plots[plot].legend
            if legend is not None:
                legend.removeItem(item)
        self.overlay = None
        self.overlay_name = ""

    def overlay_count(self) -> int:
        return 0 if self.overlay is None else self.overlay.n
