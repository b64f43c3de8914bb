import pytest
from PIL import Image


from page_helpers import open_window


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
    return open_window(qtbot, folder)
