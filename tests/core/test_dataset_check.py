"""The dataset check: every problem found with file and line, and the verdicts agree with Ultralytics."""
import shutil

import pytest
from test_dataset_helpers import GOOD, NAMES, STRICTER, make_problem_project, save_image

from workbench.dataset import Cancelled, check_project, duplicate_lines, inspect_image
from workbench.dataset.check import ULTRALYTICS_FORMATS
from workbench.project import Project, Status


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    root, expected = make_problem_project(tmp_path_factory.mktemp("check") / "数据 集")
    project = Project(root)
    return project, expected, check_project(project)


def test_every_case_gets_its_status_and_blocking(cases):
    project, expected, report = cases
    got = {project.relative_name(i): (c.status.name, any(f.blocking for f in c.findings))
           for i, c in enumerate(report.images)}
    assert got == expected
    assert not report.ok
    assert report.findings[: len(report.blocking)] == report.blocking  # blocking first


def test_findings_name_file_and_line(cases):
    project, _, report = cases
    by_name = {f.file.name: f for f in report.findings}
    assert by_name["short_line.txt"].line == 1 and "5" in by_name["short_line.txt"].message
    assert "class id 2" in by_name["class_out.txt"].message
    assert "outside 0..1" in by_name["coords_out.txt"].message
    assert by_name["zero.jpg"].line == 0 and "0 bytes" in by_name["zero.jpg"].message
    assert "10 px" in by_name["tiny.jpg"].message
    assert "GIF" in by_name["gif_named.jpg"].message
    assert "share one label file" in by_name["pair.txt"].message
    dup = by_name["dups.txt"]
    assert (dup.line, dup.blocking) == (2, False) and "line 1" in dup.message
    assert not by_name["real.gif"].blocking  # a skipped format: told, not blocking
    assert str(dup).startswith(str(project.root / "dups.txt") + ":2: ")


def test_duplicates_are_counted_once(cases):
    project, _, report = cases
    c = report.images[project.index_of("dups.jpg")]
    assert c.classes == [0, 1]
    assert duplicate_lines("0 0.5 0.5 0.2 0.2\n\n0 0.500000 0.5 0.2 0.2\n1 0 0 0 0\n") == [(3, 1)]


def test_upright_size_from_exif(cases):
    project, _, report = cases
    c = report.images[project.index_of("rotated.jpg")]
    assert (c.width, c.height) == (48, 64)


def test_formats_match_ultralytics():
    from ultralytics.data.utils import IMG_FORMATS

    assert ULTRALYTICS_FORMATS == set(IMG_FORMATS) | {"jpeg2000"}


def test_verdicts_agree_with_verify_image_label(cases, tmp_path):
    """Ultralytics' own per-image verdict on (a copy of) each file: corrupt exactly where we say PROBLEM,
    apart from the cases where Workbench is stricter on purpose; same upright sizes."""
    from ultralytics.data.utils import verify_image_label

    project, _, report = cases
    copy = tmp_path / "copy"
    shutil.copytree(project.root, copy)  # Ultralytics re-saves some JPEGs in place
    for i, c in enumerate(report.images):
        rel = project.relative_name(i)
        im = copy / rel
        lb = im.with_suffix(".txt")
        _, lbl, shape, _, _, nm, nf, ne, nc, msg = verify_image_label((str(im), str(lb), "", False, len(NAMES), 0, 0,
                                                                      False))
        if rel in STRICTER:
            assert c.status == Status.PROBLEM
            continue
        assert (c.status == Status.PROBLEM) == bool(nc), (rel, msg, [str(f) for f in c.findings])
        if nc:
            continue
        assert shape == (c.height, c.width), rel
        assert bool(nm) == (c.status == Status.NOT_LABELED), rel
        assert bool(ne) == (c.status == Status.EMPTY), rel
        assert len(lbl) == len(c.classes), rel  # duplicates removed on both sides
        assert sorted(lbl[:, 0].astype(int).tolist()) == sorted(c.classes), rel


