"""The private journal: entries with emotions, thought records, blameless self-reviews."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.validation import clean_int, clean_text


class Emotion(StrEnum):
    ANXIOUS = "anxious"
    FRUSTRATED = "frustrated"
    ASHAMED = "ashamed"
    ANGRY = "angry"
    SAD = "sad"
    DISAPPOINTED = "disappointed"
    TIRED = "tired"
    CALM = "calm"
    RELIEVED = "relieved"
    HOPEFUL = "hopeful"
    CONFIDENT = "confident"

    @property
    def is_pleasant(self) -> bool:
        return self in (Emotion.CALM, Emotion.RELIEVED, Emotion.HOPEFUL, Emotion.CONFIDENT)


class Support(StrEnum):
    MENTOR = "mentor"
    SUPERVISOR = "supervisor"
    COLLEAGUE = "colleague"
    FRIEND = "friend"
    FAMILY = "family"


class ThinkingTrap(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    OVERGENERALISING = "overgeneralising"
    MENTAL_FILTER = "mental_filter"
    MIND_READING = "mind_reading"
    FORTUNE_TELLING = "fortune_telling"
    MAGNIFYING = "magnifying"
    DISCOUNTING_POSITIVE = "discounting_positive"
    CATASTROPHISING = "catastrophising"
    EMOTIONAL_REASONING = "emotional_reasoning"
    SHOULD_STATEMENTS = "should_statements"
    LABELLING = "labelling"
    SELF_BLAME = "self_blame"
    BLAMING_OTHERS = "blaming_others"


Feeling = tuple[Emotion, int]  # an emotion and its intensity, 0–100


def clean_feelings(field_name: str, feelings: list[Feeling]) -> list[Feeling]:
    cleaned: dict[Emotion, int] = {}
    for emotion, intensity in feelings:
        if not isinstance(emotion, Emotion):
            raise ValidationError(field_name, "choice")
        cleaned[emotion] = clean_int(field_name, intensity, 0, 100, required=True)
    return list(cleaned.items())


@dataclass
class JournalEntry:
    id: int
    written_at: datetime
    feelings: list[Feeling] = field(default_factory=list)
    body: str = ""
    accept_feeling: str = ""
    talked_to: list[Support] = field(default_factory=list)
    what_helped: str = ""
    reframe: str = ""
    case_id: int | None = None
    uuid: str = ""

    def cleaned(self) -> JournalEntry:
        """A mood and one line is enough; an entry with neither is refused."""
        feelings = clean_feelings("feelings", self.feelings)
        texts = {
            name: clean_text(name, getattr(self, name))
            for name in ("body", "accept_feeling", "what_helped", "reframe")
        }
        if not feelings and not any(texts.values()):
            raise ValidationError("body", "empty_entry")
        return JournalEntry(
            self.id,
            self.written_at,
            feelings,
            talked_to=[Support(s) for s in self.talked_to],
            case_id=self.case_id,
            uuid=self.uuid,
            **texts,
        )

    @property
    def distress(self) -> float | None:
        """Mean intensity of the unpleasant emotions, or None when there were none."""
        values = [i for e, i in self.feelings if not e.is_pleasant]
        return sum(values) / len(values) if values else None

    @property
    def ease(self) -> float | None:
        values = [i for e, i in self.feelings if e.is_pleasant]
        return sum(values) / len(values) if values else None


@dataclass
class ThoughtRecord:
    """The seven columns: situation, thoughts, emotions, traps, evidence for and against, a
    balanced thought, and the emotions re-rated afterwards."""

    id: int
    created_at: datetime
    situation: str = ""
    automatic_thoughts: str = ""
    emotions_before: list[Feeling] = field(default_factory=list)
    thinking_traps: list[ThinkingTrap] = field(default_factory=list)
    evidence_for: str = ""
    evidence_against: str = ""
    balanced_thought: str = ""
    emotions_after: list[Feeling] = field(default_factory=list)
    case_id: int | None = None
    uuid: str = ""

    TEXTS = (
        "situation",
        "automatic_thoughts",
        "evidence_for",
        "evidence_against",
        "balanced_thought",
    )

    def cleaned(self) -> ThoughtRecord:
        texts = {name: clean_text(name, getattr(self, name)) for name in self.TEXTS}
        if not texts["situation"]:
            raise ValidationError("situation", "required")
        return ThoughtRecord(
            self.id,
            self.created_at,
            emotions_before=clean_feelings("emotions_before", self.emotions_before),
            thinking_traps=[ThinkingTrap(t) for t in self.thinking_traps],
            emotions_after=clean_feelings("emotions_after", self.emotions_after),
            case_id=self.case_id,
            uuid=self.uuid,
            **texts,
        )

    def changes(self) -> list[tuple[Emotion, int, int]]:
        """(emotion, before, after) for every emotion rated both times."""
        after = dict(self.emotions_after)
        return [
            (emotion, before, after[emotion])
            for emotion, before in self.emotions_before
            if emotion in after
        ]


@dataclass
class SelfReview:
    """Blameless, for the engineer only: never in any export for the customer or the library."""

    id: int
    case_id: int | None
    created_at: datetime
    went_well: str = ""
    went_wrong: str = ""
    lucky: str = ""
    differently: str = ""

    TEXTS = ("went_well", "went_wrong", "lucky", "differently")

    def cleaned(self) -> SelfReview:
        texts = {name: clean_text(name, getattr(self, name)) for name in self.TEXTS}
        if not any(texts.values()):
            raise ValidationError("went_well", "empty_entry")
        return SelfReview(self.id, self.case_id, self.created_at, **texts)
