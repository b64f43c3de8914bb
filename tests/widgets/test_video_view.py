"""The video view paints the frame (BGR, scaled, aspect kept) and the boxes it is given."""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from workbench.inference import Detection
from workbench.widgets.class_list import default_color
from workbench.widgets.video_view import VideoView, annotate, label_text


def _close(c: QColor, rgb, tol=40) -> bool:
    return all(abs(a - b) <= tol for a, b in zip((c.red(), c.green(), c.blue()), rgb))


def _frame():
    img = np.zeros((100, 200, 3), np.uint8)
    img[:] = (255, 0, 0)            # BGR: pure blue
    return img


def test_paints_frame_letterboxed_with_boxes(qtbot):
    view = VideoView()
    qtbot.addWidget(view)
    view.resize(400, 400)             # frame 200x100 -> 400x200, centred: bars above and below
    view.show()
    qtbot.waitExposed(view)
    det = Detection(1, "circle", 0.87, 20, 20, 80, 60)
    view.set_frame(_frame(), [det])
    img = view.grab().toImage()
    rect = view.frame_rect()
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == (0, 100, 400, 200)
    assert _close(img.pixelColor(300, 250), (0, 0, 255))            # blue frame, BGR read right
    assert not _close(img.pixelColor(300, 50), (0, 0, 255))         # letterbox bar is not the frame
    colour = default_color(1)
    # the box's left edge: x = 20 * 2 = 40, y from 100 + 40 to 100 + 120
    edge = img.pixelColor(40, 100 + 80)
    assert _close(edge, (colour.red(), colour.green(), colour.blue()))
    assert _close(img.pixelColor(100, 100 + 80), (0, 0, 255))       # inside the box: the frame
    # label background above the box, in the class colour
    rgb = (colour.red(), colour.green(), colour.blue())
    label = [_close(img.pixelColor(x, y), rgb) for x in range(40, 80) for y in range(128, 140)]
    assert sum(label) > 0.4 * len(label)

    view.set_detections([])
    img = view.grab().toImage()
    assert _close(img.pixelColor(40, 180), (0, 0, 255))             # box gone: only what it is given


def _bright(img, rows) -> int:
    """Pixels of ``rows`` light enough to be the white message text."""
    return sum(1 for y in rows for x in range(img.width())
               if min(img.pixelColor(x, y).red(), img.pixelColor(x, y).green(), img.pixelColor(x, y).blue()) > 180)


def test_message_and_no_frame(qtbot):
    view = VideoView()
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.set_frame(_frame())
    assert _close(view.grab().toImage().pixelColor(150, 100), (0, 0, 255))
    view.clear()                                                    # the video ended: no frame...
    view.set_message("End of video.")                               # ...and a line that says so
    img = view.grab().toImage()
    assert view.frame_rect().isEmpty() and img.width() == 300
    assert not any(_close(img.pixelColor(x, y), (0, 0, 255)) for x in range(0, 300, 10) for y in range(0, 200, 10))
    top = img.pixelColor(150, 40)
    assert all(img.pixelColor(x, y) == top for x in range(0, 300, 15) for y in range(0, 120, 15))  # plain background
    assert _bright(img, range(150, 200)) > 30                       # white text in the band at the bottom
    view.set_message("")
    img = view.grab().toImage()
    assert _bright(img, range(150, 200)) == 0                       # no message: nothing drawn there
    assert img.pixelColor(150, 185) == img.pixelColor(150, 40)


def test_annotate_draws_on_a_copy_at_full_resolution():
    frame = _frame()
    det = Detection(0, "square", 0.5, 10, 10, 50, 50)
    out = annotate(frame, [det], show_labels=False, show_conf=False)
    assert out.shape == frame.shape and out is not frame
    assert (frame == (255, 0, 0)).all()                             # the raw frame is untouched
    c = default_color(0)
    assert np.abs(out[30, 10].astype(int) - (c.blue(), c.green(), c.red())).max() <= 2
    assert (out[30, 30] == (255, 0, 0)).all()


def test_label_text():
    det = Detection(0, "square", 0.456, 0, 0, 1, 1)
    assert label_text(det, True, True) == "square 0.46"
    assert label_text(det, False, True) == "0.46"
    assert label_text(det, True, False) == "square"
    assert label_text(det, False, False) == ""
