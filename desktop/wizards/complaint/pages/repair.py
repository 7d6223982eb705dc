"""Stage 7, 关系修复 / Repair: compensation, the follow-up visit, the satisfaction survey."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.domain.complaint import Case, Compensation
from desktop.domain.enums import CompensationKind, Stage
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.datetime_edit import DateTimeField
from desktop.views.widgets.part_table import Column, PartTable
from desktop.wizards.complaint.base_page import CasePage

if TYPE_CHECKING:
    from desktop.wizards.complaint.wizard import ComplaintWizard


class RepairPage(CasePage):
    stage = Stage.REPAIR

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "Repair the relationship: apologise formally, offer something "
                "of value, visit again, and ask how satisfied they are."
            )
        )
        self.compensations = PartTable(
            self.tr("Compensation offered"),
            [
                Column(
                    "kind", self.tr("Kind"), "choice", CompensationKind, required=True, width=190
                ),
                Column("description", self.tr("Description"), "text"),
                Column("value", self.tr("Value"), width=120),
            ],
            self.language,
            self.zone,
            on_add=lambda values: self._add(Compensation(0, **values)),
            on_edit=lambda part, field, value: self.services.cases.update_part(
                Compensation, part.id, **{field: value}
            ),
            on_delete=lambda part: self._delete(part.id),
        )
        self.layout_.addWidget(self.compensations)
        self.letter_button = QPushButton(self.tr("Write the apology letter…"))
        self.letter_button.clicked.connect(self.open_letter)
        self.layout_.addWidget(self.letter_button)
        visit = self.new_form()
        self.follow_up_due = visit.add(
            "follow_up_due_at",
            self.tr("Follow-up visit due"),
            DateTimeField(self.zone, optional=True, date_only=True),
        )
        self.follow_up_done = visit.add(
            "follow_up_done_at",
            self.tr("Follow-up visit done on"),
            DateTimeField(self.zone, optional=True, date_only=True),
        )
        self.follow_up_notes = visit.add(
            "follow_up_notes", self.tr("Visit notes"), self.text_box(60)
        )
        survey = self.new_form()
        self.csat = survey.add("csat", self.tr("Satisfaction (CSAT, 1–5)"), self._scale(1, 5))
        self.nps = survey.add("nps", self.tr("Would recommend us (NPS, 0–10)"), self._scale(0, 10))
        self.survey_comment = survey.add(
            "survey_comment", self.tr("Customer's comment"), self.text_box(50)
        )
        self.surveyed_at = survey.add(
            "surveyed_at",
            self.tr("Survey date"),
            DateTimeField(self.zone, optional=True, date_only=True),
        )
        self.watch("follow_up_due_at", self.follow_up_due, self._save_follow_up_due)
        widget: QWidget
        for name, widget in (
            ("follow_up_done_at", self.follow_up_done),
            ("follow_up_notes", self.follow_up_notes),
        ):
            self.watch(
                name,
                widget,
                lambda: self.services.cases.record_follow_up(
                    self.case.id, self.follow_up_done.value(), self.follow_up_notes.toPlainText()
                ),
            )
        for name, widget in (
            ("csat", self.csat),
            ("nps", self.nps),
            ("survey_comment", self.survey_comment),
            ("surveyed_at", self.surveyed_at),
        ):
            self.watch(name, widget, self._save_survey)
        self.layout_.addStretch(1)

    def open_letter(self) -> None:
        self.owner.open_letter()

    def _scale(self, low: int, high: int) -> ChoiceBox:
        box = ChoiceBox()
        box.add_choice(self.tr("not asked yet"), None)
        for value in range(low, high + 1):
            box.add_choice(str(value), value)
        return box

    def _save_follow_up_due(self) -> None:
        due = self.follow_up_due.value()
        if due is not None:
            self.services.cases.schedule_follow_up(self.case.id, due)

    def _save_survey(self) -> None:
        self.services.cases.record_survey(
            self.case.id,
            self.csat.value(),
            self.nps.value(),
            self.survey_comment.toPlainText(),
            self.surveyed_at.value(),
        )

    def _add(self, part: object) -> None:
        self.services.cases.add_part(self.case.id, part)
        self.owner.reload()
        self.compensations.set_parts(self.case.compensations)

    def _delete(self, part_id: int) -> None:
        self.services.cases.delete_part(Compensation, part_id)
        self.owner.reload()
        self.compensations.set_parts(self.case.compensations)

    def load(self, case: Case) -> None:
        self.compensations.set_parts(case.compensations)
        self.follow_up_due.set_value(case.follow_up.due_at)
        self.follow_up_done.set_value(case.follow_up.done_at)
        if self.follow_up_notes.toPlainText() != case.follow_up.notes:
            self.follow_up_notes.setPlainText(case.follow_up.notes)
        self.set_combo(self.csat, case.survey.csat)
        self.set_combo(self.nps, case.survey.nps)
        if self.survey_comment.toPlainText() != case.survey.comment:
            self.survey_comment.setPlainText(case.survey.comment)
        self.surveyed_at.set_value(case.survey.surveyed_at)
