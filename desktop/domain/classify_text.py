"""The features a complaint's text is scored on, each with where it stands in the text.

Chinese is read as character n-grams (1–3) inside each run of Chinese characters, English as
words and word pairs inside each clause. Words after a contrast ("不是……，是……", "not … but")
are told apart from the same words said plainly, so "不是系统的问题" does not count as a technical
complaint. The training script (`make model`) and the app read text through these same
functions, with the options the model was trained with.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.classify_concepts import (
    CONCEPTS,
    FOCUS,
    FOCUS_WEIGHT,
    NOT_CONCEPTS,
    SETTLED,
    SETTLED_WEIGHT,
)

# a CJK character, a Latin word (with its apostrophe), or a clause end
_TOKEN = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:'[a-z]+)?|[。！？!?；;，,\n：:…()（）]"
)
_CLAUSE_END = frozenset("。！？!?；;，,\n：:…()（）")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# what a customer says is *not* the matter; the words after it, up to the clause's end, are
# marked (¬) so that they weigh differently from the same words said plainly
ZH_NOT_THE_MATTER = ("不是", "并非", "倒不是", "不在于", "不怪", "不关")
EN_NEGATIONS = frozenset(
    (
        "not",
        "no",
        "never",
        "without",
        "nothing",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "don't",
        "doesn't",
        "didn't",
        "haven't",
        "hasn't",
        "can't",
        "couldn't",
        "won't",
        "wouldn't",
        "nor",
    )
)
_EN_SUFFIXES = ("ing", "ed", "es", "s")


@dataclass(frozen=True)
class Feature:
    name: str
    start: int  # where it stands in the original text
    end: int
    weight: float = 1.0  # more after a turn (但是, "the problem is"), less where put aside


@dataclass(frozen=True)
class Options:
    """How text is read; saved in the model file, so scoring reads text as training did."""

    negation: bool = True
    stem: bool = True
    zh_max_n: int = 3
    en_bigrams: bool = True
    concepts: bool = True
    focus: bool = True

    def as_dict(self) -> dict[str, object]:
        return {
            "negation": self.negation,
            "stem": self.stem,
            "zh_max_n": self.zh_max_n,
            "en_bigrams": self.en_bigrams,
            "concepts": self.concepts,
            "focus": self.focus,
        }


def normalise(text: str) -> str:
    """Lower case, full-width to half-width, digits as 0: one character for one, so positions
    in the result are positions in the original."""
    out = []
    for char in text:
        folded = unicodedata.normalize("NFKC", char).lower()
        char = folded if len(folded) == 1 else char.lower()
        out.append("0" if char.isdigit() else char)
    return "".join(out)


def _stem(word: str) -> str:
    if len(word) <= 4 or "'" in word:
        return word
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def features(text: str, options: Options = Options()) -> list[Feature]:
    """Every feature of the text, in order, with its span in `text` and its weight."""
    lowered = normalise(text)
    found: list[Feature] = []
    negated_at = [False] * len(lowered)
    negated = False
    previous_word: tuple[str, int] | None = None
    for match in _TOKEN.finditer(lowered):
        token, start = match.group(), match.start()
        if token in _CLAUSE_END:
            negated = False
            previous_word = None
            continue
        if _CJK_RUN.match(token):
            previous_word = None
            negated = _cjk_features(token, start, options, negated, found)
            continue
        word = _stem(token) if options.stem else token
        mark = "¬" if negated else ""
        found.append(Feature(mark + word, start, match.end()))
        if options.en_bigrams and previous_word is not None:
            found.append(Feature(f"{mark}{previous_word[0]} {word}", previous_word[1], match.end()))
        previous_word = (word, start)
        if negated:
            negated_at[start : match.end()] = [True] * (match.end() - start)
        if options.negation and token in EN_NEGATIONS:
            negated = True
        elif token == "but":
            negated = False
    for feature in found:
        if feature.name.startswith("¬"):
            negated_at[feature.start : feature.end] = [True] * (feature.end - feature.start)
    if options.concepts:
        found += _concepts(lowered, negated_at)
    if options.focus:
        weights = position_weights(lowered)
        found = [
            Feature(f.name, f.start, f.end, weights[f.start]) if weights[f.start] != 1 else f
            for f in found
        ]
    return found


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern for many phrases, longest first; an English one only at a word's start."""
    parts = [
        re.escape(p) if _CJK_RUN.match(p) else r"(?<![a-z])" + re.escape(p)
        for p in sorted(set(phrases), key=len, reverse=True)
    ]
    return re.compile("|".join(parts))


