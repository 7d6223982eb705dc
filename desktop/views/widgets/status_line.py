"""A line that tells how something went, in the colour of its tone, the same everywhere and
readable on light and dark: an error red, a success green, a warning amber, else plain text."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.style import tone_colour


def set_tone(label: QLabel, tone: str, bold: bool = False) -> None:
    """Draw `label` in the colour of `tone` ("" for the palette's own text colour)."""
    colour = tone_colour(tone)
    rules = ([f"color: {colour};"] if colour else []) + (["font-weight: bold;"] if bold else [])
    label.setStyleSheet(" ".join(rules))
    label.setProperty("tone", tone)


class StatusLine(QLabel):
    """One line (wrapped when long) saying what just happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def say(self, text: str, tone: str = "") -> None:
        set_tone(self, tone if text else "")
        self.setText(text)
        self.setVisible(bool(text))

    def tone(self) -> str:
        return str(self.property("tone") or "")
