"""The one question asked before a ``.pt`` that would run code is loaded (Preview, pre-label, Train).

Every ``.pt`` loads weights-only (:mod:`workbench.checkpoints`); a file that names other code is
refused with ``UnsafeCheckpoint``. Only here may the user say "load it anyway", for that file.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def ask_to_trust(parent, path: str, error: BaseException) -> bool:
    """True when ``error`` refused a file that runs code and the user chose to load it anyway
    (the file is then trusted for this session); False otherwise, nothing trusted."""
    from ..checkpoints import UnsafeCheckpoint

    if not isinstance(error, UnsafeCheckpoint) or not error.runs_code:
        return False
    return ask_to_trust_file(parent, path, str(error))


def ask_to_trust_file(parent, path: str, reason: str) -> bool:
    """Ask whether to load ``path``, which ``reason`` says would run code; True (and the file
    trusted for this session) when the user says Yes."""
    from ..checkpoints import trust_checkpoint

    title = QCoreApplication.translate("UnsafeModel", "This model file can run code")
    text = QCoreApplication.translate("UnsafeModel", "{0}\n\nLoad it anyway? Only if you trust whoever made the file: it can do anything your user account can.")  # noqa: E501 - one literal for lupdate
    answer = QMessageBox.question(
        parent, title, text.format(reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    trust_checkpoint(path)
    return True
