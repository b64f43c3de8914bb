"""Workbench: label photos, build a YOLO dataset, train and preview, in one window."""

__version__ = "0.1.0"
