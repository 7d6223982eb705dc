"""How alike two complaints are, to show the closed cases and lessons that look like the one
being typed ("you have seen this before").

A text becomes a set of features: for Chinese, every two and three characters in a row (words
are not written apart, and the same complaint is told in different words); for English, its
words, lower-cased and with common endings cut, without the little words every sentence has.
Two texts are as alike as the cosine of their feature sets. A precedent must share a few
features and pass a threshold, so that unrelated text shows nothing.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

from desktop.domain.complaint import derive_title

THRESHOLD = 0.2  # below this, two complaints are about different things
MIN_SHARED = 3  # features in common: one shared word or phrase is chance
# a text with fewer features is not yet a complaint: about four Chinese characters, three words
MIN_FEATURES = 5
MIN_WORDS = 3
MAX_TERMS = 40  # index look-ups for one query: enough to find the candidates, and fast

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+")
_ENGLISH_STOP = (
    "a an the and or but if of to in on at by for from with as is are was were be been being "
    "it its this that these those there here we our us you your they their them he she his her "
    "i me my not no so too very can cannot could would will shall should may might must just "
    "all any some do does did done have has had what when why how which who whom than then "
    "also again still about into over after before up down out please"
)
_STOP_WORDS = frozenset(_ENGLISH_STOP.split())
# pairs that every Chinese complaint has, whatever it is about
_CHINESE_STOP = (
    "我们 你们 他们 一个 没有 已经 现在 还是 就是 什么 这个 那个 一下 可以 因为 所以 但是 如果 "
    "的话 时候 不是 这样 怎么 一直 还有 然后 而且 非常 是否 希望 麻烦 请问 您好 你好 谢谢"
)
_STOP_PAIRS = frozenset(_CHINESE_STOP.split())
_ENDINGS = ("ing", "ed", "es", "s", "ly")


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=4096)  # the same closed cases come back after every pause in typing
def fingerprint(text: str) -> frozenset[str]:
    """The features of a text (see the module's docstring)."""
    text = unicodedata.normalize("NFKC", text).lower()
    features: set[str] = set()
    for run in _CJK_RUN.findall(text):
        features.update(run[i : i + 2] for i in range(len(run) - 1))
        features.update(run[i : i + 3] for i in range(len(run) - 2))
        if len(run) == 1:
            features.add(run)
    features -= _STOP_PAIRS
    for word in _WORD.findall(text):
        if len(word) > 1 and word not in _STOP_WORDS:
            features.add("w:" + _stem(word))
    return frozenset(features)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """0 (nothing in common) to 1 (the same features)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def worth_comparing(features: frozenset[str]) -> bool:
    words = sum(1 for feature in features if feature.startswith("w:"))
    return words >= MIN_WORDS or len(features) - words >= MIN_FEATURES


def index_terms(text: str, limit: int = MAX_TERMS) -> list[str]:
    """What to look the text up by in a trigram index: its Chinese three-character runs and its
    English words (stemmed: the index finds them inside longer words), spread over the text."""
    text = unicodedata.normalize("NFKC", text).lower()
    terms: list[str] = []
    for run in _CJK_RUN.findall(text):
        terms.extend(run[i : i + 3] for i in range(len(run) - 2))
    for word in _WORD.findall(text):
        stem = _stem(word)
        if len(stem) >= 3 and word not in _STOP_WORDS and not word.isdigit():
            terms.append(stem)
    unique = list(dict.fromkeys(terms))
    if len(unique) <= limit:
        return unique
    step = len(unique) / limit
    return [unique[int(i * step)] for i in range(limit)]


class PrecedentKind(StrEnum):
    CASE = "case"
    LESSON = "lesson"


@dataclass(frozen=True)
class Candidate:
    """A closed case or a lesson, as found by the index, before it is compared."""

    kind: PrecedentKind
    id: int
    title: str
    text: str  # the complaint (a lesson's problem): what is compared
    root_cause: str
    fix: str  # the short-term fix, else the lasting one (a lesson's solution or prevention)
    reference: str = ""  # the case's number
    when: datetime | None = None  # closed or last changed: the newer first among equals
    case_id: int | None = None  # the case a lesson was made from


@dataclass(frozen=True)
class Precedent:
    candidate: Candidate
    score: float

    @property
    def kind(self) -> PrecedentKind:
        return self.candidate.kind

    @property
    def id(self) -> int:
        return self.candidate.id

    @property
    def title(self) -> str:
        return self.candidate.title or derive_title(self.candidate.text)


def rank(
    text: str,
    candidates: Iterable[Candidate],
    current_case: int | None = None,
    limit: int = 3,
) -> list[Precedent]:
    """The candidates alike enough to `text`, most alike first; never the current case (nor its
    lesson), and one of each story (demo data and copied cases repeat the same complaint)."""
    query = fingerprint(text)
    if not worth_comparing(query):
        return []
    scored = []
    for candidate in candidates:
        if current_case is not None and current_case in (
            candidate.case_id,
            candidate.id if candidate.kind is PrecedentKind.CASE else None,
        ):
            continue
        features = fingerprint(f"{candidate.title}\n{candidate.text}")
        shared = len(query & features)
        score = similarity(query, features)
        if shared >= MIN_SHARED and score >= THRESHOLD:
            scored.append(Precedent(candidate, score))
    scored.sort(key=_order)
    chosen: list[Precedent] = []
    seen: set[tuple[PrecedentKind, str]] = set()
    shown: set[int] = set()  # the cases shown, as themselves or as their lesson
    for precedent in scored:
        candidate = precedent.candidate
        story = (candidate.kind, " ".join(candidate.text.split()))
        case_id = candidate.id if candidate.kind is PrecedentKind.CASE else candidate.case_id
        if story in seen or (case_id is not None and case_id in shown):
            continue
        seen.add(story)
        if case_id is not None:
            shown.add(case_id)
        chosen.append(precedent)
        if len(chosen) == limit:
            break
    return chosen


def _order(precedent: Precedent) -> tuple[float, bool, float]:
    """Most alike first; among equals a case (it holds the whole story), then the newest."""
    candidate = precedent.candidate
    when = -candidate.when.timestamp() if candidate.when else math.inf
    return (-round(precedent.score, 6), candidate.kind is not PrecedentKind.CASE, when)


def fix_of(fixes: Iterable[str], lasting: Iterable[str]) -> str:
    """What fixed a case: its short-term fixes, else its lasting improvements."""
    chosen = [text for text in fixes if text.strip()] or [t for t in lasting if t.strip()]
    chinese = any(_CJK_RUN.search(text) for text in chosen)
    return ("；" if chinese else "; ").join(chosen)
