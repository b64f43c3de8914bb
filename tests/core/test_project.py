"""Projects: listing, statuses, classes.txt ownership, duplicate stems, class delete/merge."""
from pathlib import Path

import pytest

from workbench.labels import Box, read_label_file
from workbench.project import Project, ProjectError, Status


def touch_image(path: Path, w=64, h=48):
    import cv2
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    ok, buf = cv2.imencode(path.suffix, np.full((h, w, 3), 127, np.uint8))
    assert ok
    buf.tofile(str(path))
    return path


@pytest.fixture
def proj(tmp_path):
    for n in ("img1.jpg", "img2.jpg", "img10.jpg", "sub/数据 集/图片 1.png"):
        touch_image(tmp_path / n)
    (tmp_path / "classes.txt").write_text("cat\ndog\nbird\n")
    (tmp_path / "img1.txt").write_text("0 0.5 0.5 0.2 0.2\n2 0.1 0.1 0.1 0.1\n")
    (tmp_path / "img2.txt").write_text("")
    (tmp_path / "img10.txt").write_text("1 0.5 0.5 0.2 0.2\nbad line\n")
    return tmp_path


def test_lists_images_naturally_with_unicode(proj):
    p = Project(proj)
    assert [p.relative_name(i) for i in range(len(p))] == ["img1.jpg", "img2.jpg", "img10.jpg", "sub/数据 集/图片 1.png"]
    assert p.classes == ["cat", "dog", "bird"]


def test_statuses(proj):
    p = Project(proj)
    assert [p.status(i) for i in range(4)] == [Status.LABELED, Status.EMPTY, Status.PROBLEM, Status.NOT_LABELED]
    assert p.summary(0) == (Status.LABELED, frozenset({0, 2}))
    assert "img10.txt:2" in p.problems(2)[0]


def test_save_updates_status_and_writes_labelimg_path(proj):
    p = Project(proj)
    i = 3
    lf = p.load(i)
    p.save(i, lf, [Box(1, 0.5, 0.5, 0.5, 0.5)])
    assert (proj / "sub/数据 集/图片 1.txt").read_text() == "1 0.500000 0.500000 0.500000 0.500000\n"
    assert p.status(i) == Status.LABELED


def test_duplicate_stems_are_refused(tmp_path):
    touch_image(tmp_path / "a.jpg")
    touch_image(tmp_path / "a.png")
    touch_image(tmp_path / "b.jpg")
    p = Project(tmp_path)
    assert p.status(0) == p.status(1) == Status.PROBLEM and p.status(2) == Status.NOT_LABELED
    assert "a.jpg, a.png share one label file a.txt" in p.blocking_problem(0)
    with pytest.raises(ProjectError):
        p.save(0, p.load(0), [Box(0, 0.5, 0.5, 0.1, 0.1)])
    assert not (tmp_path / "a.txt").exists()


def test_image_named_classes_collides_with_class_list(tmp_path):
    touch_image(tmp_path / "classes.jpg")
    p = Project(tmp_path)
    assert "class list" in p.blocking_problem(0)


def test_images_labels_layout(tmp_path):
    touch_image(tmp_path / "images/train/a.jpg")
    (tmp_path / "labels/train").mkdir(parents=True)
    (tmp_path / "labels/train/a.txt").write_text("0 0.5 0.5 0.1 0.1\n")
    (tmp_path / "data.yaml").write_text("names:\n  0: person\n  1: car\n")
    p = Project(tmp_path)
    assert p.label_paths[0] == tmp_path / "labels/train/a.txt"
    assert p.status(0) == Status.LABELED
    assert p.classes == ["person", "car"]  # from data.yaml while there is no classes.txt


def test_classes_only_grow_and_rename_keeps_files(proj):
    p = Project(proj)
    before = (proj / "img1.txt").read_bytes()
    assert p.add_class("fish") == 3
    assert p.add_class("cat") == 0
    p.rename_class(1, "puppy")
    assert (proj / "classes.txt").read_text() == "cat\npuppy\nbird\nfish\n"
    assert (proj / "img1.txt").read_bytes() == before
    with pytest.raises(ProjectError):
        p.rename_class(1, "cat")
    with pytest.raises(ProjectError):
        p.add_class("   ")


def test_delete_class_counts_then_rewrites(proj):
    p = Project(proj)
    change = p.class_change(0)
    assert (change.files, change.boxes_removed, change.boxes_changed) == (2, 1, 2)
    seen = []
    result = p.remove_class(0, progress=lambda d, t: seen.append((d, t)))
    assert result == change and seen[-1] == (2, 2)
    assert p.classes == ["dog", "bird"]
    assert (proj / "classes.txt").read_text() == "dog\nbird\n"
    assert (proj / "img1.txt").read_text() == "1 0.100000 0.100000 0.100000 0.100000\n"
    # the unparseable line is kept, the box renumbered
    assert (proj / "img10.txt").read_text() == "0 0.500000 0.500000 0.200000 0.200000\nbad line\n"
    assert (proj / "img2.txt").read_text() == ""


