"""Texts the core says to a user, as message keys with parameters (no Qt).

The core never translates: it hands over a :class:`Message` (a key and its parameters) that *is*
the English text (a ``str`` subclass), so the command line, JSON output and every field typed
``str`` stay as they were. The GUI translates
the English template (``QCoreApplication.translate("Core", template)``) and then fills in the
parameters, so a translator sees each sentence once, with its ``{name}`` placeholders.

Each core module defines its templates beside the code that uses them::

    FEW_BOXES = define("advice.few_boxes", "class '{name}' has only {n} boxes; ...")
    ...
    out.append(msg(FEW_BOXES, name=name, n=n))

``all_templates()`` imports every core module and returns the whole table; the translation
script puts it into the ``.ts`` file and a test fails on a template without a translation.
"""
from __future__ import annotations

import importlib
import pkgutil
from string import Formatter
from typing import Any

CONTEXT = "Core"    # the translation context of every core template
_TEMPLATES: dict[str, str] = {}
# Packages that hold the GUI: they translate with tr(), never define core templates.
_GUI_PACKAGES = ("workbench.ui", "workbench.widgets", "workbench.app", "workbench.__main__")


def define(key: str, template: str) -> str:
    """Register the English ``template`` (``str.format`` syntax, named fields) under ``key``;
    returns ``key``. A key may be defined once; redefining it with the same text is harmless
    (a module imported twice)."""
    old = _TEMPLATES.setdefault(key, template)
    if old != template:
        raise ValueError(f"message key {key!r} defined twice with different texts")
    return key


def template(key: str) -> str:
    """The English template of ``key``."""
    return _TEMPLATES[key]


def fields(text: str) -> set[str]:
    """The named placeholders of a template (``{name}``, ``{n:.0f}`` -> ``{"name", "n"}``)."""
    return {f for _lit, f, _spec, _conv in Formatter().parse(text) if f}


class Message(str):
    """A text for the user: the English text itself (a ``str``, so every field, f-string, JSON
    dump and comparison that took a string still works) plus ``key`` and ``params``, so the GUI
    can say it in the user's language.

    A parameter may itself be a Message (a reason inside a sentence); it is rendered (and, in the
    GUI, translated) first. Operations that make a new string (``+``, slicing) give plain English.
    """

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, params: dict[str, Any] | None = None):
        if key not in _TEMPLATES:
            raise KeyError(f"no message template {key!r}; define() it first")
        params = dict(params or {})
        self = super().__new__(cls, _render(key, params, None))
        self.key = key
        self.params = params
        return self

    def render(self, translate=None) -> str:
        """The text with ``translate(english_template) -> template`` applied to it and to every
        Message parameter (the English text when ``translate`` is None)."""
        return _render(self.key, self.params, translate)

    def __reduce__(self):   # pickled across a process boundary as key + params, not as text
        return (Message, (self.key, self.params))


def _render(key: str, params: dict[str, Any], translate) -> str:
    text = _TEMPLATES[key] if translate is None else translate(_TEMPLATES[key])
    values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in params.items()}
    return text.format(**values)


AT_PATH = define("at_path", "{path}: {what}")


def at(path, what: Message) -> Message:
    """``path: what``, the way a message names the file it is about."""
    return Message(AT_PATH, {"path": path, "what": what})


def msg(key: str, **params: Any) -> Message:
    """``Message(key, params)``: a shorter way to write one."""
    return Message(key, params)


def message_of(value: Any) -> Message | None:
    """The Message behind ``value``: itself, or the one an exception was raised with; None when
    there is none (then ``str(value)`` is all there is)."""
    if isinstance(value, Message):
        return value
    if isinstance(value, BaseException) and len(value.args) == 1 and isinstance(value.args[0], Message):
        return value.args[0]
    return None


def all_templates() -> dict[str, str]:
    """Every template of the core, key -> English (imports every core module to find them)."""
    todo = ["workbench"]
    while todo:   # walk_packages would import the GUI packages to list them: walk by hand
        package = importlib.import_module(todo.pop())
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            if info.name.startswith(_GUI_PACKAGES):
                continue
            if info.ispkg:
                todo.append(info.name)
            else:
                importlib.import_module(info.name)
    return dict(_TEMPLATES)
