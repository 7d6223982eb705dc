"""The improvement report (整改报告), in the order of 8D (D0–D8, see domain/eight_d.py): each
heading names its discipline and, beside it, the stages of the case it draws on. Every value is
translated, every time is local and written in the report's language, each progress update is
printed once (in D6: the timeline in the appendix leaves them out)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents.fonts import mixed
from desktop.documents.furniture import HeadedPaper
from desktop.documents.keep import keep_with_start
from desktop.documents.paragraph import Paragraph
from desktop.documents.pdf import build_pdf
from desktop.documents.sections import Column, Writer
from desktop.documents.styles import TEXT_WIDTH
from desktop.domain.catalog import text
from desktop.domain.complaint import Action, Case
from desktop.domain.dates import local_moment, long_date
from desktop.domain.eight_d import DISCIPLINES
from desktop.domain.enums import ActionHorizon, CompensationKind, EventKind, Language
from desktop.domain.event_text import describe_event
from desktop.domain.settings import Profile
from desktop.domain.summary import problem_in_our_words
from desktop.domain.templates import investigation_checklist

W = TEXT_WIDTH
DUE = 30 * mm
WHEN = 42 * mm


class ReportWriter(Writer):
    def __init__(self, case: Case, lang: Language, zone: tzinfo) -> None:
        super().__init__(lang, zone)
        self.case = case

    def discipline(self, number: int, body: list[Flowable]) -> list[Flowable]:
        d = DISCIPLINES[number]
        heading = self.heading(f"{d.code()} {d.name(self.lang)}", d.stage_names(self.lang))
        return self.section(heading, body)

    def story(self, profile: Profile, generated: datetime) -> list[Flowable]:
        case = self.case
        day = long_date(generated.astimezone(self.zone).date(), self.lang)
        story: list[Flowable] = [
            Paragraph(mixed(f"{self.t('doc.report')} · {case.number}"), self.styles.title),
            Paragraph(
                mixed(problem_in_our_words(case, self.lang)), self.styles.body, where="doc.problem"
            ),
            Paragraph(mixed(self.t("doc.generated", date=day)), self.styles.small),
            Paragraph(mixed(self.t("doc.8d")), self.styles.small),
            Spacer(1, 3 * mm),
        ]
        parts = (
            self._prepare,
            self._team,
            self._problem,
            self._containment,
            self._root_cause,
            self._permanent,
            self._validation,
            self._prevention,
            self._closure,
        )
        for number, part in enumerate(parts):
            story += self.discipline(number, part())
        story += self.section(self.heading(self.t("doc.appendix_timeline")), [self._timeline()])
        if profile.name:
            signer = " ".join(filter(None, [profile.name, profile.title, profile.company]))
            story += [
                Spacer(1, 6 * mm),
                Paragraph(mixed(self.t("doc.prepared_by", name=signer)), self.styles.small),
            ]
        return story

    # --- the disciplines -------------------------------------------------------------------
    def _prepare(self) -> list[Flowable]:
        case, intake, cls = self.case, self.case.intake, self.case.classification
        response = case.first_response
        contact = self.join(intake.contact_name, intake.contact_phone, intake.contact_email)
        status = self.join(self.label(case.status), self.label(case.stage))
        return [
            self.pairs(
                [
                    ("doc.number", case.number),
                    ("doc.customer", intake.customer),
                    ("doc.project", intake.project),
                    ("doc.contact", contact),
                    ("doc.received", self.moment(intake.received_at)),
                    ("doc.channel", self.label(intake.channel)),
                    ("doc.severity", self.label(intake.severity)),
                    (
                        "doc.type",
                        self.join(self.label(cls.complaint_type), self.label(cls.subtype)),
                    ),
                    ("doc.also_type", self.label(cls.also_type)),
                    ("doc.responsibility", self.label(cls.responsibility)),
                    (
                        "doc.first_response",
                        self.join(self.moment(response.responded_at), self.label(response.channel)),
                    ),
                    ("doc.status", status),
                    ("doc.closed", self.moment(case.closed_at)),
                ]
            )
        ]

    def _team(self) -> list[Flowable]:
        case = self.case
        story: list[Flowable] = []
        if case.escalations:
            story.append(
                self.table(
                    [
                        ("doc.escalated_to", 0.25 * W),
                        ("doc.role", 0.17 * W),
                        ("doc.when", WHEN),
                        ("doc.reason", 0.58 * W - WHEN),
                    ],
                    [
                        [e.to_whom, e.role, self.moment(e.escalated_at), e.reason]
                        for e in case.escalations
                    ],
                )
            )
        if case.collaborators:
            story += [
                Spacer(1, 2 * mm),
                self.table(
                    [("doc.department", 0.3 * W), ("doc.person", 0.3 * W), ("doc.role", 0.4 * W)],
                    [[c.department, c.person, c.role] for c in case.collaborators],
                ),
            ]
        if case.requests:
            story += [
                Spacer(1, 2 * mm),
                self.table(
                    [
                        ("doc.requests", 0.5 * W),
                        ("doc.from_whom", 0.3 * W),
                        ("doc.status", 0.2 * W),
                    ],
                    [[r.what, r.from_whom, self.label(r.status)] for r in case.requests],
                ),
            ]
        return story

    def _problem(self) -> list[Flowable]:
        intake = self.case.intake
        impact = self.join(intake.impact_users, intake.impact_departments, intake.impact_business)
        return [
            # in our words: the customer's own may be an outburst (LETTERS.md)
            *self.labelled("doc.problem", problem_in_our_words(self.case, self.lang)),
            *self.labelled("doc.requested", intake.requested_remedy),
            *self.labelled("doc.impact", impact),
            *self.labelled("doc.people", intake.people_involved),
        ]

    def _actions(self, horizon: ActionHorizon) -> Flowable:
        chosen = [a for a in self.case.actions if a.horizon is horizon]
        return self.table(
            [
                ("doc.action", W - 0.18 * W - DUE - 0.2 * W),
                ("doc.owner", 0.18 * W),
                ("doc.due", DUE),
                ("doc.status", 0.2 * W),
            ],
            [self._action_row(a) for a in chosen],
        )

    def _action_row(self, action: Action) -> list[str]:
        words = action.description
        if action.cancel_reason:
            words += (
                f"（{action.cancel_reason}）"
                if self.lang is Language.ZH
                else (f" ({action.cancel_reason})")
            )
        if action.verification:
            words += f"\n{self.t('doc.verified_by')}{self.colon()}{action.verification}"
        if action.check_criterion:
            words += f"\n{self.t('doc.check_criterion')}{self.colon()}{action.check_criterion}"
        if action.check_result is not None:
            found = self.label(action.check_result)
            if action.check_note:
                found += (
                    f"（{action.check_note.rstrip('。.')}）"
                    if self.lang is Language.ZH
                    else f" ({action.check_note.rstrip('。.')})"
                )
            when = self.day(action.checked_at)
            words += f"\n{self.t('doc.check_found', when=when)}{self.colon()}{found}"
        status = self.label(action.status)
        if action.done_at:
            status += f"\n{self.day(action.done_at)}"
        return [words, action.owner, self.day(action.due_at), status]

    def _containment(self) -> list[Flowable]:
        return [self._actions(ActionHorizon.SHORT_TERM)]

    def _root_cause(self) -> list[Flowable]:
        case = self.case
        investigation = case.investigation
        names = {
            item.key: item.text
            for item in investigation_checklist(case.classification.complaint_type, self.lang)
        }
        checked = [
            f"✓ {names.get(item.key, item.key)}"
            + (f"{self.colon()}{item.note}" if item.note else "")
            for item in case.checklist
            if item.done
        ]
        story: list[Flowable] = [
            *self.labelled("doc.root_cause", investigation.root_cause or self.t("doc.none")),
            *self.labelled("doc.escape_point", investigation.escape_point),
        ]
        if investigation.five_whys:
            whys = "\n".join(f"{n}. {why}" for n, why in enumerate(investigation.five_whys, 1))
            story += self.labelled("doc.five_whys", whys)
        story += self.labelled("doc.checked", "\n".join(checked))
        if case.factors:
            story += self._titled_table(
                "doc.factors",
                [("doc.factor", 0.3 * W), ("doc.nature", 0.15 * W), ("doc.note", 0.55 * W)],
                [[self.label(f.kind), self.label(f.nature), f.note] for f in case.factors],
            )
        if case.interviews:
            story += self._titled_table(
                "doc.interviews",
                [("doc.person", 0.25 * W), ("doc.when", DUE), ("doc.summary_col", 0.75 * W - DUE)],
                [
                    [self.join(i.person, i.role), self.day(i.held_on), i.summary]
                    for i in case.interviews
                ],
            )
        if case.evidence:
            story += self.labelled(
                "doc.evidence",
                "\n".join(
                    self.join(e.title, e.note, f"SHA-256 {e.sha256}" if e.sha256 else "")
                    for e in case.evidence
                ),
            )
        return story

    def _titled_table(
        self, key: str, columns: list[Column], rows: list[list[str]]
    ) -> list[Flowable]:
        return keep_with_start([self.label_line(key)], [self.table(columns, rows)])

    def _permanent(self) -> list[Flowable]:
        return [self._actions(ActionHorizon.MID_TERM)]

    def _validation(self) -> list[Flowable]:
        case = self.case
        story: list[Flowable] = []
        if case.updates:
            story += self._titled_table(
                "doc.updates",
                [
                    ("doc.when", WHEN),
                    ("doc.channel", 0.16 * W),
                    ("doc.summary_col", 0.84 * W - WHEN),
                ],
                [[self.moment(u.sent_at), self.label(u.channel), u.summary] for u in case.updates],
            )
        compensation = "\n".join(
            self.join(
                # "Other" says nothing to the customer: the description says what it is
                "" if c.kind is CompensationKind.OTHER else self.label(c.kind),
                c.description,
                c.value,
            )
            for c in case.compensations
        )
        story += self.labelled("doc.compensation", compensation)
        follow_up = case.follow_up
        visit = self.join(
            self.t("doc.due") + self.colon() + self.day(follow_up.due_at)
            if follow_up.due_at
            else "",
            self.t("doc.done") + self.colon() + self.day(follow_up.done_at)
            if follow_up.done_at
            else "",
        )
        if follow_up.notes:
            visit = f"{visit}\n{follow_up.notes}" if visit else follow_up.notes
        story += self.labelled("doc.follow_up", visit)
        return story

    def _prevention(self) -> list[Flowable]:
        case = self.case
        return [
            self._actions(ActionHorizon.LONG_TERM),
            *self.labelled("doc.lesson", case.lesson_to_share),
        ]

    def _closure(self) -> list[Flowable]:
        case, survey = self.case, self.case.survey
        feedback = self.pairs(
            [
                ("doc.csat", "" if survey.csat is None else str(survey.csat)),
                ("doc.nps", "" if survey.nps is None else str(survey.nps)),
                ("doc.comment", survey.comment),
                ("doc.surveyed", self.day(survey.surveyed_at)),
                ("doc.closed", self.moment(case.closed_at)),
            ]
        )
        return [feedback, *self.labelled("doc.summary", case.summary)]

    def _timeline(self) -> Flowable:
        events = [e for e in self.case.timeline if e.kind not in _NOT_THE_CUSTOMERS]
        return self.table(
            [("doc.when", WHEN), ("doc.event", W - WHEN)],
            [
                [
                    local_moment(e.at, self.zone, self.lang),
                    describe_event(e, self.lang, self.zone, for_customer=True),
                ]
                for e in events
            ],
        )


# what the timeline appendix leaves out: updates have their own table, and what we did with our
# own papers (exported, added to our library) is none of the customer's business
_NOT_THE_CUSTOMERS = frozenset(
    {
        EventKind.UPDATE_SENT,
        EventKind.LETTER_EXPORTED,
        EventKind.REPORT_EXPORTED,
        EventKind.BRIEF_EXPORTED,
        EventKind.ADDED_TO_LIBRARY,
    }
)


def build_report(
    case: Case,
    lang: Language,
    zone: tzinfo,
    profile: Profile,
    generated: datetime,
    paper: HeadedPaper | None = None,
) -> bytes:
    """`paper`: the letterhead from Settings; without it, the profile's company."""
    writer = ReportWriter(case, lang, zone)
    title = f"{text('doc.report', lang)} {case.number}"
    return build_pdf(
        writer.story(profile, generated),
        title,
        f"{title} · {local_moment(generated, zone, lang)}",
        lambda page, pages: text("doc.page", lang, page=page, pages=pages),
        author=profile.name or profile.company,
        subject=f"{title} · {case.intake.customer} · {problem_in_our_words(case, lang)}",
        language=lang,
        paper=paper or HeadedPaper(profile.company),
    )
