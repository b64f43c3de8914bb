"""Inputs that used to leak data or write nonsense: linked folders, NaN boxes, foreign paths."""
import os

from tiny_dataset import make_project

from workbench.dataset import SplitSettings, build_dataset, check_project, plan_split
from workbench.images import list_image_paths
from workbench.project import Project


# ---- linked folders ---------------------------------------------------------------------------
def test_a_folder_link_loop_lists_every_photo_once(tmp_path):
    root = make_project(tmp_path / "p", 4)
    (root / "sub").mkdir()
    os.rename(root / "img_003.jpg", root / "sub" / "img_003.jpg")
    os.symlink(".", root / "loop")                 # ln -s . loop
    os.symlink(root / "sub", root / "alias")       # a second way into sub/
    os.symlink(root / "img_000.jpg", root / "zz_link.jpg")   # a file reached by two paths
    images, _ = list_image_paths(root)
    rel = sorted(os.path.relpath(p, root) for p in images)
    assert rel == ["img_000.jpg", "img_001.jpg", "img_002.jpg", os.path.join("sub", "img_003.jpg")]


def test_a_folder_reached_only_through_a_link_is_listed_once(tmp_path):
    photos = make_project(tmp_path / "photos", 3)
    root = tmp_path / "p"
    root.mkdir()
    os.symlink(photos, root / "a")
    os.symlink(photos, root / "b")
    images, _ = list_image_paths(root)
    assert sorted(os.path.relpath(p, root) for p in images) == [os.path.join("a", f"img_00{i}.jpg")
                                                                 for i in range(3)]


def test_split_with_a_link_loop_puts_each_photo_in_one_subset(tmp_path):
    root = make_project(tmp_path / "p", 10)
    os.symlink(".", root / "loop")
    project = Project(root)
    assert len(project) == 10
    report = check_project(project)
    plan = plan_split(project, report, SplitSettings(val=0.3, seed=1))
    result = build_dataset(project, plan)
    built = [f for s in result.counts for f in os.listdir(result.root / "images" / s)]
    assert sorted(built) == sorted(f"img_{i:03d}.jpg" for i in range(10))
