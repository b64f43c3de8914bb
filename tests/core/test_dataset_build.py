"""The dataset build: layout, data.yaml, copies not links, unique names, atomic swap, and
Ultralytics' YOLODataset reading the result with 0 corrupt images and our counts."""
import os
import subprocess
import sys
import textwrap

import pytest
import yaml
from test_dataset_helpers import NAMES, make_problem_project, save_image

from workbench.dataset import (DATASET_MARKER, Cancelled, DatasetError, SplitSettings, build_dataset,
                               check_project, default_dataset_dir, flat_names, plan_split)
from workbench.images import list_image_paths
from workbench.project import Project


def build(root, out=None, **kw):
    p = Project(root)
    report = check_project(p)
    plan = plan_split(p, report, SplitSettings(**kw))
    return p, report, plan, build_dataset(p, plan, out)


@pytest.fixture
def cases(tmp_path):
    return make_problem_project(tmp_path / "项目 一")


def ultralytics_counts(images_dir):
    """(found, missing, empty, corrupt, total) as YOLODataset reports them for one subset."""
    from ultralytics.data.dataset import YOLODataset
    from ultralytics.data.utils import load_dataset_cache_file

    ds = YOLODataset(img_path=str(images_dir), data={"names": dict(enumerate(NAMES)), "channels": 3},
                     task="detect", imgsz=64, augment=False)
    cache = load_dataset_cache_file(images_dir.parent.parent / "labels" / f"{images_dir.name}.cache")
    return ds, cache["results"]


def test_layout_yaml_and_ultralytics_agrees(cases):
    root, expected = cases
    originals = {p: p.read_bytes() for p in root.rglob("*.jpg")}
    p, report, plan, res = build(root)
    out = default_dataset_dir(p)
    assert res.root == out and res.data_yaml == out / "data.yaml"
    data = yaml.safe_load(res.data_yaml.read_text(encoding="utf-8"))
    assert data == {"path": out.as_posix(), "train": "images/train", "val": "images/val",
                    "names": dict(enumerate(NAMES))}
    usable = {k for k, (status, _) in expected.items() if status in ("LABELED", "EMPTY")}
    assert sum(res.counts.values()) == len(usable) == len(plan.subset)
    assert sum(res.backgrounds.values()) == 2
    for subset in ("train", "val"):
        ds, (nf, nm, ne, nc, n) = ultralytics_counts(out / "images" / subset)
        assert nc == 0 and nm == 0
        assert n == len(ds.labels) == res.counts[subset]
        assert ne == res.backgrounds[subset]
    # Ultralytics re-saved the copy of the JPEG with bytes after its end; the user's photo is untouched
    assert all(p.read_bytes() == data for p, data in originals.items())
    for f in (out / "images").rglob("*"):
        if f.is_file():
            assert not f.is_symlink() and f.stat().st_nlink == 1


def test_names_unique_and_labels_clean(cases):
    root, _ = cases
    p, report, plan, res = build(root)
    files = {f.name: f for f in (res.root / "images").rglob("*.*")}
    # three stems "good 1" (case-insensitive: they would share a label file on Windows and macOS)
    assert {"good 1.jpg", "sub__Good 1.png", "sub__good 1~2.jpg"} <= set(files)
    labels = {f.name: f for f in (res.root / "labels").rglob("*.txt")}
    stems = [n.rpartition(".")[0] for n in files]
    assert sorted(stems) == sorted(n[:-4] for n in labels)
    assert labels["background.txt"].read_text() == "" and labels["background2.txt"].read_text() == ""
    assert labels["dups.txt"].read_text() == "0 0.500000 0.500000 0.200000 0.200000\n1 0.1 0.1 0.1 0.1\n"
    assert "图片 2.png" in files
    assert not any(n.startswith(("corrupt", "unlabeled", "pair", "zero", "class_out")) for n in files)


def test_flat_names_are_deterministic():
    assert flat_names(["a.jpg", "s/b.jpg", "t/b.png", "s__b.jpg", "B.JPG"]) == \
        ["a.jpg", "s__b.jpg", "t__b.png", "s__b~2.jpg", "B.JPG"]


