"""Importers: VOC (LabelImg), labelme and COCO files, written as those tools write them, into YOLO."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from workbench.importers import ImportFormatError, import_labels
from workbench.labels import read_label_file
from workbench.project import Project

W, H = 160, 120
# known YOLO boxes with whole-pixel corners (VOC stores whole pixels): (class name, x1, y1, x2, y2)
BOXES = {
    "a.jpg": [("cat", 10, 20, 50, 80), ("苹果", 0, 0, 160, 120)],
    "数据 集/图片 1.jpg": [("苹果", 30, 10, 31, 11), ("dog", 100, 60, 150, 119)],
    "b.png": [],  # checked, no objects
}


def make_image(path: Path, w=W, h=H, exif_orientation=None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    im = Image.new("RGB", (w, h), (120, 90, 60))
    if exif_orientation:
        exif = Image.Exif()
        exif[274] = exif_orientation
        im.save(path, exif=exif)
    else:
        im.save(path)
    return path


def make_project(root: Path) -> Path:
    for rel in BOXES:
        make_image(root / rel)
    (root / "classes.txt").write_text("cat\nbird\n", encoding="utf-8")
    return root


def expected_lines(rel: str, classes: list[str]) -> list[tuple]:
    return [(classes.index(n), (x1 + x2) / 2 / W, (y1 + y2) / 2 / H, (x2 - x1) / W, (y2 - y1) / H)
            for n, x1, y1, x2, y2 in BOXES[rel]]


def assert_yolo(label: Path, expected: list[tuple]):
    lf = read_label_file(label)
    assert lf.exists and not lf.problems and not lf.bad_lines
    got = [(b.cls, b.xc, b.yc, b.w, b.h) for b in lf.boxes]
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g[0] == e[0] and all(abs(a - b) <= 1e-6 for a, b in zip(g[1:], e[1:])), (g, e)
    # written as Workbench writes: 6 decimals
    assert all(len(line.split()[1].split(".")[1]) == 6 for line in label.read_text().splitlines())


# -- writers: the files as LabelImg, labelme and COCO tools write them -----------------------------
def labelimg_xml(filename: str, folder: str, objects, w=W, h=H, path: str | None = None) -> bytes:
    """Pascal VOC as LabelImg's pascal_voc_io writes it (lxml pretty print, tabs, utf-8)."""
    objs = "".join(
        f"\t<object>\n\t\t<name>{n}</name>\n\t\t<pose>Unspecified</pose>\n\t\t<truncated>0</truncated>\n"
        f"\t\t<difficult>0</difficult>\n\t\t<bndbox>\n\t\t\t<xmin>{x1}</xmin>\n\t\t\t<ymin>{y1}</ymin>\n"
        f"\t\t\t<xmax>{x2}</xmax>\n\t\t\t<ymax>{y2}</ymax>\n\t\t</bndbox>\n\t</object>\n"
        for n, x1, y1, x2, y2 in objects)
    text = (f"<annotation>\n\t<folder>{folder}</folder>\n\t<filename>{filename}</filename>\n"
            f"\t<path>{path or 'C:/Users/me/Pictures/' + filename}</path>\n"
            "\t<source>\n\t\t<database>Unknown</database>\n\t</source>\n"
            f"\t<size>\n\t\t<width>{w}</width>\n\t\t<height>{h}</height>\n\t\t<depth>3</depth>\n\t</size>\n"
            f"\t<segmented>0</segmented>\n{objs}</annotation>\n")
    return b"<?xml version='1.0' encoding='utf-8'?>\n" + text.encode("utf-8")


def labelme_json(image_path: str, shapes, w=W, h=H) -> str:
    """labelme 5.x's file (json.dump with ensure_ascii=False, indent=2)."""
    data = {"version": "5.4.1", "flags": {},
            "shapes": [{"label": label, "points": points, "group_id": None, "description": "",
                        "shape_type": kind, "flags": {}, "mask": None} for label, points, kind in shapes],
            "imagePath": image_path, "imageData": None, "imageHeight": h, "imageWidth": w}
    return json.dumps(data, ensure_ascii=False, indent=2)


def rect(n, x1, y1, x2, y2):
    # labelme keeps the corners in drawing order; drag from bottom-right to top-left happens
    return (n, [[float(x2), float(y2)], [float(x1), float(y1)]], "rectangle")


