"""A labeling canvas on screen with a plain 640x480 image and two classes (cat red, dog yellow)."""
from PySide6.QtGui import QColor, QImage

from workbench.widgets.canvas import LabelCanvas

W, H = 640, 480


def make_canvas(qtbot) -> LabelCanvas:
    c = LabelCanvas()
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    qtbot.waitExposed(c)
    img = QImage(W, H, QImage.Format.Format_RGB32)
    img.fill(QColor(120, 160, 200))
    c.set_image(W, H, img)
    c.set_classes(["cat", "dog"], [QColor("red"), QColor("yellow")])
    return c