def test_stats_and_advice(tmp_path):
    root = tmp_path / "p"
    (root).mkdir()
    (root / "classes.txt").write_text("big\nsmall\nnever\n")
    for i in range(12):
        save_image(root / f"a{i}.jpg", 640, 480, seed=i)
        tiny = f"1 0.{i + 10} 0.5 0.005 0.005\n1 0.{i + 10} 0.6 0.005 0.006\n" if i < 3 else ""
        (root / f"a{i}.txt").write_text("0 0.5 0.5 0.5 0.5\n" + tiny)
    save_image(root / "bg.jpg", seed=99)
    (root / "bg.txt").write_text("")
    save_image(root / "todo.jpg", seed=98)
    report = check_project(Project(root))
    s = report.stats
    assert (s.instances, s.images_with) == ([12, 6, 0], [12, 3, 0])
    assert (s.labeled, s.backgrounds, s.unlabeled, s.problems) == (12, 1, 1, 0)
    assert len(s.box_wh) == 18
    text = "\n".join(report.advice)
    assert "'small' has only 6 boxes" in text and "'never' has no boxes" in text
    assert "not labeled" in text and "'big'" not in text
    assert "smaller than" not in text  # 6 of 18 tiny: not "mostly"
    report_small = check_project(Project(root), imgsz=16)
    assert any("18 of 18 boxes are smaller than 8 px at image size 16" in a for a in report_small.advice)
    assert report.ok


def test_no_classes_txt_blocks(tmp_path):
    save_image(tmp_path / "a.jpg")
    (tmp_path / "a.txt").write_text(GOOD)
    report = check_project(Project(tmp_path))
    assert not report.ok and "classes.txt" in report.blocking[0].message


def test_progress_and_cancel(tmp_path):
    for i in range(70):
        save_image(tmp_path / f"x{i}.png", 16, 16, seed=i)
    calls = []
    check_project(Project(tmp_path), progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 70) and calls[-1] == (70, 70)
    with pytest.raises(Cancelled):
        check_project(Project(tmp_path), progress=lambda d, t: d < 64)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_inspect_image_too_large_for_pil(tmp_path, monkeypatch):
    from PIL import Image

    p = save_image(tmp_path / "big.png", 200, 200)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)  # 40,000 px > 2x the limit
    w, h, problem, blocking = inspect_image(p)
    assert blocking and "too large" in problem
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 30_000)  # between 1x and 2x: a warning
    w, h, problem, blocking = inspect_image(p)
    assert not blocking and "very large" in problem


def test_bom_is_a_warning_ultralytics_reads_and_the_message_says_so(tmp_path):
    """verify_image_label reads a BOM file (utf-8-sig) with every line; the check warns, matching
    the problem by its kind (not its wording), and the build writes the label without the BOM."""
    from ultralytics.data.utils import verify_image_label

    from workbench.dataset import SplitSettings, build_dataset, plan_split
    from workbench.labels import read_label_file

    root = tmp_path / "数据 集"
    for i in range(3):
        save_image(root / f"图片 {i}.jpg", 64, 48, seed=i)
        (root / f"图片 {i}.txt").write_text(GOOD)
    (root / "classes.txt").write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    bom = root / "图片 0.txt"
    bom.write_bytes("\ufeff0 0.5 0.5 0.2 0.2\n1 0.3 0.3 0.1 0.1\n".encode())
    *_, lbl, _, _, _, nm, nf, ne, nc, _ = verify_image_label(
        (str(root / "图片 0.jpg"), str(bom), "", False, len(NAMES), 0, 0, False))[:10]
    assert (nf, nc) == (1, 0) and lbl[:, 0].astype(int).tolist() == [0, 1]  # the first line is read

    problem = read_label_file(bom, len(NAMES)).problems[0]
    assert problem.kind == "bom" and problem.line == 1
    assert "Ultralytics reads it" in problem.message and "cannot read" not in problem.message
    project = Project(root)
    report = check_project(project)
    c = report.images[project.index_of(root / "图片 0.jpg")]
    assert c.status == Status.LABELED and c.classes == [0, 1]
    assert [(f.line, f.blocking) for f in c.findings] == [(1, False)] and report.ok
    built = build_dataset(project, plan_split(project, report, SplitSettings(val=0.34)), tmp_path / "ds")
    written = [p.read_bytes() for p in (built.root / "labels").rglob("图片 0.txt")]
    assert written == [b"0 0.5 0.5 0.2 0.2\n1 0.3 0.3 0.1 0.1\n"]


