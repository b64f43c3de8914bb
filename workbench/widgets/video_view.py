"""A widget that paints the newest video frame and its detections, scaled to fit, aspect kept.

It only paints what it is given: :meth:`VideoView.set_frame` takes a BGR numpy array (as
captured) and a list of ``workbench.inference.Detection``. The frame is turned into a 32-bit
QImage once (OpenCV, about 0.1 ms): Qt paints 32-bit images scaled about twice as fast as the
24-bit BGR888 it could read in place, and would convert on every paint anyway
(``benchmarks/bench_preview_display.py``). The view never writes into the caller's array.

:func:`annotate` draws the same boxes into a copy of a frame at full resolution (for snapshots
and recordings), so what is saved looks like what is on screen.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .class_list import default_color

ColorFor = Callable[[int], QColor]


def bgr_qimage(image) -> QImage:
    """A QImage reading the HxWx3 BGR uint8 array ``image`` in place (no copy: keep ``image`` alive
    and C-contiguous rows for as long as the QImage is used)."""
    h, w = image.shape[:2]
    return QImage(image.data, w, h, image.strides[0], QImage.Format.Format_BGR888)


def display_qimage(image):
    """A 32-bit QImage of the BGR array ``image``, the fastest kind for Qt to scale and paint.

    Qt's raster engine turns a 24-bit image into a 32-bit one on every paint anyway; OpenCV's
    SIMD conversion here costs a tenth of that, and halves the time of a scaled paint.
    Returns ``(qimage, buffer)``: the QImage reads ``buffer``, which must stay alive with it.
    """
    import numpy as np

    if image.ndim == 2:
        image = np.dstack([image] * 3)
    try:
        import cv2
    except ImportError:  # the view must paint without OpenCV too (the slower 24-bit path)
        buf = np.ascontiguousarray(image[:, :, :3])
        return bgr_qimage(buf), buf
    buf = cv2.cvtColor(np.ascontiguousarray(image[:, :, :3]), cv2.COLOR_BGR2BGRA)
    h, w = buf.shape[:2]
    return QImage(buf.data, w, h, buf.strides[0], QImage.Format.Format_RGB32), buf


def label_text(det, show_label: bool, show_conf: bool) -> str:
    """The text drawn above a box: class name and/or confidence."""
    parts = []
    if show_label:
        parts.append(det.name)
    if show_conf:
        parts.append(f"{det.conf:.2f}" if det.conf >= 0.01 else f"{det.conf:.3f}")  # an undertrained model
    return " ".join(parts)


def paint_detections(painter: QPainter, detections: Sequence, scale: float, dx: float, dy: float,
                     color_for: ColorFor = default_color, show_labels: bool = True,
                     show_conf: bool = True, line_width: float = 2.0) -> None:
    """Draw ``detections`` (frame pixels) mapped by ``x * scale + dx`` onto ``painter``."""
    if not detections:
        return
    fm = QFontMetricsF(painter.font())
    pad = 2.0
    for d in detections:
        color = color_for(d.cls)
        rect = QRectF(d.x1 * scale + dx, d.y1 * scale + dy, (d.x2 - d.x1) * scale, (d.y2 - d.y1) * scale)
        painter.setPen(QPen(color, line_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        text = label_text(d, show_labels, show_conf)
        if not text:
            continue
        tw, th = fm.horizontalAdvance(text) + 2 * pad, fm.height()
        # above the box when there is room, else inside its top edge
        top = rect.top() - th if rect.top() - th >= dy else rect.top()
        bg = QRectF(rect.left() - line_width / 2, top, tw, th)
        painter.fillRect(bg, color)
        painter.setPen(Qt.GlobalColor.white if color.lightnessF() < 0.6 else Qt.GlobalColor.black)
        painter.drawText(QPointF(bg.left() + pad, bg.top() + fm.ascent()), text)


def annotate(image, detections: Sequence, color_for: ColorFor = default_color, show_labels: bool = True,
             show_conf: bool = True):
    """A copy of the BGR array ``image`` with ``detections`` drawn on it, at full resolution."""
    import numpy as np

    out = np.array(image, dtype=np.uint8, order="C", copy=True)
    qimg = bgr_qimage(out)
    p = QPainter(qimg)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    font = QFont(p.font())
    font.setPixelSize(max(10, min(out.shape[:2]) // 40))
    p.setFont(font)
    paint_detections(p, detections, 1.0, 0.0, 0.0, color_for, show_labels, show_conf,
                     line_width=max(1.0, min(out.shape[:2]) / 320))
    p.end()
    return out


class VideoView(QWidget):
    """Paints the last frame given, scaled to fit with its aspect kept, and its detections.

    Properties: ``show_labels``, ``show_conf``, ``color_for`` (class id -> QColor; by default
    :func:`workbench.widgets.class_list.default_color`). ``set_message`` shows a line of text
    over the frame (or alone when there is no frame).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_labels = True
        self.show_conf = True
        self.color_for: ColorFor = default_color
        self.frame = None                 # the numpy array being shown (kept alive for the QImage)
        self.detections: list = []
        self.message = ""
        self._qimage: QImage | None = None
        self._buffer = None               # the pixels self._qimage reads
        self.smooth = True                # bilinear scaling (False: nearest, cheaper on huge frames)
        self.paint_count = 0

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def set_frame(self, image, detections: Sequence | None = None) -> None:
        """Show ``image`` (HxWx3 BGR uint8) with ``detections``; repaints once, soon."""
        self._qimage, self._buffer = (None, None) if image is None else display_qimage(image)
        self.frame = image
        self.detections = list(detections or [])
        self.update()

    def set_detections(self, detections: Sequence) -> None:
        """New detections for the frame already shown."""
        self.detections = list(detections or [])
        self.update()

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    def clear(self) -> None:
        self.set_frame(None)

    def set_overlay(self, show_labels: bool, show_conf: bool) -> None:
        self.show_labels, self.show_conf = show_labels, show_conf
        self.update()

    def frame_rect(self) -> QRectF:
        """Where the frame is drawn in widget coordinates (empty without a frame)."""
        if self._qimage is None:
            return QRectF()
        w, h = self._qimage.width(), self._qimage.height()
        s = min(self.width() / w, self.height() / h)
        return QRectF((self.width() - w * s) / 2, (self.height() - h * s) / 2, w * s, h * s)

    def paintEvent(self, event) -> None:
        self.paint_count += 1
        p = QPainter(self)
        bg = self.palette().color(QPalette.ColorRole.Window).darker(300)
        if self._qimage is None:
            p.fillRect(self.rect(), bg)
        else:
            target = self.frame_rect()
            # only the bars around the frame: the frame covers the rest (WA_OpaquePaintEvent)
            full = QRectF(self.rect())
            for bar in (QRectF(0, 0, full.width(), target.top()),
                        QRectF(0, target.bottom(), full.width(), full.height() - target.bottom()),
                        QRectF(0, 0, target.left(), full.height()),
                        QRectF(target.right(), 0, full.width() - target.right(), full.height())):
                if bar.width() > 0 and bar.height() > 0:
                    p.fillRect(bar, bg)
            s = target.width() / self._qimage.width()
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.smooth)
            p.drawImage(target, self._qimage)
            paint_detections(p, self.detections, s, target.left(), target.top(), self.color_for,
                             self.show_labels, self.show_conf)
        if self.message:
            p.setPen(Qt.GlobalColor.white)
            fm = QFontMetricsF(p.font())
            r = QRectF(self.rect()).adjusted(8, 8, -8, -8)
            band = QRectF(r.left() - 4, r.bottom() - fm.height() * 2.4, r.width() + 8, fm.height() * 2.4 + 4)
            p.fillRect(band, QColor(0, 0, 0, 160))
            p.drawText(band.adjusted(6, 2, -6, -2), Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                       self.message)
        p.end()
