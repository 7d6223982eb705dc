"""Lessons in the case library: what a closed case teaches, without who the customer was."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain import anonymise
from desktop.domain.catalog import label, text
from desktop.domain.complaint import Case
from desktop.domain.enums import ComplaintType, Language
from desktop.domain.errors import ValidationError
from desktop.domain.summary import fixes_and_improvements
from desktop.domain.validation import clean_choice, clean_text

CONTENT = ("title", "complaint_type", "tags", "problem", "root_cause", "solution", "prevention")
MAX_TAGS = 20


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
    origin: str = ""  # who wrote it, when it came from a colleague's file; "" for the user's own


def lesson_texts(case: Case, lang: Language) -> dict[str, str]:
    separator = "；" if lang is Language.ZH else "; "
    done, lasting = fixes_and_improvements(case)
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
        tags=[label(case.classification.subtype, lang)] if case.classification.subtype else [],
        title=clean_text("title", texts["title"], multiline=False, limit=200) or case.number,
        problem=texts["problem"],
        root_cause=texts["root_cause"],
        solution=texts["solution"],
        prevention=texts["prevention"],
    )


def clean_tags(field: str, value: object) -> list[str]:
    """Tags from a list or from text separated by commas (either kind) or semicolons."""
    if isinstance(value, str):
        value = value.replace("，", ",").replace("；", ",").replace(";", ",").split(",")
    if not isinstance(value, list | tuple):
        raise ValidationError(field, "not_text")
    tags: list[str] = []
    for tag in value:
        tag = clean_text(field, tag, multiline=False, limit=40)
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise ValidationError(field, "too_many_tags", limit=MAX_TAGS)
    return tags


def clean_lesson(values: dict[str, Any]) -> dict[str, Any]:
    """The content fields of a lesson, checked; ValidationError names the first bad field."""
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        if name == "title":
            cleaned[name] = clean_text(name, value, required=True, multiline=False, limit=200)
        elif name == "complaint_type":
            cleaned[name] = clean_choice(name, ComplaintType, value)
        elif name == "tags":
            cleaned[name] = clean_tags(name, value)
        elif name in ("problem", "root_cause", "solution", "prevention"):
            cleaned[name] = clean_text(name, value, limit=20_000)
        elif name == "origin":
            cleaned[name] = clean_text(name, value, multiline=False, limit=100)
        else:
            raise ValidationError(name, "unknown_field")
    return cleaned


def same_content(mine: Lesson, theirs: Lesson) -> bool:
    return all(getattr(mine, name) == getattr(theirs, name) for name in CONTENT)


def differing_fields(mine: Lesson, theirs: Lesson) -> list[str]:
    return [name for name in CONTENT if getattr(mine, name) != getattr(theirs, name)]


@dataclass(frozen=True)
class Conflict:
    mine: Lesson
    theirs: Lesson


@dataclass(frozen=True)
class MergePlan:
    """What importing a colleague's lessons would do, before anything changes."""

    new: list[Lesson]
    unchanged: list[Lesson]
    conflicts: list[Conflict]


def merge_plan(mine: dict[str, Lesson], theirs: list[Lesson]) -> MergePlan:
    """Match by UUID: unknown ones are new, identical ones are skipped, the rest conflict.
    A UUID that appears twice in their file counts once (the first)."""
    new: list[Lesson] = []
    unchanged: list[Lesson] = []
    conflicts: list[Conflict] = []
    seen: set[str] = set()
    for lesson in theirs:
        if lesson.uuid in seen:
            continue
        seen.add(lesson.uuid)
        existing = mine.get(lesson.uuid)
        if existing is None:
            new.append(lesson)
        elif same_content(existing, lesson):
            unchanged.append(lesson)
        else:
            conflicts.append(Conflict(existing, lesson))
    return MergePlan(new, unchanged, conflicts)


def lessons_markdown(lessons: list[Lesson], lang: Language, generated: str) -> str:
    """A digest for a team meeting, in Markdown."""
    words = {
        name: text(f"lesson.{name}", lang)
        for name in (
            "digest",
            "generated",
            "type",
            "tags",
            "problem",
            "root_cause",
            "solution",
            "prevention",
            "none",
        )
    }
    out = [f"# {words['digest']}", "", f"{words['generated']}: {generated}", ""]
    for number, lesson in enumerate(lessons, start=1):
        out += [f"## {number}. {_md_line(lesson.title)}", ""]
        kind = label(lesson.complaint_type, lang) if lesson.complaint_type else words["none"]
        out.append(f"- **{words['type']}**: {kind}")
        if lesson.tags:
            out.append(f"- **{words['tags']}**: {', '.join(_md_line(t) for t in lesson.tags)}")
        out.append("")
        for name in ("problem", "root_cause", "solution", "prevention"):
            value = getattr(lesson, name).strip()
            if value:
                out += [f"### {words[name]}", "", _md_block(value), ""]
    return "\n".join(out).rstrip() + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _md_line(value: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(value.split()))


def _md_block(value: str) -> str:
    """Paragraph text with Markdown's special characters escaped and line breaks kept."""
    lines = [_MD_SPECIAL.sub(r"\\\1", line.rstrip()) for line in value.splitlines()]
    return "  \n".join(lines)
