"""Session-wide test setup: headless by default, and no test touches the developer's settings.

- Qt runs on the ``offscreen`` platform unless ``QT_QPA_PLATFORM`` is already set or ``--headed``
  is given (``pytest --headed`` shows the windows, the labelme habit).
- Every test gets its own empty config folder: ``$WORKBENCH_CONFIG_DIR`` (where the app reads its
  settings file), QSettings' ini paths, and Qt's standard paths in test mode.
- Ultralytics' settings file goes to a session temp folder, never to ``~/.config/Ultralytics``.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_SESSION_DIR: str | None = None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--headed",
        action="store_true",
        default=False,
        help="show Qt windows on the real display instead of the offscreen platform",
    )


def pytest_configure(config: pytest.Config) -> None:
    global _SESSION_DIR
    # Before any test module is collected: Qt reads the platform when the QApplication is made,
    # ultralytics reads its config dir when it is first imported.
    if not config.getoption("--headed"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _SESSION_DIR = tempfile.mkdtemp(prefix="workbench-tests-")
    yolo_dir = os.path.join(_SESSION_DIR, "ultralytics")
    os.makedirs(yolo_dir, exist_ok=True)
    os.environ.setdefault("YOLO_CONFIG_DIR", yolo_dir)
    # Tests never pip-install anything behind the user's back.
    os.environ.setdefault("YOLO_AUTOINSTALL", "false")
    # A session-wide fallback; the autouse fixture below gives each test its own folder.
    os.environ["WORKBENCH_CONFIG_DIR"] = os.path.join(_SESSION_DIR, "config")


def pytest_unconfigure(config: pytest.Config) -> None:
    if _SESSION_DIR:
        shutil.rmtree(_SESSION_DIR, ignore_errors=True)


def pytest_report_header(config: pytest.Config) -> str:
    return f"Qt platform: {os.environ.get('QT_QPA_PLATFORM', '(default)')}"


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch):
    """Point every place the app keeps user settings at a fresh folder for this test."""
    config_dir = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(config_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_dir / "xdg"))

    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    # IniFormat everywhere, so Windows' registry and macOS' plist are not used either.
    previous_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(config_dir / "qsettings"))
    yield config_dir
    QSettings.setDefaultFormat(previous_format)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory):
    """A real tiny trained YOLO model (best.pt), trained once per test session (~10 s)."""
    from tiny_dataset import trained_model

    return trained_model(tmp_path_factory.getbasetemp() / "tiny-yolo")
