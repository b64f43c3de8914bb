"""The main window: pages in tabs, menus built from the pages' action tables, status bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox,
                               QTabWidget)

from .. import __version__
from ..settings import Settings, config_dir
from . import language
from .background import stop_all
from .dataset_page import DatasetPage
from .label_actions import ACTIONS
from .label_page import LabelPage
from .preview_page import PreviewPage
from .train_page import TrainPage

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
        language.ensure_recording(QApplication.instance())   # so that a language switch finds every text
        self.setWindowTitle("Workbench")
        self.label_page = LabelPage(settings)
        self.dataset_page = DatasetPage(settings)
        self.train_page = TrainPage(settings)
        self.preview_page = PreviewPage(settings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.label_page, self.tr("Label"))
        self.tabs.addTab(self.dataset_page, self.tr("Dataset"))
        self.tabs.addTab(self.train_page, self.tr("Train"))
        self.tabs.addTab(self.preview_page, self.tr("Preview"))
        self.setCentralWidget(self.tabs)
        self.position = QLabel()
        self.statusBar().addPermanentWidget(self.position)
        self._build_menus()
        self._connect_pages()
        self.resize(1280, 800)
        st = window_state()
        if st.value("geometry"):
            self.restoreGeometry(st.value("geometry"))
        if st.value("splitter"):
            self.label_page.splitter.restoreState(st.value("splitter"))

    def _connect_pages(self) -> None:
        """The arrows of the loop: each page hands its file on to the next one."""
        show = lambda m: self.statusBar().showMessage(m, 8000)  # noqa: E731
        lp, dp, tp, pp = self.label_page, self.dataset_page, self.train_page, self.preview_page
        lp.title_changed.connect(lambda t: self.setWindowTitle(f"{t} - Workbench"))
        lp.position_changed.connect(self.position.setText)
        for page in (lp, dp, tp, pp):
            page.message.connect(show)
        lp.project_opened.connect(self._on_project)
        dp.open_image.connect(self._open_image)
        dp.dataset_built.connect(tp.set_data)
        dp.train_requested.connect(self._train_on)
        tp.open_in_preview.connect(self._preview_model)
        tp.export_requested.connect(self._export_model)
        tp.label_class_requested.connect(self._label_more)
        pp.captured.connect(self._on_captured)
        pp.label_requested.connect(self._open_image)
        self.tabs.currentChanged.connect(self._on_tab)

    def _on_tab(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if page is self.dataset_page and self.label_page.project is not None:
            self.label_page.leave_image()   # the check reads the disk: save the open image first
            self.dataset_page.set_project(self.label_page.project)   # same project: marks it changed

    def _on_project(self, project) -> None:
        self.dataset_page.set_project(project)
        self.preview_page.set_project(project)
        self.train_page.set_runs_folder(str(project.root / "runs"))
        data = project.root / "dataset" / "data.yaml"
        if data.is_file():
            self.train_page.set_data(str(data))

    def _open_image(self, path: str) -> None:
        if self.label_page.show_image_path(path):
            self.tabs.setCurrentWidget(self.label_page)

    def _preview_model(self, model: str) -> None:
        self.preview_page.set_model(model)
        self.tabs.setCurrentWidget(self.preview_page)

    def _export_model(self, model: str) -> None:
        # The Preview page owns export (it then runs the fastest backend that loads).
        self._preview_model(model)
        self.preview_page.export_onnx()

    def _on_captured(self, path: str, boxes) -> None:
        # The frame joins the Label page's list with the model's boxes as suggestions; the
        # user stays on the camera and reviews them later (N: next unlabeled image).
        self.label_page.set_suggestions(path, boxes)

    def _label_more(self, name: str) -> None:
        # Train's advice "label more of X": the Label page showing the photos with X, as examples.
        self.tabs.setCurrentWidget(self.label_page)
        project, images = self.label_page.project, self.label_page.images
        if project is None or name not in project.classes:
            return
        wanted = ("class", project.classes.index(name))
        for i in range(images.filter_combo.count()):
            if images.filter_combo.itemData(i) == wanted:
                images.set_filter_index(i)
        self.statusBar().showMessage(self.tr("Photos with {0}: label more photos like these "
                                             "(N: next unlabeled image).").format(name), 15000)

    def _train_on(self, data_yaml: str) -> None:
        self.train_page.set_data(data_yaml)
        self.tabs.setCurrentWidget(self.train_page)

    def _build_menus(self) -> None:
        acts = self.label_page.actions
        menus = {key: self.menuBar().addMenu(QCoreApplication.translate("MainWindow", text)) for key, text in MENUS}
        acts["open"].triggered.connect(self.choose_folder)
        for spec in ACTIONS:
            menus[spec.menu].addAction(acts[spec.name])
            if spec.name == "save":
                self.import_action = menus["File"].addAction(self.tr("&Import Labels..."), self.import_labels)
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
        help_menu.addAction(self.tr("&Words Explained"), self.show_glossary)
        help_menu.addAction(self.tr("&About Workbench"), self._about)

    def _set_language(self, code: str) -> None:
        self.settings.language = code
        self.settings.save_quietly()
        self.apply_language(code)

    def apply_language(self, code: str) -> str:
        """Switch the UI language now ("" = the system's); returns the language used.

        ui/language.py retranslates every fixed text of the open windows; pages whose texts hold
        values (a check's advice, the model list, results) refresh them in ``retranslate()``.
        """
        lang = language.switch(QApplication.instance(), code)
        for page in (self.label_page, self.dataset_page, self.train_page, self.preview_page):
            if hasattr(page, "retranslate"):
                page.retranslate()
        return lang

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

    def import_labels(self) -> None:
        """Pascal VOC / COCO / labelme annotations into the open project (File > Import Labels)."""
        project = self.label_page.project
        if project is None:
            self.statusBar().showMessage(self.tr("Open the folder of photos first, then import its labels."), 8000)
            return
        from .import_dialog import ImportDialog

        if not self.label_page.confirm_discard_unsaved(
                self.tr("Importing reads the folder again. Import anyway and lose them?")):
            return
        dlg = ImportDialog(str(project.root), self)
        dlg.imported.connect(lambda _r: self.open_folder(project.root))   # statuses and classes re-read
        self._import_dialog = dlg
        dlg.show()

    def show_shortcuts(self) -> None:
        """The cheat-sheet (non-modal, Esc closes it), generated from the table the menus come from."""
        from .shortcuts_dialog import ShortcutsDialog

        old = getattr(self, "_shortcuts", None)
        if old is not None:
            old.close()
            old.deleteLater()      # made afresh: its texts follow the current language
        self._shortcuts = ShortcutsDialog(self)
        self._shortcuts.show()
        self._shortcuts.activateWindow()

    def show_glossary(self) -> None:
        """Help > Words Explained: IoU, mAP50-95, losses, backend... in one plain line each."""
        from ..widgets.term_help import GlossaryDialog

        self._glossary = GlossaryDialog(self)
        self._glossary.show()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Workbench"),
                          self.tr("Workbench {0}\nLabel photos, train YOLO, see it live.").format(__version__))

    def closeEvent(self, event) -> None:
        if self.train_page.is_running():
            answer = QMessageBox.question(
                self, self.tr("Training is running"),
                self.tr("Training is still running. Pause it and quit? You can resume it later from the Train page."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.train_page.shutdown()
        self.preview_page.shutdown()
        page = self.label_page
        if not page.confirm_discard_unsaved(self.tr("Quit anyway and lose them?")):
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
