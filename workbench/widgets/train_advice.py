"""What to expect before training, and why a result is poor after it, with the next step as a button.

Both widgets show :class:`workbench.training.advice.Advice` items (made by the core) and speak
upward only through signals; the Train page decides what a button does.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

# the core's action names (workbench.training.advice); repeated so that this widget imports no core
CONTINUE, PRETRAINED, LABEL_MORE = "continue", "pretrained", "label_more"
BOX_STYLE = "QFrame#adviceBox { background: palette(alternate-base); border-radius: 4px; }"


def advice_text(a) -> str:
    """An advice sentence, translated when a translation of its template exists."""
    return QCoreApplication.translate("advice", a.template).format(**a.params)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ExpectationBox(QFrame):
    """Before training: what to expect from this dataset and model, and a one-click suggestion."""

    apply_requested = Signal(int, int)     # epochs, image size
    models_requested = Signal()            # open the model manager

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("adviceBox")
        self.setStyleSheet(BOX_STYLE)
        self.expectation = None
        self.title = QLabel(self.tr("What to expect"))
        self.title.setStyleSheet("font-weight: bold;")
        self.text = _wrapped(self.tr("Choose a dataset to see what to expect."))
        self.apply_btn = QPushButton()
        self.apply_btn.setToolTip(self.tr("Put the suggested epochs and image size into the form"))
        self.apply_btn.clicked.connect(self._apply)
        self.models_btn = QPushButton(self.tr("Get pretrained weights..."))
        self.models_btn.clicked.connect(self.models_requested)
        row = QHBoxLayout()
        row.addWidget(self.apply_btn)
        row.addWidget(self.models_btn)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        lay.addLayout(row)
        self.apply_btn.hide()
        self.models_btn.hide()

    def show_expectation(self, exp) -> None:
        """Show a ``training.advice.Expectation``; ``None`` clears."""
        self.expectation = exp
        if exp is None:
            self.text.setText(self.tr("Choose a dataset to see what to expect."))
            self.apply_btn.hide()
            self.models_btn.hide()
            return
        self.text.setText("\n".join("\u2022 " + advice_text(a) for a in exp.advice))
        self.apply_btn.setText(self.tr("Use {0} epochs, image size {1}").format(exp.epochs, exp.imgsz))
        self.apply_btn.show()
        self.models_btn.setVisible(exp.from_scratch)

    def _apply(self) -> None:
        if self.expectation is not None:
            self.apply_requested.emit(self.expectation.epochs, self.expectation.imgsz)


class DiagnosisPanel(QFrame):
    """After training: why the score is what it is, each reason with its next step, and
    "Train N more epochs" from the run's last.pt."""

    continue_requested = Signal(int)       # more epochs
    pretrained_requested = Signal()
    label_more_requested = Signal(str)     # class name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("adviceBox")
        self.setStyleSheet(BOX_STYLE)
        self.items = QVBoxLayout()
        self.items.setContentsMargins(0, 0, 0, 0)
        self.more = QSpinBox()
        self.more.setRange(1, 10000)
        self.more.setValue(50)
        self.more.setSuffix(self.tr(" epochs"))
        self.continue_btn = QPushButton(self.tr("Train more"))
        self.continue_btn.clicked.connect(lambda: self.continue_requested.emit(self.more.value()))
        self.continue_btn.setToolTip(self.tr(
            "A new run that starts from this run's last.pt with the same data and settings. A finished run "
            "cannot be extended itself; the weights carry on, the learning rate starts again."))
        note = QLabel(self.tr("Starts a new run from this run's last.pt (same data and settings)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        row = QHBoxLayout()
        row.addWidget(self.more)
        row.addWidget(self.continue_btn)
        row.addWidget(note, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addLayout(self.items)
        lay.addLayout(row)
        self.buttons: list[QPushButton] = []
        self.hide()

    def clear(self) -> None:
        while self.items.count():
            w = self.items.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.buttons = []
        self.hide()

    def show_findings(self, findings, can_continue: bool) -> None:
        """Show the ``Advice`` list from ``training.advice.diagnose``; the continue row when the run
        has weights to continue from."""
        self.clear()
        for a in findings:
            box = QWidget()
            h = QHBoxLayout(box)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(_wrapped(advice_text(a)), 1)
            button = self._button(a)
            if button is not None:
                h.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.buttons.append(button)
            self.items.addWidget(box)
            if a.action == CONTINUE and isinstance(a.value, int):
                self.more.setValue(a.value)
        self.more.setEnabled(can_continue)
        self.continue_btn.setEnabled(can_continue)
        self.setVisible(bool(findings) or can_continue)

    def _button(self, a) -> QPushButton | None:
        if a.action == CONTINUE:
            b = QPushButton(self.tr("Train {0} more epochs").format(a.value))
            b.clicked.connect(lambda _c=False, n=a.value: self.continue_requested.emit(int(n)))
        elif a.action == PRETRAINED:
            b = QPushButton(self.tr("Get pretrained weights..."))
            b.clicked.connect(self.pretrained_requested)
        elif a.action == LABEL_MORE:
            b = QPushButton(self.tr("Label more {0}").format(a.value))
            b.clicked.connect(lambda _c=False, n=a.value: self.label_more_requested.emit(str(n)))
        else:
            return None
        return b
