"""The image list: 10,000+ names at once, per-image status filled in lazily, filters.

The model holds names only; statuses (and the classes each image holds, for the class
filter) arrive in batches from a background scan through :meth:`ImageListModel.update`.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractListModel, QModelIndex, QSize,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QListView, QVBoxLayout, QWidget

from ..images import natural_key
from ..project import Status

STATUS_COLORS = {
    None: QColor("#c8c8c8"),               # not scanned yet
    Status.NOT_LABELED: QColor("#9e9e9e"),
    Status.EMPTY: QColor("#42a5f5"),
    Status.LABELED: QColor("#43a047"),
    Status.PROBLEM: QColor("#e53935"),
}
StatusRole = Qt.ItemDataRole.UserRole + 1
ClassesRole = Qt.ItemDataRole.UserRole + 2
SuggestionsRole = Qt.ItemDataRole.UserRole + 3   # pending suggested boxes (pre-label), 0 for none
RankRole = Qt.ItemDataRole.UserRole + 4          # place in the natural order of names (for added rows)


def _dot(color: QColor, hollow: bool = False) -> QIcon:
    pm = QPixmap(12, 12)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(color.darker(130))
    p.setBrush(Qt.BrushStyle.NoBrush if hollow else color)
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pm)


class ImageListModel(QAbstractListModel):
    """One row per image: relative name, status dot, tooltip with the status."""

    def __init__(self, names: Sequence[str] = (), parent=None):
        super().__init__(parent)
        self._names = list(names)
        self._status: list[Status | None] = [None] * len(self._names)
        self._classes: list[frozenset[int]] = [frozenset()] * len(self._names)
        self._suggested: dict[int, int] = {}
        # Rows arrive in the folder's natural order (images.list_image_paths); an image added later
        # (a capture) is appended as a row but given a rank between its neighbours by name, so it
        # shows where it will be after the folder is opened again.
        self._rank: list[float] | None = None
        self._ranked_keys: list[tuple] = []
        self._ranked: list[float] = []
        self._italic = QFont()
        self._italic.setItalic(True)
        self._icons = {k: _dot(c, hollow=k in (None, Status.NOT_LABELED)) for k, c in STATUS_COLORS.items()}
        self._status_text = {   # translated when shown, so a language switch applies at once
            None: QT_TRANSLATE_NOOP("ImageListModel", "checking..."),
            Status.NOT_LABELED: QT_TRANSLATE_NOOP("ImageListModel", "not labeled"),
            Status.EMPTY: QT_TRANSLATE_NOOP("ImageListModel", "background (no objects)"),
            Status.LABELED: QT_TRANSLATE_NOOP("ImageListModel", "labeled"),
            Status.PROBLEM: QT_TRANSLATE_NOOP("ImageListModel", "has a problem"),
        }

    def set_names(self, names: Sequence[str]) -> None:
        self.beginResetModel()
        self._names = list(names)
        self._status = [None] * len(self._names)
        self._classes = [frozenset()] * len(self._names)
        self._suggested = {}
        self._rank = None
        self.endResetModel()

    def append_name(self, name: str, status: Status | None = None) -> int:
        """Add one row at the end (a new image, e.g. a captured frame); returns its row."""
        row = len(self._names)
        self._rank_new(name)
        self.beginInsertRows(QModelIndex(), row, row)
        self._names.append(name)
        self._status.append(status)
        self._classes.append(frozenset())
        self.endInsertRows()
        return row

    def _rank_new(self, name: str) -> None:
        if self._rank is None:    # first added row: the rows so far are in natural order
            self._rank = [float(i) for i in range(len(self._names))]
            self._ranked_keys = [natural_key(n) for n in self._names]
            self._ranked = list(self._rank)
        key = natural_key(name)
        pos = bisect_right(self._ranked_keys, key)
        lo = self._ranked[pos - 1] if pos > 0 else (self._ranked[0] - 2 if self._ranked else -1.0)
        hi = self._ranked[pos] if pos < len(self._ranked) else lo + 2
        rank = (lo + hi) / 2
        self._ranked_keys.insert(pos, key)
        self._ranked.insert(pos, rank)
        self._rank.append(rank)

    def is_ranked(self) -> bool:
        """True once a row was added out of the natural order (the view then sorts by rank)."""
        return self._rank is not None

    def update(self, rows: Sequence[tuple[int, Status, frozenset[int]]]) -> None:
        """Set the status (and classes) of several rows; one repaint for the batch."""
        if not rows:
            return
        for i, st, cls in rows:
            self._status[i] = st
            self._classes[i] = cls
        lo, hi = min(r[0] for r in rows), max(r[0] for r in rows)
        self.dataChanged.emit(self.index(lo), self.index(hi), [Qt.ItemDataRole.DecorationRole, StatusRole, ClassesRole])

    def set_suggested(self, counts: dict[int, int]) -> None:
        """Rows with pending suggestions (row -> count): shown in italics, with a filter."""
        changed = set(counts) ^ set(self._suggested) | {r for r in counts if counts[r] != self._suggested.get(r)}
        self._suggested = {r: n for r, n in counts.items() if n}
        for r in changed:
            if 0 <= r < len(self._names):
                i = self.index(r)
                self.dataChanged.emit(i, i, [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, SuggestionsRole])

    def suggested(self, row: int) -> int:
        return self._suggested.get(row, 0)

    def status(self, row: int) -> Status | None:
        return self._status[row]

    def counts(self) -> dict[Status | None, int]:
        # Counter counts in C: called after every scan batch, a Python loop over 10,000
        # statuses cost ~3 ms of GUI time per batch.
        return dict(Counter(self._status))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._names)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._names[r]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[self._status[r]]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{self._names[r]}\n{self.tr(self._status_text[self._status[r]])}"
            if r in self._suggested:
                tip += "\n" + self.tr("{0} suggested boxes to accept or reject").format(self._suggested[r])
            return tip
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if r in self._suggested else None
        if role == SuggestionsRole:
            return self._suggested.get(r, 0)
        if role == StatusRole:
            return self._status[r]
        if role == RankRole:
            return self._rank[r] if self._rank is not None else float(r)
        if role == ClassesRole:
            return self._classes[r]
        return None


class ImageFilterProxy(QSortFilterProxyModel):
    """Filters rows by status and by a class the image contains."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.statuses: set[Status] | None = None
        self.class_id: int | None = None
        self.suggested_only = False

    def set_filter(self, statuses: set[Status] | None, class_id: int | None, suggested_only: bool = False) -> None:
        self.beginFilterChange()
        self.statuses, self.class_id, self.suggested_only = statuses, class_id, suggested_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if self.statuses is None and self.class_id is None and not self.suggested_only:
            return True
        m = self.sourceModel()
        if self.suggested_only and not m.suggested(row):
            return False
        if self.statuses is not None and m.status(row) not in self.statuses:
            return False
        if self.class_id is not None and self.class_id not in m._classes[row]:
            return False
        return True