def test_merge_class(proj):
    p = Project(proj)
    change = p.class_change(2, merge_into=0)
    assert change.boxes_removed == 0 and change.boxes_changed == 1
    p.remove_class(2, merge_into=0)
    assert p.classes == ["cat", "dog"]
    assert read_label_file(proj / "img1.txt").boxes == [Box(0, 0.5, 0.5, 0.2, 0.2), Box(0, 0.1, 0.1, 0.1, 0.1)]
    assert (proj / "img10.txt").read_text().startswith("1 0.5 0.5 0.2 0.2\n")  # untouched


def test_merge_into_a_later_class(proj):
    p = Project(proj)
    p.remove_class(0, merge_into=2)
    assert p.classes == ["dog", "bird"]
    assert [b.cls for b in read_label_file(proj / "img1.txt").boxes] == [1, 1]
    assert [b.cls for b in read_label_file(proj / "img10.txt").boxes] == [0]


def test_ten_thousand_images_open_by_name_only(tmp_path, monkeypatch):
    """Opening lists names (os.scandir) and reads or stats no image and no label file; the
    time this saves is measured in benchmarks/, here the work itself is counted."""
    import builtins
    import io
    import os

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i}.jpg").write_bytes(b"")
        if i % 2:
            (folder / f"{i}.txt").write_text("0 0.5 0.5 0.2 0.2\n")
    calls = {"stat": 0, "open": 0}

    def counting(name, real):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(os, "stat", counting("stat", os.stat))
    monkeypatch.setattr(builtins, "open", counting("open", builtins.open))
    monkeypatch.setattr(io, "open", counting("open", io.open))
    p = Project(folder)
    opened = dict(calls)
    assert len(p) == 10_000 and p.relative_name(9999) == "9999.jpg"
    assert p.known_status(1) is None                     # nothing read yet
    assert opened["stat"] < 20 and opened["open"] < 5, opened   # a few for the folder, none per image
    # the counters do see the per-image work when it happens: a status reads its label file
    assert p.status(1) == Status.LABELED
    assert calls["open"] > opened["open"]


def test_not_a_folder(tmp_path):
    with pytest.raises(ProjectError):
        Project(tmp_path / "missing")


def test_hidden_and_runs_folders_skipped_and_gif_reported(tmp_path):
    touch_image(tmp_path / "a.jpg")
    touch_image(tmp_path / ".thumbs/b.jpg")
    touch_image(tmp_path / "runs/detect/c.jpg")
    (tmp_path / "anim.gif").write_bytes(b"GIF89a")
    p = Project(tmp_path)
    assert [x.name for x in p.images] == ["a.jpg"]
    assert [x.name for x in p.skipped] == ["anim.gif"]


# -- class delete/merge: a cancel changes nothing, classes.txt is written last -------------------

def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(f.relative_to(folder)): f.read_bytes() for f in sorted(folder.rglob("*.txt"))}


def test_class_delete_cancelled_before_the_first_write_changes_nothing(proj):
    before = _snapshot(proj)
    p = Project(proj)
    asked = []
    result = p.remove_class(0, progress=lambda d, t: asked.append((d, t)) or False)
    assert asked == [(0, 2)]                          # asked once, before writing, then stopped
    assert result.files == 0
    assert _snapshot(proj) == before
    assert p.classes == ["cat", "dog", "bird"] and Project(proj).classes == ["cat", "dog", "bird"]


def test_class_delete_writes_classes_txt_after_every_label_file(proj, monkeypatch):
    import os

    for i in range(3, 8):
        (proj / f"img{i}.txt").write_text("2 0.5 0.5 0.2 0.2\n")
        touch_image(proj / f"img{i}.jpg")
    written = []
    real_replace = os.replace

    def recording_replace(src, dst, **kwargs):
        written.append(Path(dst).name)
        return real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", recording_replace)
    Project(proj).remove_class(0)
    written = [n for n in written if n.endswith(".txt")]   # the change's own journal is not a label file
    assert set(written[:-1]) == {"img1.txt", "img10.txt"} | {f"img{i}.txt" for i in range(3, 8)}
    assert written[-1] == "classes.txt"


def test_class_delete_that_fails_on_a_label_file_leaves_classes_txt(proj, monkeypatch):
    import errno
    import os

    for i in range(3, 8):
        (proj / f"img{i}.txt").write_text("2 0.5 0.5 0.2 0.2\n")
        touch_image(proj / f"img{i}.jpg")
    classes_before = (proj / "classes.txt").read_bytes()
    real_replace = os.replace
    done = []

    def full_on_the_fourth(src, dst, **kwargs):
        if len(done) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        done.append(dst)
        return real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", full_on_the_fourth)
    p = Project(proj)
    with pytest.raises(OSError, match="No space left"):
        p.remove_class(0)
    monkeypatch.undo()
    # the class list still says what the unwritten files mean: their ids were not renumbered
    assert (proj / "classes.txt").read_bytes() == classes_before
    assert p.classes == ["cat", "dog", "bird"]
    assert not [f for f in proj.iterdir() if f.name.endswith(".tmp")]
