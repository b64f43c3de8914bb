"""What every backend answers in: :class:`Detection`, and the errors and names they share.

Shared by every module of :mod:`workbench.inference`; imports nothing else of the package.
"""
from __future__ import annotations

from dataclasses import dataclass

BACKENDS = ("pytorch", "onnx", "openvino")
EXPORT_FORMATS = ("onnx", "openvino")


class InferenceError(Exception):
    """A model cannot be loaded, exported or run; the message names the file and says what to do."""


@dataclass(frozen=True)
class Detection:
    """One detected object: model class id and name, confidence, corners in frame pixels."""

    cls: int
    name: str
    conf: float
    x1: float
    y1: float
    x2: float
    y2: float

    def to_box(self, width: int, height: int, class_id: int | None = None):
        """This detection as a :class:`workbench.labels.Box` (normalized, cut to the image).

        ``class_id`` replaces the model's class id (use the project's id from :func:`class_mapping`).
        """
        from ..labels import Box

        cid = self.cls if class_id is None else class_id
        return Box.from_pixels(cid, self.x1, self.y1, self.x2, self.y2, width, height).clamped()
