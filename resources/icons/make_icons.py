"""Render ``workbench.svg`` to the icon files the app, the installers and the desktop use.

    python resources/icons/make_icons.py      (needs PySide6 and Pillow; works headless)

Writes, beside this script: ``workbench_<N>.png`` for the hicolor sizes (16 ... 512), ``workbench.ico``
(Windows exe and installer) and ``workbench.icns`` (macOS app). Qt renders the SVG (it is already a
dependency); Pillow packs the .ico and .icns. The generated files are committed, so a build needs
neither step.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(size: int, out: Path) -> None:
    """Render the SVG at ``size`` x ``size`` pixels into ``out`` (PNG, transparent corners)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(HERE / "workbench.svg")).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage needs it)
    for size in SIZES:
        render_png(size, HERE / f"workbench_{size}.png")
    big = Image.open(HERE / "workbench_512.png").convert("RGBA")
    big.save(HERE / "workbench.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(HERE / "workbench.icns")
    print("\n".join(sorted(p.name for p in HERE.iterdir() if p.suffix in {".png", ".ico", ".icns"})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
