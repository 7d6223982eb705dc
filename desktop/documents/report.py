"""The improvement report (整改报告): every stage of the case, tables that split across pages."""

from __future__ import annotations

from datetime import datetime, tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents.fonts import mixed
from desktop.documents.pdf import build_pdf
from desktop.documents.styles import TABLE_STYLE, Styles, styles_for
from desktop.domain.catalog import label, text
from desktop.domain.complaint import Case
from desktop.domain.dates import local_date_text, local_text, long_date
from desktop.domain.enums import Language
from desktop.domain.settings import Profile
from desktop.domain.templates import investigation_checklist

FULL_WIDTH = 170 * mm


class ReportWriter:
    def __init__(self, case: Case, lang: Language, zone: tzinfo) -> None:
        self.case = case
        self.lang = lang
        self.zone = zone
        self.styles: Styles = styles_for(lang)

    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def label(self, member: object) -> str:
        return label(member, self.lang) if member is not None else ""  # type: ignore[arg-type]

    def heading(self, key: str) -> Paragraph:
        return Paragraph(mixed(self.t(key)), self.styles.heading)

    def para(self, value: str) -> Paragraph:
        return Paragraph(mixed(value or self.t("doc.none")), self.styles.body)

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> Flowable:
        """A table that repeats its header and splits between rows, never inside a row's text."""
        if not rows:
            return self.para("")
        cell, head = self.styles.cell, self.styles.cell_head
        data = [[Paragraph(mixed(title), head) for title in header]]
        data += [[Paragraph(mixed(value), cell) for value in row] for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
        table.setStyle(TableStyle(TABLE_STYLE))
        return table

    def pairs(self, rows: list[tuple[str, str]]) -> Flowable:
        shown = [(self.t(key), value) for key, value in rows if value]
        if not shown:  # reportlab refuses a table without rows
            return self.para("")
        cell = self.styles.cell
        data = [
            [Paragraph(mixed(name), cell), Paragraph(mixed(value), cell)] for name, value in shown
        ]
        table = Table(data, colWidths=[40 * mm, FULL_WIDTH - 40 * mm], splitByRow=1)
        table.setStyle(TableStyle([s for s in TABLE_STYLE if s[0] != "BACKGROUND"]))
        return table

    def story(self, profile: Profile, generated: datetime) -> list[Flowable]:
        case, z = self.case, self.zone
        intake = case.intake
        story: list[Flowable] = [
            Paragraph(mixed(f"{self.t('doc.report')} · {case.number}"), self.styles.title),
            Paragraph(mixed(case.title), self.styles.body),
            Paragraph(
                mixed(
                    self.t(
                        "doc.generated", date=long_date(generated.astimezone(z).date(), self.lang)
                    )
                ),
                self.styles.small,
            ),
            Spacer(1, 4 * mm),
            self.heading("doc.case_data"),
            self.pairs(
                [
                    ("doc.number", case.number),
                    ("doc.customer", intake.customer),
                    ("doc.project", intake.project),
                    (
                        "doc.contact",
                        " · ".join(
                            filter(
                                None,
                                [intake.contact_name, intake.contact_phone, intake.contact_email],
                            )
                        ),
                    ),
                    ("doc.received", local_text(intake.received_at, z)),
                    ("doc.channel", self.label(intake.channel)),
                    ("doc.severity", self.label(intake.severity)),
                    ("doc.status", self.label(case.status)),
                    ("doc.closed", local_text(case.closed_at, z)),
                ]
            ),
            self.heading("doc.problem"),
            self.para(intake.complaint_text),
        ]
        if intake.requested_remedy:
            story += [
                Paragraph(mixed(self.t("doc.requested")), self.styles.small),
                self.para(intake.requested_remedy),
            ]
        impact = " · ".join(
            filter(None, [intake.impact_users, intake.impact_departments, intake.impact_business])
        )
        if impact:
            story += [Paragraph(mixed(self.t("doc.impact")), self.styles.small), self.para(impact)]
        cls = case.classification
        story += [
            self.heading("doc.classification"),
            self.pairs(
                [
                    ("doc.type", self.label(cls.complaint_type)),
                    ("doc.subtype", self.label(cls.subtype)),
                    ("doc.responsibility", self.label(cls.responsibility)),
                ]
            ),
        ]
        story += [
            self.heading("doc.timeline"),
            self.table(
                [self.t("doc.when"), self.t("doc.event")],
                [
                    [local_text(e.at, z), " ".join(filter(None, [self.label(e.kind), e.detail]))]
                    for e in case.timeline
                ],
                [38 * mm, FULL_WIDTH - 38 * mm],
            ),
        ]
        story += self._investigation()
        story += [
            self.heading("doc.actions"),
            self.table(
                [
                    self.t("doc.horizon"),
                    self.t("doc.action"),
                    self.t("doc.owner"),
                    self.t("doc.due"),
                    self.t("doc.status"),
                ],
                [
                    [
                        self.label(a.horizon),
                        a.description
                        + (f"（{a.cancel_reason}）" if a.cancel_reason else "")
                        + (f"\n✓ {a.verification}" if a.verification else ""),
                        a.owner,
                        local_date_text(a.due_at, z),
                        self.label(a.status)
                        + (f"\n{local_date_text(a.done_at, z)}" if a.done_at else ""),
                    ]
                    for a in case.actions
                ],
                [
                    24 * mm,
                    FULL_WIDTH - 24 * mm - 22 * mm - 22 * mm - 22 * mm,
                    22 * mm,
                    22 * mm,
                    22 * mm,
                ],
            ),
        ]
        if case.updates:
            story += [
                self.heading("doc.updates"),
                self.table(
                    [self.t("doc.when"), self.t("doc.event")],
                    [[local_text(u.sent_at, z), u.summary] for u in case.updates],
                    [38 * mm, FULL_WIDTH - 38 * mm],
                ),
            ]
        story += self._team() + self._feedback(profile)
        return story

    def _investigation(self) -> list[Flowable]:
        case, z = self.case, self.zone
        investigation = case.investigation
        story: list[Flowable] = [self.heading("doc.investigation")]
        names = {
            item.key: item.text
            for item in investigation_checklist(case.classification.complaint_type, self.lang)
        }
        checked = [
            f"✓ {names.get(item.key, item.key)}" + (f": {item.note}" if item.note else "")
            for item in case.checklist
            if item.done
        ]
        if checked:
            story += [
                Paragraph(mixed(self.t("doc.checked")), self.styles.small),
                self.para("\n".join(checked)),
            ]
        if case.interviews:
            story.append(
                self.table(
                    [self.t("doc.interviews"), self.t("doc.when"), ""],
                    [
                        [f"{i.person} {i.role}".strip(), local_date_text(i.held_on, z), i.summary]
                        for i in case.interviews
                    ],
                    [40 * mm, 26 * mm, FULL_WIDTH - 66 * mm],
                )
            )
        if case.factors:
            story += [
                Paragraph(mixed(self.t("doc.factors")), self.styles.small),
                self.para(
                    "\n".join(
                        f"{self.label(f.kind)} · {self.label(f.nature)} {f.note}"
                        for f in case.factors
                    )
                ),
            ]
        if case.evidence:
            story += [
                Paragraph(mixed(self.t("doc.evidence")), self.styles.small),
                self.para(
                    "\n".join(
                        f"{e.title} {e.note} " + (f"SHA-256 {e.sha256}" if e.sha256 else "")
                        for e in case.evidence
                    )
                ),
            ]
        story += [
            Paragraph(mixed(self.t("doc.root_cause")), self.styles.small),
            self.para(investigation.root_cause),
        ]
        if investigation.escape_point:
            story += [
                Paragraph(mixed(self.t("doc.escape_point")), self.styles.small),
                self.para(investigation.escape_point),
            ]
        if investigation.five_whys:
            story += [
                Paragraph(mixed(self.t("doc.five_whys")), self.styles.small),
                self.para(
                    "\n".join(f"{n}. {why}" for n, why in enumerate(investigation.five_whys, 1))
                ),
            ]
        return story

    def _team(self) -> list[Flowable]:
        case, z = self.case, self.zone
        lines = [
            f"{self.t('doc.escalated_to')}: {e.to_whom} {e.role} "
            f"{local_text(e.escalated_at, z)} {e.reason}"
            for e in case.escalations
        ]
        lines += [
            f"{self.t('doc.collaborators')}: {c.department} {c.person} {c.role}"
            for c in case.collaborators
        ]
        lines += [
            f"{self.t('doc.requests')}: {r.what} ({r.from_whom}) {self.label(r.status)}"
            for r in case.requests
        ]
        return [self.heading("doc.team"), self.para("\n".join(lines))]

    def _feedback(self, profile: Profile) -> list[Flowable]:
        case, z = self.case, self.zone
        survey = case.survey
        compensation = "; ".join(
            " ".join(filter(None, [self.label(c.kind), c.description, c.value]))
            for c in case.compensations
        )
        story = [
            self.heading("doc.feedback"),
            self.pairs(
                [
                    ("doc.compensation", compensation),
                    (
                        "doc.follow_up",
                        " → ".join(
                            filter(
                                None,
                                [
                                    local_date_text(case.follow_up.due_at, z),
                                    local_date_text(case.follow_up.done_at, z),
                                    case.follow_up.notes,
                                ],
                            )
                        ),
                    ),
                    ("doc.csat", "" if survey.csat is None else str(survey.csat)),
                    ("doc.nps", "" if survey.nps is None else str(survey.nps)),
                    ("doc.comment", survey.comment),
                ]
            ),
        ]
        story += [self.heading("doc.lessons"), self.para(case.summary)]
        if case.lesson_to_share:
            story += [
                Paragraph(mixed(self.t("doc.lesson")), self.styles.small),
                self.para(case.lesson_to_share),
            ]
        if profile.name:
            story += [
                Spacer(1, 6 * mm),
                Paragraph(
                    mixed(
                        self.t(
                            "doc.prepared_by",
                            name=" ".join(
                                filter(None, [profile.name, profile.title, profile.company])
                            ),
                        )
                    ),
                    self.styles.small,
                ),
            ]
        return story


def build_report(
    case: Case, lang: Language, zone: tzinfo, profile: Profile, generated: datetime
) -> bytes:
    writer = ReportWriter(case, lang, zone)
    title = f"{text('doc.report', lang)} {case.number}"
    return build_pdf(
        writer.story(profile, generated),
        title,
        f"{title} · {local_text(generated, zone)}",
        lambda page, pages: text("doc.page", lang, page=page, pages=pages),
        author=profile.name,
    )
