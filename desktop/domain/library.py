"""Lessons in the case library: what a closed case teaches, without who the customer was."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain import anonymise
from desktop.domain.anonymise import split_people
from desktop.domain.catalog import label, text
from desktop.domain.complaint import TITLE_LENGTH, Case, first_sentence
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


FIELDS = ("title", "problem", "root_cause", "solution", "prevention")


def lesson_texts(case: Case, lang: Language) -> dict[str, str]:
    """What a lesson of the case is made of, as written in the case. The title is whole: a title
    derived from the complaint is shortened only after names are replaced (LessonDraft.texts)."""
    separator = "；" if lang is Language.ZH else "; "
    done, lasting = fixes_and_improvements(case)
    return {
        "title": case.intake.title or first_sentence(case.intake.complaint_text),
        "problem": case.intake.complaint_text,
        "root_cause": case.investigation.root_cause,
        "solution": separator.join(done),
        "prevention": separator.join(filter(None, [*lasting, case.lesson_to_share])),
    }


def case_parties(case: Case, aliases: Sequence[str] = ()) -> anonymise.Parties:
    """Who the case names: the customer (and the user's aliases for it), the project, the
    contact and how to reach them, the people involved; interviewees, action owners and
    collaborators are colleagues, so they are only flagged (a lesson blames no one:
    「张伟负责的配置脚本漏了两个科目」)."""
    intake = case.intake
    return anonymise.Parties(
        customers=[intake.customer],
        aliases=list(aliases),
        projects=[intake.project],
        contacts=[intake.contact_name],
        people=split_people(intake.people_involved),
        maybe_people=[
            *(interview.person for interview in case.interviews),
            *(action.owner for action in case.actions),
            *(collaborator.person for collaborator in case.collaborators),
        ],
        identifiers=[intake.contact_phone, intake.contact_email],
    )


@dataclass(frozen=True)
class LessonDraft:
    """A closed case's lesson before it is saved: the texts as the case has them and what the
    anonymiser found in them, for the user to review."""

    case_id: int
    customer: str
    sources: dict[str, str]
    findings: list[anonymise.Finding]
    derived_title: bool  # the title comes from the complaint: shortened after replacing

    @property
    def flagged(self) -> list[anonymise.Finding]:
        return [finding for finding in self.findings if not finding.sure]

    def texts(self, replace: Iterable[anonymise.Finding]) -> dict[str, str]:
        """The lesson's texts with these findings replaced; then the title is shortened."""
        chosen = list(replace)
        texts = {name: anonymise.render(value, chosen) for name, value in self.sources.items()}
        if self.derived_title:
            texts["title"] = anonymise.shorten(texts["title"], TITLE_LENGTH)
        return texts

    def automatic(self) -> dict[str, str]:
        """Every finding replaced, the flagged ones too: what is saved when nobody reviews it."""
        return self.texts(self.findings)


def draft_lesson(case: Case, lang: Language, aliases: Sequence[str] = ()) -> LessonDraft:
    sources = lesson_texts(case, lang)
    findings = anonymise.find(sources.values(), case_parties(case, aliases), lang)
    return LessonDraft(case.id, case.intake.customer, sources, findings, not case.intake.title)


def lesson_from_case(case: Case, lang: Language, texts: Mapping[str, str]) -> Lesson:
    """The lesson of a case, from its reviewed (anonymised, perhaps edited) texts."""
    return Lesson(
        id=0,
        uuid="",
        case_id=case.id,
        complaint_type=case.classification.complaint_type,
        tags=[label(case.classification.subtype, lang)] if case.classification.subtype else [],
        title=clean_text("title", texts.get("title", ""), multiline=False, limit=200)
        or case.number,
        problem=clean_text("problem", texts.get("problem", ""), limit=20_000),
        root_cause=clean_text("root_cause", texts.get("root_cause", ""), limit=20_000),
        solution=clean_text("solution", texts.get("solution", ""), limit=20_000),
        prevention=clean_text("prevention", texts.get("prevention", ""), limit=20_000),
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
