"""A combo box whose choices are Python values kept on the Python side.

Storing Python objects (None, enum members) as Qt item data goes through QVariant, which in
PySide6 6.12 corrupts reference counts (None's, True's) and ends in a crash; so the values live
in a list here and Qt only holds the texts.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.catalog import label
from desktop.domain.enums import Language


class ChoiceBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def add_choice(self, text: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(text)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        try:
            self.setCurrentIndex(self._values.index(value))
        except ValueError:
            self.setCurrentIndex(0 if self._values else -1)

    def values(self) -> list[Any]:
        """The values offered, in order."""
        return list(self._values)

    def has_value(self, value: Any) -> bool:
        return value in self._values

    def clear_choices(self) -> None:
        self._values.clear()
        self.clear()


def enum_choices(
    members: list[Enum], language: Language, empty: str | None = "", parent: QWidget | None = None
) -> ChoiceBox:
    """A box offering enum members by their label, with an optional empty first choice."""
    box = ChoiceBox(parent)
    if empty is not None:
        box.add_choice(empty, None)
    for member in members:
        box.add_choice(label(member, language), member)
    return box
