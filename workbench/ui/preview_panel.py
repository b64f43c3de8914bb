"""The Preview page's side panel: model, source, display controls and frame actions.

Only widgets: the page connects their signals and decides what happens.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ..widgets.preview_controls import PreviewControls

RESOLUTIONS = [None, (640, 480), (1280, 720), (1920, 1080)]


class PreviewPanel(QScrollArea):
    """The buttons, combos and controls of the Preview page, in a scrollable column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_label = QLabel(self.tr("No model. Open a .pt, .onnx or OpenVINO model, or use "
                                          "\"Open in Preview\" on the Train page."))
        self.model_label.setWordWrap(True)
        self.open_model_btn = QPushButton(self.tr("Open model..."))
        self.open_model_btn.setToolTip(self.tr("A .pt file runs code from the file when it loads: "
                                               "open only models you trust"))
        self.export_btn = QPushButton(self.tr("Export for CPU"))
        self.export_btn.setToolTip(self.tr("Export the .pt next to it for the fastest CPU backend installed "
                                           "(OpenVINO INT8, else OpenVINO, else ONNX); the preview then uses it"))
        self.model_busy = QProgressBar()     # loading a .pt can take many seconds on a slow machine
        self.model_busy.setRange(0, 0)
        self.model_busy.setTextVisible(True)
        self.model_busy.setFormat(self.tr("loading the model..."))
        self.model_busy.hide()
        model_box = QGroupBox(self.tr("Model"))
        ml = QVBoxLayout(model_box)
        ml.addWidget(self.model_label)
        ml.addWidget(self.model_busy)
        row = QHBoxLayout()
        row.addWidget(self.open_model_btn)
        row.addWidget(self.export_btn)
        ml.addLayout(row)

        self.camera_combo = QComboBox()
        self.camera_combo.addItem(self.tr("Looking for cameras..."))
        self.camera_combo.setEnabled(False)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.setToolTip(self.tr("Look for cameras again"))
        self.resolution_combo = QComboBox()
        self.resolution_combo.setToolTip(self.tr("Camera resolution to ask for"))
        for res in RESOLUTIONS:
            self.resolution_combo.addItem(self.tr("Default resolution") if res is None else f"{res[0]}x{res[1]}")
        self.camera_btn = QPushButton(self.tr("Start camera"))
        self.video_btn = QPushButton(self.tr("Video file..."))
        self.folder_btn = QPushButton(self.tr("Image folder..."))
        self.image_btn = QPushButton(self.tr("Image..."))
        self.stop_btn = QPushButton(self.tr("Stop"))
        self.replay_btn = QPushButton(self.tr("Replay"))
        self.replay_btn.setToolTip(self.tr("Play the video or image folder again from the start"))
        source_box = QGroupBox(self.tr("Source"))
        sl = QVBoxLayout(source_box)
        row = QHBoxLayout()
        row.addWidget(self.camera_combo, 1)
        row.addWidget(self.refresh_btn)
        sl.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.resolution_combo, 1)
        row.addWidget(self.camera_btn)
        sl.addLayout(row)
        row = QHBoxLayout()
        for b in (self.video_btn, self.folder_btn, self.image_btn):
            row.addWidget(b)
        sl.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.stop_btn)
        row.addWidget(self.replay_btn)
        sl.addLayout(row)

        self.controls = PreviewControls()
        controls_box = QGroupBox(self.tr("Display"))
        QVBoxLayout(controls_box).addWidget(self.controls)

        self.pause_btn = QPushButton(self.tr("Pause"))
        self.pause_btn.setCheckable(True)
        self.step_btn = QPushButton(self.tr("Next frame"))
        self.snapshot_btn = QPushButton(self.tr("Snapshot"))
        self.record_btn = QCheckBox(self.tr("Record"))
        self.record_btn.setToolTip(self.tr("Record the annotated picture to a video file (in the project's "
                                           "runs/preview folder)"))
        self.capture_btn = QPushButton(self.tr("Capture to project"))
        self.capture_btn.setToolTip(self.tr("Save the current frame (without drawings) into the project as "
                                            "a new image, with the detections as suggested boxes (C)"))
        self.label_btn = QPushButton(self.tr("Label it"))
        self.label_btn.setToolTip(self.tr("Open the captured image on the Label page, to accept or fix the "
                                          "model's boxes"))
        self.label_btn.hide()
        actions_box = QGroupBox(self.tr("Frame"))
        al = QVBoxLayout(actions_box)
        row = QHBoxLayout()
        row.addWidget(self.pause_btn)
        row.addWidget(self.step_btn)
        al.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.snapshot_btn)
        row.addWidget(self.record_btn)
        al.addLayout(row)
        al.addWidget(self.capture_btn)
        al.addWidget(self.label_btn)

        side = QWidget()
        side_l = QVBoxLayout(side)
        side_l.setContentsMargins(0, 0, 0, 0)
        for w in (model_box, source_box, controls_box, actions_box):
            side_l.addWidget(w)
        side_l.addStretch(1)
        self.setWidget(side)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(330)
        self.setMaximumWidth(420)
