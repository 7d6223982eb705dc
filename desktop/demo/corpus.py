"""The demo's complaint texts: the labelled complaints the type suggestion learns from
(resources/classify/corpus), read the first time demo cases are made, never at start-up.

Each text keeps its labels: its language, the industry of the customer it came from and its
subtype. The neutral texts (no complaint at all) stay out, and so do the shortest ("人呢？？"
is a message, not a complaint to open a case with).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop.domain.enums import Language, Subtype
from desktop.paths import resource

MIN_LENGTH = {Language.ZH: 20, Language.EN: 60}  # characters
_LANGUAGES = {"zh": Language.ZH, "en": Language.EN}


@dataclass(frozen=True)
class Complaint:
    text: str
    industry: str
    subtype: Subtype
    lang: Language


@cache
def complaints() -> dict[tuple[Language, Subtype], tuple[Complaint, ...]]:
    """Every usable text by language and subtype, in the files' order (the same every run)."""
    found: dict[tuple[Language, Subtype], list[Complaint]] = {}
    folder = resource("classify", "corpus")
    for path in sorted(folder.glob("*.jsonl"), key=lambda p: p.name):
        if path.name.startswith("neutral"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            lang = _LANGUAGES.get(row.get("lang", ""))
            text = " ".join(str(row.get("text") or "").split())
            if lang is None or not row.get("subtype") or len(text) < MIN_LENGTH[lang]:
                continue
            subtype = Subtype(row["subtype"])
            found.setdefault((lang, subtype), []).append(
                Complaint(text, str(row.get("industry") or ""), subtype, lang)
            )
    return {key: tuple(texts) for key, texts in found.items()}
