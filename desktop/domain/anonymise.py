"""Removing who the customer is from a text before it is shared: names, phones, e-mails."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.enums import Language

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])\+?\d[\d ()\-]{6,}\d(?![\w])")


@dataclass(frozen=True)
class Replacement:
    original: str
    placeholder: str


def placeholders_for(lang: Language) -> dict[str, str]:
    if lang is Language.ZH:
        return {
            "customer": "【客户】",
            "contact": "【联系人】",
            "phone": "【电话】",
            "email": "【邮箱】",
            "person": "【人员】",
        }
    return {
        "customer": "[Customer]",
        "contact": "[Contact]",
        "phone": "[Phone]",
        "email": "[E-mail]",
        "person": "[Person]",
    }


def plan(
    texts: list[str], customers: list[str], contacts: list[str], lang: Language
) -> list[Replacement]:
    """What will be replaced in these texts: shown to the user before anything is saved."""
    words = placeholders_for(lang)
    found: dict[str, str] = {}
    joined = "\n".join(texts)
    for name in sorted({c.strip() for c in customers if c.strip()}, key=len, reverse=True):
        if name in joined:
            found.setdefault(name, words["customer"])
    for name in sorted({c.strip() for c in contacts if c.strip()}, key=len, reverse=True):
        if name in joined:
            found.setdefault(name, words["contact"])
    for match in _EMAIL.finditer(joined):
        found.setdefault(match.group(0), words["email"])
    for match in _PHONE.finditer(joined):
        found.setdefault(match.group(0), words["phone"])
    return [Replacement(original, placeholder) for original, placeholder in found.items()]


def apply(text: str, replacements: list[Replacement]) -> str:
    for replacement in sorted(replacements, key=lambda r: len(r.original), reverse=True):
        text = text.replace(replacement.original, replacement.placeholder)
    return text
