"""The investigation checklists shipped for each complaint type."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop.domain.enums import ComplaintType, Language
from desktop.paths import resource


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    text: str


@cache
def _checklist_source() -> dict[str, list[dict[str, str]]]:
    path = resource("templates", "investigation_checklist.json")
    return json.loads(path.read_text(encoding="utf-8"))


def investigation_checklist(kind: ComplaintType | None, lang: Language) -> list[ChecklistItem]:
    source = _checklist_source()
    items = source["common"] + (source.get(kind.value, []) if kind else [])
    return [ChecklistItem(item["key"], item[lang.value]) for item in items]
