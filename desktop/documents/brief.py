"""The escalation brief: one page for the supervisor — the case, what is asked of whom, by when."""

from __future__ import annotations

from datetime import datetime, tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents.fonts import mixed
from desktop.documents.pdf import build_pdf
from desktop.documents.report import FULL_WIDTH, ReportWriter
from desktop.domain.catalog import label, text
from desktop.domain.commitments import LedgerEntry, describe_state
from desktop.domain.complaint import Case, first_sentence
from desktop.domain.dates import local_text, long_date
from desktop.domain.enums import Language
from desktop.domain.settings import Profile

COMPLAINT_CHARACTERS = 400  # a page is all there is


def build_brief(
    case: Case,
    ledger: list[LedgerEntry],
    lang: Language,
    zone: tzinfo,
    profile: Profile,
    generated: datetime,
) -> bytes:
    writer = ReportWriter(case, lang, zone)
    intake = case.intake
    complaint = intake.complaint_text.strip()
    if len(complaint) > COMPLAINT_CHARACTERS:
        complaint = complaint[:COMPLAINT_CHARACTERS].rstrip() + "…"
    open_entries = [entry for entry in ledger if entry.is_open]
    next_due = open_entries[0].due_at if open_entries else None
    asks = [
        [
            e.reason or first_sentence(intake.complaint_text),
            f"{e.to_whom} {e.role}".strip(),
            local_text(next_due, zone),
        ]
        for e in case.escalations
    ]
    asks += [
        [r.what, r.from_whom, local_text(next_due, zone)]
        for r in case.requests
        if r.status.value == "asked"
    ]
    story: list[Flowable] = [
        Paragraph(mixed(f"{text('doc.brief', lang)} · {case.number}"), writer.styles.title),
        Paragraph(mixed(case.title), writer.styles.body),
        Spacer(1, 3 * mm),
        writer.heading("doc.brief_case"),
        writer.pairs(
            [
                ("doc.customer", " · ".join(filter(None, [intake.customer, intake.project]))),
                ("doc.contact", intake.contact_name),
                ("doc.received", local_text(intake.received_at, zone)),
                ("doc.severity", writer.label(intake.severity)),
                (
                    "doc.type",
                    " · ".join(
                        filter(
                            None,
                            [
                                writer.label(case.classification.complaint_type),
                                writer.label(case.classification.subtype),
                            ],
                        )
                    ),
                ),
                ("doc.status", f"{writer.label(case.status)} · {label(case.stage, lang)}"),
            ]
        ),
        writer.heading("doc.what_happened"),
        writer.para(complaint),
        writer.heading("doc.asked"),
        writer.table(
            [text("doc.ask", lang), text("doc.of_whom", lang), text("doc.by_when", lang)],
            asks,
            [FULL_WIDTH - 45 * mm - 38 * mm, 45 * mm, 38 * mm],
        ),
        writer.heading("doc.open_commitments"),
        writer.table(
            [text("doc.event", lang), text("doc.due", lang), text("doc.status", lang)],
            [
                [
                    label(e.commitment.kind, lang)
                    + (f": {e.commitment.description}" if e.commitment.description else ""),
                    local_text(e.due_at, zone),
                    describe_state(e.state, e.hours_left, e.due_at, zone, lang),
                ]
                for e in open_entries[:8]
            ],
            [FULL_WIDTH - 38 * mm - 38 * mm, 38 * mm, 38 * mm],
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
        author=profile.name,
    )
