"""The escalation brief: one page for the supervisor — the case, what is asked of whom by when,
and the promises to the customer that are open, with how long each is overdue."""

from __future__ import annotations

from datetime import datetime, tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents.fonts import mixed
from desktop.documents.furniture import HeadedPaper
from desktop.documents.paragraph import Paragraph
from desktop.documents.pdf import build_pdf
from desktop.documents.sections import Writer
from desktop.documents.styles import TEXT_WIDTH
from desktop.domain.catalog import label, text
from desktop.domain.commitments import LedgerEntry
from desktop.domain.complaint import Case, first_sentence
from desktop.domain.dates import local_moment, long_date
from desktop.domain.enums import CommitmentState, Language, RequestStatus
from desktop.domain.event_text import commitment_name
from desktop.domain.settings import Profile

COMPLAINT_CHARACTERS = 400  # a page is all there is
OPEN_ROWS = 8
W = TEXT_WIDTH
WHEN = 68 * mm


def overdue(hours_left: int, lang: Language) -> str:
    """已逾期 5 小时 / 已逾期 3 天 — "5 h overdue" / "3 days overdue"."""
    hours = max(1, -hours_left)
    if hours < 24:
        return text("doc.overdue_hours", lang, hours=hours)
    days = hours // 24
    return text("doc.overdue_day", lang) if days == 1 else text("doc.overdue_days", lang, days=days)


def when_due(entry: LedgerEntry, zone: tzinfo, lang: Language) -> str:
    """2026年11月26日 14:00（已逾期 3 天） / 26 Nov 2026, 14:00 (due in 5 h)"""
    moment = local_moment(entry.due_at, zone, lang)
    if entry.state is CommitmentState.OVERDUE:
        return text("doc.by_then", lang, when=moment, due=overdue(entry.hours_left, lang))
    if entry.state in (CommitmentState.DUE, CommitmentState.DUE_TODAY) and entry.hours_left <= 48:
        due = text("doc.due_in_hours", lang, hours=max(entry.hours_left, 0))
        return text("doc.by_then", lang, when=moment, due=due)
    if entry.state is CommitmentState.PAUSED:
        return text("doc.by_then", lang, when=moment, due=label(entry.state, lang))
    return moment


def build_brief(
    case: Case,
    ledger: list[LedgerEntry],
    lang: Language,
    zone: tzinfo,
    profile: Profile,
    generated: datetime,
    paper: HeadedPaper | None = None,
) -> bytes:
    """`paper`: the letterhead from Settings; without it, the profile's company."""
    writer = Writer(lang, zone)
    intake = case.intake
    complaint = intake.complaint_text.strip()
    if len(complaint) > COMPLAINT_CHARACTERS:
        complaint = complaint[:COMPLAINT_CHARACTERS].rstrip() + "…"
    open_entries = [entry for entry in ledger if entry.is_open]
    # the help is needed before the next promise to the customer falls due
    by_when = when_due(open_entries[0], zone, lang) if open_entries else text("doc.asap", lang)
    asks = [
        [e.reason or first_sentence(intake.complaint_text), writer.join(e.to_whom, e.role), by_when]
        for e in case.escalations
    ]
    asks += [
        [r.what, r.from_whom, by_when] for r in case.requests if r.status is RequestStatus.ASKED
    ]
    classification = case.classification
    story: list[Flowable] = [
        Paragraph(mixed(f"{text('doc.brief', lang)} · {case.number}"), writer.styles.title),
        Paragraph(mixed(case.title), writer.styles.body, where="doc.problem"),
        Spacer(1, 2 * mm),
        *writer.section(
            writer.heading(text("doc.asked", lang)),
            [
                writer.table(
                    [
                        ("doc.ask", W - 0.22 * W - WHEN),
                        ("doc.of_whom", 0.22 * W),
                        ("doc.by_when", WHEN),
                    ],
                    asks,
                )
            ],
        ),
        *writer.section(
            writer.heading(text("doc.brief_case", lang)),
            [
                writer.pairs(
                    [
                        ("doc.customer", writer.join(intake.customer, intake.project)),
                        ("doc.contact", intake.contact_name),
                        ("doc.received", writer.moment(intake.received_at)),
                        ("doc.severity", writer.label(intake.severity)),
                        (
                            "doc.type",
                            writer.join(
                                writer.label(classification.complaint_type),
                                writer.label(classification.subtype),
                            ),
                        ),
                        ("doc.also_type", writer.label(classification.also_type)),
                        (
                            "doc.status",
                            writer.join(writer.label(case.status), label(case.stage, lang)),
                        ),
                    ]
                )
            ],
        ),
        *writer.section(
            writer.heading(text("doc.what_happened", lang)),
            [writer.para(complaint, "doc.complaint")],
        ),
        *writer.section(
            writer.heading(text("doc.open_commitments", lang)),
            [
                writer.table(
                    [("doc.commitment", W - WHEN), ("doc.due", WHEN)],
                    [
                        [
                            commitment_name(e.commitment, lang),
                            when_due(e, zone, lang),
                        ]
                        for e in open_entries[:OPEN_ROWS]
                    ],
                )
            ],
        ),
        Spacer(1, 6 * mm),
    ]
    signer = " ".join(filter(None, [profile.name, profile.title, profile.phone, profile.email]))
    day = long_date(generated.astimezone(zone).date(), lang)
    story.append(
        Paragraph(
            mixed(f"{text('doc.prepared_by', lang, name=signer)} · {day}" if signer else day),
            writer.styles.small,
        )
    )
    title = f"{text('doc.brief', lang)} {case.number}"
    return build_pdf(
        story,
        title,
        title,
        lambda page, pages: text("doc.page", lang, page=page, pages=pages),
        author=profile.name or profile.company,
        subject=f"{title} · {intake.customer} · {case.title}",
        language=lang,
        paper=paper or HeadedPaper(profile.company),
    )
