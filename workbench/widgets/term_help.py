"""Plain one-line explanations of the words of object detection the app cannot avoid.

One table, used for tooltips where a word appears (IoU slider, results columns, curves, the
Preview status line, the training form) and for the Help > Words Explained window, so a word is
explained the same way everywhere. Texts are marked with ``QT_TRANSLATE_NOOP`` (context "Terms").
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

CTX = "Terms"

# key -> (the word as shown, what it means)
TERMS: dict[str, tuple[str, str]] = {
    "backend": (QT_TRANSLATE_NOOP("Terms", "backend"), QT_TRANSLATE_NOOP(
        "Terms", "The engine that runs the model: pytorch runs the .pt as trained; onnx and openvino run an "
                 "export of it, which is faster on a CPU.")),
    "iou": (QT_TRANSLATE_NOOP("Terms", "IoU"), QT_TRANSLATE_NOOP(
        "Terms", "How much two boxes overlap (intersection over union): 0 = not at all, 1 = the same box.")),
    "nms_iou": (QT_TRANSLATE_NOOP("Terms", "IoU threshold"), QT_TRANSLATE_NOOP(
        "Terms", "Two boxes of one class that overlap more than this count as one object; lower it when one "
                 "object gets two boxes.")),
    "confidence": (QT_TRANSLATE_NOOP("Terms", "confidence"), QT_TRANSLATE_NOOP(
        "Terms", "How sure the model is of a box, 0 to 1; boxes below the threshold are hidden.")),
    "map50_95": (QT_TRANSLATE_NOOP("Terms", "mAP50-95"), QT_TRANSLATE_NOOP(
        "Terms", "The main score of a detector, 0 to 1, higher is better: finding the objects and placing the "
                 "boxes tightly, averaged over overlaps (IoU) from 50 % to 95 %.")),
    "map50": (QT_TRANSLATE_NOOP("Terms", "mAP50"), QT_TRANSLATE_NOOP(
        "Terms", "Like mAP50-95, but a box counts as right when it covers at least half the object: a more "
                 "forgiving score.")),
    "precision": (QT_TRANSLATE_NOOP("Terms", "precision"), QT_TRANSLATE_NOOP(
        "Terms", "Of the boxes the model drew, the share that were right (low: false alarms).")),
    "recall": (QT_TRANSLATE_NOOP("Terms", "recall"), QT_TRANSLATE_NOOP(
        "Terms", "Of the objects in the photos, the share the model found (low: missed objects).")),
    "loss": (QT_TRANSLATE_NOOP("Terms", "loss"), QT_TRANSLATE_NOOP(
        "Terms", "How wrong the model still is on the photos; it should fall as training goes on. (val) is "
                 "measured on the validation photos the model does not learn from.")),
    "box_loss": (QT_TRANSLATE_NOOP("Terms", "box_loss"), QT_TRANSLATE_NOOP(
        "Terms", "The error in where the boxes are and how big.")),
    "cls_loss": (QT_TRANSLATE_NOOP("Terms", "cls_loss"), QT_TRANSLATE_NOOP(
        "Terms", "The error in which class a box is.")),
    "dfl_loss": (QT_TRANSLATE_NOOP("Terms", "dfl_loss"), QT_TRANSLATE_NOOP(
        "Terms", "The error in the exact position of each box edge (distribution focal loss).")),
    "epoch": (QT_TRANSLATE_NOOP("Terms", "epoch"), QT_TRANSLATE_NOOP(
        "Terms", "One pass of training over all training photos.")),
    "batch": (QT_TRANSLATE_NOOP("Terms", "batch"), QT_TRANSLATE_NOOP(
        "Terms", "The photos the model learns from in one step; an epoch is many batches.")),
    "freeze": (QT_TRANSLATE_NOOP("Terms", "freeze layers"), QT_TRANSLATE_NOOP(
        "Terms", "The network is a stack of layers; frozen ones keep what a pretrained model learned (edges, "
                 "shapes) and only the rest learns your objects: faster, and better with few photos.")),
    "lr": (QT_TRANSLATE_NOOP("Terms", "learning rate"), QT_TRANSLATE_NOOP(
        "Terms", "How big a change each training step makes to the network: too big is unstable, too small "
                 "is slow.")),
    "cos_lr": (QT_TRANSLATE_NOOP("Terms", "cosine learning-rate schedule"), QT_TRANSLATE_NOOP(
        "Terms", "The learning rate falls along a smooth curve (slowly, fast, slowly) instead of a straight "
                 "line; sometimes a little better at the end.")),
    "yaml": (QT_TRANSLATE_NOOP("Terms", ".yaml model"), QT_TRANSLATE_NOOP(
        "Terms", "A description of the network without anything learned: training starts from zero and needs "
                 "more photos and epochs. A .pt file holds a trained network.")),
    "pt": (QT_TRANSLATE_NOOP("Terms", ".pt model"), QT_TRANSLATE_NOOP(
        "Terms", "A trained network (PyTorch weights), e.g. a pretrained YOLO or your run's best.pt.")),
    "data_yaml": (QT_TRANSLATE_NOOP("Terms", "data.yaml"), QT_TRANSLATE_NOOP(
        "Terms", "The small text file that tells training where the train and validation photos are and the "
                 "class names; Build dataset writes it.")),
    "background": (QT_TRANSLATE_NOOP("Terms", "background (no objects)"), QT_TRANSLATE_NOOP(
        "Terms", "A photo you checked that holds nothing to label: training uses it to learn what is not an "
                 "object.")),
    "val": (QT_TRANSLATE_NOOP("Terms", "validation"), QT_TRANSLATE_NOOP(
        "Terms", "Photos kept aside: the model never learns from them, so its score on them shows how it does "
                 "on new photos.")),
    "int8": (QT_TRANSLATE_NOOP("Terms", "INT8"), QT_TRANSLATE_NOOP(
        "Terms", "An export that computes with 8-bit numbers: 2-3x faster on a CPU, slightly less exact; "
                 "calibrated on your photos.")),
}


def term(key: str) -> str:
    """The word of ``key`` in the current language."""
    return QCoreApplication.translate(CTX, TERMS[key][0])


def explain(*keys: str) -> str:
    """Tooltip text: one line "word: what it means" per key, in the current language."""
    return "\n".join(f"{term(k)}: {QCoreApplication.translate(CTX, TERMS[k][1])}" for k in keys)


class GlossaryDialog(QDialog):
    """Every term with its explanation (Help > Words Explained); Esc closes it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Terms", "Words explained"))
        self.table = QTableWidget(len(TERMS), 2)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Terms", "Word"),
                                              QCoreApplication.translate("Terms", "What it means")])
        for r, key in enumerate(TERMS):
            self.table.setItem(r, 0, QTableWidgetItem(term(key)))
            self.table.setItem(r, 1, QTableWidgetItem(QCoreApplication.translate(CTX, TERMS[key][1])))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(760, 560)
        self.table.resizeRowsToContents()

    def resizeEvent(self, ev) -> None:  # noqa: N802 - wrapped rows follow the column width
        super().resizeEvent(ev)
        self.table.resizeRowsToContents()
