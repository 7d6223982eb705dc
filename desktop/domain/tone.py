"""Tone check for letters to the customer: phrases that undo an apology (blaming, hedging,
defensive, minimising, conditional apologies, cold jargon, passive evasion, over-promising,
lecturing), each located in the text with the reason and a plainer wording; and the two parts an
apology cannot lose (apology_parts.py). It advises; it never blocks.

Every phrase of both languages is looked for whatever the letter's language; `lang` chooses the
language of the reason and the suggestion. All phrases are compiled into one regular expression
shaped like a trie (a literal first character on every branch, so the regex engine skips ahead
in C), and matched in the folded text of tone_text.py: case, width and spacing do not matter.
At each position the longest phrase wins; a hit lying inside an earlier, longer one is dropped,
and so is one overlapping an earlier hit of the same phrase (请贵方自行解决 is one note).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop.domain.apology_parts import GAP_CODES, apology_gaps, gap_message
from desktop.domain.enums import Language
from desktop.domain.tone_kinds import KINDS, PhraseRule, kind_label, reason, suggestion
from desktop.domain.tone_phrases_en import EN_PHRASES
from desktop.domain.tone_phrases_zh import ZH_PHRASES
from desktop.domain.tone_text import fold

__all__ = [
    "GAP_CODES",
    "KINDS",
    "ToneNote",
    "apology_gaps",
    "check",
    "gap_message",
    "kind_label",
    "phrases",
]

_WORD = "a-z0-9\u00c0-\u024f"  # a Latin word character, after folding to lower case
_IS_WORD = re.compile(f"[{_WORD}]")


@dataclass(frozen=True)
class ToneNote:
    phrase: str  # as it appears in the text: text[start:end]
    start: int
    end: int
    kind: str  # a key of KINDS: "blaming", "hedging", …
    reason: str  # in the requested language
    suggestion: str  # in the requested language, with the plainer wording in the letter's own
    rewrite: str  # the plainer wording alone ("" when the phrase is best left out)


def phrases(lang: Language) -> tuple[PhraseRule, ...]:
    """The phrases written in `lang` (every one is looked for in every letter)."""
    return ZH_PHRASES if lang is Language.ZH else EN_PHRASES


def _terminal(key: str, rule: PhraseRule) -> str:
    """What must hold where `key` ends: whole words for Latin text, the rule's exceptions."""
    checks = [f"(?<!{re.escape(fold(before).text + key)})" for before in rule.not_after]
    checks += [f"(?!{re.escape(fold(after).text)})" for after in rule.not_before]
    if _IS_WORD.match(key[-1]):
        checks.append(f"(?![{_WORD}])")
    return "".join(checks)


_END = ""  # the trie key under which a node holds the terminal of a phrase ending there
Trie = dict[str, "Trie | str"]


def _alternatives(node: Trie, depth: int) -> str:
    branches = []
    for char, child in sorted(node.items()):
        if char == _END:
            continue
        assert isinstance(child, dict)
        branch = re.escape(char)
        if depth == 0 and _IS_WORD.match(char):  # a Latin word starts here, not inside one
            branch += f"(?<![{_WORD}]{re.escape(char)})"
        branches.append(branch + _alternatives(child, depth + 1))
    if _END in node:
        terminal = node[_END]
        assert isinstance(terminal, str)
        branches.append(terminal)  # last: a longer phrase is tried first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@cache  # about 60 ms, paid by the first check rather than by every import
def _matcher() -> tuple[re.Pattern[str], dict[str, PhraseRule]]:
    rules: dict[str, PhraseRule] = {}
    trie: Trie = {}
    for rule in (*ZH_PHRASES, *EN_PHRASES):
        for spelling in rule.spellings:
            key = fold(spelling).text.strip()
            if key in rules:
                raise ValueError(f"tone phrase listed twice: {spelling!r}")
            rules[key] = rule
            node = trie
            for char in key:
                child = node.setdefault(char, {})
                assert isinstance(child, dict)
                node = child
            node[_END] = _terminal(key, rule)
    return re.compile(_alternatives(trie, 0)), rules


def check(text: str, lang: Language) -> list[ToneNote]:
    """Every flagged phrase in `text`, in reading order, each occurrence."""
    pattern, rules = _matcher()
    folded = fold(text)
    notes: list[ToneNote] = []
    covered = 0  # end (in the folded text) of the hits kept so far
    last: PhraseRule | None = None
    position = 0
    while match := pattern.search(folded.text, position):
        position = match.start() + 1
        rule = rules[match.group()]
        if match.end() <= covered or (rule is last and match.start() < covered):
            continue  # inside a longer phrase already noted, or the same note again
        covered, last = match.end(), rule
        start, end = folded.span(match.start(), match.end())
        notes.append(
            ToneNote(
                phrase=text[start:end],
                start=start,
                end=end,
                kind=rule.kind,
                reason=reason(rule.kind, lang),
                suggestion=suggestion(rule, lang),
                rewrite=rule.rewrite,
            )
        )
    return notes
