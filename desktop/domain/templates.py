"""Templates: the user's edited copy or the shipped one; the investigation checklists."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.domain.enums import ComplaintType, Language
from desktop.paths import resource


def user_or_shipped(folder: Path | None, *parts: str) -> str:
    """A template as the user edited it in their templates folder, else as shipped."""
    if folder is not None and (folder / parts[-1]).exists():
        return (folder / parts[-1]).read_text(encoding="utf-8")
    return resource("templates", *parts).read_text(encoding="utf-8")


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
