"""User settings in one JSON file (labelme's habit: QSettings only for window geometry).

The file lives in ``$WORKBENCH_CONFIG_DIR`` when set (tests point it at a temp folder),
else the platform's config folder. It carries a ``version`` key; unknown or broken files
fall back to defaults instead of stopping the app.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .labels import atomic_write_bytes

SETTINGS_VERSION = 1


def config_dir() -> Path:
    """Folder for Workbench's settings files."""
    env = os.environ.get("WORKBENCH_CONFIG_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "workbench"


@dataclass
class Settings:
    """What Workbench remembers between runs."""

    last_folder: str = ""
    # folder (absolute) -> last image (relative to it), so each project reopens where left
    last_image: dict[str, str] = field(default_factory=dict)
    recent_folders: list[str] = field(default_factory=list)
    two_click_mode: bool = False
    ask_class: bool = False  # ask the class in a popup after each new box (LabelImg)
    autosave: bool = True
    show_labels: bool = True
    language: str = ""  # "" follows the system; "en" or "zh_CN" chooses
    train_form: dict = field(default_factory=dict)  # the Train page form's last values
    preview: dict = field(default_factory=dict)  # the Preview page's confidence, IoU, image size, what boxes show
    weights_base_url: str = ""  # mirror of the pretrained weights' release folder; "" the default host
    version: int = SETTINGS_VERSION

    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        """Read the settings file; defaults for anything missing, unknown or broken."""
        path = path or config_dir() / "settings.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        s = cls()
        for k, v in data.items():
            if k in known and k != "version" and isinstance(v, type(getattr(s, k))):
                setattr(s, k, v)
        return s

    def save(self, path: Path | None = None) -> None:
        """Write the settings file atomically."""
        path = path or config_dir() / "settings.json"
        text = json.dumps(asdict(self), ensure_ascii=False, indent=1)
        # A folder name with bytes that are not UTF-8 (Linux allows them) holds lone surrogates;
        # "backslashreplace" writes them as \udcXX, a JSON escape that loads back to the same name.
        atomic_write_bytes(path, text.encode("utf-8", errors="backslashreplace"))

    def save_quietly(self, path: Path | None = None) -> bool:
        """Save, returning False instead of raising (settings are never worth a crash)."""
        try:
            self.save(path)
            return True
        except (OSError, ValueError):   # ValueError: UnicodeError, a value json cannot write
            return False

    def remember_folder(self, folder: str, image: str | None = None) -> None:
        """Record ``folder`` as the last and most recent one, and the image shown in it."""
        self.last_folder = folder
        self.recent_folders = [folder] + [f for f in self.recent_folders if f != folder][:9]
        if image is not None:
            self.last_image[folder] = image
