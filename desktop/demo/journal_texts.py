"""The shapes of the demo journal's texts (journal_zh.py, journal_en.py hold them)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.journal import Emotion, Support, ThinkingTrap


@dataclass(frozen=True)
class Mood:
    """A journal entry as someone writes it after a moment of a case (or of an ordinary day):
    the feelings the words speak of, each with the range of its intensity."""

    feelings: tuple[tuple[Emotion, int, int], ...]
    hours: tuple[float, float]  # local hours it is written between; 24.5: half past midnight
    body: str  # {customer}: the case's customer
    accept: str = ""
    talked: tuple[Support, ...] = ()
    helped: str = ""
    reframe: str = ""


@dataclass(frozen=True)
class Thought:
    """A thought record's seven columns."""

    situation: str
    thoughts: str
    before: tuple[tuple[Emotion, int], ...]
    traps: tuple[ThinkingTrap, ...]
    evidence_for: str
    evidence_against: str
    balanced: str
    after: tuple[tuple[Emotion, int], ...]


@dataclass(frozen=True)
class Review:
    """A blameless self-review after a case closed."""

    went_well: str
    went_wrong: str
    lucky: str
    differently: str