def test_label_problems_have_a_kind():
    from pathlib import Path

    from workbench.labels import parse_text

    lf = parse_text("0,0.5,0.5,0.2,0.2\n0 0.5\n0 a 0.5 0.2 0.2\n0 nan 0.5 0.2 0.2\n1.5 0.5 0.5 0.2 0.2\n"
                    "0 0.5 0.5 0 0.2\n0 1.5 0.5 0.2 0.2\n0 0.95 0.5 0.2 0.2\n9 0.5 0.5 0.2 0.2\n"
                    "0 0.1 0.1 0.2 0.1 0.2 0.2\n", Path("x.txt"), num_classes=2)
    assert [p.kind for p in lf.problems] == ["commas", "field_count", "not_a_number", "not_finite",
                                             "class_not_whole", "zero_size", "out_of_range", "beyond_edge",
                                             "unknown_class", "polygon"]


def _oriented(path, fmt: str, orientation: int):
    """A real 96x64 picture saved with an EXIF orientation tag."""
    import numpy as np
    from PIL import Image

    a = np.zeros((64, 96, 3), np.uint8)
    a[:32, :32] = (255, 0, 0)               # asymmetric: every rotation and flip differs
    a[32:, 48:] = (0, 255, 0)
    exif = Image.Exif()
    exif[274] = orientation
    Image.fromarray(a).save(path, exif=exif.tobytes(), **({"quality": 95} if fmt == "jpg" else {}))
    return path


@pytest.mark.parametrize("fmt", ["jpg", "png"])
@pytest.mark.parametrize("orientation", range(1, 9))
def test_check_sizes_agree_with_ultralytics_for_every_exif_orientation(tmp_path, fmt, orientation):
    """The check's upright size is Ultralytics' exif_size (its verify_image_label shape) and the
    shape its imread trains on, for all 8 orientations: 5 and 7 (transpose/transverse) swap too."""
    from PIL import Image
    from ultralytics.data.utils import exif_size
    from ultralytics.utils.patches import imread

    p = _oriented(tmp_path / f"o{orientation}.{fmt}", fmt, orientation)
    with Image.open(p) as im:
        im.verify()                          # as verify_image_label calls it, before exif_size
        theirs = exif_size(im)
    w, h, problem, blocking = inspect_image(p)
    assert (w, h) == theirs
    assert (h, w) == imread(str(p)).shape[:2]
    assert problem is None and not blocking
    assert (w, h) == ((64, 96) if orientation in (5, 6, 7, 8) else (96, 64))


def test_box_past_the_edge_is_a_warning_in_an_otherwise_clean_file(tmp_path):
    """A file whose only oddity is a box reaching past the edge (centre and size inside 0..1:
    Ultralytics clips it) must still be named: the fast path for clean files may not swallow it."""
    root = tmp_path / "数据 集"
    save_image(root / "a.jpg", 64, 48, seed=1)
    (root / "a.txt").write_text("0 0.5 0.5 0.2 0.2\n1 0.95 0.5 0.2 0.2\n")
    save_image(root / "b.jpg", 64, 48, seed=2)
    (root / "b.txt").write_text("0 0.5 0.5 0.2 0.2\n1 0.3 0.3 0.1 0.1\n")
    (root / "classes.txt").write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    project = Project(root)
    report = check_project(project)
    a = report.images[project.index_of(root / "a.jpg")]
    assert [(f.file.name, f.line, f.blocking) for f in a.findings] == [("a.txt", 2, False)]
    assert "beyond" in a.findings[0].message
    assert a.status == Status.LABELED and a.classes == [0, 1] and report.ok
    assert report.images[project.index_of(root / "b.jpg")].findings == []
