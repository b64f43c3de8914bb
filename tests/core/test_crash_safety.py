"""Never lose a label: killed mid-save, read-only folder, full disk."""
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

OLD = "0 0.100000 0.100000 0.050000 0.050000\n" * 50
NEW = "1 0.900000 0.900000 0.050000 0.050000\n" * 80

SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from workbench.labels import read_label_file, save_label_file, parse_text
    path = Path(sys.argv[1])
    texts = [sys.argv[2], sys.argv[3]]
    print("ready", flush=True)
    n = 0
    while True:
        lf = read_label_file(path)
        boxes = parse_text(texts[n % 2], path).boxes
        save_label_file(lf, [b.with_class(b.cls) for b in boxes])
        n += 1
""")


def test_kill_while_saving_200_times_leaves_old_or_new(tmp_path):
    path = tmp_path / "数据 集" / "图片 1.txt"
    path.parent.mkdir()
    path.write_text(OLD)
    rng = random.Random(0)
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    seen = set()
    for _ in range(200):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(path), OLD, NEW], env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0, 0.004))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        content = path.read_text()
        assert content in (OLD, NEW), f"torn file after kill: {len(content)} chars"
        seen.add(content)
    assert seen == {OLD, NEW}  # the kills really landed at different moments


def _can_mount() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    r = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=8k tmpfs /mnt"],
                       capture_output=True)
    return r.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs root and unshare -m to mount a small tmpfs")

SAVE_ON_FS = textwrap.dedent("""
    import sys
    from pathlib import Path
    from workbench.labels import Box, read_label_file, LabelWriteError
    from workbench.project import Project
    p = Project(sys.argv[1])
    lf = p.load(0)
    try:
        p.save(0, lf, [Box(0, 0.5, 0.5, 0.2, 0.2)] * int(sys.argv[2]))
    except LabelWriteError as e:
        print("ERROR", e)
    print("CONTENT", repr(p.label_paths[0].read_text()))
""")


def _run_on_tmpfs(tmp_path, setup: str, boxes: int) -> str:
    from PIL import Image

    src = tmp_path / "src"
    src.mkdir()
    Image.new("RGB", (32, 32)).save(src / "a.jpg")
    (src / "a.txt").write_text("0 0.1 0.1 0.1 0.1\n")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = tmp_path / "save.py"
    script.write_text(SAVE_ON_FS)
    cmd = (f"mount -t tmpfs -o size=64k tmpfs '{mnt}' && cp '{src}/a.jpg' '{src}/a.txt' '{mnt}/' && {setup} && "
           f"'{sys.executable}' '{script}' '{mnt}' {boxes}")
    r = subprocess.run(["unshare", "-m", "sh", "-c", cmd], capture_output=True, text=True,
                       env=dict(os.environ, PYTHONPATH=os.getcwd()))
    assert r.returncode == 0, r.stderr
    return r.stdout


@needs_mount
def test_read_only_folder_fails_loudly_and_keeps_old_file(tmp_path):
    out = _run_on_tmpfs(tmp_path, f"mount -o remount,ro '{tmp_path / 'mnt'}'", 1)
    assert "ERROR" in out and "could not save" in out and "a.txt" in out and "Read-only" in out
    assert "CONTENT '0 0.1 0.1 0.1 0.1\\n'" in out


@needs_mount
def test_full_disk_fails_loudly_and_keeps_old_file(tmp_path):
    fill = f"(dd if=/dev/zero of='{tmp_path / 'mnt'}/fill' bs=1k count=200 2>/dev/null; true)"
    out = _run_on_tmpfs(tmp_path, fill, 2000)
    assert "ERROR" in out and "No space left" in out and "a.txt" in out
    assert "CONTENT '0 0.1 0.1 0.1 0.1\\n'" in out
