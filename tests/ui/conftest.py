import pytest
from PIL import Image

from workbench.settings import Settings
from workbench.ui.main_window import MainWindow

from page_helpers import wait_image


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "照片"
    d.mkdir()
    for i in range(4):
        Image.new("RGB", (640, 480), (40 * i, 120, 200)).save(d / f"img{i + 1}.jpg")
    (d / "classes.txt").write_text("cat\ndog\nbird\n")
    return d


@pytest.fixture
def window(qtbot, folder):
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_folder(folder)
    wait_image(qtbot, win.label_page)
    return win