def test_rebuild_drops_stale_cache_and_dataset_is_not_listed(cases):
    root, _ = cases
    p, _, _, res = build(root)
    (res.root / "labels" / "train.cache").write_bytes(b"stale")
    n_images = len(Project(root))
    assert n_images == len(p)  # the dataset's copies are not project images
    p, _, _, res2 = build(root)
    assert not (res2.root / "labels" / "train.cache").exists()
    assert (res2.root / DATASET_MARKER).exists()
    assert [n for n in os.listdir(root) if n.startswith(".dataset")] == []


def test_marker_hides_a_folder_from_the_image_list(tmp_path):
    save_image(tmp_path / "a.jpg")
    save_image(tmp_path / "elsewhere/images/train/b.jpg")
    assert len(list_image_paths(tmp_path)[0]) == 2
    (tmp_path / "elsewhere" / DATASET_MARKER).write_text("{}")
    assert list_image_paths(tmp_path)[0] == [str(tmp_path / "a.jpg")]
    assert len(list_image_paths(tmp_path / "elsewhere")[0]) == 1  # opened itself, it is a folder of photos


def test_cancel_keeps_the_previous_dataset(cases):
    root, _ = cases
    p, report, plan, res = build(root)
    before = sorted(str(f.relative_to(res.root)) for f in res.root.rglob("*"))
    with pytest.raises(Cancelled):
        build_dataset(p, plan, progress=lambda d, t: d == 0)
    assert sorted(str(f.relative_to(res.root)) for f in res.root.rglob("*")) == before
    assert [n for n in os.listdir(root) if n.startswith(".dataset")] == []


def test_killed_half_way_keeps_the_previous_dataset(tmp_path):
    root = tmp_path / "p"
    (root).mkdir()
    (root / "classes.txt").write_text("a\n")
    for i in range(150):
        save_image(root / f"f{i}_x.jpg", 16, 16, seed=i)
        (root / f"f{i}_x.txt").write_text("0 0.5 0.5 0.2 0.2\n")
    p, _, plan, res = build(root)
    before = sorted(str(f.relative_to(res.root)) for f in res.root.rglob("*"))
    (root / "f0_x.txt").write_text("")  # the next build would change a label
    code = textwrap.dedent(f"""
        import os, sys
        from workbench.dataset import *
        from workbench.project import Project
        p = Project({str(root)!r})
        plan = plan_split(p, check_project(p), SplitSettings())
        build_dataset(p, plan, progress=lambda d, t: os._exit(9) if d >= 64 else None)
    """)
    r = subprocess.run([sys.executable, "-c", code], cwd=os.getcwd(), capture_output=True, text=True, timeout=120)
    assert r.returncode == 9, r.stderr
    assert [n for n in os.listdir(root) if n.startswith(".dataset.building")]  # what the kill left
    assert sorted(str(f.relative_to(res.root)) for f in res.root.rglob("*")) == before
    assert (res.root / "labels" / "train" / "f0_x.txt").read_text() != "" or \
        (res.root / "labels" / "val" / "f0_x.txt").read_text() != ""
    p, _, _, res = build(root)
    assert [n for n in os.listdir(root) if n.startswith(".dataset")] == []  # cleaned on the next build


def test_refuses_a_folder_it_did_not_build(cases, tmp_path):
    root, _ = cases
    other = tmp_path / "mine"
    other.mkdir()
    (other / "thesis.docx").write_text("precious")
    with pytest.raises(DatasetError, match="not empty"):
        build(root, other)
    assert (other / "thesis.docx").read_text() == "precious"
    with pytest.raises(DatasetError, match="project folder"):
        build(root, root)


def test_test_subset_and_trains_as_it_is(tmp_path):
    """A dataset with a test subset passes Ultralytics' own data.yaml check."""
    from tiny_dataset import make_project
    from ultralytics.data.utils import check_det_dataset

    root = make_project(tmp_path / "tiny 数据", 30)
    p, _, plan, res = build(root, tmp_path / "out ds", val=0.2, test=0.1)
    assert set(res.counts) == {"train", "val", "test"} and sum(res.counts.values()) == 30
    data = check_det_dataset(str(res.data_yaml), autodownload=False)
    assert data["nc"] == 2 and data["names"] == {0: "square", 1: "circle"}
    assert os.path.isdir(data["test"])
