"""Dataset statistics and a coach's advice from a check (no Qt)."""
from __future__ import annotations

from .types import ImageCheck, Stats
from ..messages import Message, define, msg
from ..project import Status

FEW_INSTANCES = 10      # fewer boxes of a class than this rarely trains into a detector
TINY_PX = 8             # a box under this many pixels (after resizing to imgsz) is hard to learn
TINY_SHARE = 0.5        # warn when more than this share of boxes is tiny

NO_BOXES = define("advice.no_boxes", "class '{name}' has no boxes yet; label some, or delete the class")
FEW_BOXES = define("advice.few_boxes", "class '{name}' has only {n} boxes; label at least {least} (better 100+) "
                   "for it to be learned")
ONE_BOX = define("advice.one_box", "class '{name}' has only 1 box; label at least {least} (better 100+) "
                 "for it to be learned")
TINY_BOXES = define("advice.tiny_boxes", "{tiny} of {total} boxes are smaller than {px} px at image size {imgsz}; "
                    "train with a larger image size or crop the photos")
UNLABELED = define("advice.unlabeled", "{n} images are not labeled yet and will be left out (save an image with "
                   "no boxes to use it as a background)")
ONE_UNLABELED = define("advice.one_unlabeled", "1 image is not labeled yet and will be left out (save an image "
                       "with no boxes to use it as a background)")
MANY_BACKGROUNDS = define("advice.many_backgrounds", "more backgrounds ({backgrounds}) than labeled images "
                          "({labeled}); about 10% backgrounds is usual")


def compute_stats(class_names: list[str], checks: list[ImageCheck]) -> Stats:
    """Instances and images per class, box sizes and image counts of the usable images.

    Class ids beyond the class list are counted in extra slots (named ``class N``) so
    nothing disappears from the charts; such images are problems anyway.
    """
    names = list(class_names)
    instances = [0] * len(names)
    images_with = [0] * len(names)
    box_wh: list[tuple[float, float]] = []
    labeled = backgrounds = unlabeled = problems = 0
    for c in checks:
        if c.status == Status.NOT_LABELED:
            unlabeled += 1
            continue
        if c.status == Status.PROBLEM:
            problems += 1
            continue
        if c.status == Status.EMPTY:
            backgrounds += 1
            continue
        labeled += 1
        for k in c.classes:
            while k >= len(names):
                names.append(f"class {len(names)}")
                instances.append(0)
                images_with.append(0)
            instances[k] += 1
        for k in set(c.classes):
            images_with[k] += 1
        box_wh.extend(c.boxes_wh)
    return Stats(names, instances, images_with, box_wh, labeled, backgrounds, unlabeled, problems)


def tiny_share(checks: list[ImageCheck], imgsz: int) -> tuple[int, int]:
    """``(tiny, total)`` boxes of the usable images whose shorter side is under ``TINY_PX``
    pixels once the image is resized (long side to ``imgsz``) as Ultralytics trains it."""
    tiny = total = 0
    for c in checks:
        if c.status != Status.LABELED or not c.width or not c.height:
            continue
        scale = imgsz / max(c.width, c.height)
        for w, h in c.boxes_wh:
            total += 1
            if min(w * c.width, h * c.height) * scale < TINY_PX:
                tiny += 1
    return tiny, total


def advice_for(stats: Stats, checks: list[ImageCheck], imgsz: int = 640) -> list[Message]:
    """What a coach would say before training: thin classes, tiny boxes, unlabeled photos."""
    out = []
    for name, n in zip(stats.class_names, stats.instances):
        if n == 0:
            out.append(msg(NO_BOXES, name=name))
        elif n < FEW_INSTANCES:
            out.append(msg(ONE_BOX if n == 1 else FEW_BOXES, name=name, n=n, least=FEW_INSTANCES))
    tiny, total = tiny_share(checks, imgsz)
    if total and tiny / total > TINY_SHARE:
        out.append(msg(TINY_BOXES, tiny=tiny, total=total, px=TINY_PX, imgsz=imgsz))
    if stats.unlabeled:
        out.append(msg(ONE_UNLABELED) if stats.unlabeled == 1 else msg(UNLABELED, n=stats.unlabeled))
    if stats.labeled and stats.backgrounds > stats.labeled:
        out.append(msg(MANY_BACKGROUNDS, backgrounds=stats.backgrounds, labeled=stats.labeled))
    return out
