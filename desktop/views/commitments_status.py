"""The status bar's line: today's commitments, overdue ones and first responses under way,
counted off the GUI thread (every open commitment is read: 15 ms among 100,000); the tray's
tooltip says the same."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSystemTrayIcon

from desktop.domain.commitments import LedgerSummary
from desktop.services import Services


class CommitmentsStatus(QLabel):
    def __init__(self, services: Services, tray: Callable[[], QSystemTrayIcon | None]) -> None:
        super().__init__()
        self.setObjectName("statusLine")
        self.services = services
        self.tray = tray

    def refresh(self) -> None:
        from desktop.views.background import run_in_background

        run_in_background(
            self.services.cases.due_summaries_detached,
            lambda both: self.show_counts(*both),
            parent=self,
        )

    def show_counts(self, summary: LedgerSummary, with_running: LedgerSummary) -> None:
        tray = self.tray()
        if tray is not None:
            from desktop.views.tray import tooltip

            tray.setToolTip(tooltip(summary))
        if summary.due_today == 0 and summary.overdue == 0:
            text = QCoreApplication.translate("MainWindow", "No commitments due today.")
        elif summary.overdue == 0:
            text = QCoreApplication.translate("MainWindow", "Commitments due today: %1").replace(
                "%1", str(summary.due_today)
            )
        else:
            text = (
                QCoreApplication.translate("MainWindow", "Commitments due today: %1 · overdue: %2")
                .replace("%1", str(summary.due_today))
                .replace("%2", str(summary.overdue))
            )
        running = with_running.due_today - summary.due_today
        if running > 0 and summary.due_today == 0 and summary.overdue == 0:
            text = QCoreApplication.translate(
                "MainWindow", "Nothing due today; first responses under way: %1"
            ).replace("%1", str(running))
        elif running > 0:
            text += " · " + QCoreApplication.translate(
                "MainWindow", "first responses under way: %1"
            ).replace("%1", str(running))
        self.setText(text)
