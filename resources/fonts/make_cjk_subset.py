"""Cut the Simplified Chinese font Workbench ships, so Chinese never renders as empty boxes.

    python resources/fonts/make_cjk_subset.py [NotoSansCJK-Regular.ttc]

A machine without a CJK font (a fresh Windows in English, a minimal Linux, the font-less Debian of
the packaging test) shows every Chinese label and file name as a row of boxes. Workbench registers
this font with Qt at start-up (app.py), and Qt falls back to it for any glyph the system fonts lack.

Source: Noto Sans CJK SC Regular (SIL Open Font License 1.1, see OFL.txt; Debian: fonts-noto-cjk).
Kept: ASCII and Latin-1, CJK punctuation and full-width forms, the 6,763 hanzi of GB 2312 (the
characters of everyday Simplified Chinese text and file names), and every character of Workbench's
translations. About 3 MB instead of 19 MB.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = HERE / "NotoSansCJKsc-Workbench-Regular.otf"


def gb2312_characters() -> set[str]:
    """Every character GB 2312 encodes (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def translation_characters() -> set[str]:
    """Every character of the Chinese translation sources."""
    chars = set()
    for p in (ROOT / "resources" / "translations").glob("zh_CN*.py"):
        chars |= set(p.read_text(encoding="utf-8"))
    return chars


def main(argv: list[str]) -> int:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    source = Path(argv[0]) if argv else DEFAULT_SOURCE
    fonts = TTCollection(str(source)).fonts
    font = next(f for f in fonts if f["name"].getDebugName(4) == "Noto Sans CJK SC")
    chars = gb2312_characters() | translation_characters()
    chars |= {chr(c) for c in range(0x20, 0x100)} | {chr(c) for c in range(0x3000, 0x3040)}
    chars |= {chr(c) for c in range(0xFF00, 0xFFF0)} | {chr(c) for c in range(0x2000, 0x2070)}
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars if c.isprintable() or c == " "])
    subsetter.subset(font)
    font.save(str(OUT))
    print(f"{OUT.name}: {OUT.stat().st_size / 1e6:.1f} MB, {len(font.getBestCmap())} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
