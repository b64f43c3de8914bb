"""The Label page never loses or hides work: stray temp files, odd names, huge label files, bad photos."""
import os
import subprocess
import sys
import textwrap
import time

import pytest

from workbench.labels import TEMP_NAME
from workbench.settings import Settings
from workbench.ui.main_window import MainWindow

from page_helpers import drag, wait_image

OLD = "0 0.100000 0.100000 0.050000 0.050000\n" * 3000
NEW = "1 0.900000 0.900000 0.050000 0.050000\n" * 3000

SAVE_LOOP = textwrap.dedent("""
    import sys
    from workbench.labels import parse_text
    from workbench.project import Project
    p = Project(sys.argv[1])
    texts = [sys.argv[2], sys.argv[3]]
    print("ready", flush=True)
    n = 0
    while True:
        lf = p.load(0)
        p.save(0, lf, [b.with_class(b.cls) for b in parse_text(texts[n % 2], lf.path).boxes])
        n += 1
""")


def temps(folder):
    return [n for n in os.listdir(folder) if TEMP_NAME.fullmatch(n)]


def kill_while_saving(folder, tries=30):
    """Kill a child that saves img1's labels in a loop the moment a temp file exists, until one
    kill leaves a temp file behind (a kill between the temp file and os.replace)."""
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    for _ in range(tries):
        proc = subprocess.Popen([sys.executable, "-c", SAVE_LOOP, str(folder), OLD, NEW], env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline() == "ready\n"
        deadline = time.monotonic() + 30
        while not temps(folder):        # the event waited on: a save is between its temp and its replace
            assert time.monotonic() < deadline and proc.poll() is None
        proc.kill()
        proc.wait()
        proc.stdout.close()
        assert (folder / "img1.txt").read_text() in (OLD, NEW)   # never torn
        if temps(folder):
            return
    pytest.fail(f"no kill of {tries} landed inside a save")


def test_temp_files_of_a_killed_save_are_removed_when_the_folder_opens(qtbot, folder):
    (folder / "img1.txt").write_text(OLD)
    kill_while_saving(folder)
    left = temps(folder)
    (folder / ".notes.txt.tmp").write_text("someone else's")       # not our pattern: kept
    (folder / ".img2.txt.abc.tmp").write_text("not ours either")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.label_page.message, timeout=5000) as said:
        assert win.open_folder(folder)
    assert temps(folder) == []
    assert f"Removed {len(left)} temporary files" in said.args[0]
    assert (folder / "img1.txt").read_text() in (OLD, NEW)
    assert (folder / ".notes.txt.tmp").exists() and (folder / ".img2.txt.abc.tmp").exists()
