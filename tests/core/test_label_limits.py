"""Runaway label files (megabytes, thousands of boxes): reported, never parsed box by box, never rewritten."""
import time

import pytest

from workbench import labels
from workbench.dataset import check_project
from workbench.labels import MAX_BOXES, MAX_LABEL_BYTES, Box, read_label_file, save_label_file
from workbench.project import Project, ProjectError, Status

LINE = b"0 0.500000 0.500000 0.200000 0.200000\n"


@pytest.fixture
def proj(tmp_path):
    from PIL import Image

    for name in ("a.jpg", "b.jpg", "c.jpg"):
        Image.new("RGB", (64, 48)).save(tmp_path / name)
    (tmp_path / "classes.txt").write_text("thing\nother\n")
    (tmp_path / "a.txt").write_bytes(LINE * (MAX_LABEL_BYTES // len(LINE) + 1000))   # over the size limit
    (tmp_path / "b.txt").write_bytes(b"0 .5 .5 .1 .1\n" * (MAX_BOXES + 1))              # under it, too many boxes
    (tmp_path / "c.txt").write_bytes(b"1 0.5 0.5 0.2 0.2\n" + LINE * 200)                # 199 duplicates
    return tmp_path


def test_a_huge_label_file_is_a_problem_not_boxes(proj):
    for name, fragment in (("a.txt", " MB ("), ("b.txt", f"{MAX_BOXES + 1:,} lines")):
        t = time.perf_counter()
        lf = read_label_file(proj / name)
        assert time.perf_counter() - t < 1.0
        assert lf.too_large and lf.exists and lf.boxes == [] and not lf.is_empty
        assert lf.problems[0].kind == "too_large" and fragment in lf.problems[0].message
        assert name in str(lf.problems[0])
    p = Project(proj)
    assert p.status(0) == Status.PROBLEM and p.status(1) == Status.PROBLEM


def test_a_huge_label_file_is_never_written_over(proj):
    before = (proj / "a.txt").read_bytes()
    lf = read_label_file(proj / "a.txt")
    with pytest.raises(labels.LabelWriteError, match="a.txt"):
        save_label_file(lf, [Box(0, 0.5, 0.5, 0.1, 0.1)])
    p = Project(proj)
    with pytest.raises(ProjectError, match="a.txt"):
        p.remove_class(0)
    assert (proj / "a.txt").read_bytes() == before
    assert (proj / "c.txt").read_bytes().startswith(b"1 0.5 0.5")   # the class change wrote nothing
    assert (proj / "classes.txt").read_text() == "thing\nother\n"


def test_check_blocks_huge_files_and_sums_up_repeated_findings(proj):
    report = check_project(Project(proj))
    by_file = {}
    for f in report.findings:
        by_file.setdefault(f.file.name, []).append(f)
    assert [f.blocking for f in by_file["a.txt"]] == [True] and "MB" in by_file["a.txt"][0].message
    assert [f.blocking for f in by_file["b.txt"]] == [True] and "lines" in by_file["b.txt"][0].message
    dups = by_file["c.txt"]
    assert len(dups) == 11 and all("repeats line 2" in f.message for f in dups[:10])
    assert dups[10].message == "... and 189 more duplicate boxes" and not dups[10].blocking
    assert [c.status for c in report.images] == [Status.PROBLEM, Status.PROBLEM, Status.LABELED]


def test_label_problems_of_one_kind_are_summed_up(tmp_path):
    from PIL import Image

    Image.new("RGB", (64, 48)).save(tmp_path / "a.jpg")
    (tmp_path / "classes.txt").write_text("thing\n")
    (tmp_path / "a.txt").write_text("0 0.5 0.5 0.2 0.2\n" + "0,0.1,0.1,0.1,0.1\n" * 50 + "5 0.5 0.5 0.1 0.1\n")
    found = check_project(Project(tmp_path)).findings
    mine = [f.message for f in found if f.file.name == "a.txt"]
    assert sum("separated by commas" in m for m in mine) == 10
    assert "... and 40 more lines with this problem (commas)" in mine
    assert any("not in classes.txt" in m for m in mine)
