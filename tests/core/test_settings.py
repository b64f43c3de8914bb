import json
import os

from workbench.settings import Settings, config_dir


def test_round_trip_and_isolated_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path))
    s = Settings()
    s.remember_folder("/data/数据", "a/图片.jpg")
    s.two_click_mode = True
    s.save()
    assert config_dir() == tmp_path
    t = Settings.load()
    assert t.last_folder == "/data/数据" and t.last_image == {"/data/数据": "a/图片.jpg"} and t.two_click_mode


def test_broken_or_foreign_file_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path))
    (tmp_path / "settings.json").write_text("{not json")
    assert Settings.load() == Settings()
    (tmp_path / "settings.json").write_text(json.dumps({"last_folder": 3, "autosave": False, "x": 1}))
    s = Settings.load()
    assert s.last_folder == "" and s.autosave is False


def test_folder_name_with_bytes_that_are_not_utf8_saves_and_loads_back(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path))
    folder = os.fsdecode(b"/photos/caf\xe9 \xff")       # a Latin-1 name on a UTF-8 system
    s = Settings()
    s.remember_folder(folder, os.fsdecode(b"img\xff.jpg"))
    assert s.save_quietly()                               # was: UnicodeEncodeError, the app did not start
    (tmp_path / "settings.json").read_bytes().decode("utf-8")   # valid UTF-8 on disk
    back = Settings.load()
    assert back.last_folder == folder and back.recent_folders == [folder]
    assert back.last_image == {folder: os.fsdecode(b"img\xff.jpg")}
