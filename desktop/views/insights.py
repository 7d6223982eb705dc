"""Insights (统计): how complaints are handled over time."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.views.widgets.empty_state import EmptyState


class InsightsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("Insights"),
            self.tr(
                "Complaints by type per month, first responses within 24 hours, promises "
                "kept on time, time to close, satisfaction and NPS will be charted here "
                "once you have handled a few cases."
            ),
        )
        QVBoxLayout(self).addWidget(self.empty)
