"""Opening an existing Ultralytics dataset as a project: data.yaml layouts, Roboflow exports,
names as a list or a dict, the yaml given instead of the folder, classes.txt on the first edit."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from tiny_dataset import NAMES, make_dataset

from workbench.importers import import_labels
from workbench.labels import Box
from workbench.project import Project, ProjectError, Status, project_root_for


def image(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), (30, 60, 90)).save(path)
    return path


def make_roboflow(root: Path) -> Path:
    """A Roboflow "YOLOv8" export as downloaded: train/valid/test folders, names as a list."""
    for split, n in (("train", 3), ("valid", 2), ("test", 1)):
        for i in range(n):
            stem = f"IMG_{i:04d}_jpg.rf.{split}{i}"
            image(root / split / "images" / f"{stem}.jpg")
            (root / split / "labels").mkdir(parents=True, exist_ok=True)
            (root / split / "labels" / f"{stem}.txt").write_text(f"{i % 2} 0.5 0.5 0.25 0.25\n")
    yaml = root / "data.yaml"
    yaml.write_text("train: ../train/images\nval: ../valid/images\ntest: ../test/images\n\n"
                    "nc: 2\nnames: ['头盔', 'no-helmet']\n\nroboflow:\n  workspace: me\n  project: helmets\n"
                    "  version: 1\n  license: CC BY 4.0\n  url: https://universe.roboflow.com/me/helmets/1\n",
                    encoding="utf-8")
    (root / "README.roboflow.txt").write_text("exported\n")
    return yaml


def test_images_labels_layout_from_tiny_dataset(tmp_path):
    yaml = make_dataset(tmp_path / "数据集", n=6, val=2)
    for opened in (yaml.parent, yaml):
        p = Project(opened)
        assert p.root == yaml.parent.resolve() and len(p) == 6
        assert p.classes == NAMES  # names as a dict {0: square, 1: circle}
        assert p.data_yaml == yaml.resolve()
        assert p.relative_name(0) == "images/train/img_002.jpg"
        assert p.label_paths[0] == yaml.parent.resolve() / "labels/train/img_002.txt"
        assert all(p.status(i) == Status.LABELED for i in range(len(p)))


def test_label_paths_match_ultralytics(tmp_path):
    from ultralytics.data.utils import img2label_paths

    make_roboflow(tmp_path / "export")
    p = Project(tmp_path / "export")
    assert [str(x) for x in p.label_paths] == img2label_paths([str(x) for x in p.images])


def test_roboflow_export(tmp_path):
    yaml = make_roboflow(tmp_path / "helmets.v1i.yolov8")
    for opened in (yaml.parent, yaml):
        p = Project(opened)
        assert p.root == yaml.parent.resolve()
        assert p.classes == ["头盔", "no-helmet"]
        assert len(p) == 6 and {p.relative_name(i).split("/")[0] for i in range(6)} == {"train", "valid", "test"}
        assert all(p.status(i) == Status.LABELED for i in range(6))
        assert not any(p.problems(i) for i in range(6))


@pytest.mark.parametrize("names, expected", [
    ("names: [a, b, c]\n", ["a", "b", "c"]),
    ("names:\n  - a\n  - b\n", ["a", "b"]),
    ("names:\n  0: a\n  1: b\n", ["a", "b"]),
    ("names:\n  '1': b\n  '0': a\n", ["a", "b"]),          # string keys, any order
    ("names: {0: a, 2: c}\n", ["a", "class1", "c"]),         # a gap keeps every id in place
])
def test_names_as_list_or_dict(tmp_path, names, expected):
    image(tmp_path / "images/train/x.jpg")
    (tmp_path / "data.yaml").write_text("train: images/train\nval: images/train\n" + names)
    assert Project(tmp_path).classes == expected


def test_project_root_for(tmp_path):
    yaml = make_dataset(tmp_path / "moved", n=2, val=1)
    assert project_root_for(tmp_path) == tmp_path
    assert project_root_for(yaml) == yaml.parent.resolve()
    # a dataset moved after its yaml was written: the stale absolute path: falls back to the yaml's folder
    yaml.write_text(yaml.read_text().replace(str(yaml.parent.resolve().as_posix()), "/no/such/place"))
    assert project_root_for(yaml) == yaml.parent.resolve()
    # a yaml kept elsewhere with path: relative to it
    cfg = tmp_path / "configs" / "my.yaml"
    cfg.parent.mkdir()
    cfg.write_text("path: ../moved\ntrain: images/train\nval: images/val\nnames: [x, y]\n")
    assert project_root_for(cfg) == yaml.parent.resolve()
    p = Project(cfg)
    assert p.root == yaml.parent.resolve() and p.classes == ["x", "y"] and len(p) == 2
    # importing into it takes that yaml's names, not the data.yaml's in the root
    ann = tmp_path / "ann"
    ann.mkdir()
    (ann / "img_001.xml").write_text("<annotation><filename>img_001.jpg</filename><object><name>y</name>"
                                     "<bndbox><xmin>0</xmin><ymin>0</ymin><xmax>48</xmax><ymax>48</ymax>"
                                     "</bndbox></object></annotation>", encoding="utf-8")
    report = import_labels("voc", ann, cfg, overwrite=True)
    assert report.complete and report.classes_added == []
    assert (yaml.parent / "labels/train/img_001.txt").read_text() == "1 0.250000 0.250000 0.500000 0.500000\n"
    with pytest.raises(ProjectError):
        Project(tmp_path / "nothing.yaml")


def test_first_new_class_writes_classes_txt_and_never_the_yaml(tmp_path):
    yaml = make_dataset(tmp_path / "ds", n=3, val=1)
    before = yaml.read_bytes()
    p = Project(yaml)
    assert not (yaml.parent / "classes.txt").exists()
    p.save(0, p.load(0), [Box(0, 0.5, 0.5, 0.2, 0.2)])  # an ordinary edit touches no class list
    assert not (yaml.parent / "classes.txt").exists()
    assert p.add_class("三角形") == 2
    assert (yaml.parent / "classes.txt").read_text(encoding="utf-8") == "square\ncircle\n三角形\n"
    assert yaml.read_bytes() == before
    assert Project(yaml.parent).classes == ["square", "circle", "三角形"]  # classes.txt wins from now on


def test_import_into_a_roboflow_export_appends_after_yaml_names(tmp_path):
    yaml = make_roboflow(tmp_path / "export")
    before = yaml.read_bytes()
    img = next((yaml.parent / "test/images").iterdir())
    (yaml.parent / "test/labels" / (img.stem + ".txt")).unlink()
    ann = tmp_path / "voc"
    ann.mkdir()
    (ann / (img.stem + ".xml")).write_text(
        f"<annotation><filename>{img.name}</filename><size><width>64</width><height>48</height></size>"
        "<object><name>no-helmet</name><bndbox><xmin>0</xmin><ymin>0</ymin><xmax>32</xmax><ymax>24</ymax>"
        "</bndbox></object><object><name>vest</name><bndbox><xmin>32</xmin><ymin>24</ymin><xmax>64</xmax>"
        "<ymax>48</ymax></bndbox></object></annotation>", encoding="utf-8")
    report = import_labels("voc", ann, yaml)
    assert report.complete and report.classes_added == ["vest"], report.lines()
    assert (yaml.parent / "test/labels" / (img.stem + ".txt")).read_text() == (
        "1 0.250000 0.250000 0.500000 0.500000\n2 0.750000 0.750000 0.500000 0.500000\n")
    assert (yaml.parent / "classes.txt").read_text(encoding="utf-8") == "头盔\nno-helmet\nvest\n"
    assert yaml.read_bytes() == before
