"""The split: ratios, stable across added/removed images, group-aware, stratified, stored in the
project by a build (planning alone writes nothing), with progress and cancel."""
import json
import shutil

import pytest

from test_dataset_helpers import save_image

from workbench.dataset import split as dataset_split
from workbench.dataset import (Cancelled, SplitSettings, build_dataset, check_project, load_split, plan_split,
                               save_split, split_path)
from workbench.project import Project


def labeled(root, name, line="0 0.5 0.5 0.2 0.2", seed=0, src=None):
    p = root / name
    if src is not None:
        p.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, p)
    else:
        save_image(p, 32, 32, seed=seed)
    p.with_suffix(".txt").write_text(line + "\n" if line else "")
    return p


def project_of(root, n, start=0):
    root.mkdir(parents=True, exist_ok=True)
    (root / "classes.txt").write_text("a\nrare\n")
    for i in range(start, start + n):
        labeled(root, f"img{i}_x.jpg", seed=1000 + i)  # no running number: every image its own group
    return root


def split(root, **kw):
    """Plan and store the plan, as a build does (the stability rules are about built splits)."""
    p = Project(root)
    plan = plan_split(p, check_project(p), SplitSettings(**kw))
    save_split(p, plan)
    return p, plan


def files_under(root):
    return {(str(f.relative_to(root)), f.stat().st_mtime_ns) for f in root.rglob("*") if f.is_file()}


def sides(project, plan):
    return {str(k.relative_to(project.root)): v for k, v in plan.subset.items()}


def test_ratios_and_stored_assignment(tmp_path):
    root = project_of(tmp_path / "数据", 100)
    p, plan = split(root, val=0.2, test=0.1)
    assert plan.counts() == {"train": 70, "val": 20, "test": 10}
    stored = json.loads(split_path(p).read_text(encoding="utf-8"))
    assert stored["assign"]["img7_x.jpg"] == plan.subset[root / "img7_x.jpg"]
    assert stored["settings"] == {"val": 0.2, "test": 0.1, "seed": 0}


def test_adding_and_removing_images_never_moves_one(tmp_path):
    root = project_of(tmp_path / "p", 60)
    p, first = split(root)
    before = sides(p, first)
    project_of(root, 25, start=60)
    for i in range(0, 10):
        (root / f"img{i}_x.jpg").unlink()
    p2, second = split(root)
    after = sides(p2, second)
    assert all(after[k] == v for k, v in before.items() if k in after)
    assert len(after) == 75 and second.counts()["val"] == 15  # the new images fill the ratio
    labeled(root, "img3_x.jpg", seed=1003)  # an image comes back
    p3, third = split(root)
    assert sides(p3, third)["img3_x.jpg"] == before["img3_x.jpg"]


def test_seed_changes_the_split_and_is_reproducible(tmp_path):
    root = project_of(tmp_path / "p", 40)
    p, a = split(root, seed=1)
    split_path(p).unlink()
    p, b = split(root, seed=1)
    p, c = split(root, seed=2)
    assert sides(p, a) == sides(p, b) != sides(p, c)


def test_bursts_and_look_alikes_stay_together(tmp_path):
    root = project_of(tmp_path / "p", 80)
    for clip, base in (("clipA_", 5000), ("clipB_", 6000)):
        # seeds apart from the photos' 1000..1079: an equal seed is an equal photo, a look-alike
        # (hash() of a string changes with every Python process, so it cannot pick them)
        for k in range(1, 11):
            labeled(root, f"video/{clip}{k:04d}.jpg", seed=base + k)
    twin = root / "img5_x.jpg"
    labeled(root, "copy of five.jpg", src=twin)
    labeled(root, "another copy.jpg", src=twin)
    for seed in range(4):
        p, plan = split(root, seed=seed)
        s = sides(p, plan)
        for clip in ("clipA_", "clipB_"):
            assert len({s[f"video/{clip}{k:04d}.jpg"] for k in range(1, 11)}) == 1
        assert s["copy of five.jpg"] == s["another copy.jpg"] == s["img5_x.jpg"]
        assert plan.groups == 3 and sorted(plan.group_sizes) == [3, 10, 10]
        split_path(p).unlink()
    p, plan = split(root, group=False)
    assert plan.groups == 0


def test_long_runs_are_cut_into_blocks(tmp_path):
    root = tmp_path / "cam"
    root.mkdir()
    (root / "classes.txt").write_text("a\n")
    for k in range(1, 41):
        labeled(root, f"IMG_{k:04d}.jpg", seed=k)
    p, plan = split(root)
    assert plan.counts() == {"train": 32, "val": 8}
    assert max(plan.group_sizes) <= 4


