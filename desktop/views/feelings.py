"""Choosing emotions with an intensity each: a check box and a slider per emotion."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSlider, QWidget

from desktop.domain.catalog import label
from desktop.domain.enums import Language
from desktop.domain.journal import Emotion, Feeling


class FeelingsPicker(QWidget):
    changed = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[Emotion, tuple[QCheckBox, QSlider, QLabel]] = {}
        for row, emotion in enumerate(Emotion):
            box = QCheckBox(label(emotion, language))
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setValue(50)
            slider.setEnabled(False)
            slider.setAccessibleName(label(emotion, language))
            value = QLabel("50")
            value.setMinimumWidth(28)
            box.toggled.connect(slider.setEnabled)
            box.toggled.connect(lambda _checked: self.changed.emit())
            slider.valueChanged.connect(lambda v, shown=value: shown.setText(str(v)))
            slider.valueChanged.connect(lambda _value: self.changed.emit())
            grid.addWidget(box, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            self.rows[emotion] = (box, slider, value)
        grid.setColumnStretch(1, 1)

    def feelings(self) -> list[Feeling]:
        return [
            (emotion, slider.value())
            for emotion, (box, slider, _) in self.rows.items()
            if box.isChecked()
        ]

    def set_feelings(self, feelings: list[Feeling]) -> None:
        chosen = dict(feelings)
        for emotion, (box, slider, _) in self.rows.items():
            box.setChecked(emotion in chosen)
            slider.setValue(chosen.get(emotion, 50))
