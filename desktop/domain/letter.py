"""The apology letter's content: the template filled from the case and the profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, tzinfo
from pathlib import Path

from desktop.domain.catalog import label, text
from desktop.domain.complaint import Case, first_sentence
from desktop.domain.dates import local_date_text, long_date
from desktop.domain.enums import ActionStatus, Language
from desktop.domain.settings import Letterhead, Profile
from desktop.domain.templates import Filled, fill
from desktop.paths import resource

PLACEHOLDERS = (
    "contact",
    "customer",
    "title",
    "received_date",
    "what_happened",
    "actions_done",
    "actions_planned",
    "compensation",
    "commitment",
    "engineer",
    "company",
)


def letter_template(lang: Language, folder: Path | None = None) -> str:
    name = f"letter.{lang.value}.txt"
    if folder is not None and (folder / name).exists():
        return (folder / name).read_text(encoding="utf-8")
    return resource("templates", name).read_text(encoding="utf-8")


def _planned(description: str, due: str, lang: Language) -> str:
    if not due:
        return description
    return f"{description}（{due} 前）" if lang is Language.ZH else f"{description} (by {due})"


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def letter_values(
    case: Case, profile: Profile, letterhead: Letterhead, lang: Language, zone: tzinfo
) -> dict[str, str]:
    """What the case and the profile can fill; empty where they cannot."""
    done = [
        a.description
        for a in case.actions
        if a.status in (ActionStatus.DONE, ActionStatus.VERIFIED)
    ]
    planned = [
        _planned(a.description, local_date_text(a.due_at, zone), lang)
        for a in case.actions
        if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
    ]
    separator = "；" if lang is Language.ZH else "; "
    compensation = separator.join(
        " ".join(filter(None, [label(c.kind, lang), c.description, c.value]))
        for c in case.compensations
    )
    received = case.intake.received_at
    return {
        "contact": case.intake.contact_name,
        "customer": case.intake.customer,
        "title": case.intake.title or first_sentence(case.intake.complaint_text),
        "received_date": long_date(received.astimezone(zone).date(), lang) if received else "",
        "what_happened": case.investigation.root_cause.strip(),
        "actions_done": _bullets(done),
        "actions_planned": _bullets(planned) or text("letter.nothing_planned", lang),
        "compensation": compensation,
        "commitment": case.lesson_to_share.strip()
        or separator.join(a.description for a in case.actions if a.horizon.value == "long_term"),
        "engineer": profile.name,
        "company": profile.company or letterhead.company,
    }


def fill_letter(template: str, values: dict[str, str]) -> Filled:
    return fill(template, values)


@dataclass
class LetterContent:
    """Everything the PDF needs: the layout is the document's, the words are these."""

    language: Language
    date: date
    body: str
    recipient_organisation: str
    recipient_contact: str
    subject: str
    letterhead: Letterhead
    signer: Profile
    logo: Path | None = None
    signature: Path | None = None
    case_number: str = ""
    extra: dict[str, str] = field(default_factory=dict)
