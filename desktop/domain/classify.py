"""Suggesting a complaint's type and subtype from its text, and saying why.

A naive-Bayes model over character n-grams (Chinese) and words (English), trained on the
labelled corpus in resources/classify (`make model`), gives each type a calibrated probability.
The suggestion names the likeliest type and subtype, the phrases of the user's own text that
weighed most, and a second type when the complaint is mixed. Text with nothing in it that speaks
for a type (你好，见附件) gets no suggestion. The user's own corrections are added to the model's
counts (`learned`), so it comes to classify as the user does. The suggestion is advice: the user
decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from desktop.domain.classify_model import LabelledText, TypeModel
from desktop.domain.classify_text import Feature
from desktop.domain.enums import ComplaintType, Subtype
from desktop.paths import resource

__all__ = ["LabelledText", "Suggestion", "suggest"]

NO_COMPLAINT = "none"  # the model's class for text that says nothing about a type
# with no known phrasing (§concept) in it, a text must speak this clearly for one type; chosen by
# cross-validation on the corpus's training split: 2 % of complaints, half the neutral texts
NO_SIGNAL = 0.4
MOST_SURE = 0.99  # a suggestion is never certain
_PHRASES = 4  # at most this many phrases are shown
_CJK_PHRASE = 6  # characters: longer runs of Chinese are not widened further
_CJK = re.compile(r"[\u3400-\u9fff]")
_SPACE = " \t\r\n,.;:!?，。；：！？、\"'“”‘’()（）"


@dataclass(frozen=True)
class Suggestion:
    complaint_type: ComplaintType
    subtype: Subtype | None
    confidence: float  # 0..1, calibrated on the corpus: how often a suggestion this sure is right
    cues: tuple[str, ...]  # the phrases of the text that weighed most, strongest first
    spans: tuple[tuple[int, int], ...] = ()  # where each cue stands in the text
    also: ComplaintType | None = None  # a second type one clause of the text speaks for
    also_confidence: float = 0.0  # how likely that clause, read alone, makes it
    also_cue: str = ""  # the clause
    also_span: tuple[int, int] | None = None  # where it stands in the text

    @property
    def percent(self) -> int:
        return round(self.confidence * 100)


@cache
def shipped_model() -> TypeModel:
    return TypeModel.load(resource("classify", "model.json"))


@lru_cache(maxsize=4)
def _model(learned: tuple[LabelledText, ...]) -> TypeModel:
    base = shipped_model()
    return base.with_examples(learned) if learned else base


def suggest(text: str, learned: Sequence[LabelledText] = ()) -> Suggestion | None:
    """The likeliest type (and subtype) of a complaint, or None when the text says nothing about
    one. `learned`: complaints the user classified differently from the suggestion."""
    if not text.strip():
        return None
    model = _model(tuple(learned))
    every = model.features(text)
    scored = model.types.score(every, model.binary)
    if not scored.found or scored.best == NO_COMPLAINT:
        return None
    kind = ComplaintType(scored.best)
    known_phrasing = any(f.name.startswith("§") for f in scored.found)
    if not known_phrasing and scored.probabilities[kind.value] < NO_SIGNAL:
        return None
    spans = phrases(text, scored.found, scored.weights)
    second = model.second_type(text, every, kind)
    also_span = _trimmed(text, *second[2]) if second else None
    return Suggestion(
        complaint_type=kind,
        subtype=model.subtype_of(every, kind),
        confidence=round(min(MOST_SURE, scored.probabilities[kind.value]), 2),
        cues=tuple(text[start:end] for start, end in spans),
        spans=tuple(spans),
        also=second[0] if second else None,
        also_confidence=round(min(MOST_SURE, second[1]), 2) if second else 0.0,
        also_cue=text[also_span[0] : also_span[1]] if also_span else "",
        also_span=also_span,
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


def phrases(text: str, found: list[Feature], weights: list[float]) -> list[tuple[int, int]]:
    """The stretches of the text that weigh most for the suggestion, strongest first. A known
    way of saying something (没人给个说法, "nobody got back to us") is a phrase by itself; other
    characters get their share of the weight of every feature over them, and the stretches well
    above the rest are phrases too."""
    per_char = [0.0] * len(text)
    whole: list[tuple[float, int, int]] = []
    for feature, weight in zip(found, weights, strict=True):
        weight *= feature.weight
        if weight <= 0:
            continue
        if "§" in feature.name:
            whole.append((weight, feature.start, feature.end))
            continue
        share = weight / (feature.end - feature.start)
        for position in range(feature.start, min(feature.end, len(text))):
            per_char[position] += share
    chosen: list[tuple[float, int, int]] = []
    # a known phrasing first: its bounds are a phrase's, where a run of characters may not be
    for run in sorted(whole, key=lambda run: -run[0]) + sorted(
        _runs(text, per_char), key=lambda run: -run[0]
    ):
        if not any(run[1] < end and run[2] > start for _, start, end in chosen):
            chosen.append(run)
    chosen.sort(key=lambda run: -run[0])
    strongest = chosen[0][0] if chosen else 0.0
    return [(s, e) for weight, s, e in chosen[:_PHRASES] if weight >= strongest * 0.25]


def _runs(text: str, per_char: list[float]) -> list[tuple[float, int, int]]:
    top = max(per_char, default=0.0)
    if top <= 0:
        return []
    floor = top * 0.3
    runs: list[tuple[float, int, int]] = []
    start = None
    for position, value in enumerate([*per_char, 0.0]):
        if value >= floor and start is None:
            start = position
        elif value < floor and start is not None:
            runs.append(_run(text, per_char, start, position))
            start = None
    # two Chinese characters alone (就出, 天都) are seldom a phrase a reader recognises
    return [run for run in runs if run[2] - run[1] >= (3 if _CJK.match(text[run[1]]) else 2)]


def _run(text: str, per_char: list[float], start: int, end: int) -> tuple[float, int, int]:
    """A stretch trimmed of spaces and punctuation, widened to whole English words (go-live,
    didn't) and, in Chinese, to the characters beside it that weigh too (升级以 → 升级以后),
    up to a short phrase."""
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    while start > 0 and _in_word(text, start - 1):
        start -= 1
    while end < len(text) and _in_word(text, end):
        end += 1
    if _CJK.match(text[start]):
        while end - start < _CJK_PHRASE and end < len(text) and _weighs(text, per_char, end):
            end += 1
        while end - start < _CJK_PHRASE and start > 0 and _weighs(text, per_char, start - 1):
            start -= 1
    return sum(per_char[start:end]), start, end


def _in_word(text: str, position: int) -> bool:
    char = text[position]
    if char.isascii() and char.isalnum():
        return True
    joins = char in "-'’" and 0 < position < len(text) - 1
    return joins and text[position - 1].isalnum() and text[position + 1].isalnum()


def _weighs(text: str, per_char: list[float], position: int) -> bool:
    return bool(_CJK.match(text[position])) and per_char[position] > 0
