"""The UI language: load Workbench's and Qt's translations, and switch them in an open window.

How a switch works (no restart, no per-widget ``retranslateUi``): every text the app translates
passes through one :class:`LanguageTranslator`, which remembers which ``(context, source)`` each
text it handed out came from. To switch, the old translator's memory is kept, the new language
is installed, and :func:`retranslate_tree` walks every open window generically (labels, buttons,
group boxes, tabs, combo items, list and table items and headers, tooltips, placeholders,
actions and menus, pyqtgraph axis and legend labels): a text that is one the old language handed
out is replaced by the new translation of its source; a text filled in with values is matched
against the old templates and refilled (:class:`Retranslator`). What the walk cannot reach
(texts a custom item model makes in ``data()``) a page refreshes in an optional
``retranslate()``, which the main window calls after the walk. Widgets that Qt builds itself (file dialogs, button boxes) retranslate on
the ``LanguageChange`` event Qt sends when translators change.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QGraphicsView, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QMenu, QProgressBar, QTableWidget, QTabWidget, QWidget)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


class LanguageTranslator(QTranslator):
    """Workbench's and Qt's translations of one language behind one translator, remembering the
    source of every text it hands out (English too: then the source is the text)."""

    def __init__(self, language: str, inner: list[QTranslator], parent=None):
        super().__init__(parent)
        self.language_code = language
        self.inner = inner
        self.sources: dict[str, tuple] = {}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        for t in self.inner:
            text = t.translate(context, source, disambiguation, n)
            if text:
                self.sources.setdefault(text, (context, source, disambiguation, n))
                return text
        if source:
            self.sources.setdefault(source, (context, source, disambiguation, n))
        return None   # None, not "": Qt then falls back to the source text

    def isEmpty(self) -> bool:
        return False


def resolve_language(language: str) -> str:
    """The language to use for a setting ("" = the system's); "en" when there is no translation."""
    lang = language or QLocale.system().name()
    if lang.startswith("zh") and lang not in LANGUAGES:
        lang = "zh_CN"
    return lang if lang in LANGUAGES else "en"


def _qt_translation_dirs() -> list[str]:
    # Qt's own translations (file dialogs, standard buttons): where QLibraryInfo says, and in the
    # PySide6 package as a fallback (a bundled app may move them there).
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        dirs.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    except (ImportError, TypeError):
        pass
    dirs.append(str(TRANSLATIONS))
    return dirs


def load_translator(language: str, parent=None) -> LanguageTranslator:
    """A :class:`LanguageTranslator` for ``language`` (a code of :data:`LANGUAGES`)."""
    inner = []
    if language != "en":
        for name in (f"workbench_{language}", f"qtbase_extra_{language}"):   # extra: what Qt's file lacks
            t = QTranslator(parent)
            if t.load(name, str(TRANSLATIONS)):
                inner.append(t)
        for folder in _qt_translation_dirs():
            qt = QTranslator(parent)
            if qt.load(f"qtbase_{language}", folder):
                inner.append(qt)
                break
    return LanguageTranslator(language, inner, parent)


def install(app, language: str) -> str:
    """Install the translations for ``language`` ("" = the system's), replacing the ones
    installed before; returns the language used."""
    lang = resolve_language(language)
    old = current(app)
    if old is not None:
        app.removeTranslator(old)
    translator = load_translator(lang, app)
    app.installTranslator(translator)
    app._language_translator = translator   # keep a reference: a collected QTranslator stops translating
    app._translators = [translator, *translator.inner]
    return lang


def current(app) -> LanguageTranslator | None:
    """The translator :func:`install` put in, if any."""
    return getattr(app, "_language_translator", None)


def ensure_recording(app) -> None:
    """Install an English :class:`LanguageTranslator` when none is installed yet (a window made
    without ``app.create_window``, as in tests), so a later switch knows every text's source."""
    if current(app) is None:
        translator = LanguageTranslator("en", [], app)
        app.installTranslator(translator)
        app._language_translator = translator


def switch(app, language: str) -> str:
    """Install ``language`` and retranslate every open window; returns the language used."""
    old = current(app)
    known = dict(old.sources) if old is not None else {}
    lang = install(app, language)
    for window in app.topLevelWidgets():
        retranslate_tree(window, known)
    return lang


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:n|L?\d)")


