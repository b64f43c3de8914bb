"""Each page's next step is one click: Preview's "Label it" opens the capture on the Label page."""
from PIL import Image
from PySide6.QtCore import Qt

from page_helpers import wait_image


def test_label_it_opens_the_capture_on_the_label_page(window, folder, qtbot):
    (folder / "captures").mkdir()
    shot = folder / "captures" / "capture_1.jpg"
    Image.new("RGB", (320, 240), (10, 20, 30)).save(shot)
    window.preview_page._on_captured(shot, [])   # what a finished capture job calls; the window adds it to Label
    pp = window.preview_page
    window.tabs.setCurrentWidget(pp)
    assert pp.label_btn.isVisibleTo(pp)
    qtbot.mouseClick(pp.label_btn, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.label_page
    wait_image(qtbot, window.label_page)
    assert window.label_page.project.images[window.label_page.row] == shot.resolve()