_CONCEPT_OF = {phrase: name for name, phrases in CONCEPTS.items() for phrase in phrases}
_CONCEPT_OF |= {phrase: "" for phrase in NOT_CONCEPTS}  # matched, never counted
_CONCEPT_PATTERN = _phrase_pattern(_CONCEPT_OF)
_FOCUS_PATTERN = _phrase_pattern(FOCUS)
_SETTLED_PATTERN = _phrase_pattern(SETTLED)
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_CLAUSE = re.compile(r"[^，,;；：:。！？!?\n]+")


_JOINT = re.compile(r"[，,;；：:。！？!?\n]|\b(?:and|but|while|yet)\b|而且|并且|但是|可是")


def clauses(text: str) -> list[tuple[int, int]]:
    """Where each clause of the text stands: between commas, semicolons and stops, and apart
    from what "and", "but" (而且, 但是) join to it."""
    spans, start = [], 0
    lowered = normalise(text)
    for joint in [*_JOINT.finditer(lowered), None]:
        end = joint.start() if joint else len(lowered)
        if lowered[start:end].strip():
            spans.append((start, end))
        start = joint.end() if joint else end
    return spans


def _concepts(lowered: str, negated_at: list[bool]) -> list[Feature]:
    found = []
    for match in _CONCEPT_PATTERN.finditer(lowered):
        if not _CONCEPT_OF[match.group()]:
            continue
        mark = "¬" if negated_at[match.start()] else ""
        found.append(Feature(f"{mark}§{_CONCEPT_OF[match.group()]}", match.start(), match.end()))
    return found


def position_weights(lowered: str) -> list[float]:
    """How much each position of the text weighs: more from a turn (但是, "the problem is") to
    the end of its sentence, less in a clause that puts something aside (没毛病, "was fine")."""
    weights = [1.0] * len(lowered)
    for clause in _CLAUSE.finditer(lowered):
        if _SETTLED_PATTERN.search(clause.group()):
            weights[clause.start() : clause.end()] = [SETTLED_WEIGHT] * len(clause.group())
    for sentence in _SENTENCE.finditer(lowered):
        turn = _FOCUS_PATTERN.search(sentence.group())
        if turn:
            start = sentence.start() + turn.start()
            weights[start : sentence.end()] = [FOCUS_WEIGHT] * (sentence.end() - start)
    return weights


def _cjk_features(
    run: str, offset: int, options: Options, negated: bool, found: list[Feature]
) -> bool:
    """The n-grams of one run of Chinese characters; returns whether the clause is negated
    after it. A contrast word starts the marking; 是 after it (不是A，是B) ends at the clause."""
    not_from = len(run)
    if options.negation:
        hits = [run.find(word) + len(word) for word in ZH_NOT_THE_MATTER if word in run]
        if hits:
            not_from = min(hits)
    for n in range(1, options.zh_max_n + 1):
        for i in range(len(run) - n + 1):
            gram = run[i : i + n]
            mark = "¬" if negated or i >= not_from else ""
            found.append(Feature(mark + gram, offset + i, offset + i + n))
    return negated or not_from < len(run)


def language_of(text: str) -> str:
    """'zh' when the text is mostly Chinese, else 'en'."""
    cjk = len(_CJK_RUN.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if cjk * 2 >= latin and cjk else "en"


def counted(found: Iterable[Feature], binary: bool) -> dict[str, float]:
    """Each feature's weight in the text: its weights summed, or (binary) its greatest."""
    totals: dict[str, float] = {}
    for feature in found:
        before = totals.get(feature.name, 0.0)
        totals[feature.name] = max(before, feature.weight) if binary else before + feature.weight
    return totals
