"""Each jargon word has one plain explanation, shown where the word is and in Help > Words Explained."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workbench.ui.log_symbols import plain_symbols
from workbench.widgets.preview_controls import PreviewControls
from workbench.widgets.term_help import TERMS, GlossaryDialog, explain
from workbench.widgets.train_form import TrainForm
from workbench.widgets.train_results import TrainResults


def test_every_term_has_a_sentence():
    for key, (word, meaning) in TERMS.items():
        assert word and meaning.endswith(".") and len(meaning) > 30, key
    assert explain("iou").startswith("IoU: ")


def test_tooltips_where_the_words_are(qtbot):
    form, controls, results = TrainForm(), PreviewControls(), TrainResults()
    for w in (form, controls, results):
        qtbot.addWidget(w)
    assert explain("freeze") in form.freeze.toolTip()
    assert explain("cos_lr") in form.cos_lr.toolTip()
    assert explain("yaml") in form.model.toolTip()
    assert explain("iou") in controls.iou_slider.toolTip()
    headers = [results.table.horizontalHeaderItem(c) for c in range(results.table.columnCount())]
    assert explain("map50_95") == next(h.toolTip() for h in headers if h.text() == "mAP50-95")


def test_glossary_lists_every_term_and_escape_closes_it(qtbot):
    dlg = GlossaryDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.table.rowCount() == len(TERMS)
    assert {dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())} >= {"IoU", "mAP50-95", "dfl_loss"}
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_log_emoji_become_text():
    assert plain_symbols("train: Fast image access ✅ (ping: 0.0±0.0 ms)") == \
        "train: Fast image access [OK] (ping: 0.0±0.0 ms)"
    assert plain_symbols("WARNING ⚠️ no labels") == "WARNING [!] no labels"
    assert plain_symbols("Ultralytics 8.3 🚀 Python-3.11") == "Ultralytics 8.3  Python-3.11"
    assert plain_symbols("类别 ok") == "类别 ok"
