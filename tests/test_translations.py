"""Translations: the core's message templates all have Chinese, placeholders survive translation,
the core still speaks English to the command line, and the GUI says core messages in Chinese."""
from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from workbench.messages import Message, all_templates, fields, msg

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def zh_texts() -> dict[str, str]:
    return runpy.run_path(str(TRANSLATIONS / "zh_CN.py"))["all_texts"]()


def test_every_core_template_has_a_chinese_translation_with_the_same_placeholders():
    zh = zh_texts()
    templates = all_templates()
    assert len(templates) > 80
    missing = sorted(t for t in templates.values() if t not in zh)
    assert missing == [], "add them to resources/translations/zh_CN_core.py"
    broken = sorted(t for t in templates.values() if fields(zh[t]) != fields(t))
    assert broken == []


def test_gui_translations_keep_their_placeholders():
    import re

    def slots(text: str) -> list[str]:
        return sorted(re.findall(r"\{[^{}]*\}|%(?:n|v|m|p|\d)", text))

    broken = [(src, tr) for src, tr in zh_texts().items() if slots(src) != slots(tr)]
    assert broken == []


def test_a_message_is_its_english_text():
    from workbench.dataset.stats import FEW_BOXES

    m = msg(FEW_BOXES, name="ace", n=7, least=10)
    assert m == "class 'ace' has only 7 boxes; label at least 10 (better 100+) for it to be learned"
    assert isinstance(m, str) and m.key == "advice.few_boxes" and m.params["n"] == 7
    with pytest.raises(KeyError):
        Message("no.such.key")


def test_core_messages_reach_the_command_line_in_english(tmp_path):
    """The advice a check gives is the same English text as before the keys existed."""
    from tiny_dataset import make_project
    from workbench.dataset import check_project
    from workbench.project import Project

    folder = make_project(tmp_path / "p", n=4)
    (folder / "classes.txt").write_text("square\ncircle\nace\n")
    report = check_project(Project(folder))
    assert "class 'ace' has no boxes yet; label some, or delete the class" in report.advice
    assert all(isinstance(a, Message) for a in report.advice)


def test_the_gui_says_core_messages_in_chinese(qapp):
    from workbench.dataset.split import NONE_IN_VAL, WHY_ONE_GROUP
    from workbench.dataset.types import DatasetError
    from workbench.ui import language
    from workbench.widgets.core_text import core_text

    m = msg(NONE_IN_VAL, name="king", why=msg(WHY_ONE_GROUP))
    language.install(qapp, "zh_CN")
    try:
        assert core_text(m) == "类别“king”在验证集中没有图片：它的所有图片属于同一组连拍或相似照片；请为它标注更多图片，或更换随机种子"
        assert core_text(DatasetError(m)) == core_text(m)            # an exception raised with a message
        assert core_text("plain text") == "plain text"
    finally:
        language.install(qapp, "en")
    assert core_text(m) == str(m)
