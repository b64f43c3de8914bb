"""``workbench check`` and ``workbench split`` as a user runs them."""
import json
import os
import subprocess
import sys

import yaml
from tiny_dataset import make_project


def run(*args):
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_check_clean_project_exits_0(tmp_path):
    root = make_project(tmp_path / "数据 集", 12)
    r = run("check", str(root))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "12 images: 12 labeled" in r.stdout and "nothing blocks training" in r.stdout


def test_check_problem_exits_1_and_json_names_file_and_line(tmp_path):
    root = make_project(tmp_path / "p", 6)
    (root / "img_002.txt").write_text("0 0.5 0.5 0.2 0.2\n7 0.5 0.5 0.2 0.2\n")
    r = run("check", str(root))
    assert r.returncode == 1
    assert f"error: {root / 'img_002.txt'}:2: class id 7" in r.stdout
    r = run("check", str(root), "--json")
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert data["ok"] is False and data["counts"]["problems"] == 1
    f = data["findings"][0]
    assert (f["file"], f["line"], f["blocking"]) == (str(root / "img_002.txt"), 2, True)
    assert data["classes"][0]["name"] == "square"


def test_check_missing_folder(tmp_path):
    r = run("check", str(tmp_path / "nope"))
    assert r.returncode == 2 and "not a folder" in r.stderr


def test_split_builds_and_prints_counts(tmp_path):
    root = make_project(tmp_path / "p", 20)
    (root / "img_019.txt").unlink()
    out = tmp_path / "输出 ds"
    r = run("split", str(root), "--out", str(out), "--val", "0.25", "--seed", "3")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "train 14" in r.stdout and "val 5" in r.stdout and "1 not labeled" in r.stdout
    data = yaml.safe_load((out / "data.yaml").read_text(encoding="utf-8"))
    assert data["path"] == out.as_posix() and data["names"] == {0: "square", 1: "circle"}
    val = sorted(os.listdir(out / "images" / "val"))
    assert len(val) == 5
    assert (root / ".workbench" / "split.json").is_file()  # the built split is stored
    (root / "img_019.txt").write_text("")  # one more image: the others stay where they were
    again = run("split", str(root), "--out", str(out), "--val", "0.25", "--seed", "3")
    assert again.returncode == 0
    assert set(val) <= set(os.listdir(out / "images" / "val"))


def test_split_refuses_bad_ratios(tmp_path):
    root = make_project(tmp_path / "p", 4)
    r = run("split", str(root), "--val", "0.7", "--test", "0.4")
    assert r.returncode == 1 and "val 0.7 + test 0.4" in r.stderr
    assert not (root / ".workbench" / "split.json").exists()  # nothing built, nothing stored


def test_check_with_a_file_name_that_is_not_utf8(tmp_path):
    root = make_project(tmp_path / "p", 4)
    bad = os.fsencode(root / "img_001.jpg").replace(b"img_001", b"caf\xe9\xff")
    os.rename(root / "img_001.jpg", bad)
    os.rename(root / "img_001.txt", bad[:-4] + b".txt")
    with open(bad[:-4] + b".txt", "a") as f:
        f.write("9 0.5 0.5 0.1 0.1\n")                   # a problem to report, naming the file
    env = dict(os.environ, PYTHONPATH=os.getcwd(), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for args in ((), ("--json",)):
        r = subprocess.run([sys.executable, "-m", "workbench", "check", str(root), *args], capture_output=True,
                           env=env, timeout=120)
        assert r.returncode == 1, r.stderr.decode("utf-8", "replace")   # a finding, not a crash (exit 1, no traceback)
        out = r.stdout.decode("utf-8")                    # valid UTF-8: names shown with U+FFFD
        assert b"Traceback" not in r.stderr
        if args:
            data = json.loads(out)
            assert any(f["file"].endswith("caf\ufffd\ufffd.txt") and f["line"] == 2 for f in data["findings"])
        else:
            assert "caf\ufffd\ufffd.txt:2: class id 9" in out


def test_split_with_a_file_name_that_is_not_utf8_builds_and_stays_stable(tmp_path):
    root = make_project(tmp_path / "p", 8)
    bad = os.fsencode(root / "img_003.jpg").replace(b"img_003", b"caf\xe9\xff")
    os.rename(root / "img_003.jpg", bad)
    os.rename(root / "img_003.txt", bad[:-4] + b".txt")
    env = dict(os.environ, PYTHONPATH=os.getcwd(), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    where = []
    for _ in range(2):       # the second build reads the stored split back (its JSON holds the name)
        r = subprocess.run([sys.executable, "-m", "workbench", "split", str(root)], capture_output=True, env=env,
                           timeout=120)
        assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
        where.append([s for s in ("train", "val")
                      if os.path.exists(os.fsencode(root / "dataset" / "images" / s) + b"/caf\xe9\xff.jpg")])
    assert len(where[0]) == 1 and where[0] == where[1]


def foreign_yaml(tmp_path):
    """A data.yaml in ``proj`` whose path: points at a folder elsewhere (as ``path: /usr`` would)."""
    elsewhere = make_project(tmp_path / "elsewhere", 8)
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "data.yaml").write_text(f"path: {elsewhere}\ntrain: .\nval: .\nnames: [square, circle]\n")
    return proj / "data.yaml", elsewhere


def tree(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_split_never_writes_where_a_data_yaml_path_points_unless_told(tmp_path):
    data, elsewhere = foreign_yaml(tmp_path)
    before = tree(elsewhere)
    r = run("split", str(data))
    assert r.returncode == 2, r.stdout + r.stderr
    assert f"reads images from {elsewhere}" in r.stderr and "--out" in r.stderr and "nothing was written" in r.stderr
    assert tree(elsewhere) == before and tree(data.parent) == ["data.yaml"]
    out = tmp_path / "proj" / "ds"
    r = run("split", str(data), "--out", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"writing the dataset to {out}" in r.stdout
    assert f"the split to {data.parent / '.workbench' / 'split.json'}" in r.stdout
    assert tree(elsewhere) == before                      # read, never written
    assert (out / "data.yaml").is_file() and (data.parent / ".workbench" / "split.json").is_file()


def test_check_says_which_folder_it_reads_and_shows_progress(tmp_path):
    data, elsewhere = foreign_yaml(tmp_path)
    r = run("check", str(data), "--json")
    lines = r.stderr.splitlines()
    assert lines[0] == f"note: {data} sets path: {elsewhere}, outside {data.parent}; the images are read from there"
    assert lines[1] == f"reading images and labels under {elsewhere}"
    assert "checked images 8/8" in lines
    assert json.loads(r.stdout)["counts"]["images"] == 8   # stdout stays pure JSON
