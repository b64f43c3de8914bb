"""The GUI's one door for texts that come from the core: translate a ``workbench.messages.Message``.

The core hands over message keys with parameters; here the English template is translated in the
"Core" context (the translation script puts every core template into the ``.ts``), then the
parameters are filled in. Plain strings (user data, texts the core has not converted yet) pass
through unchanged.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import CONTEXT, message_of


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def core_text(value) -> str:
    """``value`` for the user, in the UI language: a Message, an exception raised with one, or
    anything else as ``str()``."""
    m = message_of(value)
    if m is None:
        return "" if value is None else str(value)
    try:
        return m.render(_translate)
    except (KeyError, IndexError, ValueError):   # a translation with a broken placeholder: say it in English
        return m.render()


def located(path, line: int, message) -> str:
    """``path:line: message`` (``path: message`` for line 0) with the message translated: how a
    Finding or a label Problem reads in the GUI."""
    where = f"{path}:{line}" if line else str(path)
    return f"{where}: {core_text(message)}"
