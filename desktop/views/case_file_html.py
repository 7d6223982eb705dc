"""The case file's readable text: every stage as a section, in HTML for a QTextBrowser."""

from __future__ import annotations

from datetime import tzinfo
from enum import Enum
from html import escape

from PySide6.QtCore import QObject

from desktop.domain.catalog import label, text
from desktop.domain.checklists import Checklist
from desktop.domain.complaint import Case
from desktop.domain.dates import local_date_text, local_text
from desktop.domain.enums import EventKind, Language, Stage
from desktop.views.theme import muted_html_colour


class CaseFileHtml(QObject):
    def __init__(self, language: Language, zone: tzinfo) -> None:
        super().__init__()
        self.language = language
        self.zone = zone

    def _rows(self, rows: list[tuple[str, str]]) -> str:
        shown = [(name, value) for name, value in rows if value]
        if not shown:
            nothing = self.tr("Nothing recorded yet.")
            return f"<p><i>{escape(nothing)}</i></p>"
        cells = "".join(
            f"<tr><td style='color:{muted_html_colour()}; padding-right:12px; white-space:nowrap'>"
            f"{escape(name)}</td><td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
            for name, value in shown
        )
        return f"<table cellspacing='2'>{cells}</table>"

    def _list(self, title: str, items: list[str]) -> str:
        if not items:
            return ""
        lines = "".join(f"<li>{escape(item)}</li>" for item in items)
        return f"<p><b>{escape(title)}</b></p><ul>{lines}</ul>"

    def _heading(self, stage: Stage) -> str:
        return f"<h3>{stage.value}. {escape(label(stage, self.language))}</h3>"

    def _label(self, member: Enum | None) -> str:
        return label(member, self.language) if member is not None else ""

    def render(self, case: Case) -> str:
        z = self.zone
        intake, cls = case.intake, case.classification
        parts = [f"<h2>{escape(case.number)} · {escape(case.title)}</h2>"]
        parts.append(
            self._heading(Stage.INTAKE)
            + self._rows(
                [
                    (self.tr("Customer"), intake.customer),
                    (self.tr("Project"), intake.project),
                    (
                        self.tr("Contact"),
                        " · ".join(
                            filter(
                                None,
                                [intake.contact_name, intake.contact_phone, intake.contact_email],
                            )
                        ),
                    ),
                    (self.tr("Received"), local_text(intake.received_at, z)),
                    (self.tr("Channel"), self._label(intake.channel)),
                    (self.tr("Severity"), self._label(intake.severity)),
                    (self.tr("Complaint"), intake.complaint_text),
                    (self.tr("Asks for"), intake.requested_remedy),
                    (self.tr("People involved"), intake.people_involved),
                    (
                        self.tr("Impact"),
                        " · ".join(
                            filter(
                                None,
                                [
                                    intake.impact_users,
                                    intake.impact_departments,
                                    intake.impact_business,
                                ],
                            )
                        ),
                    ),
                ]
            )
        )
        parts.append(
            self._heading(Stage.CLASSIFY)
            + self._rows(
                [
                    (self.tr("Type"), self._label(cls.complaint_type)),
                    (self.tr("Subtype"), self._label(cls.subtype)),
                    (self.tr("Also about"), self._label(cls.also_type)),
                    (self.tr("Responsibility"), self._label(cls.responsibility)),
                ]
            )
        )
        response = case.first_response
        parts.append(
            self._heading(Stage.FIRST_RESPONSE)
            + self._rows(
                [
                    (self.tr("Responded"), local_text(response.responded_at, z)),
                    (self.tr("Through"), self._label(response.channel)),
                    (self.tr("What was said"), response.script),
                ]
            )
        )
        investigation = case.investigation
        parts.append(
            self._heading(Stage.INVESTIGATE)
            + self._rows(
                [
                    (self.tr("Root cause"), investigation.root_cause),
                    (self.tr("Escape point"), investigation.escape_point),
                    (
                        self.tr("Five whys"),
                        "\n".join(
                            f"{n}. {why}" for n, why in enumerate(investigation.five_whys, 1)
                        ),
                    ),
                ]
            )
            + self._list(
                self.tr("Interviews"),
                [
                    f"{i.person} ({i.role}) {local_date_text(i.held_on, z)}: {i.summary}"
                    for i in case.interviews
                ],
            )
            + self._list(
                self.tr("Contributing factors"),
                [f"{self._label(f.kind)} · {self._label(f.nature)} {f.note}" for f in case.factors],
            )
            + self._list(
                self.tr("Evidence"),
                [
                    f"{e.title} {e.note} {('SHA-256 ' + e.sha256[:16] + '…') if e.sha256 else ''}"
                    for e in case.evidence
                ],
            )
        )
        parts.append(
            self._heading(Stage.PLAN)
            + self._list(
                self.tr("Actions"),
                [
                    f"[{self._label(a.horizon)}] "
                    + " · ".join(
                        part
                        for part in (
                            a.description,
                            a.owner,
                            local_date_text(a.due_at, z),
                            self._label(a.status),
                        )
                        if part
                    )
                    + (f" ({a.cancel_reason})" if a.cancel_reason else "")
                    for a in case.actions
                ],
            )
            + self._list(
                self.tr("Progress updates"),
                [f"{local_text(u.sent_at, z)}: {u.summary}" for u in case.updates],
            )
        )
        parts.append(
            self._heading(Stage.TEAM)
            + self._list(
                self.tr("Escalations"),
                [
                    f"{e.to_whom} {e.role} {local_text(e.escalated_at, z)}: {e.reason}"
                    for e in case.escalations
                ],
            )
            + self._list(
                self.tr("Collaborators"),
                [
                    " · ".join(filter(None, (c.department, c.person, c.role)))
                    for c in case.collaborators
                ],
            )
            + self._list(
                self.tr("Resource requests"),
                [f"{r.what} ({r.from_whom}) · {self._label(r.status)}" for r in case.requests],
            )
            + self._rows([(self.tr("Lesson to share"), case.lesson_to_share)])
        )
        survey = case.survey
        parts.append(
            self._heading(Stage.REPAIR)
            + self._list(
                self.tr("Compensation"),
                [f"{self._label(c.kind)} {c.description} {c.value}" for c in case.compensations],
            )
            + self._rows(
                [
                    (self.tr("Follow-up visit due"), local_date_text(case.follow_up.due_at, z)),
                    (self.tr("Follow-up visit done"), local_date_text(case.follow_up.done_at, z)),
                    (self.tr("Visit notes"), case.follow_up.notes),
                    (self.tr("CSAT"), "" if survey.csat is None else str(survey.csat)),
                    (self.tr("NPS"), "" if survey.nps is None else str(survey.nps)),
                    (self.tr("Customer's comment"), survey.comment),
                ]
            )
        )
        parts.append(
            self._heading(Stage.CLOSE)
            + self._rows(
                [
                    (self.tr("Summary"), case.summary),
                    (self.tr("Closed"), local_text(case.closed_at, z)),
                ]
            )
        )
        return "".join(parts)

    def checklists(self, checklists: list[Checklist]) -> str:
        """The prevention checklists in use for the case, each item ticked or not."""
        if not checklists:
            return ""
        title = self.tr("Prevention checklists")
        parts = [f"<h3>{escape(title)}</h3>"]
        for checklist in checklists:
            done, total = checklist.progress
            parts.append(f"<p><b>{escape(checklist.name)}</b> · {done}/{total}</p>")
            items = "".join(
                f"<li>{'☑' if item.done else '☐'} {escape(item.text)}</li>"
                for item in checklist.items
            )
            parts.append(f"<ul style='list-style-type:none'>{items}</ul>")
        return "".join(parts)

    def event_text(self, kind: EventKind) -> str:
        return text(f"EventKind.{kind.value}", self.language)
