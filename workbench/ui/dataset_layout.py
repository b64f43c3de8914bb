"""The Dataset page's widgets and layout (the page itself wires them: dataset_page.py).

Top: Check, progress, summary. Middle: findings and advice | charts. Bottom: split | build.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QProgressBar,
                               QPushButton, QSplitter, QTabWidget, QVBoxLayout)

from ..widgets.findings_table import FindingsTable
from ..widgets.split_form import SplitForm


# Texts use the page's own context "DatasetPage", so they translate like its self.tr() ones
# (lupdate needs the context written out in each call).


def build_ui(page) -> None:
    """Create the page's widgets as attributes of ``page`` and lay them out."""
    page.check_btn = QPushButton(QCoreApplication.translate("DatasetPage", "Check"))
    page.check_btn.setToolTip(QCoreApplication.translate("DatasetPage",
            "Read every image and label file and report what to fix"))
    page.check_progress = QProgressBar()
    page.check_progress.setTextVisible(True)
    page.check_progress.hide()
    page.check_cancel = QPushButton(QCoreApplication.translate("DatasetPage", "Cancel"))
    page.check_cancel.hide()
    page.summary = QLabel(QCoreApplication.translate("DatasetPage",
            "Open a folder of photos in the Label page, then check it here."))
    page.summary.setWordWrap(True)
    page.summary.setToolTip(QCoreApplication.translate("DatasetPage",
            "Background (no objects): a photo you checked that holds nothing to label. Training uses it to learn "
            "what is not an object, which cuts false detections."))
    page.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    top = QHBoxLayout()
    top.addWidget(page.check_btn)
    top.addWidget(page.check_progress, 1)
    top.addWidget(page.check_cancel)
    top.addWidget(page.summary, 3)

    page.findings = FindingsTable()
    # The line column sized to its contents measured 1,000 rows on every fill (0.1-0.25 s of GUI
    # thread for 10,000 findings): a fixed width for a 6-digit line number costs nothing.
    header = page.findings.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
    digits = page.findings.fontMetrics().horizontalAdvance("999999") + 16
    header.resizeSection(1, max(header.sectionSizeHint(1), digits))
    page.findings_box = QGroupBox(QCoreApplication.translate("DatasetPage", "What to fix"))
    fl = QVBoxLayout(page.findings_box)
    fl.addWidget(QLabel(QCoreApplication.translate("DatasetPage",
            "Double-click a line (or press Enter) to open the image in the Label page.")))
    fl.addWidget(page.findings)
    page.advice = QListWidget()
    page.advice.setWordWrap(True)
    advice_box = QGroupBox(QCoreApplication.translate("DatasetPage", "Advice"))
    QVBoxLayout(advice_box).addWidget(page.advice)
    left = QSplitter(Qt.Orientation.Vertical)
    left.addWidget(page.findings_box)
    left.addWidget(advice_box)
    left.setSizes([400, 160])

    page.charts = QTabWidget()
    page.charts_hint = QLabel(QCoreApplication.translate("DatasetPage", "Charts appear after a check."))
    page.charts_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.charts.addTab(page.charts_hint, QCoreApplication.translate("DatasetPage", "Statistics"))
    page.splitter = QSplitter()
    page.splitter.addWidget(left)
    page.splitter.addWidget(page.charts)
    page.splitter.setSizes([640, 520])

    page.split_form = SplitForm()
    page.split_form.show_pending()
    split_box = QGroupBox(QCoreApplication.translate("DatasetPage", "Split"))
    QVBoxLayout(split_box).addWidget(page.split_form)

    page.out_edit = QLineEdit()
    page.out_edit.setPlaceholderText(QCoreApplication.translate("DatasetPage", "dataset folder"))
    page.out_btn = QPushButton(QCoreApplication.translate("DatasetPage", "Choose..."))
    page.build_btn = QPushButton(QCoreApplication.translate("DatasetPage", "Build dataset"))
    page.build_btn.setDefault(True)
    page.build_progress = QProgressBar()
    page.build_progress.hide()
    page.build_cancel = QPushButton(QCoreApplication.translate("DatasetPage", "Cancel"))
    page.build_cancel.hide()
    page.result_label = QLabel()
    page.result_label.setWordWrap(True)
    page.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    page.open_btn = QPushButton(QCoreApplication.translate("DatasetPage", "Open folder"))
    page.train_btn = QPushButton(QCoreApplication.translate("DatasetPage", "Train on it"))
    out_row = QHBoxLayout()
    out_row.addWidget(QLabel(QCoreApplication.translate("DatasetPage", "Folder:")))
    out_row.addWidget(page.out_edit, 1)
    out_row.addWidget(page.out_btn)
    build_row = QHBoxLayout()
    build_row.addWidget(page.build_btn)
    build_row.addWidget(page.build_progress, 1)
    build_row.addWidget(page.build_cancel)
    build_row.addStretch()
    done_row = QHBoxLayout()
    done_row.addWidget(page.result_label, 1)
    done_row.addWidget(page.open_btn)
    done_row.addWidget(page.train_btn)
    build_box = QGroupBox(QCoreApplication.translate("DatasetPage", "Build"))
    bl = QVBoxLayout(build_box)
    bl.addLayout(out_row)
    bl.addLayout(build_row)
    bl.addLayout(done_row)
    bl.addStretch()
    bottom = QHBoxLayout()
    bottom.addWidget(split_box, 2)
    bottom.addWidget(build_box, 3)

    lay = QVBoxLayout(page)
    lay.setContentsMargins(4, 4, 4, 4)
    lay.addLayout(top)
    lay.addWidget(page.splitter, 1)
    lay.addLayout(bottom)
