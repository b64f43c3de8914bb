"""Label files: parsing, byte-identical round trips, atomic writes, the path rule."""
import math
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from workbench import labels
from workbench.labels import Box, format_line, label_path_for, parse_text, read_label_file, save_label_file


def test_format_line_six_decimals():
    assert format_line(3, 0.5, 0.25, 0.1, 1 / 3) == "3 0.500000 0.250000 0.100000 0.333333"


def test_pixels_round_trip_exact_line():
    b = Box.from_pixels(0, 100, 100, 300, 200, 640, 480)
    assert b.line() == "0 0.312500 0.312500 0.312500 0.208333"
    assert b.to_pixels(640, 480) == pytest.approx((100, 100, 300, 200))


def test_from_pixels_orders_corners():
    assert Box.from_pixels(1, 300, 200, 100, 100, 640, 480) == Box.from_pixels(1, 100, 100, 300, 200, 640, 480)


@pytest.mark.parametrize("text", [
    "0 0.5 0.5 0.2 0.2\n",
    "0 0.500000 0.500000 0.200000 0.200000\n1 0.1 0.1 0.05 0.05",  # no final newline
    "0 0.5 0.5 0.2 0.2\r\n1 0.25 0.25 0.1 0.1\r\n",              # CRLF
    "\ufeff0 0.5 0.5 0.2 0.2\n",                                   # BOM
    "0 0.5 0.5 0.2 0.2\nthis is not a box\n",                      # a bad line
    "",                                                            # checked, empty
    "   \n\n",
])
def test_open_then_save_without_edit_is_byte_identical(tmp_path, text):
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode())
    lf = read_label_file(p)
    before = os.stat(p).st_mtime_ns
    new = save_label_file(lf, list(lf.boxes))
    assert p.read_bytes() == text.encode()
    assert os.stat(p).st_mtime_ns == before
    assert new is lf


