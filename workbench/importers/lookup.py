"""Find the project image an annotation file names, however the file spells its path
(a bare name, a path from the labeler's Windows machine, COCO's ``train2017/x.jpg``)."""
from __future__ import annotations

import os
from pathlib import Path

from ..messages import define, msg
from ..project import Project

USED_SAME_NAME = define("import.used_same_name", "'{ref}' not found; used the image with its name")
USED_STEM = define("import.used_stem", "'{ref}' not found; used the image named like the annotation file")
USED_STEM_NONE_NAMED = define("import.used_stem_none_named", "no image named in the file; used the image named "
                              "like the annotation file")
NOT_FOUND = define("import.not_found", "image not found: looked for '{ref}' in {root}")
NOT_FOUND_NONE_NAMED = define("import.not_found_none_named", "image not found: looked for an image (the file "
                              "names none) in {root}")
AMBIGUOUS = define("import.ambiguous", "'{ref}' matches {n} images ({some}); move the annotation file beside its "
                   "image or give the full path")


class ImageLookup:
    """Finds the project image an annotation names, however the file spells the path."""

    def __init__(self, project: Project):
        self.project = project
        self.rel = {project.relative_name(i): i for i in range(len(project))}
        self.by_name: dict[str, list[str]] = {}
        self.by_stem: dict[str, list[str]] = {}
        for rel in self.rel:
            name = rel.rsplit("/", 1)[-1].lower()
            self.by_name.setdefault(name, []).append(rel)
            self.by_stem.setdefault(name.rsplit(".", 1)[0], []).append(rel)

    def _rel_of(self, path: str) -> str | None:
        root = str(self.project.root)
        path = os.path.normpath(path)
        if path.startswith(root.rstrip(os.sep) + os.sep):
            rel = path[len(root.rstrip(os.sep)) + 1:].replace(os.sep, "/")
            return rel if rel in self.rel else None
        return None

    def find(self, ref: str, near: Path | None, stem_hint: str | None) -> tuple[int | None, str | None]:
        """(index, note) of the image ``ref`` names, or (None, why not)."""
        ref = (ref or "").strip().replace("\\", "/")
        is_abs = ref.startswith("/") or (len(ref) > 2 and ref[1] == ":")
        tries = [ref] if is_abs else []
        if ref and not is_abs:
            if near is not None:
                tries.append(os.path.join(near, ref))
            tries.append(os.path.join(self.project.root, ref))
        for t in tries:
            rel = self._rel_of(t)
            if rel is not None:
                return self.rel[rel], None
        parts = [p for p in ref.split("/") if p not in ("", ".", "..")]
        near_rel = self._rel_dir(near)
        i, note = self._by_name(ref, parts, near_rel, stem_hint)
        if i is not None and (is_abs or ".." in ref.split("/")):
            # "/etc/cron.d/b.jpg", "../x/a.jpg": not a project file; only the name matched, so say so
            # (a labeler's own absolute path, C:/Users/..., is the common harmless case)
            outside = (f"'{ref}' lies outside the project {self.project.root}; matched to "
                       f"{self.project.relative_name(i)} by file name only, check that it is the same photo")
            note = f"{outside} ({note})" if note else outside
        return i, note

    def _by_name(self, ref: str, parts: list[str], near_rel: str | None,
                 stem_hint: str | None) -> tuple[int | None, str | None]:
        if parts:
            cands = self.by_name.get(parts[-1].lower(), [])
            if cands:
                return self._pick(cands, parts, near_rel, ref, None)
            stem = parts[-1].lower()
            stem = stem.rsplit(".", 1)[0] if "." in stem else stem
            cands = self.by_stem.get(stem, [])
            if cands:
                return self._pick(cands, parts, near_rel, ref, msg(USED_SAME_NAME, ref=ref))
        if stem_hint:
            cands = self.by_stem.get(stem_hint.lower(), [])
            if cands:
                return self._pick(cands, [stem_hint], near_rel, stem_hint,
                                  msg(USED_STEM, ref=ref) if ref else msg(USED_STEM_NONE_NAMED))
        if ref:
            return None, msg(NOT_FOUND, ref=ref, root=self.project.root)
        return None, msg(NOT_FOUND_NONE_NAMED, root=self.project.root)

    def _rel_dir(self, near: Path | None) -> str | None:
        if near is None:
            return None
        root = str(self.project.root).rstrip(os.sep)
        near_s = os.path.normpath(os.path.abspath(near))
        if near_s == root:
            return ""
        if near_s.startswith(root + os.sep):
            return near_s[len(root) + 1:].replace(os.sep, "/")
        return None

    def _pick(self, cands: list[str], parts: list[str], near_rel: str | None, ref: str,
              note: str | None) -> tuple[int | None, str | None]:
        if len(cands) > 1:
            # the candidates sharing the longest tail of folders with the reference win
            want = [p.lower() for p in parts]

            def tail(rel: str) -> int:
                got = rel.lower().split("/")
                n = 0
                while n < min(len(got), len(want)) and got[-1 - n] == want[-1 - n]:
                    n += 1
                return n
            best = max(tail(c) for c in cands)
            cands = [c for c in cands if tail(c) == best]
        if len(cands) > 1 and near_rel is not None:
            same = [c for c in cands if c.rpartition("/")[0] == near_rel]
            cands = same or cands
        if len(cands) > 1:
            exact = [c for c in cands if c.rsplit("/", 1)[-1] == parts[-1]]
            cands = exact or cands
        if len(cands) > 1:
            return None, msg(AMBIGUOUS, ref=ref, n=len(cands), some=", ".join(cands[:3]))
        return self.rel[cands[0]], note
