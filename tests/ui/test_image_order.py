"""The image list keeps one natural order: a captured image shows where reopening will list it."""
from PIL import Image

from workbench.project import Project
from workbench.settings import Settings
from workbench.ui.main_window import MainWindow

from page_helpers import wait_image


def shown_names(page):
    return [page.images.model._names[r] for r in page.images.visible_rows()]


def test_capture_is_listed_where_reopening_lists_it(qtbot, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("IMG_10.jpg", "IMG_2.jpg", "IMG_1.jpg", "zoo.jpg"):
        Image.new("RGB", (64, 48), (90, 120, 200)).save(folder / name)
    (folder / "classes.txt").write_text("cat\n")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    assert win.open_folder(folder)
    page = win.label_page
    wait_image(qtbot, page)
    assert shown_names(page) == ["IMG_1.jpg", "IMG_2.jpg", "IMG_10.jpg", "zoo.jpg"]   # numbers as numbers
    (folder / "captures").mkdir()
    for name in ("capture_20261202_101500_001.jpg", "capture_20261202_101500_002.jpg"):
        Image.new("RGB", (64, 48), (10, 20, 30)).save(folder / "captures" / name)
        assert page.set_suggestions(folder / "captures" / name, [])
    during = shown_names(page)
    assert during == [Project(folder).relative_name(i) for i in range(6)]
    assert during[:2] == ["captures/capture_20261202_101500_001.jpg", "captures/capture_20261202_101500_002.jpg"]
    page.show_image(page.images.visible_rows()[0])            # D from the first capture goes to the next
    page.step(1)
    assert page.project.relative_name(page.row) == "captures/capture_20261202_101500_002.jpg"
    page.step(1)
    assert page.project.relative_name(page.row) == "IMG_1.jpg"
    assert win.open_folder(folder)                             # reopening: the same order
    wait_image(qtbot, page)
    assert shown_names(page) == during
