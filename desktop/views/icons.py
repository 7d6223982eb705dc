"""Icons from the Lucide set (resources/icons/lucide, ISC licence), tinted when painted.

Lucide draws in `currentColor`; each icon is painted in the colour of its tint for the mode it is
asked for (disabled, selected), read from the palette at that moment, so a theme switch
recolours every icon without rebuilding anything, and it is sharp at any scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.paths import resource
from desktop.views import style

Tint = str  # "text", "accent", "on_accent", "highlighted" or a tone of views/style.py


@cache
def _svg(name: str) -> bytes:
    return resource("icons", "lucide", f"{name}.svg").read_bytes()


def _colour(tint: Tint, mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if tint == "accent":
        return style.accent()
    if tint == "on_accent":
        return QColor(style.ON_ACCENT[1 if style.is_dark() else 0])
    if tint == "highlighted":
        return palette.color(QPalette.ColorRole.HighlightedText)
    if tint in style.TONES:
        return QColor(style.tone_colour(tint))
    return palette.color(QPalette.ColorRole.WindowText)


class _TintedSvg(QIconEngine):
    def __init__(self, name: str, tint: Tint, selected: Tint) -> None:
        super().__init__()
        self.name = name
        self.tint = tint
        self.selected = selected
        self._renderers: dict[str, QSvgRenderer] = {}

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.name, self.tint, self.selected)

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        tint = self.selected if mode == QIcon.Mode.Selected else self.tint
        colour = _colour(tint, mode).name()
        if colour not in self._renderers:
            data = _svg(self.name).replace(b"currentColor", colour.encode())
            self._renderers[colour] = QSvgRenderer(QByteArray(data))
        return self._renderers[colour]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def iconName(self) -> str:
        return self.name


def icon(name: str, tint: Tint = "text", selected: Tint = "highlighted") -> QIcon:
    """The Lucide icon `name`, drawn in `tint`, and in `selected` when its item is selected."""
    return QIcon(_TintedSvg(name, tint, selected))
