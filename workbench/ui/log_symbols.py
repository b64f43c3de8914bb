"""Ultralytics' log decorates lines with emoji (✅ ❌ ⚠️ 🚀 ...) that common CJK and Linux UI fonts
lack, so they show as empty squares; the Train page's log shows them as plain text instead."""
from __future__ import annotations

import re

SYMBOLS = {"✅": "[OK]", "✔️": "[OK]", "✔": "[OK]", "❌": "[X]", "✖️": "[X]", "⚠️": "[!]", "⚠": "[!]",
           "💡": "[i]", "ℹ️": "[i]", "🚀": "", "⭐": "", "🌟": "", "📦": "", "👋": "", "🔥": "", "✨": "", "🧑": "",
           "\ufe0f": ""}
_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(SYMBOLS, key=len, reverse=True)))
_OTHER = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")   # any other emoji or dingbat


def plain_symbols(line: str) -> str:
    """``line`` with emoji replaced by ASCII marks (or dropped when they are decoration)."""
    if line.isascii():
        return line
    line = _PATTERN.sub(lambda m: SYMBOLS[m.group(0)], line)
    return _OTHER.sub("", line)
