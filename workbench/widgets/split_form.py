"""The split settings form: val %, test %, seed, keep bursts together, and the planned counts.

It only holds values and shows a plan it is given; ``changed`` tells the page to plan again.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..dataset import SplitSettings
from .core_text import core_text

MAX_WARNINGS = 4   # more would push the Build button off a laptop screen; the tooltip has all


class SplitForm(QWidget):
    """Ratios and seed of the train/val(/test) split."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.val = QSpinBox()
        self.val.setRange(1, 90)
        self.val.setSuffix(" %")
        self.val.setToolTip(self.tr("Share of the images kept aside to measure the model while it trains"))
        self.test = QSpinBox()
        self.test.setRange(0, 50)
        self.test.setSuffix(" %")
        self.test.setToolTip(self.tr("Share kept for a final test the model never sees in training (0: none)"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(self.tr("Another seed gives another random split of images not split before"))
        self.group = QCheckBox(self.tr("Keep bursts together"))
        self.group.setToolTip(self.tr("Frames of one video or burst of photos go to the same subset, so "
                                      "validation does not score near-copies of training images"))
        self.near = QCheckBox(self.tr("Also keep look-alike photos together"))
        self.near.setToolTip(self.tr("Photos that look almost the same go to the same subset (each image is "
                                     "read once to compare them)"))
        self.plan_title = QLabel(self.tr("Planned:"))
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("QLabel { color: #b26a00; }")
        self.warnings_label.hide()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Validation:"), self.val)
        form.addRow(self.tr("Test:"), self.test)
        form.addRow(self.tr("Seed:"), self.seed)
        form.addRow(self.group)
        form.addRow(self.near)
        # below the form, not in it: a word-wrapped label in a form row gets cut short
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(self.plan_title)
        lay.addWidget(self.plan_label)
        lay.addWidget(self.warnings_label)
        lay.addStretch()
        self.set_settings(SplitSettings())
        for spin in (self.val, self.test, self.seed):
            spin.valueChanged.connect(self.changed)
        self.group.toggled.connect(self.near.setEnabled)
        self.group.toggled.connect(self.changed)
        self.near.toggled.connect(self.changed)

    def settings(self) -> SplitSettings:
        return SplitSettings(val=self.val.value() / 100, test=self.test.value() / 100,
                             seed=self.seed.value(), group=self.group.isChecked(),
                             near_duplicates=self.near.isChecked())

    def set_settings(self, s: SplitSettings) -> None:
        """Show ``s`` without emitting ``changed``."""
        widgets = (self.val, self.test, self.seed, self.group, self.near)
        for w in widgets:
            w.blockSignals(True)
        self.val.setValue(round(s.val * 100))
        self.test.setValue(round(s.test * 100))
        self.seed.setValue(s.seed)
        self.group.setChecked(s.group)
        self.near.setChecked(s.near_duplicates)
        self.near.setEnabled(s.group)
        for w in widgets:
            w.blockSignals(False)

    def show_pending(self, text: str = "") -> None:
        """No plan yet (no check, or a plan being made)."""
        self.plan_label.setText(text or self.tr("run a check first"))
        self.warnings_label.hide()

    def _share_note(self, counts: Mapping[str, int], groups: int) -> str:
        """Why the planned validation share is not the one set, and how to get closer ("" if close)."""
        total = sum(counts.values())
        if not total:
            return ""
        want = self.val.value()
        got = round(100 * counts.get("val", 0) / total)
        if abs(got - want) < 5:
            return ""
        if groups:
            return "\n" + self.tr(
                "Validation is {0} % instead of {1} %: photos taken in bursts or looking alike stay together "
                "({2} groups), so the model is not tested on near-copies of its training photos. With more groups "
                "(more separate shots) the share gets closer to {1} %.").format(got, want, groups)
        return "\n" + self.tr(
            "Validation is {0} % instead of {1} %: with {2} photos each photo moves the share by about {3} %, and "
            "every class needs a photo in validation. With more photos the share gets closer to {1} %.").format(
                got, want, total, max(1, round(100 / total)))

    def subset_text(self, subset: str, n: int) -> str:
        """"train 28" in the UI language (the subset folder names stay as Ultralytics names them)."""
        texts = {"train": self.tr("train {0}"), "val": self.tr("val {0}"), "test": self.tr("test {0}")}
        return texts.get(subset, subset + " {0}").format(n)

    def show_plan(self, counts: Mapping[str, int], groups: int, left_out: int, warnings: Sequence[str] = (),
                  unlabeled: int | None = None) -> None:
        """The planned images per subset, the groups found and what is left out
        (``unlabeled``: how many of ``left_out`` are not labeled yet, the rest have problems)."""
        parts = [self.subset_text("train", counts.get("train", 0)), self.subset_text("val", counts.get("val", 0))]
        if counts.get("test", 0) or self.test.value():
            parts.append(self.subset_text("test", counts.get("test", 0)))
        text = ", ".join(parts)
        text += "\n" + self.tr("{0} groups of look-alike or burst photos found").format(groups)
        if unlabeled is None:
            text += "\n" + self.tr("{0} images left out").format(left_out)
        else:
            text += "\n" + self.tr("{0} images left out: {1} not labeled, {2} with problems").format(
                left_out, unlabeled, left_out - unlabeled)
        self.plan_label.setText(text + self._share_note(counts, groups))
        self.plan_label.setToolTip(self.tr(
            "A group is a burst of photos taken within seconds, or photos that look almost the same. A group "
            "always goes to one subset, so the model is not tested on near-copies of its training photos."))
        warnings = [core_text(w) for w in warnings]
        shown = list(warnings[:MAX_WARNINGS])
        if len(warnings) > MAX_WARNINGS:
            shown.append(self.tr("... and {0} more (hover to see all)").format(len(warnings) - MAX_WARNINGS))
        self.warnings_label.setText("\n".join(shown))
        self.warnings_label.setToolTip("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
