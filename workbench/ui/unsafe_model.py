"""The one question asked before a ``.pt`` that would run code is loaded (Preview, pre-label).

Every ``.pt`` loads weights-only (:mod:`workbench.checkpoints`); a file that names other code is
refused with ``UnsafeCheckpoint``. Only here may the user say "load it anyway", for that file.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def ask_to_trust(parent, path: str, error: BaseException) -> bool:
    """True when ``error`` refused a file that runs code and the user chose to load it anyway
    (the file is then trusted for this session); False otherwise, nothing trusted."""
    from ..checkpoints import UnsafeCheckpoint, trust_checkpoint

    if not isinstance(error, UnsafeCheckpoint) or not error.runs_code:
        return False
    title = QCoreApplication.translate("UnsafeModel", "This model file can run code")
    text = QCoreApplication.translate("UnsafeModel", "{0}\n\nLoad it anyway? Only if you trust whoever made the file: it can do anything your user account can.")  # noqa: E501 - one literal for lupdate
    answer = QMessageBox.question(
        parent, title, text.format(str(error)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    trust_checkpoint(path)
    return True
