"""A form whose fields carry their own error message beside them, and accessible names."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.widgets.status_line import set_tone

W = TypeVar("W", bound=QWidget)


class FieldForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}

    def add(self, name: str, text: str, widget: W, required: bool = False) -> W:
        """Add a labelled field; `text` is also its accessible name. Required fields show *.
        Returns the widget as its own type: `self.date = form.add("date", …, DateTimeEdit())`."""
        shown = f"{text} *" if required else text
        title = QLabel(shown)
        title.setBuddy(widget)
        widget.setAccessibleName(text)
        widget.setObjectName(name)
        error = QLabel()
        error.setObjectName(f"{name}_error")
        error.setWordWrap(True)
        set_tone(error, "error")
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QAbstractSpinBox | QPushButton):
            # a number, a date or a button at its own width, not stretched across the form
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(widget)
        column.addWidget(error)
        self.addRow(title, cell)
        self.widgets[name] = widget
        self.errors[name] = error
        self.titles[name] = title
        return widget

    def set_label(self, name: str, text: str) -> None:
        """A field whose meaning changes with the rest of the form (its accessible name too)."""
        self.titles[name].setText(text)
        self.widgets[name].setAccessibleName(text)

    def show_error(self, name: str, message: str) -> None:
        label = self.errors.get(name)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
        widget = self.widgets[name]
        widget.setProperty("invalid", bool(message))
        widget.setAccessibleDescription(message)

    def clear_error(self, name: str) -> None:
        self.show_error(name, "")

    def clear_errors(self) -> None:
        for name in self.errors:
            self.clear_error(name)

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisible() or label.text() else ""