class Retranslator:
    """Maps a text the old language handed out (``known``: text -> ``(context, source,
    disambiguation, n)``) to the new language's text.

    An exact match is translated again. A text filled in with values (``"16 张图片：..."``) is
    matched against the old translations that have placeholders; the values it captures are
    themselves retranslated (a translated reason inside a sentence) and put into the new
    translation. Lines are tried one by one when the whole text does not match.
    """

    def __init__(self, known: dict[str, tuple]):
        self.known = known
        self.patterns = []
        for text, src in known.items():
            tokens = _PLACEHOLDER.findall(text)
            literal = _PLACEHOLDER.sub("", text)
            # templates that are mostly placeholders ("{0}: {1}") would match anything
            if tokens and sum(ch.isalpha() for ch in literal) >= 2:
                parts = _PLACEHOLDER.split(text)
                regex = re.compile("(.*?)".join(re.escape(p) for p in parts), re.DOTALL)
                self.patterns.append((len(literal), regex, tokens, src))
        self.patterns.sort(key=lambda p: -p[0])   # the most specific template wins

    def __call__(self, text: str, depth: int = 0) -> str | None:
        if not text or depth > 4:
            return None
        src = self.known.get(text)
        if src is not None:
            return QCoreApplication.translate(*src)
        for _n, regex, tokens, src in self.patterns:
            m = regex.fullmatch(text)
            if m:
                values = {}
                for token, value in zip(tokens, m.groups()):
                    values.setdefault(token, self(value, depth + 1) or value)
                new = QCoreApplication.translate(*src)
                if set(_PLACEHOLDER.findall(new)) - set(values):
                    return None
                return _PLACEHOLDER.sub(lambda t: values[t.group(0)], new)
        if "\n" in text:
            lines = text.split("\n")
            new_lines = [self(line, depth + 1) for line in lines]
            if any(n is not None for n in new_lines):
                return "\n".join(n if n is not None else old for n, old in zip(new_lines, lines))
        if ": " in text:   # "word: what it means", two translated texts joined (the jargon tooltips)
            head, tail = text.split(": ", 1)
            new_head, new_tail = self(head, depth + 1), self(tail, depth + 1)
            if new_tail is not None:
                return f"{new_head if new_head is not None else head}: {new_tail}"
        return None


def retranslate_tree(root: QWidget, known: dict[str, tuple]) -> None:
    """Replace each text of ``root`` and its children that the old language handed out
    (``known``: text -> ``(context, source, disambiguation, n)``) by the new language's text."""
    new = Retranslator(known)

    def redo(get, set_) -> None:
        t = new(get())
        if t is not None:
            set_(t)

    for w in [root, *root.findChildren(QWidget)]:
        redo(w.toolTip, w.setToolTip)
        if w.isWindow():
            redo(w.windowTitle, w.setWindowTitle)
        if isinstance(w, (QLabel, QAbstractButton)):
            redo(w.text, w.setText)
        elif isinstance(w, QGroupBox):
            redo(w.title, w.setTitle)
        elif isinstance(w, QLineEdit):
            redo(w.placeholderText, w.setPlaceholderText)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                redo(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    redo(lambda tip=tip: tip, lambda t, i=i: w.setItemData(i, t, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                redo(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
                redo(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t))
        elif isinstance(w, QProgressBar):
            redo(w.format, w.setFormat)
        elif isinstance(w, QMenu):
            redo(w.title, w.setTitle)
        elif isinstance(w, QTableWidget):
            items = [w.horizontalHeaderItem(c) for c in range(w.columnCount())]
            items += [w.item(r, c) for r in range(w.rowCount()) for c in range(w.columnCount())]
            for item in items:
                if item is not None:
                    redo(item.text, item.setText)
                    redo(item.toolTip, item.setToolTip)
        elif isinstance(w, QListWidget):
            for r in range(w.count()):
                item = w.item(r)
                redo(item.text, item.setText)
                redo(item.toolTip, item.setToolTip)
        elif isinstance(w, QGraphicsView) and w.scene() is not None:
            _retranslate_scene(w.scene(), new)
        if isinstance(w, QAbstractSpinBox):
            redo(w.specialValueText, w.setSpecialValueText)
            if hasattr(w, "suffix"):
                redo(w.suffix, w.setSuffix)
    actions = {id(a): a for a in root.findChildren(QAction)}
    for w in [root, *root.findChildren(QWidget)]:
        actions.update((id(a), a) for a in QWidget.actions(w))   # QWidget's: a page may shadow .actions
    for a in actions.values():
        redo(a.text, a.setText)
        redo(a.toolTip, a.setToolTip)
        redo(a.statusTip, a.setStatusTip)


def _retranslate_scene(scene, new) -> None:
    # pyqtgraph's axis labels (labelText) and label items (text + setText), found by what they
    # have rather than by type, so pyqtgraph is not imported here.
    for item in scene.items():
        text = getattr(item, "labelText", None)
        if isinstance(text, str) and hasattr(item, "_updateLabel"):
            t = new(text) or new(text.strip())
            if t is not None:
                item.labelText = t
                item._updateLabel()
        elif isinstance(getattr(item, "text", None), str) and callable(getattr(item, "setText", None)):
            t = new(item.text)
            if t is not None:
                item.setText(t)
