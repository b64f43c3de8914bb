"""Class delete/merge across many label files is all or nothing: failures, cancels, kills."""
import errno
import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from workbench import labels
from workbench.labels import batch as file_batch
from workbench.labels import read_label_file
from workbench.project import Project, ProjectError

N = 100


@pytest.fixture
def proj(tmp_path):
    for i in range(N):
        (tmp_path / f"img{i:03d}.jpg").write_bytes(b"")   # names only: a class change never opens a photo
        (tmp_path / f"img{i:03d}.txt").write_text(f"0 0.5 0.5 0.2 0.2\n2 0.1 0.1 0.1 0.1\n"
                                                  f"1 0.3 0.3 0.1 0.{i % 9 + 1}\n")
    (tmp_path / "classes.txt").write_text("cat\ndog\nbird\n")
    return tmp_path


def snapshot(folder):
    """Every file under ``folder`` with its bytes (temp files and the journal included)."""
    return {os.path.relpath(os.path.join(d, f), folder): open(os.path.join(d, f), "rb").read()
            for d, _, files in os.walk(folder) for f in files}


def test_disk_full_while_preparing_file_57_changes_nothing(proj, monkeypatch):
    before = snapshot(proj)
    real, calls = labels.stage_bytes, []

    def stage(path, data):
        calls.append(path)
        if len(calls) == 57:
            raise labels.LabelWriteError(errno.ENOSPC, f"could not save {path}: No space left on device", str(path))
        return real(path, data)

    monkeypatch.setattr(labels, "stage_bytes", stage)
    p = Project(proj)
    with pytest.raises(OSError, match="No space left"):
        p.remove_class(0)
    assert snapshot(proj) == before            # no label file, no classes.txt, no temp, no journal
    assert p.classes == ["cat", "dog", "bird"]


def test_failure_replacing_file_57_puts_back_the_56_before(proj, monkeypatch):
    before = snapshot(proj)
    real, calls = os.replace, []

    def replace(src, dst):
        if str(dst).endswith("class-change.json"):
            return real(src, dst)
        calls.append(dst)
        if len(calls) == 57:
            raise OSError(errno.EIO, "Input/output error")
        return real(src, dst)

    monkeypatch.setattr(file_batch.os, "replace", replace)
    p = Project(proj)
    with pytest.raises(OSError, match="img056.txt.*nothing was changed"):
        p.remove_class(0, merge_into=2)
    monkeypatch.undo()
    assert snapshot(proj) == before
    assert p.classes == ["cat", "dog", "bird"]
    p.remove_class(0, merge_into=2)                 # a retry finishes consistently
    assert (proj / "classes.txt").read_text() == "dog\nbird\n"
    assert all([b.cls for b in read_label_file(proj / f"img{i:03d}.txt").boxes] == [1, 1, 0] for i in range(N))


def test_classes_txt_is_replaced_after_every_label_file(proj, monkeypatch):
    real, order = os.replace, []
    monkeypatch.setattr(file_batch.os, "replace",
                        lambda src, dst: order.append(os.path.basename(dst)) or real(src, dst))
    Project(proj).remove_class(1)
    order.remove("class-change.json")   # the journal, written before the first file is replaced
    assert len(order) == N + 1 and order[-1] == "classes.txt"


@pytest.mark.parametrize("cancel_at", [0, 30, N])
def test_cancel_before_the_first_replace_changes_nothing(proj, cancel_at):
    before = snapshot(proj)
    seen = []
    p = Project(proj)
    result = p.remove_class(0, progress=lambda done, total: seen.append(done) or done < cancel_at)
    assert result.files == 0 and seen[-1] == cancel_at
    assert snapshot(proj) == before and p.classes == ["cat", "dog", "bird"]


KILLED_MID_CHANGE = textwrap.dedent("""
    import os, signal, sys
    from workbench.labels import batch as file_batch
    from workbench.project import Project
    real, n = os.replace, [0]
    def replace(src, dst):
        n[0] += not str(dst).endswith("class-change.json")
        if n[0] == int(sys.argv[2]):
            os.kill(os.getpid(), signal.SIGKILL)   # a real kill, between two replaces
        real(src, dst)
    file_batch.os.replace = replace
    Project(sys.argv[1]).remove_class(0)
""")


@pytest.mark.parametrize("kill_at", [1, 57, N + 1])
def test_kill_half_way_is_finished_when_the_project_opens(proj, kill_at):
    r = subprocess.run([sys.executable, "-c", KILLED_MID_CHANGE, str(proj), str(kill_at)],
                       env=dict(os.environ, PYTHONPATH=os.getcwd()))
    assert r.returncode == -signal.SIGKILL
    assert (proj / ".workbench" / "class-change.json").exists()
    p = Project(proj)                               # opening finishes the change
    assert p.finished_files == N + 2 - kill_at
    assert p.classes == ["dog", "bird"]
    for i in range(N):
        assert [b.cls for b in read_label_file(proj / f"img{i:03d}.txt").boxes] == [1, 0]
    assert not any(".tmp" in name or "class-change" in name for name in snapshot(proj))


def test_a_change_that_cannot_be_finished_is_a_clear_error(proj, monkeypatch):
    subprocess.run([sys.executable, "-c", KILLED_MID_CHANGE, str(proj), "10"],
                   env=dict(os.environ, PYTHONPATH=os.getcwd()))

    def refused(src, dst):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(file_batch.os, "replace", refused)
    with pytest.raises(ProjectError, match="class change was interrupted"):
        Project(proj)
    monkeypatch.undo()
    assert Project(proj).classes == ["dog", "bird"]


def test_a_change_another_running_process_is_writing_is_left_to_it(proj):
    subprocess.run([sys.executable, "-c", KILLED_MID_CHANGE, str(proj), "10"],
                   env=dict(os.environ, PYTHONPATH=os.getcwd()))
    journal = proj / ".workbench" / "class-change.json"
    alive = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        data = json.loads(journal.read_text())
        journal.write_text(json.dumps(dict(data, pid=alive.pid)))   # as if that process were writing it now
        assert Project(proj).finished_files == 0 and journal.exists()
    finally:
        alive.stdin.close()
        alive.wait()
    assert Project(proj).finished_files == N + 2 - 10 and not journal.exists()


KILLED_WHILE_PREPARING = textwrap.dedent("""
    import sys
    from workbench.project import Project
    def progress(done, total):   # says how far it is; at file K it waits there to be killed
        print(done, flush=True)
        if done == int(sys.argv[2]):
            sys.stdin.readline()
    Project(sys.argv[1]).remove_class(0, progress=progress)
""")


@pytest.mark.parametrize("kill_after", [1, 57])
def test_kill_while_the_temps_are_written_leaves_the_old_files_and_no_temp(proj, kill_after):
    before = snapshot(proj)
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_PREPARING, str(proj), str(kill_after)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=os.getcwd()))
    for line in proc.stdout:               # the event: the child reports file ``kill_after`` written
        if int(line) == kill_after:
            break
    proc.kill()
    proc.wait()
    proc.stdout.close()
    proc.stdin.close()
    left = [n for n in snapshot(proj) if n.endswith(".tmp")]
    assert left                            # the kill left temp files, as a real one does
    p = Project(proj)
    assert p.finished_files == 0 and len(p.remove_stray_temp_files()) == len(left)
    assert snapshot(proj) == before
