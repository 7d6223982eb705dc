"""The tray icon's menu: open the window, a new complaint, today's commitments (each opens its
case), hide the journal, quit. A click on the icon shows the window. Whether closing the window
keeps the app in the tray (so that reminders keep coming) is a setting."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.domain.catalog import label
from desktop.domain.commitments import LedgerSummary
from desktop.domain.event_text import commitment_name

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

STAY_KEY = "tray.stay"  # closing the window leaves the app in the tray
TODAY_SHOWN = 8


def tooltip(summary: LedgerSummary) -> str:
    """Turnaround · 2 due today · 1 overdue"""
    return (
        QCoreApplication.translate("Tray", "Turnaround · %1 due today · %2 overdue")
        .replace("%1", str(summary.due_today))
        .replace("%2", str(summary.overdue))
    )


class TrayMenu(QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.open_action = self.addAction(
            QCoreApplication.translate("Tray", "Open Turnaround"), window.come_forward
        )
        self.new_action = self.addAction(
            QCoreApplication.translate("Tray", "New complaint"), self._new_complaint
        )
        self.today = self.addMenu(QCoreApplication.translate("Tray", "Today's commitments"))
        self.today.aboutToShow.connect(self.fill_today)
        self.addSeparator()
        self.addAction(window.privacy_action)
        self.addSeparator()
        self.quit_action = self.addAction(
            QCoreApplication.translate("Tray", "Quit"), window.quit_app
        )

    def _new_complaint(self) -> None:
        self.window_.come_forward()
        self.window_.new_complaint()

    def fill_today(self) -> None:
        """Due today and overdue, the most urgent first; each opens its case."""
        self.today.clear()
        services = self.window_.services
        entries = services.cases.due_today(limit=TODAY_SHOWN)
        if not entries:
            nothing = self.today.addAction(QCoreApplication.translate("Tray", "Nothing due today"))
            nothing.setEnabled(False)
            return
        language = self.window_.language
        for row, entry in entries:
            text = (
                f"{label(entry.state, language, hours=entry.hours_left)} · "
                f"{commitment_name(entry.commitment, language)} · {row.number} {row.customer}"
            )
            self.today.addAction(text, partial(self._open, row.id))

    def _open(self, case_id: int) -> None:
        self.window_.come_forward()
        self.window_.open_case(case_id)


def attach(tray: QSystemTrayIcon, window: MainWindow) -> TrayMenu:
    """The menu on the icon, and a click on the icon bringing the window forward."""
    menu = TrayMenu(window)
    tray.setContextMenu(menu)

    def activated(reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            window.come_forward()

    tray.activated.connect(activated)
    return menu
