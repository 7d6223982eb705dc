"""Prevention checklists: the shipped templates, the user's own, and copies in use for a case or
a project, ticked off item by item."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.library import Lesson
from desktop.domain.validation import clean_text
from desktop.paths import resource

TEMPLATE = "template"  # the user's own, to copy from
COPY = "copy"  # in use: for a case or a project note, ticked off
BUILTIN = "builtin"  # shipped in resources; not in the database


@dataclass
class ChecklistItem:
    id: int
    checklist_id: int
    text: str
    done: bool = False
    position: int = 0
    lesson_id: int | None = None
    case_id: int | None = None  # the case the lesson came from, kept if the lesson goes


@dataclass
class Checklist:
    id: int
    uuid: str
    name: str
    source: str = TEMPLATE
    case_id: int | None = None
    project_note: str = ""
    created_at: datetime | None = None
    items: list[ChecklistItem] = field(default_factory=list)

    @property
    def is_template(self) -> bool:
        return self.source != COPY

    @property
    def progress(self) -> tuple[int, int]:
        return sum(item.done for item in self.items), len(self.items)


@cache
def _shipped() -> dict[str, dict]:
    return json.loads(resource("templates", "checklists.json").read_text(encoding="utf-8"))


def builtin_templates(lang: Language) -> list[Checklist]:
    """The shipped templates, in the user's language (read-only; copy to use or change)."""
    return [
        Checklist(
            id=0,
            uuid=f"{BUILTIN}:{key}",
            name=template["name"][lang.value],
            source=BUILTIN,
            items=[
                ChecklistItem(0, 0, item[lang.value], position=index)
                for index, item in enumerate(template["items"])
            ],
        )
        for key, template in _shipped().items()
    ]


def clean_name(value: str | None) -> str:
    return clean_text("name", value, required=True, multiline=False, limit=100)


def clean_item_text(value: str | None) -> str:
    return clean_text("text", value, required=True, multiline=False, limit=500)


def clean_target(case_id: int | None, project_note: str | None) -> str:
    """A copy is for a case or for a project (a note naming it); one of them is needed."""
    note = clean_text("project_note", project_note, multiline=False, limit=200)
    if case_id is None and not note:
        raise ValidationError("project_note", "required")
    return note


def item_text_from_lesson(lesson: Lesson) -> str:
    """The first line of the lesson's prevention, or its title when there is none."""
    first = next((line.strip() for line in lesson.prevention.splitlines() if line.strip()), "")
    return (first or lesson.title)[:500]
