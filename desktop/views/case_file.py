"""The case file: every stage, the promise ledger and the timeline, and what to do next."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalog import label
from desktop.domain.complaint import Case
from desktop.domain.customer_items import item_state
from desktop.domain.dates import local_text
from desktop.domain.enums import Language, Stage
from desktop.domain.errors import NotFoundError, user_message
from desktop.domain.event_text import commitment_name, event_detail
from desktop.services import Services
from desktop.views.case_file_html import CaseFileHtml
from desktop.views.document_export import DocumentExporter
from desktop.views.icons import icon
from desktop.views.roles import USER_ROLE
from desktop.views.state_colors import state_color
from desktop.views.style import resize_to_fit
from desktop.views.widgets.choice_box import ChoiceBox


class CaseFileDialog(QDialog):
    continue_in_wizard = Signal(int, object)  # case id, Stage
    deleting = Signal(int)  # about to move to the Trash (its wizard closes first)
    deleted = Signal(int)

    def __init__(
        self, services: Services, case_id: int, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.language = language
        self.html = CaseFileHtml(language, services.zone)
        self.exporter = DocumentExporter(services, language, self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.stage_choice = ChoiceBox()
        self.stage_choice.setAccessibleName(self.tr("Stage to continue at"))
        for stage in Stage:
            self.stage_choice.add_choice(f"{stage.value}. {label(stage, language)}", stage)
        self.continue_button = QPushButton(icon("arrow-right"), self.tr("Continue in the wizard"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._continue)
        self.delete_button = QPushButton(icon("trash-2"), self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Moves the case to the Trash (kept 30 days)"))
        self.delete_button.clicked.connect(self.delete_case)
        self.review_button = QPushButton(icon("notebook-pen"), self.tr("Self-review…"))
        self.review_button.setToolTip(
            self.tr("A blameless look back, for you alone: kept in your private journal")
        )
        self.review_button.clicked.connect(self.self_review)
        self.letter_button = QPushButton(icon("mail"), self.tr("Apology letter…"))
        self.letter_button.clicked.connect(self.open_letter)
        self.report_button = QPushButton(icon("file-text"), self.tr("Improvement report…"))
        self.report_button.clicked.connect(lambda: self.export_document("report"))
        self.brief_button = QPushButton(icon("megaphone"), self.tr("Escalation brief…"))
        self.brief_button.clicked.connect(lambda: self.export_document("brief"))
        self.print_report_button = QPushButton(icon("printer"), self.tr("Print report…"))
        self.print_report_button.clicked.connect(
            lambda: self.exporter.print("report", self.services.cases.get(self.case_id))
        )
        actions = QHBoxLayout()
        actions.addWidget(self.stage_choice)
        actions.addWidget(self.continue_button)
        actions.addStretch(1)
        for button in (
            self.letter_button,
            self.report_button,
            self.brief_button,
            self.print_report_button,
            self.review_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        self.actions_row = actions

        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.ledger = self._table([self.tr("Commitment"), self.tr("Due"), self.tr("State")])
        self.timeline = self._table([self.tr("When"), self.tr("Event"), self.tr("Detail")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.text, self.tr("Case"))
        ledger_page = QWidget()
        ledger_layout = QVBoxLayout(ledger_page)
        self.tally = QLabel()
        self.tally.setObjectName("ledgerTally")
        self.ics_button = QPushButton(icon("calendar-plus"), self.tr("Add to my calendar (.ics)…"))
        self.ics_button.clicked.connect(self.export_calendar)
        top = QHBoxLayout()
        top.addWidget(self.tally, 1)
        top.addWidget(self.ics_button)
        ledger_layout.addLayout(top)
        ledger_layout.addWidget(self.ledger, 2)
        self.awaited_title = QLabel(self.tr("<b>Waiting on the customer</b> (their promises)"))
        self.awaited = self._table(
            [self.tr("What we need"), self.tr("They said by"), self.tr("State")]
        )
        self.received_button = QPushButton(icon("check"), self.tr("Received"))
        self.received_button.clicked.connect(lambda: self._settle_awaited(received=True))
        self.not_needed_button = QPushButton(icon("x"), self.tr("No longer needed"))
        self.not_needed_button.clicked.connect(lambda: self._settle_awaited(received=False))
        awaited_buttons = QHBoxLayout()
        awaited_buttons.addStretch(1)
        awaited_buttons.addWidget(self.received_button)
        awaited_buttons.addWidget(self.not_needed_button)
        for widget in (self.awaited_title, self.awaited):
            ledger_layout.addWidget(widget)
        ledger_layout.addLayout(awaited_buttons)
        self.tabs.addTab(ledger_page, self.tr("Promise ledger"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        resize_to_fit(self, 1040, 700)
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def refresh(self) -> None:
        case = self.services.cases.get(self.case_id)
        self.case = case
        self.setWindowTitle(f"{case.number} · {case.title}")
        self.heading.setText(
            f"<h2>{case.number} · {case.title}</h2>"
            f"<p>{case.intake.customer} · {label(case.status, self.language)} · "
            f"{label(case.stage, self.language)}</p>"
        )
        self.stage_choice.set_value(Stage.CLOSE if case.is_closed else case.last_page)
        self.review_button.setVisible(case.is_closed)
        self.text.setHtml(
            self.html.render(case) + self.html.checklists(self.services.checklists.copies(case.id))
        )
        entries = self.services.cases.ledger(case)
        tally = self.services.cases.tally(case)
        open_now = sum(1 for entry in entries if entry.is_open)
        self.tally.setText(
            self.tr("Kept on time: %1 · kept late: %2 · overdue: %3 · still open: %4")
            .replace("%1", str(tally.kept_on_time))
            .replace("%2", str(tally.kept_late))
            .replace("%3", str(tally.overdue))
            .replace("%4", str(open_now))
        )
        self.ics_button.setEnabled(open_now > 0)
        states = self.services.calendars.ledger_texts(
            case.intake.customer, entries, self.services.zone, self.language
        )
        self.ledger.setRowCount(len(entries))
        for row, (entry, state) in enumerate(zip(entries, states, strict=True)):
            kind = commitment_name(entry.commitment, self.language)
            items = [
                QTableWidgetItem(kind),
                QTableWidgetItem(local_text(entry.due_at, self.services.zone)),
                QTableWidgetItem(state),
            ]
            items[2].setForeground(state_color(entry.state))
            for column, item in enumerate(items):
                self.ledger.setItem(row, column, item)
        self._show_awaited(case)
        events = list(reversed(case.timeline))
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, value in enumerate(
                (
                    local_text(event.at, self.services.zone),
                    self.html.event_text(event.kind),
                    event_detail(event, self.language, self.services.zone),
                )
            ):
                self.timeline.setItem(row, column, QTableWidgetItem(value))

    def open_letter(self) -> None:
        from desktop.views.letter_dialog import LetterDialog

        LetterDialog(self.services, self.case_id, self.language, self).exec()
        self.refresh()

    def _show_awaited(self, case: Case) -> None:
        """What the customer promised us: late ones are theirs, shown without alarm colours."""
        items = case.customer_items
        self.awaited.setRowCount(len(items))
        now = self.services.clock()
        for row, item in enumerate(items):
            due = local_text(item.due_at, self.services.zone) if item.due_at else ""
            cells = [
                QTableWidgetItem(item.what),
                QTableWidgetItem(due),
                QTableWidgetItem(label(item_state(item, now), self.language)),
            ]
            cells[0].setData(USER_ROLE, item.id)
            for column, cell in enumerate(cells):
                self.awaited.setItem(row, column, cell)
        has_items = bool(items)
        self.awaited_title.setVisible(has_items)
        self.awaited.setVisible(has_items)
        any_open = any(item.is_open for item in items)
        self.received_button.setVisible(any_open)
        self.not_needed_button.setVisible(any_open)

    def _settle_awaited(self, received: bool) -> None:
        rows = self.awaited.selectionModel().selectedRows()
        if not rows:
            return
        cell = self.awaited.item(rows[0].row(), 0)
        if cell is None:
            return
        item_id = int(cell.data(USER_ROLE))
        if received:
            self.services.cases.item_received(item_id)
        else:
            self.services.cases.cancel_item(item_id)
        self.refresh()

    def export_calendar(self) -> None:
        """This case's open promises into the user's calendar, with an alarm before each."""
        case = self.services.cases.get(self.case_id)
        folder = self.services.settings.get("export.folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Add to my calendar"),
            str(Path(folder) / f"{case.number}.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        try:
            count = self.services.cases.export_calendar(Path(path), self.language, case)
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Add to my calendar"), user_message(error, self.language)
            )
            return
        self.services.settings.set("export.folder", str(Path(path).parent))
        self.tally.setText(
            self.tally.text()
            + " · "
            + self.tr("%1 written to %2").replace("%1", str(count)).replace("%2", Path(path).name)
        )

    def export_document(self, kind: str) -> None:
        case = self.services.cases.get(self.case_id)
        path = self.exporter.choose_path(kind, case)
        if path is not None:
            self.exporter.export(kind, case, path, on_done=lambda _path: self.refresh())

    def _continue(self) -> None:
        self.continue_in_wizard.emit(self.case_id, self.stage_choice.value())
        self.accept()

    def self_review(self) -> None:
        from desktop.views.self_review import open_self_review

        open_self_review(self, self.services, self.language, self.case_id)

    def delete_case(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Move the case to the Trash"),
            self.tr(
                "Move %1 and everything recorded in it to the Trash? It is kept there for 30 "
                "days; Ctrl+Z brings it back at once."
            ).replace("%1", self.case.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.deleting.emit(self.case_id)
        # an empty draft is discarded as its wizard closes: nothing is left to delete then
        with contextlib.suppress(NotFoundError):
            self.services.trash.delete_case(self.case_id)
        self.deleted.emit(self.case_id)
        self.accept()
