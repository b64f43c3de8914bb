"""Box sizes and shapes: a width x height density map (in pixels at the training size) and an
aspect-ratio histogram, the two things a coach looks at before training.

Imports pyqtgraph: the Dataset page creates it only when the first check report arrives.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

SIZE_BINS = 64          # a density map, not a scatter: 100,000 boxes draw as fast as 10
TINY_PX = 8             # Ultralytics' smallest stride: boxes below it are hard to learn
ASPECT_BINS = np.linspace(-3.125, 3.125, 26)   # log2(w/h): 1:8 .. 8:1, a bin centred on each 1:n


class BoxSizeChart(QWidget):
    """``set_data(box_px, imgsz)``: (w, h) of every box in pixels once its image is resized
    to the training size (long side ``imgsz``), as Ultralytics sees it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.size_plot = self.view.addPlot(
            title=self.tr("Box width x height (pixels at training size; darker: more boxes)"))
        self.size_plot.setMenuEnabled(False)
        self.size_plot.hideButtons()
        self.size_plot.setLabel("bottom", self.tr("width"))
        self.size_plot.setLabel("left", self.tr("height"))
        self.size_plot.showGrid(x=True, y=True, alpha=0.2)
        self.density = pg.ImageItem(axisOrder="row-major")
        # white where there is no box, darker blue where many are (log scale: one rare size shows)
        cmap = pg.ColorMap([0.0, 0.01, 1.0], [QColor("white"), QColor("#bbdefb"), QColor("#0d47a1")])
        self.density.setLookupTable(cmap.getLookupTable(nPts=256))
        self.size_plot.addItem(self.density)
        tiny = pg.mkPen(QColor("#e53935"), width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        self.size_plot.addItem(pg.InfiniteLine(TINY_PX, angle=90, pen=tiny))
        self.size_plot.addItem(pg.InfiniteLine(TINY_PX, angle=0, pen=tiny))
        self.view.nextRow()
        self.aspect_plot = self.view.addPlot(title=self.tr("Box shape (width : height)"))
        self.aspect_plot.setMenuEnabled(False)
        self.aspect_plot.hideButtons()
        self.aspect_plot.setMouseEnabled(x=False, y=False)
        self.aspect_plot.setLabel("left", self.tr("boxes"))
        self.aspect_plot.getAxis("bottom").setTicks(
            [[(-3.0, "1:8"), (-2.0, "1:4"), (-1.0, "1:2"), (0.0, "1:1"), (1.0, "2:1"), (2.0, "4:1"), (3.0, "8:1")]])
        step = ASPECT_BINS[1] - ASPECT_BINS[0]
        self.aspect_bars = pg.BarGraphItem(x=[], height=[], width=step * 0.9, brush=QColor("#1e88e5"),
                                           pen=pg.mkPen(None))
        self.aspect_plot.addItem(self.aspect_bars)
        self.boxes = 0
        self.size_counts = np.zeros((SIZE_BINS, SIZE_BINS))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)

    def set_data(self, box_px: Sequence[tuple[float, float]], imgsz: int = 640) -> None:
        """Show every box: how many have each size, and each shape."""
        wh = np.asarray(box_px, dtype=float).reshape(-1, 2)
        self.boxes = len(wh)
        hist, _, _ = np.histogram2d(np.clip(wh[:, 0], 0, imgsz), np.clip(wh[:, 1], 0, imgsz), bins=SIZE_BINS,
                                    range=[[0, imgsz], [0, imgsz]])
        self.size_counts = hist.T           # rows: height bins (y up), columns: width bins
        self.density.setImage(np.log1p(self.size_counts), levels=(0, max(float(np.log1p(hist.max(initial=0))), 1)))
        self.density.setRect(QRectF(0, 0, imgsz, imgsz))
        self.size_plot.setXRange(0, imgsz, padding=0.02)
        self.size_plot.setYRange(0, imgsz, padding=0.02)
        ok = (wh[:, 0] > 0) & (wh[:, 1] > 0)
        aspect = np.log2(wh[ok, 0] / wh[ok, 1]) if ok.any() else np.zeros(0)
        counts, edges = np.histogram(np.clip(aspect, ASPECT_BINS[0], ASPECT_BINS[-1]), bins=ASPECT_BINS)
        self.aspect_bars.setOpts(x=(edges[:-1] + edges[1:]) / 2, height=counts)
        self.aspect_plot.setXRange(ASPECT_BINS[0], ASPECT_BINS[-1], padding=0.02)
        self.aspect_plot.setYRange(0, max(int(counts.max(initial=0)), 1) * 1.1, padding=0)