# -- round trips ---------------------------------------------------------------------------------
def test_voc_round_trip_with_separate_save_dir(tmp_path):
    root = make_project(tmp_path / "项目")
    ann = tmp_path / "voc"
    for rel, objs in BOXES.items():
        xml = ann / Path(rel).with_suffix(".xml")
        xml.parent.mkdir(parents=True, exist_ok=True)
        xml.write_bytes(labelimg_xml(Path(rel).name, Path(rel).parent.name or "项目", objs))
    report = import_labels("voc", ann, root)
    assert report.complete and not report.skipped, report.lines()
    assert report.converted == 3 and report.boxes == 4
    assert report.classes_added == ["苹果", "dog"]
    classes = Project(root).classes
    assert classes == ["cat", "bird", "苹果", "dog"]  # existing ids kept, new names appended
    for rel in BOXES:
        assert_yolo(root / Path(rel).with_suffix(".txt"), expected_lines(rel, classes))
    assert (root / "b.txt").read_bytes() == b""  # checked, no objects


def test_labelme_round_trip_beside_images(tmp_path):
    root = make_project(tmp_path / "p")
    for rel, objs in BOXES.items():
        js = (root / rel).with_suffix(".json")
        js.write_text(labelme_json(Path(rel).name, [rect(*o) for o in objs]), encoding="utf-8")
    report = import_labels("labelme", root, root)
    assert report.complete and report.converted == 3 and report.boxes == 4, report.lines()
    classes = Project(root).classes
    for rel in BOXES:
        assert_yolo(root / Path(rel).with_suffix(".txt"), expected_lines(rel, classes))


def test_coco_round_trip_ids_by_name_folders_in_file_name(tmp_path):
    root = make_project(tmp_path / "p")
    cat_ids = {"dog": 17, "苹果": 53, "cat": 90}  # arbitrary, not 0-based, not in class order
    images, anns = [], []
    for k, (rel, objs) in enumerate(BOXES.items(), start=1):
        images.append({"id": k * 10, "file_name": rel, "width": W, "height": H})
        for n, x1, y1, x2, y2 in objs:
            anns.append({"id": len(anns) + 1, "image_id": k * 10, "category_id": cat_ids[n],
                         "bbox": [x1, y1, x2 - x1, y2 - y1], "area": (x2 - x1) * (y2 - y1),
                         "iscrowd": 0, "segmentation": []})
    coco = {"info": {}, "licenses": [], "images": images, "annotations": anns,
            "categories": [{"id": i, "name": n, "supercategory": "none"} for n, i in cat_ids.items()]}
    src = tmp_path / "instances_default.json"
    src.write_text(json.dumps(coco, ensure_ascii=False), encoding="utf-8")
    report = import_labels("coco", src, root)
    assert report.complete and report.converted == 3 and report.boxes == 4, report.lines()
    # new classes appended in category-id order: dog (17) before 苹果 (53)
    assert report.classes_added == ["dog", "苹果"]
    classes = Project(root).classes
    assert classes == ["cat", "bird", "dog", "苹果"]
    for rel in BOXES:
        assert_yolo(root / Path(rel).with_suffix(".txt"), expected_lines(rel, classes))