def test_edit_of_one_box_keeps_the_text_of_the_others(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("0 0.5 0.5 0.2 0.2\n1 0.123456789 0.5 0.1 0.1\n")
    lf = read_label_file(p)
    edited = [lf.boxes[0].with_class(2), lf.boxes[1]]
    save_label_file(lf, edited)
    assert p.read_text() == "2 0.500000 0.500000 0.200000 0.200000\n1 0.123456789 0.5 0.1 0.1\n"


def test_edit_elsewhere_keeps_leading_and_trailing_spaces_of_untouched_lines(tmp_path):
    """An untouched line is written back byte for byte, its surrounding spaces and tabs included
    (another tool's alignment, or a line Workbench cannot read)."""
    p = tmp_path / "a.txt"
    p.write_bytes(b"  0 0.5 0.5 0.2 0.2  \n\t1 0.25 0.25 0.1 0.1\t\n 2 0.75 0.75 0.1 0.1\n  not a box \t\n")
    lf = read_label_file(p)
    assert len(lf.boxes) == 3
    edited = [lf.boxes[0], lf.boxes[1], lf.boxes[2].with_class(0)]   # only the third line changes
    save_label_file(lf, edited)
    assert p.read_bytes() == (b"  0 0.5 0.5 0.2 0.2  \n\t1 0.25 0.25 0.1 0.1\t\n"
                              b"0 0.750000 0.750000 0.100000 0.100000\n  not a box \t\n")


def test_bad_lines_are_kept_after_an_edit(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("0 0.5 0.5 0.2 0.2\n0,0.1,0.1,0.1,0.1\n")
    lf = read_label_file(p)
    assert len(lf.boxes) == 1 and lf.bad_lines == ["0,0.1,0.1,0.1,0.1"]
    assert lf.problems[0].line == 2 and "commas" in lf.problems[0].message
    save_label_file(lf, [])
    assert p.read_text() == "0,0.1,0.1,0.1,0.1\n"


def test_crlf_file_keeps_crlf_after_edit(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"0 0.5 0.5 0.2 0.2\r\n")
    lf = read_label_file(p)
    save_label_file(lf, lf.boxes + [Box(1, 0.25, 0.25, 0.1, 0.1)])
    assert p.read_bytes() == b"0 0.5 0.5 0.2 0.2\r\n1 0.250000 0.250000 0.100000 0.100000\r\n"


def test_bom_is_reported_and_dropped_on_edit(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeff0 0.5 0.5 0.2 0.2\n".encode())
    lf = read_label_file(p)
    assert len(lf.boxes) == 1 and "BOM" in lf.problems[0].message and lf.problems[0].line == 1
    save_label_file(lf, [lf.boxes[0].with_class(1)])
    assert p.read_bytes() == b"1 0.500000 0.500000 0.200000 0.200000\n"


@pytest.mark.parametrize("line,box_kept,fragment", [
    ("0 0.5 0.5 0.2", False, "4 values"),
    ("0 0.5 0.5 0.2 0.2 0.9", False, "6 values"),
    ("0 0.1 0.1 0.2 0.1 0.2 0.2", False, "polygon"),
    ("0 nan 0.5 0.2 0.2", False, "NaN"),
    ("0 0.5 0.5 inf 0.2", False, "NaN or infinite"),
    ("x 0.5 0.5 0.2 0.2", False, "not a number: x"),
    ("-1 0.5 0.5 0.2 0.2", False, "class id"),
    ("1.5 0.5 0.5 0.2 0.2", False, "class id"),
    ("0 1.5 0.5 0.2 0.2", True, "outside 0..1"),
    ("0 0.95 0.5 0.2 0.2", True, "beyond the image"),
    ("0 0.5 0.5 0 0.2", True, "zero"),
    ("7 0.5 0.5 0.2 0.2", True, "not in classes.txt"),
])
def test_problem_lines_name_file_and_line(line, box_kept, fragment):
    lf = parse_text("0 0.5 0.5 0.1 0.1\n" + line + "\n", Path("/x/数据 集/a.txt"), num_classes=3)
    assert len(lf.problems) == 1
    pr = lf.problems[0]
    assert pr.line == 2 and fragment in pr.message
    assert str(pr).startswith("/x/数据 集/a.txt:2: ")
    assert (len(lf.boxes) == 2) == box_kept
    assert (lf.bad_lines == [line]) != box_kept


def test_integer_valued_float_class_is_a_box():
    lf = parse_text("2.0 0.5 0.5 0.1 0.1\n", Path("a.txt"))
    assert lf.boxes[0].cls == 2 and not lf.problems


def test_not_labeled_vs_checked_empty(tmp_path):
    missing = read_label_file(tmp_path / "none.txt")
    assert not missing.exists and not missing.is_empty
    (tmp_path / "e.txt").write_text("")
    empty = read_label_file(tmp_path / "e.txt")
    assert empty.exists and empty.is_empty
    save_label_file(missing, [])
    assert (tmp_path / "none.txt").read_bytes() == b""


def test_not_utf8_file_is_kept_and_reported(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xff\xfe0 0.5\n")
    lf = read_label_file(p)
    assert lf.problems and "UTF-8" in lf.problems[0].message
    save_label_file(lf, [Box(0, 0.5, 0.5, 0.1, 0.1)])
    assert p.read_bytes().endswith(b"\xff\xfe0 0.5\n")


@pytest.mark.parametrize("img,expected", [
    ("/d/images/train/a.jpg", "/d/labels/train/a.txt"),
    ("/d/images/x/images/b.png", "/d/images/x/labels/b.txt"),
    ("/d/photos/c.JPG", "/d/photos/c.txt"),
    ("/d/数据 集/图片 1.jpg", "/d/数据 集/图片 1.txt"),
    ("/d/images.v2/a.b.c.jpeg", "/d/images.v2/a.b.c.txt"),
])
def test_label_path_rule_matches_ultralytics(img, expected):
    from ultralytics.data.utils import img2label_paths

    assert str(label_path_for(img)) == expected == img2label_paths([img])[0]


def test_atomic_write_failure_leaves_old_file(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("old\n")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(labels.os, "fsync", boom)
    with pytest.raises(labels.LabelWriteError) as e:
        labels.write_label_file(p, [Box(0, 0.5, 0.5, 0.1, 0.1)])
    assert str(p) in str(e.value) and "No space" in str(e.value)
    assert p.read_text() == "old\n"
    assert [f.name for f in tmp_path.iterdir()] == ["a.txt"]  # no temp file left behind


def test_write_keeps_permissions(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("")
    os.chmod(p, 0o640)
    labels.write_label_file(p, [Box(0, 0.5, 0.5, 0.1, 0.1)])
    assert (os.stat(p).st_mode & 0o777) == 0o640


unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(cls=st.integers(0, 999), xc=unit, yc=unit, w=unit, h=unit)
def test_serialized_line_parses_back_to_same_values(cls, xc, yc, w, h):
    line = format_line(cls, xc, yc, w, h)
    lf = parse_text(line + "\n", Path("a.txt"))
    assert not lf.bad_lines
    b = lf.boxes[0]
    assert b.cls == cls
    for got, want in zip((b.xc, b.yc, b.w, b.h), (xc, yc, w, h)):
        assert abs(got - want) <= 5e-7
    assert b.line() == line  # the raw text is what gets written back


@settings(max_examples=300, deadline=None)
@given(w=st.integers(10, 8000), h=st.integers(10, 8000), data=st.data())
def test_pixel_round_trip_within_half_pixel(w, h, data):
    x1 = data.draw(st.integers(0, w - 1))
    y1 = data.draw(st.integers(0, h - 1))
    x2 = data.draw(st.integers(x1 + 1, w))
    y2 = data.draw(st.integers(y1 + 1, h))
    line = Box.from_pixels(0, x1, y1, x2, y2, w, h).line()
    back = parse_text(line, Path("a.txt")).boxes[0].to_pixels(w, h)
    # 6 decimals of a normalized coordinate: error <= 5e-7 * side per value
    for got, want, side in zip(back, (x1, y1, x2, y2), (w, h, w, h)):
        assert abs(got - want) <= 1e-6 * side + 1e-9


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789. -,\tabn\r\n\ufeffe+"), max_size=200))
def test_parser_never_loses_a_line(text):
    lf = parse_text(text, Path("a.txt"))
    body = text[1:] if text.startswith("\ufeff") else text
    kept = [b.raw for b in lf.boxes] + lf.bad_lines
    # lines end at \n (or \r\n) only: a lone \r stays inside its line
    assert sorted(kept) == sorted(line for line in re.split(r"\r?\n", body) if line.strip())
    for b in lf.boxes:
        assert all(math.isfinite(v) for v in (b.xc, b.yc, b.w, b.h))


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("odd", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\r"])
def test_bad_line_with_odd_line_break_bytes_is_kept_byte_for_byte(tmp_path, newline, odd):
    # str.splitlines breaks at these; the file only at \n (and \r\n in a CRLF file)
    bad = f"not{odd}a box{odd}at all"
    p = tmp_path / "a.txt"
    p.write_bytes(f"0 0.5 0.5 0.2 0.2{newline}{bad}{newline}".encode())
    lf = read_label_file(p)
    assert lf.bad_lines == [bad] and len(lf.boxes) == 1
    save_label_file(lf, [lf.boxes[0].with_class(1)])
    assert p.read_bytes() == f"1 0.500000 0.500000 0.200000 0.200000{newline}{bad}{newline}".encode()


def test_untouched_lines_keep_their_spaces_after_an_edit_elsewhere(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"0 0.5 0.5 0.2 0.2\n  1 0.25 0.25 0.1 0.1   \n\t2 0.7 0.7 0.1 0.1\t\n not  a box \n")
    lf = read_label_file(p)
    save_label_file(lf, [lf.boxes[0].with_class(2), lf.boxes[1], lf.boxes[2]])
    assert p.read_bytes() == (b"2 0.500000 0.500000 0.200000 0.200000\n  1 0.25 0.25 0.1 0.1   \n"
                              b"\t2 0.7 0.7 0.1 0.1\t\n not  a box \n")


def test_lone_cr_at_the_end_of_a_file_without_newline_is_kept(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"0 0.5 0.5 0.2 0.2\nodd\r")
    lf = read_label_file(p)
    save_label_file(lf, [lf.boxes[0].with_class(1)])
    assert p.read_bytes() == b"1 0.500000 0.500000 0.200000 0.200000\nodd\r\n"
