"""A card: a titled, rounded panel on the base colour (views/style.py draws it), for a group that
stands on its own, such as Today's commitments or the week's goals."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.views import style
from desktop.views.icons import icon


class _Badge(QWidget):
    """The card's icon, painted each time in the accent of the theme in use."""

    SIZE = 18

    def __init__(self, name: str) -> None:
        super().__init__()
        self.icon = icon(name, "accent")
        self.setFixedSize(self.SIZE, self.SIZE)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.icon.paint(painter, QRect(0, 0, self.SIZE, self.SIZE))


class Card(QFrame):
    def __init__(self, title: str, icon_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        style.set_type(self.title, "title")
        header = QHBoxLayout()
        header.setSpacing(style.GAP)
        if icon_name:
            header.addWidget(_Badge(icon_name))
        header.addWidget(self.title, 1)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(style.space(3), style.space(3), style.space(3), style.space(3))
        self.body.setSpacing(style.GAP)
        self.body.addLayout(header)
