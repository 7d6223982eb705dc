"""Lessons in the case library: what a closed case teaches, without who the customer was."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain import anonymise
from desktop.domain.complaint import Case
from desktop.domain.enums import ActionHorizon, ActionStatus, ComplaintType, Language
from desktop.domain.validation import clean_text


@dataclass
class Lesson:
    id: int
    uuid: str
    title: str
    complaint_type: ComplaintType | None = None
    tags: list[str] = field(default_factory=list)
    problem: str = ""
    root_cause: str = ""
    solution: str = ""
    prevention: str = ""
    case_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


def lesson_texts(case: Case, lang: Language) -> dict[str, str]:
    separator = "；" if lang is Language.ZH else "; "
    done = [
        a.description
        for a in case.actions
        if a.horizon is ActionHorizon.SHORT_TERM and a.status is not ActionStatus.CANCELLED
    ]
    lasting = [
        a.description
        for a in case.actions
        if a.horizon is not ActionHorizon.SHORT_TERM and a.status is not ActionStatus.CANCELLED
    ]
    return {
        "title": case.title,
        "problem": case.intake.complaint_text,
        "root_cause": case.investigation.root_cause,
        "solution": separator.join(done),
        "prevention": separator.join(filter(None, [*lasting, case.lesson_to_share])),
    }


def anonymisation_plan(case: Case, lang: Language) -> list[anonymise.Replacement]:
    texts = list(lesson_texts(case, lang).values())
    people = [
        case.intake.contact_name,
        *[i.person for i in case.interviews if i.person == case.intake.contact_name],
    ]
    return anonymise.plan(texts, [case.intake.customer, case.intake.project], people, lang)


def lesson_from_case(
    case: Case, lang: Language, replacements: list[anonymise.Replacement]
) -> Lesson:
    texts = {
        name: anonymise.apply(value, replacements)
        for name, value in lesson_texts(case, lang).items()
    }
    return Lesson(
        id=0,
        uuid="",
        case_id=case.id,
        complaint_type=case.classification.complaint_type,
        tags=[case.classification.subtype.value] if case.classification.subtype else [],
        title=clean_text("title", texts["title"], multiline=False, limit=200) or case.number,
        problem=texts["problem"],
        root_cause=texts["root_cause"],
        solution=texts["solution"],
        prevention=texts["prevention"],
    )
