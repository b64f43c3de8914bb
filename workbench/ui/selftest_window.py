"""The window part of ``workbench --selftest``: every page in Chinese, drawn with real glyphs.

Run as ``workbench selftest-gui FOLDER OUT_DIR`` (with ``WORKBENCH_LANG=zh_CN``). Opens the main
window on FOLDER, shows each of the four pages, saves a screenshot of each into OUT_DIR and lays out
every text the page shows: a character whose glyph index is 0 in the font Qt picked (after its
fallbacks) would be drawn as an empty box ("tofu"). Prints one JSON line; exit status 1 on failure.
"""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabBar, QWidget


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, text) for every visible label, button, group title and tab of ``root``."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append((w, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((w, w.title()))
        elif isinstance(w, QTabBar):
            out += [(w, w.tabText(i)) for i in range(w.count())]
    return [(w, t) for w, t in out if t]


def missing_glyphs(widget: QWidget, text: str) -> tuple[list[str], set[str]]:
    """Chinese characters of ``text`` that ``widget``'s font (with Qt's fallbacks) cannot draw,
    and the font families Qt picked for them."""
    missing, families = [], set()
    for ch in dict.fromkeys(c for c in text if _is_cjk(c)):
        layout = QTextLayout(ch, widget.font())  # one character: one glyph run, one font
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        families |= {run.rawFont().familyName() for run in runs}
        if not runs or any(g == 0 for run in runs for g in run.glyphIndexes()):
            missing.append(ch)
    return missing, families


def check_pages(folder: str, out_dir: str) -> int:
    """Show each page of the window on ``folder``, screenshot it, check its Chinese glyphs; 0 when good."""
    from PySide6.QtTest import QTest

    from ..app import create_window

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app, win = create_window(folder)
    win.resize(1280, 800)
    win.show()
    QTest.qWaitForWindowExposed(win, 10000)
    report = {"platform": app.platformName(), "pages": [], "ok": True}
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        for _ in range(20):  # let the page lay out and paint
            app.processEvents()
        shot = out / f"page_{i + 1}.png"
        win.grab().save(str(shot))
        texts = visible_texts(win)
        chinese = sorted({ch for _, t in texts for ch in t if _is_cjk(ch)})
        missing, families = [], set()
        for w, t in texts:
            if any(_is_cjk(ch) for ch in t):
                m, f = missing_glyphs(w, t)
                missing += m
                families |= f
        page = {"tab": win.tabs.tabText(i), "screenshot": str(shot), "chinese_chars": len(chinese),
                "missing": "".join(sorted(set(missing))), "fonts": sorted(families)}
        page["ok"] = bool(chinese) and not missing
        report["ok"] &= page["ok"]
        report["pages"].append(page)
    win.close()
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1
