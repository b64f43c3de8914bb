"""The Preview page's live controls: confidence, IoU, image size, class filter, overlay switches.

Speaks upward only: ``changed`` fires on any edit; :meth:`PreviewControls.values` is what the
page hands to the inference thread (``conf``, ``iou``, ``imgsz``, ``classes``) and to the view
(``show_labels``, ``show_conf``).
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QSlider, QWidget)

from .term_help import explain

IMAGE_SIZES = (160, 320, 416, 480, 640, 800, 960, 1280)
CONF_SCALE = 1000    # confidence slider steps: 0.001 (an undertrained model scores low)
IOU_SCALE = 100


def _slider(lo: int, hi: int, value: int, single: int, page: int) -> QSlider:
    s = QSlider(Qt.Orientation.Horizontal)
    s.setRange(lo, hi)
    s.setSingleStep(single)
    s.setPageStep(page)
    s.setValue(value)
    return s


class PreviewControls(QWidget):
    """Sliders, size combo, class filter list and overlay checkboxes; see the module docstring."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.conf_slider = _slider(1, CONF_SCALE - 1, 250, 5, 50)
        self.conf_slider.setToolTip(self.tr("Hide detections less confident than this") + "\n\n" + explain("confidence"))
        self.conf_value = QLabel()
        self.iou_slider = _slider(1, IOU_SCALE - 1, 70, 1, 10)
        self.iou_slider.setToolTip(self.tr("Overlap above which two boxes of a class count as one (NMS)") + "\n\n"
                                   + explain("nms_iou", "iou"))
        self.iou_value = QLabel()
        for lab in (self.conf_value, self.iou_value):
            lab.setMinimumWidth(lab.fontMetrics().horizontalAdvance("0.000") + 4)
        self.size_combo = QComboBox()
        self.size_combo.setEditable(True)
        self.size_combo.setValidator(QIntValidator(32, 4096, self))
        for s in IMAGE_SIZES:
            self.size_combo.addItem(str(s))
        self.size_combo.setCurrentText("640")
        self.size_combo.setToolTip(self.tr("Network input size: smaller is faster, larger finds small objects"))
        self.fixed_imgsz: int | None = None
        self.size_note = QLabel()
        self.size_note.setWordWrap(True)
        self.size_note.setStyleSheet("color: palette(mid);")
        self.size_note.hide()
        self.class_list = QListWidget()
        self.class_list.setMaximumHeight(110)
        self.class_list.setToolTip(self.tr("Show only the checked classes"))
        self.show_labels = QCheckBox(self.tr("Show labels"))
        self.show_labels.setChecked(True)
        self.show_conf = QCheckBox(self.tr("Show confidences"))
        self.show_conf.setChecked(True)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, slider, value in ((self.tr("Confidence"), self.conf_slider, self.conf_value),
                                     (self.tr("IoU"), self.iou_slider, self.iou_value)):
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(value)
            form.addRow(label, row)
        form.addRow(self.tr("Image size"), self.size_combo)
        form.addRow(self.size_note)
        form.addRow(self.tr("Classes"), self.class_list)
        checks = QHBoxLayout()
        checks.addWidget(self.show_labels)
        checks.addWidget(self.show_conf)
        checks.addStretch(1)
        form.addRow(checks)
        self._show_values()

        self.conf_slider.valueChanged.connect(self._on_change)
        self.iou_slider.valueChanged.connect(self._on_change)
        self.size_combo.currentTextChanged.connect(self._on_size)
        self.class_list.itemChanged.connect(lambda _item: self.changed.emit())
        self.show_labels.toggled.connect(lambda _on: self.changed.emit())
        self.show_conf.toggled.connect(lambda _on: self.changed.emit())

    def _show_values(self) -> None:
        self.conf_value.setText(f"{self.conf:.3f}".rstrip("0").rstrip(".") if self.conf < 0.01
                                else f"{self.conf:.2f}")
        self.iou_value.setText(f"{self.iou:.2f}")

    def _on_change(self, _value=None) -> None:
        self._show_values()
        self.changed.emit()

    def _on_size(self, text: str) -> None:
        if text.isdigit() and int(text) >= 32:
            self.changed.emit()

    # -- values ------------------------------------------------------------------------
    @property
    def conf(self) -> float:
        return self.conf_slider.value() / CONF_SCALE

    @property
    def iou(self) -> float:
        return self.iou_slider.value() / IOU_SCALE

    @property
    def imgsz(self) -> int:
        text = self.size_combo.currentText()
        return int(text) if text.isdigit() and int(text) >= 32 else 640

    def set_conf(self, conf: float) -> None:
        self.conf_slider.setValue(round(conf * CONF_SCALE))

    def set_iou(self, iou: float) -> None:
        self.iou_slider.setValue(round(iou * IOU_SCALE))

    def set_imgsz(self, size: int) -> None:
        """Choose ``size`` (added to the list when it is not there)."""
        if self.size_combo.findText(str(size)) < 0:
            self.size_combo.addItem(str(size))
        self.size_combo.setCurrentText(str(size))

    def set_fixed_imgsz(self, size: tuple[int, int] | None) -> None:
        """An exported model runs at one input size: say so beside the combo (which stays usable:
        the page runs the .pt for another size)."""
        self.fixed_imgsz = max(size) if size else None
        self.size_note.setVisible(size is not None)
        if size is not None:
            self.size_note.setText(self.tr("The export runs at {0}x{1}; another size runs the .pt (slower)").format(
                size[1], size[0]))
            self.size_combo.setToolTip(self.tr("This exported model always runs at {0}x{1}; choosing another size "
                                               "runs the .pt instead, which is slower").format(size[1], size[0]))
        else:
            self.size_combo.setToolTip(self.tr("Network input size: smaller is faster, larger finds small "
                                               "objects"))

    def set_classes(self, names: Mapping[int, str]) -> None:
        """Fill the class filter with the model's classes, all checked."""
        self.class_list.blockSignals(True)
        self.class_list.clear()
        for cid in sorted(names):
            item = QListWidgetItem(f"{cid}: {names[cid]}")
            item.setData(Qt.ItemDataRole.UserRole, int(cid))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.class_list.addItem(item)
        self.class_list.blockSignals(False)

    @property
    def classes(self) -> list[int] | None:
        """The checked model class ids; None when all are checked (no filter)."""
        items = [self.class_list.item(i) for i in range(self.class_list.count())]
        checked = [int(it.data(Qt.ItemDataRole.UserRole)) for it in items
                   if it.checkState() == Qt.CheckState.Checked]
        return None if len(checked) == len(items) else checked

    def values(self) -> dict:
        """Everything the page passes on: conf, iou, imgsz, classes, show_labels, show_conf."""
        return dict(conf=self.conf, iou=self.iou, imgsz=self.imgsz, classes=self.classes,
                    show_labels=self.show_labels.isChecked(), show_conf=self.show_conf.isChecked())

    def saved(self) -> dict:
        """What to remember between runs (plain JSON values)."""
        v = self.values()
        return {k: v[k] for k in ("conf", "iou", "imgsz", "show_labels", "show_conf")}

    def restore(self, saved: dict) -> None:
        """Set the controls from :meth:`saved` values; anything unreadable keeps its default."""
        try:
            self.set_conf(float(saved.get("conf", self.conf)))
            self.set_iou(float(saved.get("iou", self.iou)))
            self.set_imgsz(int(saved.get("imgsz", self.imgsz)))
        except (TypeError, ValueError):
            pass                          # a hand-edited settings file
        self.show_labels.setChecked(bool(saved.get("show_labels", True)))
        self.show_conf.setChecked(bool(saved.get("show_conf", True)))