def test_every_class_with_two_images_reaches_val(tmp_path):
    root = project_of(tmp_path / "p", 50)
    labeled(root, "rare one.jpg", "1 0.5 0.5 0.2 0.2", seed=1)
    labeled(root, "rare two.jpg", "1 0.4 0.4 0.2 0.2", seed=2)
    labeled(root, "rare three.jpg", "1 0.4 0.4 0.2 0.2", seed=3)
    (root / "classes.txt").write_text("a\nrare\nsolo\n")
    labeled(root, "solo.jpg", "2 0.5 0.5 0.2 0.2", seed=4)
    for seed in range(6):
        p, plan = split(root, seed=seed)
        s = sides(p, plan)
        rare = [s[f"rare {w}.jpg"] for w in ("one", "two", "three")]
        assert "val" in rare and "train" in rare
        assert any("'solo' has 1 image" in w for w in plan.warnings)
        split_path(p).unlink()


def test_impossible_stratification_is_said(tmp_path):
    root = project_of(tmp_path / "p", 30)
    (root / "classes.txt").write_text("a\nrare\n")
    twin = labeled(root, "rare_burst_0001.jpg", "1 0.5 0.5 0.2 0.2", seed=5)
    labeled(root, "rare_burst_0002.jpg", "1 0.5 0.5 0.2 0.2", src=twin)
    p, plan = split(root)
    assert any("'rare' has no image in val" in w and "one burst" in w for w in plan.warnings)


def test_only_labeled_and_backgrounds_go_in(tmp_path):
    root = project_of(tmp_path / "p", 20)
    labeled(root, "bg_x.jpg", line="", seed=7)
    save_image(root / "todo_x.jpg", seed=8)
    labeled(root, "bad_x.jpg", line="0 0.5", seed=9)
    p, plan = split(root)
    names = set(sides(p, plan))
    assert "bg_x.jpg" in names and "todo_x.jpg" not in names and "bad_x.jpg" not in names
    assert (plan.left_out, plan.unlabeled, plan.problems) == (2, 1, 1)
    assert sum(plan.backgrounds.values()) == 1
    assert load_split(p)["assign"]["bg_x.jpg"] in ("train", "val")


def test_previews_write_nothing_and_a_build_stores_the_split(tmp_path):
    root = project_of(tmp_path / "数据 集", 40)
    p = Project(root)
    report = check_project(p)
    before = files_under(root)
    a = plan_split(p, report, SplitSettings(val=0.2))
    b = plan_split(p, report, SplitSettings(val=0.3))
    assert a.counts()["val"] == 8 and b.counts()["val"] == 12
    assert files_under(root) == before and not split_path(p).exists()

    built = build_dataset(p, a, tmp_path / "out")
    assert sum(built.counts.values()) == 40
    stored = load_split(p)
    assert stored["assign"] == {str(k.relative_to(root)): v for k, v in a.subset.items()}
    assert (root / ".workbench" / dataset_split.HASH_FILE).exists()  # the look-alike hashes, stored with it

    before = sides(p, a)
    project_of(root, 20, start=40)
    p2 = Project(root)
    plan2 = plan_split(p2, check_project(p2), SplitSettings(val=0.2))
    build_dataset(p2, plan2, tmp_path / "out")
    after = sides(p2, plan2)
    assert len(after) == 60 and all(after[k] == v for k, v in before.items())
    assert load_split(p2)["assign"] == after


def test_a_cancelled_build_stores_no_split(tmp_path):
    root = project_of(tmp_path / "p", 20)
    p = Project(root)
    plan = plan_split(p, check_project(p), SplitSettings())
    with pytest.raises(Cancelled):
        build_dataset(p, plan, tmp_path / "out", progress=lambda d, t: False)
    assert not split_path(p).exists()


def test_look_alike_hashing_reports_progress_and_cancels(tmp_path):
    root = project_of(tmp_path / "p", 70)
    p = Project(root)
    report = check_project(p)
    dataset_split._memo.clear()
    seen = []

    def stop_half_way(done, total):
        seen.append((done, total))
        return done < 32
    with pytest.raises(Cancelled):
        plan_split(p, report, SplitSettings(), progress=stop_half_way)
    assert seen[0] == (0, 70) and seen[-1][0] == 32 and not split_path(p).exists()

    seen.clear()  # the images hashed before the cancel are not decoded again
    plan_split(p, report, SplitSettings(), progress=lambda d, t: seen.append((d, t)))
    assert seen[0][1] <= 70 - 32 and seen[-1] == (1, 1)
    seen.clear()
    plan_split(p, report, SplitSettings(), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 0)  # all cached: nothing to decode
