"""A booby-trapped ``.pt``: a real ``torch.save`` zip whose pickle runs code that writes a marker
file. Tests load it through every path Workbench offers and check that the marker never appears."""
from __future__ import annotations

from pathlib import Path


class _WritesMarker:
    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        # what an attacker's pickle does: call any function with any argument at load time
        return (exec, (f"open({self.marker!r}, 'w').write('code ran')",))


def make_evil_checkpoint(path: Path, marker: Path) -> Path:
    """Write a checkpoint-looking ``.pt`` at ``path`` that, if unpickled, creates ``marker``."""
    import torch

    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"epoch": 3, "model": _WritesMarker(marker), "ema": None,
                "train_args": {"imgsz": 64}}, path)
    assert not marker.exists()
    return path
