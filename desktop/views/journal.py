"""The private recovery journal (心情日志): entries, thought records, self-reviews, the mood
chart; locked behind the passphrase when one is set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.anonymise import shorten
from desktop.domain.catalog import join_words, label
from desktop.domain.dates import local_text
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.journal import Emotion, JournalEntry
from desktop.services import Services
from desktop.services.journal import JournalLockedError
from desktop.views.backup_privacy import BackupPrivacyDialog, offer_backup_privacy
from desktop.views.busy import busy_cursor
from desktop.views.mood_chart import MoodChart
from desktop.views.roles import USER_ROLE
from desktop.views.widgets.choice_box import ChoiceBox, enum_choices
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.status_line import set_tone

SHOWN_CHARACTERS = 160  # of an entry's words in the list, on a few lines at most


class JournalView(QWidget):
    changed = Signal()

    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.backup_dialog: BackupPrivacyDialog | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._lock_page())
        self.pages.addWidget(self._journal_page())
        QVBoxLayout(self).addWidget(self.pages)
        self.refresh()

    # --- the lock -----------------------------------------------------------------------------
    def _lock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.lock_title = QLabel()
        self.lock_text = QLabel()
        layout.addWidget(self.lock_title)
        layout.addWidget(self.lock_text)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMaximumWidth(320)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        self.lock_message = QLabel()
        set_tone(self.lock_message, "error")
        row = QHBoxLayout()
        row.addWidget(self.passphrase)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.lock_texts = {
            "locked": (
                self.tr("<h2>Your journal is locked</h2>"),
                self.tr("Enter your journal passphrase to read and write."),
            ),
            "hidden": (
                self.tr("<h2>Your journal is hidden</h2>"),
                self.tr("The privacy switch is on: Ctrl+Shift+L shows the journal again."),
            ),
        }
        layout.addWidget(self.lock_message)
        layout.addStretch(2)
        return page

    def unlock(self) -> None:
        try:
            with busy_cursor():
                change = self.services.journal.unlock(self.passphrase.text())
        except ValidationError as error:
            self.lock_message.setText(error.message(self.language))
            return
        self.passphrase.clear()
        self.lock_message.clear()
        self.refresh()
        # made again with a stronger key: the older backups hold it as it was
        self.backup_dialog = offer_backup_privacy(self, self.services, self.language, change)

    def lock(self) -> None:
        self.services.journal.lock()
        self.refresh()

    # --- the journal --------------------------------------------------------------------------
    def _journal_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        from desktop.views.mood_checkin import MoodCheckIn

        self.check_in = MoodCheckIn(self.services, self.language)
        self.check_in.changed.connect(self.refresh)
        self.check_in.add_words.connect(self.edit_entry)
        layout.addWidget(self.check_in)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.clicked.connect(self.new_entry)
        self.record_button = QPushButton(self.tr("Thought record…"))
        self.record_button.clicked.connect(self.new_record)
        self.emotion_filter = enum_choices(
            list(Emotion), self.language, empty=self.tr("All feelings")
        )
        self.emotion_filter.setAccessibleName(self.tr("Feeling"))
        self.emotion_filter.currentIndexChanged.connect(self.refresh)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.clicked.connect(self.lock)
        for widget in (self.new_button, self.record_button, self.emotion_filter):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.lock_button)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.entries = self._table([self.tr("When"), self.tr("Feelings"), self.tr("Entry")])
        self.entries.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.entries.itemSelectionChanged.connect(self._selection_changed)
        entries_page = QWidget()
        entries_layout = QVBoxLayout(entries_page)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState(
            self.tr("Nothing written yet"),
            self.tr(
                "A complaint hurts. Write down how you feel, who helped and what you can "
                "learn: a mood and one line is enough. Entries stay on this laptop."
            ),
            self.tr("Write the first entry"),
        )
        self.empty.button.clicked.connect(self.new_entry)
        entries_layout.addWidget(self.empty)
        entries_layout.addWidget(self.entries, 1)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        entries_layout.addLayout(actions)
        self._selection_changed()
        self.tabs.addTab(entries_page, self.tr("Entries"))
        from desktop.views.journal_records import SelfReviewsTab, ThoughtRecordsTab

        self.records = ThoughtRecordsTab(self.services, self.language)
        self.tabs.addTab(self.records, self.tr("Thought records"))
        self.reviews = SelfReviewsTab(self.services, self.language)
        self.tabs.addTab(self.reviews, self.tr("Self-reviews"))
        self.tabs.addTab(self._mood_page(), self.tr("Mood"))
        layout.addWidget(self.tabs, 1)
        return page

    def _selection_changed(self) -> None:
        """Edit and Delete act on the selected entry: without one they are off."""
        chosen = bool(self.entries.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _mood_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.window_choice = ChoiceBox()
        for days in (30, 90, 365):
            self.window_choice.add_choice(self.tr("Last %1 days").replace("%1", str(days)), days)
        self.window_choice.setAccessibleName(self.tr("Period"))
        self.window_choice.currentIndexChanged.connect(self.refresh_mood)
        export = QPushButton(self.tr("Export as PNG…"))
        export.clicked.connect(self.export_chart)
        bar.addWidget(self.window_choice)
        bar.addStretch(1)
        bar.addWidget(export)
        layout.addLayout(bar)
        self.chart = MoodChart()
        self.chart.texts = {
            "distress": self.tr("Distress (unpleasant feelings)"),
            "ease": self.tr("Ease (pleasant feelings)"),
            "complaint": self.tr("Complaint received"),
            "empty": self.tr(
                "No feelings recorded in this period. Each journal entry with a "
                "feeling adds a point here."
            ),
        }
        layout.addWidget(self.chart, 1)
        return page

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # read as a list, not a grid: no lines or headings, a few wrapped lines per entry
        table.setShowGrid(False)
        header.hide()
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        return table

    def show_lock_page(self) -> None:
        hidden = self.services.journal.is_hidden()
        title, text = self.lock_texts["hidden" if hidden else "locked"]
        self.lock_title.setText(title)
        self.lock_text.setText(text)
        for widget in (self.passphrase, self.unlock_button):
            widget.setVisible(not hidden)
        self.pages.setCurrentIndex(0)

    def refresh(self) -> None:
        if not self.services.journal.is_readable():
            self.show_lock_page()
            return
        self.pages.setCurrentIndex(1)
        self.lock_button.setVisible(self.services.journal.has_passphrase())
        try:
            entries = self.services.journal.entries(emotion=self.emotion_filter.value())
        except JournalLockedError:
            self.show_lock_page()
            return
        self._entries = entries
        self.entries.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            feelings = join_words(
                (f"{label(e, self.language)} {i}" for e, i in entry.feelings), self.language
            )
            first = next(
                (
                    t
                    for t in (entry.body, entry.reframe, entry.accept_feeling, entry.what_helped)
                    if t.strip()
                ),
                "",
            )
            items = [
                QTableWidgetItem(local_text(entry.written_at, self.services.zone)),
                QTableWidgetItem(feelings),
                QTableWidgetItem(shorten(" ".join(first.split()), SHOWN_CHARACTERS)),
            ]
            items[0].setData(USER_ROLE, entry.id)
            items[2].setToolTip(first)
            for column, item in enumerate(items):
                self.entries.setItem(row, column, item)
        self.entries.resizeRowsToContents()
        nothing = not entries and self.emotion_filter.value() is None
        self.empty.setVisible(nothing)
        self.entries.setVisible(not nothing)
        self.records.refresh()
        self.reviews.refresh()
        self.refresh_mood()

    def refresh_mood(self) -> None:
        if not self.services.journal.is_readable():
            return
        days = self.window_choice.value() or 30
        points, complaints = self.services.journal.mood(days)
        self.chart.set_data(
            points, complaints, self.services.clock().astimezone(self.services.zone).date(), days
        )

    # --- actions -------------------------------------------------------------------------------
    def selected_entry(self) -> JournalEntry | None:
        rows = self.entries.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.entries.item(rows[0].row(), 0)
        entry_id = item.data(USER_ROLE) if item is not None else None
        return next((e for e in self._entries if e.id == entry_id), None)

    def new_entry(self) -> None:
        from desktop.views.journal_entry import JournalEntryDialog

        if JournalEntryDialog(self.services, self.language, parent=self).exec():
            self.refresh()
            self.changed.emit()

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.edit_entry(entry.id)

    def edit_entry(self, entry_id: int) -> None:
        from desktop.views.journal_entry import JournalEntryDialog

        entry = next((e for e in self.services.journal.entries() if e.id == entry_id), None)
        if entry and JournalEntryDialog(self.services, self.language, entry, self).exec():
            self.refresh()

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the entry"),
            self.tr(
                "Move this journal entry to the Trash? It is kept there for 30 days; Ctrl+Z "
                "brings it back at once."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.trash.delete_journal_entry(entry.id)
            self.refresh()

    def new_record(self) -> None:
        from desktop.wizards.thought_record import ThoughtRecordWizard

        if ThoughtRecordWizard(self.services, self.language, parent=self).exec():
            self.refresh()
            self.tabs.setCurrentIndex(1)

    def export_chart(self) -> None:
        folder = self.services.settings.get("export.folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the chart"),
            str(Path(folder) / "mood.png"),
            self.tr("PNG images (*.png)"),
        )
        if path and not self.chart.grab().save(path, "PNG"):
            QMessageBox.warning(
                self, self.tr("Export the chart"), self.tr("Cannot write %1.").replace("%1", path)
            )
