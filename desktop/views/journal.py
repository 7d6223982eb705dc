"""The private recovery journal (心情日志)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.views.widgets.empty_state import EmptyState


class JournalView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("Your private journal"),
            self.tr(
                "A complaint hurts. Write down how you feel, who helped and what you can "
                "learn: a mood and one line is enough. Entries stay on this laptop and can "
                "be locked with a passphrase. Writing entries arrives in a coming version."
            ),
        )
        QVBoxLayout(self).addWidget(self.empty)
