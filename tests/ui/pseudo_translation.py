"""A pseudo-translation and a walker that finds every visible text it did not touch.

``PseudoTranslator`` wraps every text that goes through ``tr()`` / ``QCoreApplication.translate``
in ``⟦…⟧`` (Qt's own texts too). ``leaks(widget)`` walks a widget tree generically (labels,
buttons, group boxes, tabs, combo items, item views with their headers and cells, tooltips,
placeholders, spin box affixes, progress formats, menu and widget actions, texts in graphics
scenes, window titles) and returns each text that still shows English outside the brackets, once
user data (paths, file names, numbers, the test's class names) is taken out. Any text a future
change adds without ``tr()`` shows up here, wherever it is added.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox,
                               QGraphicsSimpleTextItem, QGraphicsTextItem, QGraphicsView, QGroupBox, QHeaderView,
                               QLabel, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QProgressBar,
                               QSpinBox, QDoubleSpinBox, QTabBar, QTextEdit, QTreeView, QWidget)
from PySide6.QtCore import QTranslator

OPEN, CLOSE = "⟦", "⟧"
_PATH = re.compile(r"(?:[A-Za-z]:)?[^\s'\"“”()（）:：,，]*[/\\][^\s'\"“”()（）,，]*")
_FILE = re.compile(r"[^\s'\"/\\()（）:：,，]+\.(?:jpe?g|png|bmp|webp|tiff?|txt|pt|yaml|yml|onnx|xml|csv|json|mp4|avi)\b",
                   re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
_HTML_TAG = re.compile(r"<[^>]+>")
# Names that read the same in every language: the product, the libraries, file formats, units.
# Anything else in English is a leak.
UNTRANSLATED_NAMES = {"Workbench", "English", "YOLO", "Ultralytics", "px", "FPS", "ms", "ONNX", "OpenVINO",
                      "CPU", "GPU", "JPEG", "PNG", "mAP", "IoU", "pt", "yaml", "YOLOv",
                      # inference backends: library names
                      "pytorch", "PyTorch", "onnxruntime", "openvino",
                      # optimizer names, as Ultralytics spells them
                      "SGD", "Adam", "AdamW", "NAdam", "RAdam", "RMSProp",
                      # key names: printed in English on keyboards sold in China too
                      "Ctrl", "Shift", "Alt", "Del", "Return", "Enter", "Backspace", "Esc", "Space", "Tab",
                      "Home", "End", "PgUp", "PgDown", "Ins", "Meta"}


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:n|v|m|p|L?\d)")


class PseudoTranslator(QTranslator):
    """Every translated text comes back as ``⟦source⟧``; each source is remembered as a pattern,
    so the values filled into it later (``tr("built: {0}").format(...)``) are checked too."""

    patterns: dict[str, re.Pattern] = {}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        if not source:
            return source
        if source not in PseudoTranslator.patterns:
            parts = _PLACEHOLDER.split(source)
            PseudoTranslator.patterns[source] = re.compile("(.*?)".join(re.escape(p) for p in parts), re.DOTALL)
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


def _segments(text: str) -> tuple[str, list[str]]:
    """``(outside, [wrapped contents])`` of the top-level ``⟦…⟧`` segments of ``text``."""
    outside, inside, depth, cur = [], [], 0, []
    for ch in text:
        if ch == OPEN:
            if depth:
                cur.append(ch)
            else:
                cur = []
            depth += 1
        elif ch == CLOSE and depth:
            depth -= 1
            if depth:
                cur.append(ch)
            else:
                inside.append("".join(cur))
                outside.append(" ")
        elif depth:
            cur.append(ch)
        else:
            outside.append(ch)
    if depth:   # an unclosed bracket: what follows counts as outside
        outside.append("".join(cur))
    return "".join(outside), inside


def _values(content: str) -> list[str]:
    """The values filled into the translated template ``content`` ([] when none or unknown)."""
    if content in PseudoTranslator.patterns:
        return []
    best = None
    for pattern in PseudoTranslator.patterns.values():
        if pattern.groups:
            m = pattern.fullmatch(content)
            if m and (best is None or len(pattern.pattern) > len(best.re.pattern)):
                best = m
    return list(best.groups()) if best else []


def leftover(text: str, user_words=()) -> str:
    """What of ``text`` is neither translated nor user data nor an untranslated name; '' when clean.

    Inside a translated text, the values filled into its placeholders are checked the same way
    (a translated sentence holding an English list is a leak).
    """
    text = _HTML_TAG.sub(" ", text or "").replace("&nbsp;", " ")
    outside, wrapped = _segments(text)
    rest = [_words(outside, user_words)]
    for content in wrapped:
        rest += [leftover(v, user_words) for v in _values(content)]
    return " ".join(r for r in rest if r)


def _words(text: str, user_words) -> str:
    text = _FILE.sub(" ", _PATH.sub(" ", text))
    for w in sorted(user_words, key=len, reverse=True):
        text = text.replace(w, " ")
    words = [w for w in _WORD.findall(text) if w not in UNTRANSLATED_NAMES and not re.fullmatch(r"[a-z]", w)]
    return " ".join(words)


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView | None, out: list, where: str,
                 parent=QModelIndex(), depth: int = 0) -> None:
    if model is None or depth > 3:
        return
    rows = model.rowCount(parent)
    try:
        cols = model.columnCount(parent)
    except TypeError:   # list models keep columnCount private: one column
        cols = 1
    if parent == QModelIndex():
        for orient, n, header in ((Qt.Orientation.Horizontal, cols, getattr(view, "horizontalHeader", None)),
                                  (Qt.Orientation.Vertical, rows, getattr(view, "verticalHeader", None))):
            h = header() if header else None
            if h is None or h.isHidden():
                continue
            for s in range(n):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    v = model.headerData(s, orient, role)
                    if isinstance(v, str):
                        out.append((f"{where} header {s}", v))
    for r in range(min(rows, 200)):
        for c in range(cols):
            idx = model.index(r, c, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                v = model.data(idx, role)
                if isinstance(v, str):
                    out.append((f"{where} [{r},{c}]", v))
            if c == 0 and isinstance(view, QTreeView) and model.rowCount(idx):
                _model_texts(model, view, out, where, idx, depth + 1)


def _action_texts(actions, out: list, where: str, seen: set) -> None:
    for a in actions:
        if id(a) in seen or a.isSeparator():
            continue
        seen.add(id(a))
        out.append((f"{where} action", a.text()))
        out.append((f"{where} action tip", a.toolTip() if a.toolTip() != a.text().replace("&", "") else ""))
        out.append((f"{where} action status", a.statusTip()))
        if a.menu() is not None:
            m = a.menu()
            out.append((f"{where} menu", m.title()))
            _action_texts(m.actions(), out, f"{where} > {a.text()}", seen)


def _in_combo(w: QWidget) -> bool:
    # A combo box's popup list: its items are walked with the combo box itself.
    p = w.parent()
    while p is not None:
        if isinstance(p, QComboBox):
            return True
        p = p.parent()
    return False


def visible_texts(root: QWidget, skip=()) -> list[tuple[str, str]]:
    """``(where, text)`` of every text a user can see or hover in ``root`` and its children.

    ``skip``: widgets (with their children) whose content is not ours to translate (the raw
    training log).
    """
    out: list[tuple[str, str]] = []
    seen_actions: set = set()
    skipped = [s for s in skip if s is not None]
    widgets = [root] + root.findChildren(QWidget)
    for w in widgets:
        if any(w is s or s.isAncestorOf(w) for s in skipped):
            continue
        name = f"{type(w).__name__}({w.objectName() or ''})"
        out.append((f"{name} tooltip", w.toolTip()))
        if w.isWindow():
            out.append((f"{name} title", w.windowTitle()))
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
            if w.isReadOnly():
                out.append((name, w.text()))
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append((f"{name} placeholder", w.placeholderText()))
            if w.isReadOnly():
                out.append((name, w.toPlainText()))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                out.append((f"{name} item {i}", w.itemText(i)))
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                out.append((f"{name} item {i} tip", tip if isinstance(tip, str) else ""))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                out.append((f"{name} tab {i}", w.tabText(i)))
                out.append((f"{name} tab {i} tip", w.tabToolTip(i)))
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            out.append((f"{name} format", w.text()))
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            out.append((f"{name} affix", f"{w.prefix()} {w.suffix()}"))
            out.append((f"{name} special", w.specialValueText()))
        elif isinstance(w, QMenu):
            out.append((name, w.title()))
        elif isinstance(w, QMessageBox):
            out.append((name, w.text()))
            out.append((f"{name} info", w.informativeText()))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and not _in_combo(w):
            _model_texts(w.model(), w, out, name)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if isinstance(item, QGraphicsTextItem):
                    out.append((f"{name} scene text", item.toPlainText()))
                elif isinstance(item, QGraphicsSimpleTextItem):
                    out.append((f"{name} scene text", item.text()))
        _action_texts(QWidget.actions(w), out, name, seen_actions)
    return [(where, t) for where, t in out if t and t.strip()]


def leaks(root: QWidget, user_words=(), skip=()) -> list[str]:
    """Each visible text of ``root`` with English outside ``⟦…⟧``, as ``where: text``."""
    found = []
    for where, text in visible_texts(root, skip):
        rest = leftover(text, user_words)
        if rest:
            found.append(f"{where}: {text!r}  [{rest}]")
    return sorted(set(found))
