"""Small goals (小目标) for recovery and growth."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.views.widgets.empty_state import EmptyState


class GoalsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("Small goals"),
            self.tr(
                'Set a small weekly goal, such as "complete one high-quality follow-up '
                'visit this week", and check in when you do it. A missed week lowers the '
                "habit score but never wipes it out. Goals arrive in a coming version."
            ),
        )
        QVBoxLayout(self).addWidget(self.empty)
