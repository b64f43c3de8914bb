"""Switching the language applies at once: every text of the open window follows, no restart."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from page_helpers import wait_image
from pseudo_translation import PseudoTranslator, leaks
from test_pseudo_translation import USER_WORDS, project, spin_until
from workbench.settings import Settings
from workbench.ui import language


@pytest.fixture
def window(qtbot, tmp_path):
    from workbench.ui.main_window import MainWindow

    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_folder(project(tmp_path))
    wait_image(qtbot, win.label_page)
    win.tabs.setCurrentWidget(win.dataset_page)      # a check: advice and findings built from values
    assert spin_until(lambda: win.dataset_page.report is not None and win.dataset_page._check_worker is None, 120)
    win.tabs.setCurrentWidget(win.train_page)        # the background model check fills the model list
    assert spin_until(win.train_page.lists_loaded, 120)
    yield win
    win.apply_language("en")


def test_an_open_window_follows_a_switch_to_another_language(qtbot, window):
    """The generic walk (ui/language.py) plus the pages' retranslate(): after a switch from English
    to the pseudo-language, no English is left anywhere in the window."""
    app = QApplication.instance()
    known = dict(language.current(app).sources)
    pseudo = PseudoTranslator()
    app.installTranslator(pseudo)
    try:
        language.retranslate_tree(window, known)
        for page in (window.label_page, window.dataset_page, window.train_page, window.preview_page):
            getattr(page, "retranslate", lambda: None)()
        found = leaks(window, USER_WORDS, skip=[window.train_page.log])
    finally:
        app.removeTranslator(pseudo)
    assert found == [], "\n".join(found)


def test_switching_to_chinese_and_back_from_the_menu(qtbot, window):
    menu_bar = window.menuBar()
    view = next(a.menu() for a in menu_bar.actions() if a.text() == "&View")
    lang_menu = next(a.menu() for a in view.actions() if a.menu() is not None and a.text() == "&Language")
    chinese = next(a for a in lang_menu.actions() if a.text() == "简体中文")
    chinese.trigger()
    assert window.settings.language == "zh_CN"
    assert [a.text() for a in menu_bar.actions()][0] == "文件(&F)"
    assert window.tabs.tabText(0) == "标注"
    dp = window.dataset_page
    assert dp.advice.item(0).text().startswith("类别“")                 # the core's advice, translated
    assert dp.findings.model_.headerData(2, Qt.Orientation.Horizontal) == "问题"
    assert "个数值" in dp.findings.model_.data(dp.findings.model_.index(0, 2))   # the finding, translated
    form = window.train_page.form
    assert "从零训练" in form.model.itemText(1)                         # the rebuilt model list
    english = next(a for a in lang_menu.actions() if a.text() == "English")
    english.trigger()
    assert [a.text() for a in menu_bar.actions()][0] == "&File"
    assert window.tabs.tabText(0) == "Label"
    assert dp.advice.item(0).text().startswith("class '")
    assert form.model.itemText(1) == "YOLO11n nano (from scratch)"


def test_qt_dialogs_speak_chinese(qtbot):
    """Qt's own dialogs (file, colour, input, message boxes) are fully translated: Qt's
    qtbase_zh_CN.qm plus resources/translations/qtbase_extra_zh_CN.qm for what it lacks."""
    from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QLabel, QMessageBox

    app = QApplication.instance()
    language.install(app, "zh_CN")
    try:
        dialogs = []
        for mode in (QFileDialog.FileMode.ExistingFile, QFileDialog.FileMode.Directory):
            d = QFileDialog(None, "x")
            d.setOption(QFileDialog.Option.DontUseNativeDialog)
            d.setFileMode(mode)
            dialogs.append(d)
        dialogs += [QColorDialog(), QInputDialog(), QMessageBox(QMessageBox.Icon.Question, "x", "y",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)]
        dialogs[-3].setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        for d in dialogs:
            qtbot.addWidget(d)
            d.show()
        texts = [w.text() for w in dialogs[0].findChildren(QLabel)]
        assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts, texts
        # Every Qt text asked for came back translated (the translator remembers untranslated
        # sources as themselves).
        untranslated = sorted({(ctx, src) for text, (ctx, src, _d, _n) in language.current(app).sources.items()
                               if text == src and ctx.startswith("Q") and ctx != "QShortcut"   # key names stay English
                               and any(c.isalpha() for c in src)})
        assert untranslated == [], untranslated
    finally:
        language.install(app, "en")
