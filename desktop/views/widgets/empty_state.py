"""What a view shows when it has nothing yet: what will appear here, and how to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.views import style

COLUMN = 560  # the width the guidance wraps in


class EmptyState(QWidget):
    def __init__(
        self, title: str, text: str, button_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.column = QVBoxLayout(self)
        self.column.addStretch(1)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        style.set_type(self.title, "heading")
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        # the labels take the column's whole width (the margins centre the column), so the layout
        # gives the wrapped text the height of all its lines; aligned in the layout instead, it
        # would get its size hint, which for Chinese (no spaces) is a single clipped line
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.column.addWidget(label)
        self.button = QPushButton(button_text)
        self.button.setVisible(bool(button_text))
        self.column.addSpacing(12)
        self.column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addStretch(2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        side = max(12, (event.size().width() - COLUMN) // 2)
        self.column.setContentsMargins(side, 12, side, 12)
        super().resizeEvent(event)
