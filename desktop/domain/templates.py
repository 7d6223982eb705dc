"""Text templates with {placeholders}: first-response scripts, checklists; filling them in."""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.domain.enums import ComplaintType, Language
from desktop.paths import resource

_PLACEHOLDER = re.compile(r"{(\w+)}")


@dataclass(frozen=True)
class Filled:
    text: str
    missing: tuple[str, ...]  # placeholders the values could not fill (left as {name})


def placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def fill(template: str, values: dict[str, str]) -> Filled:
    """Fill what can be filled; leave {name} visible where the value is empty or unknown."""
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "")
        if value:
            return value
        if match.group(1) not in missing:
            missing.append(match.group(1))
        return match.group(0)

    return Filled(_PLACEHOLDER.sub(replace, template), tuple(missing))


def first_response_script(
    kind: ComplaintType | None, lang: Language, folder: Path | None = None
) -> str:
    """The shipped (or, with `folder`, the user's edited) script for a type and language."""
    name = f"{(kind or ComplaintType.TECHNICAL).value}.{lang.value}.txt"
    if folder is not None and (folder / name).exists():
        return (folder / name).read_text(encoding="utf-8")
    return resource("templates", "first_response", name).read_text(encoding="utf-8")


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
