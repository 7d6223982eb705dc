"""The demo's complaint texts: the labelled complaints the type suggestion learns from
(resources/classify/corpus), read the first time demo cases are made, never at start-up.

Each text keeps its labels: its language, the industry of the customer it came from and its
subtype. The neutral texts (no complaint at all) stay out, and so do the shortest ("人呢？？"
is a message, not a complaint to open a case with).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from desktop.domain.complaint import derive_title
from desktop.domain.enums import Language, Subtype
from desktop.domain.letter_phrases import ISSUE
from desktop.paths import resource

MIN_LENGTH = {Language.ZH: 20, Language.EN: 60}  # characters
# what comes before the complaint itself: （工程例会纪要） 运营副总：, "Dear Sir," "Hi team -"
_LABEL_ZH = re.compile(r"^(?:[（(][^）)]{1,20}[）)]\s*)?(?:[^，。：:！？\s]{1,10}[：:])?")
_LABEL_EN = re.compile(
    r"^(?:[(\[][^)\]]{1,40}[)\]]\s*)?(?:(?:dear|hi|hello)\b[^,.:!-]{0,30}[,.:!-]\s*)?"
    r"(?:[A-Z][\w .'&/-]{0,25}:\s+)?",
    re.IGNORECASE,
)
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


def typed_title(complaint: Complaint) -> str:
    """The title an engineer would type where the one derived from the complaint would not do
    (a label or greeting first, a fragment, no capital); "" where it would."""
    text, zh = complaint.text, complaint.lang is Language.ZH
    derived = derive_title(text)
    rest = _LABEL_ZH.sub("", text) if zh else _LABEL_EN.sub("", text)
    title = derive_title(rest)
    if not zh and title[:1].islower() and not title[1:2].isupper():  # not eSIM
        title = title[0].upper() + title[1:]
    if len(title) < (6 if zh else 12):
        issue = ISSUE[complaint.subtype][0 if zh else 1]
        title = issue if zh else issue[0].upper() + issue[1:]
    return "" if title == derived else title