class ImageListWidget(QWidget):
    """Filter combo + list view. Emits ``image_activated(row)`` with the *source* row."""

    image_activated = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ImageListModel(parent=self)
        self.proxy = ImageFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_combo = QComboBox()
        self.filter_combo.setToolTip(self.tr("Show only images with this status or class"))
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)  # 10,000 rows lay out instantly
        self.view.setIconSize(QSize(12, 12))
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setToolTip(self.background_tip())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter_combo)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.counts_label)
        # a click, Enter, or moving with the arrow keys in the list shows that image
        self.view.clicked.connect(self._emit_activated)
        self.view.activated.connect(self._emit_activated)
        self.view.selectionModel().currentChanged.connect(lambda cur, _prev: self._emit_activated(cur))
        self._quiet = False
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.model.dataChanged.connect(lambda *a: self._refresh_counts())
        self.model.modelReset.connect(self._refresh_counts)
        self.model.modelReset.connect(lambda: self.proxy.sort(-1))   # a fresh folder: its own natural order
        self.model.rowsInserted.connect(self._keep_natural_order)
        self.set_class_names([])

    def _keep_natural_order(self, *_args) -> None:
        # sorting costs a Python call per comparison: only from the first added row on, and
        # then Qt places each later row by binary search
        if self.model.is_ranked() and self.proxy.sortColumn() < 0:
            self.proxy.setSortRole(RankRole)
            self.proxy.sort(0)

    def _emit_activated(self, proxy_index) -> None:
        if proxy_index.isValid() and not self._quiet:
            self.image_activated.emit(self.proxy.mapToSource(proxy_index).row())

    def background_tip(self) -> str:
        """What "background (no objects)" means for training (one text wherever the word is shown)."""
        return self.tr("Background (no objects): a photo you checked that holds nothing to label. Training uses "
                       "it to learn what is not an object, which cuts false detections.")

    def set_class_names(self, names: Sequence[str]) -> None:
        """Rebuild the filter choices (statuses, then one entry per class)."""
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("All images"), ("all", None))
        self.filter_combo.addItem(self.tr("Not labeled"), ("status", Status.NOT_LABELED))
        self.filter_combo.addItem(self.tr("Labeled"), ("status", Status.LABELED))
        self.filter_combo.addItem(self.tr("Background (no objects)"), ("status", Status.EMPTY))
        self.filter_combo.setItemData(self.filter_combo.count() - 1, self.background_tip(),
                                      Qt.ItemDataRole.ToolTipRole)
        self.filter_combo.addItem(self.tr("Problems"), ("status", Status.PROBLEM))
        self.filter_combo.addItem(self.tr("Has suggestions"), ("suggested", None))
        for i, n in enumerate(names):
            self.filter_combo.addItem(self.tr("Class: {0}").format(n), ("class", i))
        idx = self.filter_combo.findData(current) if current else 0
        self.filter_combo.setCurrentIndex(max(0, idx))
        self.filter_combo.blockSignals(False)
        self._apply_filter()

    def set_filter_index(self, i: int) -> None:
        self.filter_combo.setCurrentIndex(i)

    def _apply_filter(self) -> None:
        kind, value = self.filter_combo.currentData() or ("all", None)
        if kind == "status":
            self.proxy.set_filter({value}, None)
        elif kind == "class":
            self.proxy.set_filter(None, value)
        elif kind == "suggested":
            self.proxy.set_filter(None, None, suggested_only=True)
        else:
            self.proxy.set_filter(None, None)

    def _refresh_counts(self) -> None:
        c = self.model.counts()
        total = self.model.rowCount()
        self.counts_label.setText(self.tr("{0} images: {1} labeled, {2} background (no objects), {3} not labeled, "
                                           "{4} problems").format(
            total, c.get(Status.LABELED, 0), c.get(Status.EMPTY, 0), c.get(Status.NOT_LABELED, 0),
            c.get(Status.PROBLEM, 0)))

    # -- navigation in the order the user sees ---------------------------------------
    def visible_rows(self) -> list[int]:
        return [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]

    def neighbour(self, row: int, step: int) -> int | None:
        """The source row ``step`` places from ``row`` in the filtered order, or None at the end."""
        pix = self.proxy.mapFromSource(self.model.index(row))
        if not pix.isValid():  # current image filtered out: go by source order
            rows = self.visible_rows()
            after = [r for r in rows if (r > row if step > 0 else r < row)]
            if not after:
                return None
            return after[0] if step > 0 else after[-1]
        r = pix.row() + step
        if 0 <= r < self.proxy.rowCount():
            return self.proxy.mapToSource(self.proxy.index(r, 0)).row()
        return None

    def first_row_where(self, start: int, pred: Callable[[int], bool]) -> int | None:
        """The first source row after ``start`` (wrapping) for which ``pred`` holds."""
        n = self.model.rowCount()
        for k in range(1, n + 1):
            r = (start + k) % n
            if pred(r):
                return r
        return None

    def select_row(self, row: int) -> None:
        """Highlight and scroll to a source row without emitting ``image_activated``."""
        pix = self.proxy.mapFromSource(self.model.index(row))
        self._quiet = True
        try:
            if pix.isValid():
                self.view.setCurrentIndex(pix)
                self.view.scrollTo(pix)
            else:
                self.view.clearSelection()
        finally:
            self._quiet = False

    def show_row(self, row: int) -> None:
        """Make a source row visible: when the filter hides it, fall back to all images."""
        if not self.proxy.mapFromSource(self.model.index(row)).isValid():
            self.set_filter_index(0)