# -- what cannot be converted is reported, nothing is lost ----------------------------------------
def test_coco_crowd_missing_image_and_unknown_category(tmp_path):
    root = make_project(tmp_path / "p")
    coco = {"images": [{"id": 1, "file_name": "train2017/a.jpg", "width": W, "height": H},
                       {"id": 2, "file_name": "gone.jpg", "width": W, "height": H},
                       {"id": 3, "file_name": "b.png", "width": W, "height": H}],
            "annotations": [
                {"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, 20, 40, 60], "iscrowd": 0},
                {"id": 2, "image_id": 1, "category_id": 1, "bbox": [0, 0, 100, 100], "iscrowd": 1,
                 "segmentation": {"counts": [1, 2], "size": [H, W]}},
                {"id": 3, "image_id": 2, "category_id": 1, "bbox": [1, 1, 5, 5], "iscrowd": 0},
                {"id": 4, "image_id": 3, "category_id": 1, "bbox": [1, 1, 5, 5], "iscrowd": 1}],
            "categories": [{"id": 1, "name": "person"}]}
    src = tmp_path / "c.json"
    src.write_text(json.dumps(coco))
    report = import_labels("coco", src, root)
    assert report.converted == 1 and report.boxes == 1
    text = "\n".join(report.skipped)
    assert "annotation 2 (person) is a crowd region" in text
    assert "image 2 (gone.jpg): image not found" in text
    # b.png held only a crowd region: no label file, so it does not pass for a background image
    assert "image 3 (b.png): no box could be converted" in text
    assert not (root / "b.txt").exists()
    assert_yolo(root / "a.txt", [(2, 30 / W, 50 / H, 40 / W, 60 / H)])


def test_labelme_polygon_circle_point_and_windows_image_path(tmp_path):
    root = tmp_path / "p"
    make_image(root / "images" / "照片.jpg")
    ann = root / "json"
    ann.mkdir()
    shapes = [("猫", [[10, 20], [50, 25], [30, 80]], "polygon"),
              ("猫", [[80, 60], [80, 70]], "circle"),
              ("猫", [[5, 5]], "point"),
              ("猫", [[1, 1], [9, 9]], "line")]
    (ann / "照片.json").write_text(labelme_json("..\\images\\照片.jpg", shapes), encoding="utf-8")
    report = import_labels("labelme", ann, root)
    assert report.converted == 1 and report.boxes == 2
    assert "1 polygon(s) converted to their bounding boxes" in "\n".join(report.notes)
    assert "1 circle(s) converted to their bounding boxes" in "\n".join(report.notes)
    assert sum("which has no box" in s for s in report.skipped) == 2
    assert_yolo(root / "labels" / "照片.txt",
                [(0, 30 / W, 50 / H, 40 / W, 60 / H), (0, 80 / W, 60 / H, 20 / W, 20 / H)])


def test_existing_label_is_kept_unless_overwrite(tmp_path):
    root = make_project(tmp_path / "p")
    mine = b"1 0.5 0.5 0.1 0.1\nmy note that is not a box\n"
    (root / "a.txt").write_bytes(mine)
    ann = tmp_path / "voc"
    ann.mkdir()
    (ann / "a.xml").write_bytes(labelimg_xml("a.jpg", "p", BOXES["a.jpg"]))
    report = import_labels("voc", ann, root)
    assert report.existing == [root / "a.txt"] and report.converted == 0 and not report.complete
    assert (root / "a.txt").read_bytes() == mine
    assert Project(root).classes == ["cat", "bird"]  # nothing written, no class added either
    report = import_labels("voc", ann, root, overwrite=True)
    assert report.converted == 1 and report.complete
    assert_yolo(root / "a.txt", expected_lines("a.jpg", Project(root).classes))
    # importing the same again changes nothing and is not a conflict
    again = import_labels("voc", ann, root)
    assert again.complete and again.unchanged == 1 and again.converted == 0


def test_size_mismatch_and_clamping_are_reported(tmp_path):
    root = make_project(tmp_path / "p")
    ann = tmp_path / "voc"
    ann.mkdir()
    # the file claims 320x240; the image is 160x120: the image wins, the user is told
    (ann / "a.xml").write_bytes(labelimg_xml("a.jpg", "p", [("cat", -5, 100, 40, 130)], w=320, h=240))
    report = import_labels("voc", ann, root)
    notes = "\n".join(report.notes)
    assert "says the image is 320x240 but a.jpg is 160x120" in notes
    assert "1 box(es) reached outside the image and were cut to it" in notes
    assert_yolo(root / "a.txt", [(0, 20 / W, 110 / H, 40 / W, 20 / H)])


def test_labelimg_box_on_exif_rotated_photo_is_turned_upright(tmp_path):
    root = tmp_path / "p"
    # stored 160x120, EXIF 6 (turn 90° clockwise): upright 120x160 as Ultralytics trains on it
    make_image(root / "rot.jpg", exif_orientation=6)
    ann = tmp_path / "voc"
    ann.mkdir()
    (ann / "rot.xml").write_bytes(labelimg_xml("rot.jpg", "p", [("cat", 10, 20, 50, 40)], w=160, h=120))
    report = import_labels("voc", ann, root)
    assert "turned to the upright image (120x160)" in "\n".join(report.notes)
    # stored (x, y) -> upright (120 - y, x): box x 80..100, y 10..50 on a 120x160 image
    assert_yolo(root / "rot.txt", [(0, 90 / 120, 30 / 160, 20 / 120, 40 / 160)])


def test_ambiguous_missing_and_broken_files(tmp_path):
    root = make_project(tmp_path / "p")
    make_image(root / "x" / "same.jpg")
    make_image(root / "y" / "same.jpg")
    ann = tmp_path / "voc"
    ann.mkdir()
    (ann / "same.xml").write_bytes(labelimg_xml("same.jpg", "?", [("cat", 1, 1, 9, 9)]))
    (ann / "nope.xml").write_bytes(labelimg_xml("nope.jpg", "p", [("cat", 1, 1, 9, 9)]))
    (ann / "broken.xml").write_text("<annotation><filename>a.jpg</filename>\n<object>", encoding="utf-8")
    (ann / "other.xml").write_text("<svg/>", encoding="utf-8")
    report = import_labels("voc", ann, root)
    text = "\n".join(report.skipped)
    assert "'same.jpg' matches 2 images" in text
    assert "nope.xml: image not found" in text
    assert "broken.xml: not valid XML (line 2)" in text
    assert "other.xml: not a Pascal VOC file" in text
    assert report.converted == 0
    with pytest.raises(ImportFormatError, match="no .xml files"):
        import_labels("voc", tmp_path / "p" / "x", root)


def test_two_annotations_for_one_image_keep_the_first(tmp_path):
    root = make_project(tmp_path / "p")
    ann = tmp_path / "lm"
    ann.mkdir()
    (ann / "1.json").write_text(labelme_json("a.jpg", [rect("cat", 1, 1, 9, 9)]), encoding="utf-8")
    (ann / "2.json").write_text(labelme_json("a.jpg", [rect("dog", 1, 1, 9, 9)]), encoding="utf-8")
    report = import_labels("labelme", ann, root)
    assert report.converted == 1 and "1.json already gave labels to a.jpg" in "\n".join(report.skipped)
    assert read_label_file(root / "a.txt").boxes[0].cls == 0


def test_progress_and_cancel_write_nothing(tmp_path):
    root = make_project(tmp_path / "p")
    for rel, objs in BOXES.items():
        (root / rel).with_suffix(".json").write_text(
            labelme_json(Path(rel).name, [rect(*o) for o in objs]), encoding="utf-8")
    calls = []
    report = import_labels("labelme", root, root, progress=lambda d, t: calls.append((d, t)) or d < 2)
    assert report.cancelled and calls == [(1, 3), (2, 3)]
    assert [p.name for p in root.rglob("*.txt")] == ["classes.txt"]  # no label file written
    assert (root / "classes.txt").read_text() == "cat\nbird\n"


def test_imported_labels_read_by_ultralytics(tmp_path):
    """Ultralytics' own label check accepts what the importer wrote (format, range, no duplicates)."""
    from ultralytics.data.utils import verify_image_label

    root = make_project(tmp_path / "p")
    ann = tmp_path / "voc"
    ann.mkdir()
    for rel, objs in BOXES.items():
        (ann / Path(rel).with_suffix(".xml").name).write_bytes(labelimg_xml(Path(rel).name, "p", objs))
    import_labels("voc", ann, root)
    classes = Project(root).classes
    for rel in ("a.jpg", "数据 集/图片 1.jpg"):
        out = verify_image_label((str(root / rel), str((root / rel).with_suffix(".txt")), "", False,
                                  len(classes), 0, 0, False))
        # (im_file, lb, shape, segments, keypoints, nm, nf, ne, nc, msg): found, not corrupt
        nm, nf, ne, nc, msg = out[-5:]
        assert (nm, nf, nc, msg) == (0, 1, 0, ""), out
        assert out[2] == (H, W) and len(out[1]) == len(BOXES[rel])


def test_a_label_file_that_cannot_be_written_is_reported(tmp_path):
    root = tmp_path / "p"
    make_image(root / "images" / "a.jpg")
    make_image(root / "b.jpg")
    (root / "labels").write_text("a file where the labels folder should be")
    for name in ("images/a", "b"):
        (root / f"{name}.json").write_text(labelme_json(Path(name).name + ".jpg", [rect("cat", 1, 1, 9, 9)]),
                                           encoding="utf-8")
    report = import_labels("labelme", root, root)
    assert report.converted == 1 and (root / "b.txt").exists()
    assert len(report.skipped) == 1 and report.skipped[0].startswith(f"could not save {root / 'labels' / 'a.txt'}")


def test_roboflow_coco_export_finds_images_beside_its_json(tmp_path):
    """Roboflow's COCO export: <split>/_annotations.coco.json beside that split's images."""
    root = tmp_path / "export"
    for split in ("train", "valid"):
        make_image(root / split / "x.jpg")
    coco = {"info": {"description": "Exported from roboflow.com"},
            "categories": [{"id": 0, "name": "helmets", "supercategory": "none"},
                           {"id": 1, "name": "头盔", "supercategory": "helmets"}],
            "images": [{"id": 0, "license": 1, "file_name": "x.jpg", "height": H, "width": W,
                        "date_captured": "2024-01-01T00:00:00+00:00"}],
            "annotations": [{"id": 0, "image_id": 0, "category_id": 1, "bbox": [10, 20, 40, 60],
                             "area": 2400, "segmentation": [], "iscrowd": 0}]}
    (root / "valid" / "_annotations.coco.json").write_text(json.dumps(coco, ensure_ascii=False))
    report = import_labels("coco", root / "valid" / "_annotations.coco.json", root)
    assert report.complete and report.classes_added == ["头盔"], report.lines()
    assert_yolo(root / "valid" / "x.txt", [(0, 30 / W, 50 / H, 40 / W, 60 / H)])
    assert not (root / "train" / "x.txt").exists()


# -- numbers and paths a careful importer must not trust ------------------------------------------
def test_coco_nan_negative_width_and_foreign_paths_are_reported_never_written(tmp_path):
    root = make_project(tmp_path / "p")
    coco = {"images": [{"id": 1, "file_name": "a.jpg", "width": W, "height": H},
                       {"id": 2, "file_name": "/etc/cron.d/b.png", "width": W, "height": H},
                       {"id": 3, "file_name": "../x/图片 1.jpg", "width": W, "height": H}],
            "annotations": [
                {"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, float("nan"), 40, 60]},
                {"id": 2, "image_id": 1, "category_id": 1, "bbox": [50, 20, -40, 60]},
                {"id": 3, "image_id": 1, "category_id": 1, "bbox": [10, 20, float("inf"), 60]},
                {"id": 4, "image_id": 1, "category_id": 1, "bbox": [10, 20, 40, 60]},
                {"id": 5, "image_id": 2, "category_id": 1, "bbox": [10, 20, 40, 60]},
                {"id": 6, "image_id": 3, "category_id": 1, "bbox": [10, 20, 40, 60]}],
            "categories": [{"id": 1, "name": "cat"}]}
    src = tmp_path / "c.json"
    src.write_text(json.dumps(coco))            # Python writes NaN / Infinity as COCO tools may
    report = import_labels("coco", src, root)
    skipped, notes = "\n".join(report.skipped), "\n".join(report.notes)
    assert "annotation 1 (cat): bbox [10, nan, 40, 60] holds a value that is not a number" in skipped
    assert "annotation 3 (cat): bbox [10, 20, inf, 60] holds a value that is not a number" in skipped
    assert "annotation 2 (cat): bbox [50, 20, -40, 60] has a width or height of 0 or less" in skipped
    assert_yolo(root / "a.txt", [(0, 30 / W, 50 / H, 40 / W, 60 / H)])   # only the good box
    for label in root.rglob("*.txt"):
        assert "nan" not in label.read_text().lower() and "inf" not in label.read_text().lower()
    assert f"'/etc/cron.d/b.png' lies outside the project {root}; matched to b.png by file name only" in notes
    assert "'../x/图片 1.jpg' lies outside the project" in notes and "数据 集/图片 1.jpg" in notes


def test_labelme_nan_point_is_reported_not_written(tmp_path):
    root = make_project(tmp_path / "p")
    shapes = [("cat", [[10.0, 20.0], [float("nan"), 80.0]], "rectangle"),
              ("cat", [[5.0, 5.0], [50.0, float("nan")], [30.0, 80.0]], "polygon"),
              ("cat", [[10.0, 20.0], [50.0, 80.0]], "rectangle")]
    (root / "a.json").write_text(labelme_json("a.jpg", shapes), encoding="utf-8")
    report = import_labels("labelme", root / "a.json", root)
    assert sum("a point is not a number" in s for s in report.skipped) == 2, report.lines()
    assert_yolo(root / "a.txt", [(0, 30 / W, 50 / H, 40 / W, 60 / H)])


def test_a_box_line_is_never_formatted_with_nan():
    from workbench.labels import Box, format_line

    for bad in (float("nan"), float("inf"), -float("inf")):
        with pytest.raises(ValueError):
            format_line(0, bad, 0.5, 0.25, 0.25)
        with pytest.raises(ValueError):
            Box(0, 0.5, 0.5, bad, 0.25).line()
