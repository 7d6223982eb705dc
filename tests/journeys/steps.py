"""A new user's hands: every click and key press (not typed text) is counted, so a journey says
how much work it took."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.typing import type_text


@dataclass
class Hands:
    qtbot: QtBot
    clicks: int = 0
    keys: int = 0
    fields: int = 0
    screens: list[str] = field(default_factory=list)

    def click(self, widget: QWidget) -> None:
        self.clicks += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def press(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.keys += 1
        self.qtbot.keyClick(widget, key, modifier)

    def type(self, widget: QWidget, text: str) -> None:
        """Typing into a field: one click to get there, the text itself not counted."""
        self.fields += 1
        self.clicks += 1
        type_text(self.qtbot, widget, text)

    def next(self, wizard: QWizard) -> None:
        self.click(wizard.button(QWizard.WizardButton.NextButton))

    def saw(self, screen: str) -> None:
        if not self.screens or self.screens[-1] != screen:
            self.screens.append(screen)

    def report(self, name: str) -> str:
        return (
            f"{name}: {len(self.screens)} screens ({' → '.join(self.screens)}), "
            f"{self.fields} fields, {self.clicks} clicks, {self.keys} keys"
        )
