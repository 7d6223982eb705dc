"""A one-tap mood check-in above the journal (as Daylio has it): tap how you feel and it is
noted, with Undo and a way to add a few words; and an optional daily reminder to do so. A tired
person need not write anything."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalog import label
from desktop.domain.dates import local_text
from desktop.domain.enums import Language
from desktop.domain.journal import Emotion, JournalEntry
from desktop.services import Services

QUICK = (
    Emotion.ANXIOUS,
    Emotion.FRUSTRATED,
    Emotion.TIRED,
    Emotion.SAD,
    Emotion.CALM,
    Emotion.HOPEFUL,
)
QUICK_INTENSITY = 60  # of 100: "clearly", without asking how much


class MoodCheckIn(QWidget):
    changed = Signal()
    add_words = Signal(int)  # the entry to open, to write a line to it

    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.last_id: int | None = None
        # two lines: the feelings and the reminder, then what was noted with Undo; on one line
        # a narrow window cut the words of both (已在 05:46 i, 每日提)
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        lines.addLayout(row)
        row.addWidget(QLabel(self.tr("Right now I feel:")))
        self.buttons: dict[Emotion, QPushButton] = {}
        for emotion in QUICK:
            button = QPushButton(label(emotion, language))
            button.setAccessibleName(
                self.tr("Note that I feel %1").replace("%1", label(emotion, language))
            )
            button.clicked.connect(lambda _checked=False, e=emotion: self.check_in(e))
            self.buttons[emotion] = button
            row.addWidget(button)
        row.addStretch(1)
        self.noted_line = QWidget()
        noted_row = QHBoxLayout(self.noted_line)
        noted_row.setContentsMargins(0, 0, 0, 0)
        self.noted = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.words_button = QPushButton(self.tr("Add a few words…"))
        self.words_button.clicked.connect(self._add_words)
        for widget in (self.noted, self.undo_button, self.words_button):
            noted_row.addWidget(widget)
        noted_row.addStretch(1)
        lines.addWidget(self.noted_line)
        reminder = services.journal.daily_reminder()
        self.remind = QCheckBox(self.tr("Daily reminder at"))
        self.remind.setChecked(reminder is not None)
        self.remind_at = QTimeEdit(
            QTime(*(reminder.hour, reminder.minute) if reminder else (18, 0))
        )
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_at.setEnabled(reminder is not None)
        self.remind.toggled.connect(self._reminder_changed)
        self.remind_at.timeChanged.connect(lambda _t: self._reminder_changed())
        row.addWidget(self.remind)
        row.addWidget(self.remind_at)
        self._show(None)

    def check_in(self, emotion: Emotion) -> None:
        now = self.services.clock()
        saved = self.services.journal.save_entry(JournalEntry(0, now, [(emotion, QUICK_INTENSITY)]))
        self.last_id = saved.id
        self._show(
            self.tr("Noted at %1: %2.")
            .replace("%1", local_text(now, self.services.zone)[-5:])
            .replace("%2", label(emotion, self.language))
        )
        self.changed.emit()

    def undo(self) -> None:
        if self.last_id is not None:
            self.services.journal.take_back(self.last_id)
            self.last_id = None
            self._show(self.tr("Taken back."))
            self.changed.emit()

    def _add_words(self) -> None:
        if self.last_id is not None:
            self.add_words.emit(self.last_id)

    def _reminder_changed(self) -> None:
        """Kept at once: a tap in the journal each day, from this time on, when none is there."""
        chosen = self.remind.isChecked()
        self.remind_at.setEnabled(chosen)
        at = self.remind_at.time()
        self.services.journal.set_daily_reminder(time(at.hour(), at.minute()) if chosen else None)

    def _show(self, text: str | None) -> None:
        self.noted.setText(text or "")
        self.noted_line.setVisible(bool(text))
        noted = self.last_id is not None
        self.undo_button.setVisible(noted)
        self.words_button.setVisible(noted)
