"""Render resources/icons/turnaround.svg into the icons each platform wants.

PNGs in the freedesktop sizes (resources/icons/hicolor/NxN/apps/), a Windows .ico and a macOS
.icns, all through Qt's own image plugins. Run `make icons` after changing the SVG; the results
are committed so that a build does not need to render anything.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZE = 256
ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "turnaround.svg"))
    if not renderer.isValid():
        print("the SVG cannot be read", file=sys.stderr)
        return 1
    for size in SIZES:
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(folder / "turnaround.png"), "PNG"):
            return 1
    if not render(renderer, ICO_SIZE).save(str(ICONS / "turnaround.ico"), "ICO"):
        print("no ICO image plugin", file=sys.stderr)
        return 1
    if not render(renderer, 512).save(str(ICONS / "turnaround.icns"), "ICNS"):
        print("no ICNS image plugin", file=sys.stderr)
        return 1
    del app
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
