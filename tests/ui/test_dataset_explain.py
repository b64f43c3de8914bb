"""The Dataset page explains its split and keeps the build message true after the project changes."""
import shutil

import pytest
from PySide6.QtCore import QThreadPool

from tiny_dataset import make_project
from workbench.project import Project
from workbench.settings import Settings
from workbench.ui.dataset_page import DatasetPage
from workbench.widgets.split_form import SplitForm


def test_a_val_share_off_target_says_why_and_how_to_get_closer(qtbot):
    form = SplitForm()
    qtbot.addWidget(form)
    form.val.setValue(20)
    form.show_plan({"train": 28, "val": 12}, 10, 0)
    text = form.plan_label.text()
    assert "30 %" in text and "20 %" in text and "10 groups" in text and "near-copies" in text
    assert "burst" in form.plan_label.toolTip()
    form.show_plan({"train": 32, "val": 8}, 10, 0)        # on target: no note
    assert "instead of" not in form.plan_label.text()
    form.show_plan({"train": 7, "val": 3}, 0, 0)          # no groups: few photos is the reason
    assert "with 10 photos" in form.plan_label.text()


@pytest.fixture
def page(qtbot):
    p = DatasetPage(Settings())
    qtbot.addWidget(p)
    yield p
    p.cancel_check()
    p.cancel_build()
    QThreadPool.globalInstance().waitForDone(10000)


def test_build_message_says_when_the_project_changed_since(qtbot, page, tmp_path):
    folder = make_project(tmp_path / "p", 8).resolve()
    project = Project(folder)
    page.set_project(project)
    page.set_out_dir(tmp_path / "ds")
    with qtbot.waitSignal(page.dataset_built, timeout=30000):
        page.build_btn.click()
    assert "changed since" not in page.result_label.text()
    shutil.copy(folder / "img_000.jpg", folder / "img_100.jpg")   # a capture, labeled
    shutil.copy(folder / "img_000.txt", folder / "img_100.txt")
    project.add_image(folder / "img_100.jpg")
    first = page.report
    page.set_project(project)                   # what the main window does when the page is shown
    page.start_check()
    qtbot.waitUntil(lambda: page.report is not first and page._check_worker is None, timeout=20000)
    text = page.result_label.text()
    assert "changed since this build" in text and "9 images are ready" in text and "holds 8" in text


def test_a_check_asked_while_the_build_ends_runs_after_it(qtbot, page, tmp_path):
    """dataset_built arrives before the build's worker has ended (seen in CI under load): a check
    asked then must run once the build is done, not be dropped."""
    folder = make_project(tmp_path / "p", 8).resolve()
    page.set_project(Project(folder))
    page.set_out_dir(tmp_path / "ds")
    with qtbot.waitSignal(page.dataset_built, timeout=30000):
        page.build_btn.click()
    qtbot.waitUntil(lambda: page._build_worker is None and page._check_worker is None, timeout=20000)
    first = page.report
    asked = []

    def check_now(_yaml):
        asked.append(page._build_worker is not None)     # the build's worker has not ended yet
        page.start_check()

    page.dataset_built.connect(check_now)
    with qtbot.waitSignal(page.dataset_built, timeout=30000):
        page.build_btn.click()                          # build again: no check of its own
    qtbot.waitUntil(lambda: page.report is not first and page._check_worker is None, timeout=20000)
    assert asked == [True]
