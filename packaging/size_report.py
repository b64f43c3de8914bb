"""Size report of a built bundle: total, file count, the largest parts and the largest files, in MB.

    python packaging/size_report.py dist/workbench [--top 20] [--json OUT.json]

packaging/build.sh writes it to dist/size-report.txt after every build, so a change in what the
bundle carries (a new dependency, a hook that collects more) shows up in review.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path


def sizes(bundle: Path) -> tuple[Counter, list[tuple[int, str]], int]:
    """Bytes per top-level part (``_internal/<name>``), every file's (size, path), and the file count."""
    parts: Counter = Counter()
    files = []
    for dirpath, _dirs, names in os.walk(bundle):
        for name in names:
            p = Path(dirpath) / name
            if p.is_symlink():
                continue
            rel = p.relative_to(bundle)
            n = p.stat().st_size
            files.append((n, rel.as_posix()))
            top = rel.parts[:2] if rel.parts[0] == "_internal" and len(rel.parts) > 1 else rel.parts[:1]
            parts["/".join(top)] += n
    return parts, sorted(files, reverse=True), len(files)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bundle", type=Path)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    parts, files, count = sizes(a.bundle)
    total = sum(parts.values())
    print(f"{a.bundle}: {total / 1e6:,.0f} MB in {count:,} files")
    print(f"\nlargest parts (MB):")
    for name, n in parts.most_common(a.top):
        print(f"  {n / 1e6:8.0f}  {name}")
    print(f"\nlargest files (MB):")
    for n, name in files[: a.top]:
        print(f"  {n / 1e6:8.0f}  {name}")
    if a.json:
        a.json.write_text(json.dumps({"total_mb": round(total / 1e6), "files": count,
                                      "parts_mb": {k: round(v / 1e6) for k, v in parts.most_common()}},
                                     indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
