"""The command line: --version, --screenshot of a folder (offscreen), bad folder."""
import os
import subprocess
import sys

from PIL import Image


def run(*args, cwd=None, env_extra=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.getcwd(), **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=cwd)


def test_screenshot_of_a_unicode_folder(tmp_path):
    folder = tmp_path / "数据 集"
    folder.mkdir()
    Image.new("RGB", (320, 240), (200, 100, 50)).save(folder / "图片 1.jpg")
    (folder / "图片 1.txt").write_text("0 0.5 0.5 0.5 0.5\n")
    (folder / "classes.txt").write_text("苹果\n")
    out = tmp_path / "shot.png"
    r = run("--screenshot", str(out), str(folder))
    assert r.returncode == 0, r.stderr
    with Image.open(out) as im:
        assert im.size[0] >= 800
        # the photo's orange shows in the middle of the window
        assert any(abs(im.getpixel((x, im.size[1] // 2))[0] - 200) < 30 for x in range(0, im.size[0], 10))
    assert (folder / "图片 1.txt").read_text() == "0 0.5 0.5 0.5 0.5\n"  # looked at, not rewritten


def test_sample_project_opens_from_a_copy(tmp_path):
    out = tmp_path / "s.png"
    cfg = tmp_path / "cfg"
    r = run("--sample", "--screenshot", str(out), env_extra={"WORKBENCH_CONFIG_DIR": str(cfg)})
    assert r.returncode == 0, r.stderr
    assert (cfg / "sample_project" / "classes.txt").exists()


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("workbench ")


def test_chinese_translation_loads(tmp_path):
    code = ("from workbench.app import create_window\n"
            "app, win = create_window(None)\n"
            "print([a.text() for a in win.menuBar().actions()])\n"
            "print(win.tabs.tabText(0))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.getcwd(), WORKBENCH_LANG="zh_CN",
               WORKBENCH_CONFIG_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "文件(&F)" in r.stdout and "标注" in r.stdout


def test_every_ui_text_has_a_chinese_translation(tmp_path):
    """lupdate over today's code (GUI texts and the core's message templates) into a copy of the
    .ts: every text, new ones too, is translated."""
    import runpy
    import shutil
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    ts = tmp_path / "check.ts"
    shutil.copy(root / "resources" / "translations" / "workbench_zh_CN.ts", ts)
    script = runpy.run_path(str(root / "resources" / "translations" / "zh_CN.py"))
    script["lupdate"](ts, tmp_path / "core_messages.py")
    unfinished = [m.find("source").text for m in ET.parse(ts).getroot().iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not m.find("translation").text]
    assert unfinished == [], "run resources/translations/zh_CN.py after adding the texts there"
