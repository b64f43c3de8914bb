"""The advice sentences of :mod:`workbench.training.advice`, marked for translation.

The core (no Qt) makes :class:`~workbench.training.advice.Advice` items from these templates;
:func:`workbench.widgets.train_advice.advice_text` translates a template in the "advice" context
before filling in its parameters. ``pyside6-lupdate`` finds them here; tests/ui/test_train_guidance.py
checks that this list and the core's templates are the same.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("advice",
                      'From scratch ({model}) on {n} photos the network starts knowing nothing: expect mAP near'
                      ' 0 for the first dozens of epochs; it needs about {epochs} epochs. A pretrained model, '
                      'or one you trained before, needs only {lo}-{hi}.'),
    QT_TRANSLATE_NOOP("advice",
                      'Starting from trained weights ({model}), {n} photos usually need {lo}-{hi} epochs to '
                      'reach a useful score; {epochs} is a good start.'),
    QT_TRANSLATE_NOOP("advice",
                      "A typical box is {pct}% of the photo's side: image size {imgsz} makes it about {px} "
                      'pixels wide.'),
    QT_TRANSLATE_NOOP("advice",
                      'Only {v} photos are kept for validation: the score jumps around from epoch to epoch and '
                      'says little; more labeled photos make it trustworthy.'),
    QT_TRANSLATE_NOOP("advice",
                      'Class {name} has only {k} boxes to learn from: label at least {few} (50 or more works '
                      'well).'),
    QT_TRANSLATE_NOOP("advice",
                      'No validation photo shows {name}, so its score cannot be measured: label more photos of '
                      '{name} and build the dataset again.'),
    QT_TRANSLATE_NOOP("advice",
                      'mAP50-95 is {score:.3f}: {epochs} epochs from scratch are far too few; a network that '
                      'starts from nothing needs about {need} on {n} photos. Train {more} more epochs from this'
                      ' run, or start from a pretrained model (20-50 epochs).'),
    QT_TRANSLATE_NOOP("advice", 'Get pretrained weights (a download, a mirror, or a file from another computer).'),
    QT_TRANSLATE_NOOP("advice",
                      'mAP50-95 is {score:.3f}: {epochs} epochs are too few even from trained weights; train '
                      '{more} more epochs from this run.'),
    QT_TRANSLATE_NOOP("advice",
                      'Training was stopped after {epochs} epochs; about {need} usually reach a useful score. '
                      'Train {more} more epochs from this run.'),
    QT_TRANSLATE_NOOP("advice",
                      '{name} was never found: there are only {k} boxes of {name} to learn from. Label more '
                      'photos of {name} (at least {few}, better 50).'),
    QT_TRANSLATE_NOOP("advice",
                      'mAP50-95 is still {score:.3f} after {epochs} epochs: the labels may not teach what you '
                      'expect. Check the boxes on the Dataset page (right objects, right classes), and label '
                      'more photos.'),
    QT_TRANSLATE_NOOP("advice",
                      '{name} was never found although other classes were: check that its boxes are drawn the '
                      'same way everywhere, and look for it in the confusion matrix (Results).'),
)
