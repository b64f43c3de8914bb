"""Start the GUI: QApplication, main window, first folder; and ``--screenshot``.

torch and ultralytics are never imported here: the window appears first.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from . import resources_dir

RESOURCES = resources_dir()           # installed wheel, source checkout or bundle: one rule
SAMPLE_PROJECT = RESOURCES / "sample_project"


def _undo_cv2_qt_redirect() -> None:
    # opencv-python points Qt at its own (incompatible) plugins and fonts when cv2 is
    # imported; with those set, PySide6 cannot load its xcb platform plugin.
    for var in ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR"):
        if "cv2" in os.environ.get(var, ""):
            del os.environ[var]


def sample_project_copy() -> Path:
    """A writable copy of the bundled sample project (created on first use)."""
    from .settings import config_dir

    dest = config_dir() / "sample_project"
    if not dest.exists() and SAMPLE_PROJECT.is_dir():
        shutil.copytree(SAMPLE_PROJECT, dest)
    return dest


def first_folder(folder: str | None, settings) -> Path | None:
    """The folder to open: the one asked for, else the last one, else the sample project."""
    if folder:
        return Path(folder)
    if settings.last_folder and Path(settings.last_folder).is_dir():
        return Path(settings.last_folder)
    sample = sample_project_copy()
    return sample if sample.is_dir() else None


def install_translation(app, language: str = "") -> str:
    """Load Workbench's and Qt's translations for ``language`` (system locale when empty),
    replacing any loaded before (``ui/language.py``). Returns the language used ("en" when
    there is no translation for it)."""
    from .ui import language as ui_language

    return ui_language.install(app, language)


def install_fonts_and_icon(app) -> None:
    """The shipped Chinese font and the window icon.

    Qt falls back to an application font for glyphs the system fonts lack, so Chinese labels and
    file names render on machines without a CJK font (resources/fonts/make_cjk_subset.py).
    """
    from PySide6.QtGui import QFontDatabase, QIcon

    for font in sorted((RESOURCES / "fonts").glob("*.otf")):
        QFontDatabase.addApplicationFont(str(font))
    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("workbench_*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    app.setDesktopFileName("workbench")  # Wayland/GNOME match the window to workbench.desktop


def create_window(folder: str | None = None, sample: bool = False):
    """The QApplication (created if needed) and the main window with its first folder open."""
    _undo_cv2_qt_redirect()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .settings import Settings
    from .ui.main_window import MainWindow

    QCoreApplication.setOrganizationName("Workbench")
    QCoreApplication.setApplicationName("Workbench")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts_and_icon(app)
    settings = Settings.load()
    install_translation(app, os.environ.get("WORKBENCH_LANG") or settings.language)
    win = MainWindow(settings)
    start = sample_project_copy() if sample else first_folder(folder, settings)
    if start is not None:
        win.open_folder(start)
    return app, win


def run_gui(folder: str | None = None, screenshot: str | None = None, sample: bool = False) -> int:
    """Run the app (or render one screenshot of its window and exit)."""
    app, win = create_window(folder, sample)
    if screenshot:
        return _screenshot(app, win, screenshot)
    win.show()
    if os.environ.get("WORKBENCH_QUIT_AFTER_MS"):  # start-up benchmark: measure, then leave
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(os.environ["WORKBENCH_QUIT_AFTER_MS"]), lambda: _report_startup(win))
    return app.exec()


def _report_startup(win) -> None:
    import json
    import time

    heavy = sorted(m for m in ("torch", "ultralytics", "cv2") if m in sys.modules)
    print(json.dumps({"ready_at": time.time(), "shown": win.label_page._shown is not None,
                      "heavy_modules": heavy}), flush=True)
    win.close()


def _screenshot(app, win, out: str) -> int:
    win.show()
    page = win.label_page
    for _ in range(200):  # at most ~2 s for the decode and the status scan
        app.processEvents()
        page.loader.wait(10)
        app.processEvents()
        if page._shown is not None and page.images.model.counts().get(None, 0) == 0:
            break
    app.processEvents()
    ok = win.grab().save(out)
    win.close()
    if not ok:
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0
