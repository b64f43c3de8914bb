"""Ultralytics' console output (its logger and its progress bars) turned into lines for a callback.

A windowed app has ``sys.stdout is None``; Ultralytics writes progress bars to ``sys.stdout`` and
logs through a handler bound to the stdout of import time. During a run both go to
:class:`LineStream` / :class:`LineHandler`, which hand whole lines to ``emit`` and never raise.
"""
from __future__ import annotations

import contextlib
import logging
import re
import sys
import threading
from collections.abc import Callable, Iterator

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def clean_line(text: str) -> str:
    """``text`` as a terminal would leave it: after its last carriage return, without colour/erase
    codes and trailing blanks."""
    return _ANSI.sub("", text.rsplit("\r", 1)[-1]).rstrip()


class LineStream:
    """A write-only text stream that calls ``emit(line)`` for every complete, non-empty line.

    Ultralytics' TQDM calls ``progress(key, frame)`` for each redraw when the stream has it: the
    redraws are kept (the latest per bar) and only the final frame of a bar becomes a line, so a
    log gets one line per epoch bar instead of one per batch.
    """

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, emit: Callable[[str], None], fallback=None):
        self._emit = emit
        self._fallback = fallback   # where a print made by ``emit`` itself goes (no recursion)
        self._buffer = ""
        self._frames: dict[int, str] = {}
        self._lock = threading.Lock()
        self._local = threading.local()

    def write(self, text: str) -> int:
        """Buffer ``text``; emit each completed line (a carriage return discards the line so far)."""
        if not text:
            return 0
        if getattr(self._local, "emitting", False):
            with contextlib.suppress(Exception):
                if self._fallback is not None:
                    self._fallback.write(text)
            return len(text)
        with self._lock:
            self._buffer += str(text)
            *lines, self._buffer = self._buffer.split("\n")
        for line in lines:
            self._send(line)
        return len(text)

    def progress(self, key: int, frame: str) -> None:
        """A progress-bar redraw (``frame``), or its end (``frame == ""``: the last frame is logged)."""
        with self._lock:
            if frame:
                self._frames[key] = frame
                return
            last = self._frames.pop(key, "")
        self._send(last)

    def _send(self, line: str) -> None:
        line = clean_line(line)
        if line.strip():
            self._local.emitting = True
            try:
                self._emit(line)
            except Exception:  # noqa: BLE001 - a failing consumer must not break training
                pass
            finally:
                self._local.emitting = False

    def flush(self) -> None:
        """Nothing is held back except an unfinished line."""

    def close_pending(self) -> None:
        """Emit what is left of an unfinished line."""
        with self._lock:
            rest, self._buffer = self._buffer, ""
        self._send(rest)

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        raise OSError("LineStream has no file descriptor")


class LineHandler(logging.Handler):
    """A logging handler that sends each formatted record, line by line, to ``emit``."""

    def __init__(self, emit: Callable[[str], None]):
        super().__init__(logging.INFO)
        self._emit = emit

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except Exception:
            text = str(record.msg)
        for line in text.splitlines():
            line = clean_line(line)
            if line.strip():
                with contextlib.suppress(Exception):
                    self._emit(line)


@contextlib.contextmanager
def capture_output(emit: Callable[[str], None]) -> Iterator[LineStream]:
    """Route ``sys.stdout``/``sys.stderr`` and the "ultralytics" logger to ``emit`` for the block.

    The logger's own console handler is silenced meanwhile (it writes to the stdout of import time,
    which may be ``None`` or a console the user does not see), and everything is restored after.
    """
    stream = LineStream(emit, fallback=sys.stdout)
    logger = logging.getLogger("ultralytics")
    handler = LineHandler(emit)
    silenced = [(h, h.level) for h in logger.handlers if isinstance(h, logging.StreamHandler)]
    for h, _ in silenced:
        h.setLevel(logging.CRITICAL + 1)
    # Ultralytics formats WARNING/ERROR prefixes in its own formatter; reuse it when there is one.
    if silenced and silenced[0][0].formatter is not None:
        handler.setFormatter(silenced[0][0].formatter)
    logger.addHandler(handler)
    previous_level = logger.level
    if logger.level > logging.INFO or logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = stream
    try:
        yield stream
    finally:
        sys.stdout, sys.stderr = old_out, old_err
        stream.close_pending()
        logger.removeHandler(handler)
        logger.setLevel(previous_level)
        for h, level in silenced:
            h.setLevel(level)
