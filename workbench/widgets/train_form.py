"""The training form: what to train and how, each field with a one-line explanation.

The form only collects values; :meth:`TrainForm.train_settings` turns them into a
``workbench.training.TrainSettings``. Model and device lists need ultralytics and torch, so the
page fills them later from a background worker (:meth:`set_model_choices`, :meth:`set_devices`);
constructing the form imports neither.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QLabel, QLineEdit, QSpinBox, QToolButton, QVBoxLayout, QWidget)

from ..messages import msg
from ..training.models import SCRATCH
from .core_text import core_text
from .term_help import explain

CHOOSE_PT = "__choose_pt__"
OPTIMIZERS = ["auto", "SGD", "Adam", "AdamW", "NAdam", "RAdam", "RMSProp"]
# Ultralytics' defaults for the advanced fields (default.yaml of 8.x)
ADVANCED_DEFAULTS = {"optimizer": "auto", "lr0": 0.01, "lrf": 0.01, "warmup_epochs": 3.0, "cos_lr": False,
                     "mosaic": 1.0, "mixup": 0.0, "fliplr": 0.5, "flipud": 0.0, "hsv_h": 0.015,
                     "hsv_s": 0.7, "hsv_v": 0.4, "close_mosaic": 10, "cache": "auto"}


def _spin(lo: int, hi: int, value: int, step: int = 1, special: str = "") -> QSpinBox:
    w = QSpinBox()
    w.setRange(lo, hi)
    w.setSingleStep(step)
    w.setValue(value)
    if special:
        w.setSpecialValueText(special)  # shown at the minimum
    return w


def _dspin(lo: float, hi: float, value: float, step: float, decimals: int = 3) -> QDoubleSpinBox:
    w = QDoubleSpinBox()
    w.setDecimals(decimals)
    w.setRange(lo, hi)
    w.setSingleStep(step)
    w.setValue(value)
    return w


class TrainForm(QWidget):
    """Model, epochs, image size, batch, device, patience, and a collapsed Advanced section."""

    changed = Signal()
    model_note = Signal(str)   # "" or why the chosen model cannot be used, with what to pick instead

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QComboBox()
        self.model.setModel(QStandardItemModel(self.model))
        self.model.setMinimumContentsLength(24)
        # the same text the background model check puts there (no flip from one wording to another)
        self.model.addItem(core_text(msg(SCRATCH["nano"], model="YOLO11n")), "yolo11n.yaml")
        self.model.addItem(self.tr("Choose a .pt file..."), CHOOSE_PT)
        self._last_model = 0
        self.freeze = _spin(0, 100, 0, special=self.tr("none"))
        self.epochs = _spin(1, 10000, 100)
        self.imgsz = _spin(32, 4096, 640, step=32)
        self.batch = _spin(0, 1024, 0, special=self.tr("auto"))
        self.device = QComboBox()
        self.device.addItem(self.tr("Automatic"), "")
        self.device.addItem(self.tr("CPU"), "cpu")
        self.patience = _spin(0, 10000, 50)
        self.name = QLineEdit("train")
        self.optimizer = QComboBox()
        for o in OPTIMIZERS:   # the optimizers' own names stay; "auto" is a word
            self.optimizer.addItem(self.tr("auto") if o == "auto" else o, o)
        self.lr0 = _dspin(0.00001, 1.0, 0.01, 0.001, 5)
        self.lrf = _dspin(0.0001, 1.0, 0.01, 0.01, 4)
        self.warmup_epochs = _dspin(0.0, 100.0, 3.0, 0.5, 1)
        self.cos_lr = QCheckBox(self.tr("Cosine learning-rate schedule"))
        self.mosaic = _dspin(0.0, 1.0, 1.0, 0.1, 2)
        self.mixup = _dspin(0.0, 1.0, 0.0, 0.05, 2)
        self.fliplr = _dspin(0.0, 1.0, 0.5, 0.1, 2)
        self.flipud = _dspin(0.0, 1.0, 0.0, 0.1, 2)
        self.hsv_h = _dspin(0.0, 1.0, 0.015, 0.005, 3)
        self.hsv_s = _dspin(0.0, 1.0, 0.7, 0.1, 2)
        self.hsv_v = _dspin(0.0, 1.0, 0.4, 0.1, 2)
        self.close_mosaic = _spin(0, 10000, 10)
        self.cache = QComboBox()
        for text, value in [(self.tr("automatic (in memory when it fits)"), "auto"), (self.tr("off"), ""),
                            (self.tr("in memory (RAM)"), "ram"), (self.tr("on disk"), "disk")]:
            self.cache.addItem(text, value)
        self.workers = _spin(-1, 64, -1, special=self.tr("auto"))
        self.plots = QCheckBox(self.tr("Save plots"))
        self.plots.setChecked(True)
        self._build()
        self._explain_terms()
        self.model.activated.connect(self._on_model_activated)
        self.model.currentIndexChanged.connect(lambda _i: self._emit_note())

    def _build(self) -> None:
        basic = QFormLayout()
        basic.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(basic, self.tr("Model"), self.model,
                  self.tr("The network to train. Pretrained (.pt) learns fastest; .yaml starts from zero; a previous run's best.pt continues from it."))
        self._row(basic, self.tr("Freeze layers"), self.freeze,
                  self.tr("Keep the first N layers of a pretrained model unchanged; helps with few photos."))
        self._row(basic, self.tr("Epochs"), self.epochs, self.tr("How many times training goes through all photos."))
        self._row(basic, self.tr("Image size"), self.imgsz,
                  self.tr("Photos are resized to this many pixels; larger finds small objects but is slower."))
        self._row(basic, self.tr("Batch"), self.batch,
                  self.tr("Photos learned from at once; auto picks what fits in memory."))
        self._row(basic, self.tr("Device"), self.device,
                  self.tr("Where training runs: a graphics card (GPU) is much faster than the CPU."))
        self._row(basic, self.tr("Patience"), self.patience,
                  self.tr("Stop early when the score has not improved for this many epochs (0: never)."))
        self._row(basic, self.tr("Run name"), self.name,
                  self.tr("Folder name of this run under runs/; a number is added when it exists."))
        adv = QFormLayout()
        adv.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(adv, self.tr("Optimizer"), self.optimizer,
                  self.tr("The method that adjusts the network; auto chooses a good one."))
        self._row(adv, self.tr("Learning rate"), self.lr0, self.tr("Size of each learning step at the start."))
        self._row(adv, self.tr("Final learning rate"), self.lrf,
                  self.tr("The last step size, as a fraction of the starting one."))
        self._row(adv, self.tr("Warm-up epochs"), self.warmup_epochs,
                  self.tr("Epochs of gentle learning at the start, for stability."))
        self._row(adv, "", self.cos_lr, self.tr("Lower the step size along a smooth curve instead of a straight line."))
        self._row(adv, self.tr("Mosaic"), self.mosaic,
                  self.tr("Chance of stitching four photos into one; teaches objects in new places."))
        self._row(adv, self.tr("Close mosaic"), self.close_mosaic,
                  self.tr("Turn mosaic off for the last N epochs so training ends on real-looking photos."))
        self._row(adv, self.tr("Mixup"), self.mixup, self.tr("Chance of blending two photos; helps against overfitting."))
        self._row(adv, self.tr("Flip left-right"), self.fliplr, self.tr("Chance of mirroring a photo sideways."))
        self._row(adv, self.tr("Flip up-down"), self.flipud,
                  self.tr("Chance of turning a photo upside down; only for top-down views."))
        self._row(adv, self.tr("Hue change"), self.hsv_h, self.tr("How much colours may shift, so lighting changes do not matter."))
        self._row(adv, self.tr("Saturation change"), self.hsv_s, self.tr("How much colours may get paler or stronger."))
        self._row(adv, self.tr("Brightness change"), self.hsv_v, self.tr("How much photos may get darker or brighter."))
        self._row(adv, self.tr("Cache images"), self.cache,
                  self.tr("Keep decoded photos in memory or on disk: faster epochs, more memory."))
        self._row(adv, self.tr("Loader workers"), self.workers,
                  self.tr("Processes that prepare photos; auto suits most computers, 0 uses none."))
        self._row(adv, "", self.plots, self.tr("Draw results.png, the confusion matrix and PR curve when done."))
        self.advanced = QWidget()
        self.advanced.setLayout(adv)
        self.advanced.hide()
        self.adv_button = QToolButton()
        self.adv_button.setText(self.tr("Advanced"))
        self.adv_button.setCheckable(True)
        self.adv_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.adv_button.setArrowType(Qt.ArrowType.RightArrow)
        self.adv_button.setAutoRaise(True)
        self.adv_button.toggled.connect(self.set_advanced_visible)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(basic)
        lay.addWidget(self.adv_button)
        lay.addWidget(self.advanced)
        lay.addStretch(1)

    def _row(self, form: QFormLayout, label: str, field: QWidget, help_text: str) -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 2)
        v.setSpacing(1)
        v.addWidget(field)
        hint = QLabel(help_text)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid); font-size: small;")
        v.addWidget(hint)
        field.setToolTip(help_text)
        form.addRow(label, box)

    def _explain_terms(self) -> None:
        # the one-line hint under a field says what to choose; the tooltip also says what the word means
        for field, keys in ((self.model, ("pt", "yaml")), (self.freeze, ("freeze",)), (self.epochs, ("epoch",)),
                            (self.batch, ("batch",)), (self.lr0, ("lr",)), (self.lrf, ("lr",)),
                            (self.cos_lr, ("cos_lr", "lr"))):
            field.setToolTip(field.toolTip() + "\n\n" + explain(*keys))

    def set_advanced_visible(self, on: bool) -> None:
        self.adv_button.setChecked(on)
        self.adv_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.advanced.setVisible(on)

    # -- lists filled from the background ----------------------------------------------
    def set_model_choices(self, choices) -> None:
        """Fill the model box from ``training.model_choices()``; unavailable ones are greyed out."""
        current = self.model_name()
        self.model.blockSignals(True)
        self.model.clear()
        items = self.model.model()
        for c in choices:
            self.model.addItem(core_text(c.label), c.name)
            item = items.item(self.model.count() - 1)
            if not c.available:
                item.setEnabled(False)
                item.setToolTip(core_text(c.note))
        self.model.addItem(self.tr("Choose a .pt file..."), CHOOSE_PT)
        self.model.blockSignals(False)
        self.set_model(current)

    def set_devices(self, gpus: list[str]) -> None:
        """Offer each GPU (names from torch.cuda) and, with several, all of them together."""
        current = self.device.currentData()
        while self.device.count() > 2:
            self.device.removeItem(2)
        for i, name in enumerate(gpus):
            self.device.addItem(self.tr("GPU {0}: {1}").format(i, name), str(i))
        if len(gpus) > 1:
            ids = ",".join(str(i) for i in range(len(gpus)))
            self.device.addItem(self.tr("All {0} GPUs ({1})").format(len(gpus), ids), ids)
        i = self.device.findData(current)
        self.device.setCurrentIndex(max(i, 0))

    # -- model box ---------------------------------------------------------------------
    def model_name(self) -> str:
        data = self.model.currentData()
        return "" if data in (None, CHOOSE_PT) else str(data)

    def set_model(self, name: str) -> None:
        """Select ``name`` (a choice or any .pt path, added when new)."""
        if not name:
            return
        i = self.model.findData(name)
        if i < 0:
            i = self.model.count() - 1   # before "Choose a .pt file..."
            self.model.insertItem(i, Path(name).name + "  -  " + str(Path(name).parent), name)
            self.model.setItemData(i, name, Qt.ItemDataRole.ToolTipRole)
        self.model.setCurrentIndex(i)
        self._last_model = i

    def _on_model_activated(self, index: int) -> None:
        if self.model.itemData(index) != CHOOSE_PT:
            self._last_model = index
            self.changed.emit()
            return
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose a model to start from"), "",
                                               self.tr("PyTorch models (*.pt)"))
        if path:
            self.set_model(path)
            self.changed.emit()
        else:
            self.model.setCurrentIndex(self._last_model)

    def _emit_note(self) -> None:
        item = self.model.model().item(self.model.currentIndex())
        note = item.toolTip() if item is not None and not item.isEnabled() else ""
        self.model_note.emit(note)

    # -- values ------------------------------------------------------------------------
    def values(self) -> dict:
        """The form as plain values (what Settings remembers)."""
        return {"model": self.model_name(), "freeze": self.freeze.value(), "epochs": self.epochs.value(),
                "imgsz": self.imgsz.value(), "batch": self.batch.value(), "device": self.device.currentData(),
                "patience": self.patience.value(), "name": self.name.text().strip(),
                "workers": self.workers.value(), "plots": self.plots.isChecked(),
                "advanced": self.adv_button.isChecked(), **self.extra(), "cache": self.cache.currentData()}

    def set_values(self, v: dict) -> None:
        """Restore :meth:`values` output; unknown or wrong-typed keys are ignored."""
        def num(key, w):
            if isinstance(v.get(key), (int, float)) and not isinstance(v.get(key), bool):
                w.setValue(v[key])
        for key in ("freeze", "epochs", "imgsz", "batch", "patience", "workers", "lr0", "lrf", "warmup_epochs",
                    "mosaic", "mixup", "fliplr", "flipud", "hsv_h", "hsv_s", "hsv_v", "close_mosaic"):
            num(key, getattr(self, key))
        for key, w in (("plots", self.plots), ("cos_lr", self.cos_lr)):
            if isinstance(v.get(key), bool):
                w.setChecked(v[key])
        for key, w in (("device", self.device), ("optimizer", self.optimizer), ("cache", self.cache)):
            i = w.findData(v.get(key))
            if i >= 0:
                w.setCurrentIndex(i)
        if isinstance(v.get("name"), str) and v["name"]:
            self.name.setText(v["name"])
        if isinstance(v.get("model"), str):
            self.set_model(v["model"])
        if isinstance(v.get("advanced"), bool):
            self.set_advanced_visible(v["advanced"])

    def extra(self) -> dict:
        """The advanced Ultralytics arguments."""
        cache = self.cache.currentData()
        return {"optimizer": self.optimizer.currentData(), "lr0": self.lr0.value(), "lrf": self.lrf.value(),
                "warmup_epochs": self.warmup_epochs.value(), "cos_lr": self.cos_lr.isChecked(),
                "mosaic": self.mosaic.value(), "mixup": self.mixup.value(), "fliplr": self.fliplr.value(),
                "flipud": self.flipud.value(), "hsv_h": self.hsv_h.value(), "hsv_s": self.hsv_s.value(),
                "hsv_v": self.hsv_v.value(), "close_mosaic": self.close_mosaic.value(),
                "cache": cache or False}

    def train_settings(self, data: str, project: str):
        """A ``TrainSettings`` for ``data`` (data.yaml) with runs under ``project``."""
        from ..training import TrainSettings

        extra = self.extra()
        return TrainSettings(
            data=data, model=self.model_name(), epochs=self.epochs.value(), imgsz=self.imgsz.value(),
            batch=self.batch.value() or -1, device=self.device.currentData() or "",
            patience=self.patience.value(), project=project, name=self.name.text().strip() or "train",
            freeze=self.freeze.value() or None, workers=None if self.workers.value() < 0 else self.workers.value(),
            plots=self.plots.isChecked(), extra=extra)
