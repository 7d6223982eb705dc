"""The case library (案例库): lessons from closed cases."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.views.widgets.empty_state import EmptyState


class LibraryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("The case library is empty"),
            self.tr(
                "When you close a case, add it to the library: its problem, root cause, "
                "fix and prevention become a lesson you and your team can search, with "
                "customer names removed."
            ),
        )
        QVBoxLayout(self).addWidget(self.empty)
