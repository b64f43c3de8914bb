"""Bar chart per class: box instances and images holding the class, side by side.

Horizontal bars with the class names on the left axis, so long and Chinese names stay
readable and a project with many classes grows downwards instead of squeezing labels.
Imports pyqtgraph: the Dataset page creates it only when the first check report arrives.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

INSTANCES_COLOR = QColor("#1e88e5")
IMAGES_COLOR = QColor("#90caf9")
MAX_VALUE_LABELS = 60               # beyond this, numbers clutter more than they help
BAR = 0.38


class ClassChart(QWidget):
    """Instances and images per class; ``set_data`` replaces everything shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=True)
        self.plot.hideButtons()
        self.plot.invertY(True)           # class 0 at the top, as in classes.txt
        self.plot.showGrid(x=True, y=False, alpha=0.2)
        self.plot.setLabel("bottom", self.tr("count"))
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.instance_bars = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[], brush=INSTANCES_COLOR,
                                             pen=pg.mkPen(None), name=self.tr("boxes"))
        self.image_bars = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[], brush=IMAGES_COLOR,
                                          pen=pg.mkPen(None), name=self.tr("images"))
        self.plot.addItem(self.instance_bars)
        self.plot.addItem(self.image_bars)
        self._value_labels: list[pg.TextItem] = []
        self._names: list[str] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)

    def set_data(self, names: Sequence[str], instances: Sequence[int], images_with: Sequence[int]) -> None:
        """Show one pair of bars per class name, with "boxes / images" written beside them."""
        n = len(names)
        self._names = list(names)
        y = np.arange(n, dtype=float)
        inst = np.asarray(list(instances) + [0] * (n - len(instances)), dtype=float)[:n]
        imgs = np.asarray(list(images_with) + [0] * (n - len(images_with)), dtype=float)[:n]
        self.instance_bars.setOpts(x0=np.zeros(n), y=y - BAR / 2, width=inst, height=BAR)
        self.image_bars.setOpts(x0=np.zeros(n), y=y + BAR / 2, width=imgs, height=BAR)
        left = self.plot.getAxis("left")
        left.setTicks([[(float(i), name) for i, name in enumerate(names)], []])
        for item in self._value_labels:
            self.plot.removeItem(item)
        self._value_labels = []
        if n <= MAX_VALUE_LABELS:
            for i in range(n):
                t = pg.TextItem(f"{int(inst[i])} / {int(imgs[i])}", color="#333", anchor=(0, 0.5))
                t.setPos(max(inst[i], imgs[i]), float(i))
                self.plot.addItem(t)
                self._value_labels.append(t)
        top = float(max(inst.max(initial=0), imgs.max(initial=0), 1))
        self.plot.setXRange(0, top * 1.2, padding=0)
        self.plot.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.plot.setMinimumHeight(min(80 + 28 * n, 600))

    def bar_count(self) -> int:
        """Classes shown (one instance bar and one image bar each)."""
        w = self.instance_bars.opts.get("width")
        return 0 if w is None else len(w)

    def tick_names(self) -> list[str]:
        """The class names on the axis, in class id order."""
        return list(self._names)
