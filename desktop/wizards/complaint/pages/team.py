"""Stage 6, 团队协作 / Team: escalate when needed, work across departments, ask for resources."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from desktop.domain.catalog import join_words, text
from desktop.domain.complaint import Case, Collaborator, Escalation, ResourceRequest
from desktop.domain.enums import RequestStatus, Stage
from desktop.views.style import tone_colour
from desktop.views.widgets.datetime_edit import DateTimeField
from desktop.views.widgets.part_table import Column, PartTable
from desktop.wizards.complaint.base_page import CasePage

if TYPE_CHECKING:
    from desktop.wizards.complaint.wizard import ComplaintWizard


class TeamPage(CasePage):
    stage = Stage.TEAM

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "You do not have to carry this alone: escalate when it is "
                "serious, bring in the departments that can help, and ask for "
                "what you need."
            )
        )
        self.advice = QFrame()
        self.advice.setObjectName("escalationAdvice")
        self.advice.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        QVBoxLayout(self.advice).addWidget(self.advice_text)
        self.layout_.addWidget(self.advice)
        self.brief_button = QPushButton(self.tr("Escalation brief for your supervisor (PDF)…"))
        self.brief_button.clicked.connect(self.export_brief)
        self.layout_.addWidget(self.brief_button)
        self.escalations = self._table(
            self.tr("Escalations"),
            Escalation,
            [
                Column("to_whom", self.tr("To whom"), required=True, width=130),
                Column("role", self.tr("Role"), width=110),
                Column("escalated_at", self.tr("When"), "datetime", width=130),
                Column("reason", self.tr("Why"), "text"),
            ],
            lambda: {"escalated_at": self.services.clock()},
        )
        self.collaborators = self._table(
            self.tr("Collaborators"),
            Collaborator,
            [
                Column("department", self.tr("Department"), required=True, width=160),
                Column("person", self.tr("Person"), width=140),
                Column("role", self.tr("Role in this case")),
            ],
        )
        self.requests = self._table(
            self.tr("Resource requests"),
            ResourceRequest,
            [
                Column("what", self.tr("What"), required=True),
                Column("from_whom", self.tr("From whom"), width=150),
                Column(
                    "status", self.tr("Status"), "choice", RequestStatus, required=True, width=100
                ),
            ],
            lambda: {"status": RequestStatus.ASKED},
        )
        form = self.new_form()
        self.lesson = form.add(
            "lesson_to_share", self.tr("Lesson to share at the team meeting"), self.text_box(60)
        )
        self.shared_at = form.add(
            "lesson_shared_at",
            self.tr("Shared at the meeting on"),
            DateTimeField(self.zone, optional=True, date_only=True),
        )
        self.watch(
            "lesson_to_share",
            self.lesson,
            lambda: self.services.cases.set_fields(
                self.case.id, lesson_to_share=self.lesson.toPlainText()
            ),
        )
        self.watch(
            "lesson_shared_at",
            self.shared_at,
            lambda: self.services.cases.set_fields(
                self.case.id, lesson_shared_at=self.shared_at.value()
            ),
        )
        self.layout_.addStretch(1)

    def export_brief(self) -> None:
        from desktop.views.document_export import DocumentExporter

        self.owner.save_now()
        exporter = DocumentExporter(self.services, self.language, self)
        path = exporter.choose_path("brief", self.case)
        if path is not None:
            exporter.export("brief", self.case, path)

    def _table(
        self,
        title: str,
        cls: type,
        columns: list[Column],
        defaults: Callable[[], dict[str, Any]] = dict,
    ) -> PartTable:
        table = PartTable(
            title,
            columns,
            self.language,
            self.zone,
            on_add=lambda values: self._add(cls(0, **values)),
            on_edit=lambda part, field, value: self._edit(cls, part.id, field, value),
            on_delete=lambda part: self._delete(cls, part.id),
            defaults=defaults,
        )
        self.layout_.addWidget(table)
        return table

    def _add(self, part: object) -> None:
        self.services.cases.add_part(self.case.id, part)
        self._reload()

    def _edit(self, cls: type, part_id: int, field: str, value: object) -> None:
        self.services.cases.update_part(cls, part_id, **{field: value})

    def _delete(self, cls: type, part_id: int) -> None:
        self.services.cases.delete_part(cls, part_id)
        self._reload()

    def _reload(self) -> None:
        self.owner.reload()
        self.initializePage()

    def _reason(self, key: str, case: Case) -> str:
        if key != "escalate.impact":
            return text(key, self.language)
        described = self.services.suggestions.severity_of(case.intake.complaint_text)
        words = described.words if described else ()
        return text(key, self.language, words=join_words(words, self.language))

    def load(self, case: Case) -> None:
        reasons, checked = self.services.cases.escalation_advice(case)
        if reasons:
            lines = "".join(f"<li>{self._reason(reason, case)}</li>" for reason in reasons)
            self.advice_text.setText(
                self.tr("<b>Escalation is advisable</b>, because:") + f"<ul>{lines}</ul>"
            )
            self.advice.setStyleSheet(
                f"#escalationAdvice {{ border: 2px solid {tone_colour('warning')}; }}"
            )
        else:
            lines = "".join(f"<li>{text(key, self.language)}</li>" for key in checked)
            self.advice_text.setText(
                self.tr("Nothing here calls for escalation yet:") + f"<ul>{lines}</ul>"
            )
            self.advice.setStyleSheet("")
        self.escalations.set_parts(case.escalations)
        self.collaborators.set_parts(case.collaborators)
        self.requests.set_parts(case.requests)
        if self.lesson.toPlainText() != case.lesson_to_share:
            self.lesson.setPlainText(case.lesson_to_share)
        self.shared_at.set_value(case.lesson_shared_at)
