"""The data types of the dataset check, split and build (no Qt; re-exported by ``workbench.dataset``)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..project import Status

# progress(done, total) -> False cancels (check, split and build stop early and raise Cancelled)
Progress = Callable[[int, int], bool | None]


class Cancelled(Exception):
    """The user cancelled a check or a build; nothing was changed."""


class DatasetError(Exception):
    """The dataset cannot be built; the message names the file and says what to do."""


@dataclass(frozen=True)
class Finding:
    """One thing to fix or to know, pointing at the image it belongs to."""

    image: Path                    # the image (what the Label page opens on a click)
    file: Path                     # the file at fault: the label .txt or the image itself
    line: int                      # 1-based line in ``file``; 0 for the whole file
    message: str                   # what is wrong and what to do, for a user
    blocking: bool = True          # True: Ultralytics would drop/refuse it; False: a warning

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        return f"{where}: {self.message}"


@dataclass
class ImageCheck:
    """The verdict on one image."""

    image: Path
    label: Path
    status: Status                 # LABELED, EMPTY (background), NOT_LABELED or PROBLEM
    classes: list[int]             # class id of each box, in file order
    boxes_wh: list[tuple[float, float]]   # normalized width, height of each box
    width: int = 0
    height: int = 0
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Stats:
    """What the statistics charts show."""

    class_names: list[str]
    instances: list[int]           # per class id
    images_with: list[int]         # per class id: images holding at least one box of it
    box_wh: list[tuple[float, float]]    # every box, normalized (for size/aspect charts)
    labeled: int
    backgrounds: int               # checked, no objects
    unlabeled: int
    problems: int


@dataclass
class CheckReport:
    images: list[ImageCheck]
    findings: list[Finding]        # every finding, blocking first
    stats: Stats
    advice: list[str]              # a coach's warnings: few instances, class missing from val, tiny boxes

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    @property
    def ok(self) -> bool:
        """True when nothing blocks training."""
        return not self.blocking


@dataclass
class SplitSettings:
    val: float = 0.2
    test: float = 0.0
    seed: int = 0
    group: bool = True             # frames of one video/burst stay on one side
    near_duplicates: bool = True   # also group look-alike photos (small perceptual hash; decodes each image once)


@dataclass
class SplitPlan:
    """Which subset each usable image goes to. Planning writes nothing; a build stores
    ``assign`` in the project (``save_split``) so a built image never moves."""

    subset: dict[Path, str]        # image -> "train" | "val" | "test"
    groups: int                    # groups found (bursts, near-duplicates)
    left_out: int                  # unlabeled or problem images not used
    warnings: list[str]            # e.g. "class 'dog' has 1 image: it cannot be in val"
    unlabeled: int = 0             # of ``left_out``: not labeled yet
    problems: int = 0              # of ``left_out``: blocked by a problem
    group_sizes: list[int] = field(default_factory=list)  # sizes of the groups of 2+ images
    backgrounds: dict[str, int] = field(default_factory=dict)  # background images per subset
    # what a build stores: the settings, every assignment (relative path -> subset, including
    # images not in the project today) and the look-alike hash cache
    settings_key: dict = field(default_factory=dict)
    assign: dict[str, str] = field(default_factory=dict)
    hash_cache: dict[str, list] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.subset.values():
            out[s] = out.get(s, 0) + 1
        return out


@dataclass
class BuildResult:
    root: Path                     # the dataset folder
    data_yaml: Path                # absolute path of data.yaml (trains as it is)
    counts: dict[str, int]         # images per subset
    backgrounds: dict[str, int]    # background images per subset
    seconds: float
    reflinked: bool = False        # images were reflinked (copy-on-write), not byte-copied
