"""The case file: every stage, the promise ledger and the timeline, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from desktop.domain.dates import local_text
from desktop.domain.enums import Language, Stage
from desktop.services import Services
from desktop.views.case_file_html import CaseFileHtml
from desktop.views.document_export import DocumentExporter
from desktop.views.state_colors import state_color
from desktop.views.widgets.choice_box import ChoiceBox


class CaseFileDialog(QDialog):
    continue_in_wizard = Signal(int, object)  # case id, Stage
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
        self.continue_button = QPushButton(self.tr("Continue in the wizard"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._continue)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_case)
        self.letter_button = QPushButton(self.tr("Apology letter…"))
        self.letter_button.clicked.connect(self.open_letter)
        self.report_button = QPushButton(self.tr("Improvement report…"))
        self.report_button.clicked.connect(lambda: self.export_document("report"))
        self.brief_button = QPushButton(self.tr("Escalation brief…"))
        self.brief_button.clicked.connect(lambda: self.export_document("brief"))
        self.print_report_button = QPushButton(self.tr("Print report…"))
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
        self.tabs.addTab(self.ledger, self.tr("Promise ledger"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.resize(1040, 700)
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
        self.stage_choice.set_value(case.last_page)
        self.text.setHtml(
            self.html.render(case) + self.html.checklists(self.services.checklists.copies(case.id))
        )
        entries = self.services.cases.ledger(case)
        states = self.services.calendars.ledger_texts(
            case.intake.customer, entries, self.services.zone, self.language
        )
        self.ledger.setRowCount(len(entries))
        for row, (entry, state) in enumerate(zip(entries, states, strict=True)):
            kind = label(entry.commitment.kind, self.language)
            if entry.commitment.description:
                colon = "：" if self.language is Language.ZH else ": "
                kind += f"{colon}{entry.commitment.description}"
            items = [
                QTableWidgetItem(kind),
                QTableWidgetItem(local_text(entry.due_at, self.services.zone)),
                QTableWidgetItem(state),
            ]
            items[2].setForeground(state_color(entry.state))
            for column, item in enumerate(items):
                self.ledger.setItem(row, column, item)
        events = list(reversed(case.timeline))
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, value in enumerate(
                (
                    local_text(event.at, self.services.zone),
                    self.html.event_text(event.kind),
                    event.detail,
                )
            ):
                self.timeline.setItem(row, column, QTableWidgetItem(value))

    def open_letter(self) -> None:
        from desktop.views.letter_dialog import LetterDialog

        LetterDialog(self.services, self.case_id, self.language, self).exec()
        self.refresh()

    def export_document(self, kind: str) -> None:
        case = self.services.cases.get(self.case_id)
        path = self.exporter.choose_path(kind, case)
        if path is not None:
            self.exporter.export(kind, case, path, on_done=lambda _path: self.refresh())

    def _continue(self) -> None:
        self.continue_in_wizard.emit(self.case_id, self.stage_choice.value())
        self.accept()

    def delete_case(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Delete the case"),
            self.tr("Delete %1 and everything recorded in it? This cannot be undone.").replace(
                "%1", self.case.number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.services.cases.delete(self.case_id)
        self.deleted.emit(self.case_id)
        self.accept()
