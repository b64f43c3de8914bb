"""The main window: pages in tabs, menus built from the pages' action tables, status bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QDialog, QFileDialog, QHeaderView, QLabel, QMainWindow, QMessageBox,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout)

from .. import __version__
from ..settings import Settings, config_dir
from .background import stop_all
from .label_actions import ACTIONS, CANVAS_KEYS, CTX
from .label_page import LabelPage

MENUS = [("File", QT_TRANSLATE_NOOP("MainWindow", "&File")),
         ("Edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
         ("View", QT_TRANSLATE_NOOP("MainWindow", "&View")),
         ("Go", QT_TRANSLATE_NOOP("MainWindow", "&Go"))]


def window_state() -> QSettings:
    """QSettings for window geometry only, in Workbench's config folder."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """One window holding every page of the product."""

    def __init__(self, settings: Settings):
        super().__init__()
        self.settings = settings
        self.setWindowTitle("Workbench")
        self.label_page = LabelPage(settings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.label_page, self.tr("Label"))
        self.setCentralWidget(self.tabs)
        self.position = QLabel()
        self.statusBar().addPermanentWidget(self.position)
        self._build_menus()
        self.label_page.title_changed.connect(lambda t: self.setWindowTitle(f"{t} - Workbench"))
        self.label_page.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.label_page.position_changed.connect(self.position.setText)
        self.resize(1280, 800)
        st = window_state()
        if st.value("geometry"):
            self.restoreGeometry(st.value("geometry"))
        if st.value("splitter"):
            self.label_page.splitter.restoreState(st.value("splitter"))

    def _build_menus(self) -> None:
        acts = self.label_page.actions
        menus = {key: self.menuBar().addMenu(QCoreApplication.translate("MainWindow", text)) for key, text in MENUS}
        acts["open"].triggered.connect(self.choose_folder)
        for spec in ACTIONS:
            menus[spec.menu].addAction(acts[spec.name])
            if spec.name == "save":
                self.recent_menu = menus["File"].addMenu(self.tr("Open &Recent"))
                self.recent_menu.aboutToShow.connect(self._fill_recent)
                menus["File"].addSeparator()
        quit_act = QAction(self.tr("&Quit"), self)
        quit_act.setShortcut(QKeySequence.StandardKey.Quit)
        quit_act.triggered.connect(self.close)
        menus["File"].addAction(quit_act)
        lang_menu = menus["View"].addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in [("", self.tr("System")), ("en", "English"), ("zh_CN", "简体中文")]:
            act = lang_menu.addAction(name, lambda c=code: self._set_language(c))
            act.setCheckable(True)
            act.setChecked(self.settings.language == code)
            group.addAction(act)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = help_menu.addAction(self.tr("&Keyboard Shortcuts"))
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.tr("&About Workbench"), self._about)

    def _set_language(self, code: str) -> None:
        self.settings.language = code
        self.settings.save_quietly()
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start of Workbench."))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for folder in self.settings.recent_folders:
            self.recent_menu.addAction(folder, lambda f=folder: self.open_folder(f))

    def choose_folder(self) -> None:
        start = self.settings.last_folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of photos"), start)
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str | Path) -> bool:
        ok = self.label_page.open_folder(folder)
        if ok:
            self.settings.save_quietly()
        return ok

    def show_shortcuts(self) -> None:
        """The cheat-sheet, generated from the same table the menus come from."""
        rows = [(" / ".join(spec.keys), QCoreApplication.translate(CTX, spec.text).replace("&", ""))
                for spec in ACTIONS if spec.keys]
        rows += [(QCoreApplication.translate(CTX, k), QCoreApplication.translate(CTX, t)) for k, t in CANVAS_KEYS]
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        for r, (k, t) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(k))
            table.setItem(r, 1, QTableWidgetItem(t))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay = QVBoxLayout(dlg)
        lay.addWidget(table)
        dlg.resize(560, 520)
        self._shortcuts = dlg
        dlg.show()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Workbench"),
                          self.tr("Workbench {0}\nLabel photos, train YOLO, see it live.").format(__version__))

    def closeEvent(self, event) -> None:
        page = self.label_page
        page.leave_image()
        unsaved = page.has_unsaved()
        if unsaved:
            answer = QMessageBox.warning(
                self, self.tr("Unsaved boxes"),
                self.tr("The boxes of {0} images could not be saved ({1}...).\nQuit anyway and lose them?").format(
                    len(unsaved), ", ".join(unsaved[:3])),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        stop_all()
        page.loader.clear()
        page.loader.wait(3000)
        st = window_state()
        st.setValue("geometry", self.saveGeometry())
        st.setValue("splitter", page.splitter.saveState())
        self.settings.save_quietly()
        super().closeEvent(event)
