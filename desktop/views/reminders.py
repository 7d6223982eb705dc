"""Reminders while the app runs: a tray notification (or the status line where there is no
tray) when a commitment is about to fall due and when it becomes overdue, each once."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.domain.catalog import label
from desktop.domain.enums import Language
from desktop.domain.event_text import commitment_name
from desktop.domain.reminders import Reminder, due_reminders
from desktop.services import Services

SENT_KEY = "reminders.sent"
KEEP = 5000  # remembered reminder keys; old ones fall off
INDIVIDUAL = 3  # more than this at once become one summary notice
JOURNAL = -1  # a notice about the journal, not a case


class Reminders(QObject):
    open_case = Signal(int)
    open_journal = Signal()
    status_message = Signal(str)  # where there is no system tray

    def __init__(
        self, services: Services, language: Language, icon: QIcon, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Turnaround")
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()
        self._last_case: int | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(60_000)

    def check(self) -> list[Reminder]:
        if self.services.journal.reminder_due():
            self._notify(
                self.tr("How are you today?"),
                self.tr("One tap in the journal is enough: how do you feel right now?"),
                JOURNAL,
            )
        warning = timedelta(hours=self.services.settings.deadlines().warning_hours)
        sent = set(self.services.settings.get(SENT_KEY, []))
        entries = self.services.cases.due_soon(warning)
        reminders = due_reminders(entries, self.services.clock(), warning, sent)
        if not reminders:
            return []
        if len(reminders) <= INDIVIDUAL:
            for reminder in reminders:
                self._notify(self._title(reminder), self._text(reminder), reminder.row.id)
        else:
            late = sum(reminder.late for reminder in reminders)
            self._notify(
                self.tr("Commitments need you"),
                self.tr("%1 overdue, %2 due soon. See Today in the Cases view.")
                .replace("%1", str(late))
                .replace("%2", str(len(reminders) - late)),
                None,
            )
        keys = list(sent) + [reminder.key for reminder in reminders]
        self.services.settings.set(SENT_KEY, keys[-KEEP:])
        return reminders

    def _title(self, reminder: Reminder) -> str:
        kind = commitment_name(reminder.entry.commitment, self.language)
        if reminder.late:
            return self.tr("Overdue: %1").replace("%1", kind)
        return self.tr("Due soon: %1").replace("%1", kind)

    def _text(self, reminder: Reminder) -> str:
        state = label(reminder.entry.state, self.language, hours=reminder.entry.hours_left)
        return f"{reminder.row.number} {reminder.row.customer} · {reminder.row.title} · {state}"

    def _notify(self, title: str, text: str, case_id: int | None) -> None:
        """`case_id`: the case a click on the notice opens (JOURNAL: the journal)."""
        self._last_case = case_id
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)
        else:
            self.status_message.emit(f"{title} — {text}")

    def _clicked(self) -> None:
        if self._last_case == JOURNAL:
            self.open_journal.emit()
        elif self._last_case is not None:
            self.open_case.emit(self._last_case)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
