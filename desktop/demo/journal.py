"""The demo user's private side, in their own language: journal entries around the moments of
their recent cases (the complaint, the answer, the cause found, the fix, the visit, a fix that
did not hold) and on ordinary days, thought records, blameless self-reviews and small goals.

Every entry is written at an hour that suits what it says (after work, at lunch, now and then
after midnight), in the user's time zone; what it feels agrees with what it says.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from importlib import import_module
from types import ModuleType

from desktop.demo.journal_texts import Mood
from desktop.domain.complaint import Case
from desktop.domain.enums import ActionHorizon, EventKind, Language, Severity
from desktop.domain.goals import Goal
from desktop.domain.journal import JournalEntry, SelfReview, ThoughtRecord

JOURNAL_DAYS = 90
MOST_CASES = 8  # the cases the journal speaks of: the user remembers the hard ones
ORDINARY_DAYS = 0.35  # of the other days, how many have an entry


@dataclass(frozen=True)
class CaseMoment:
    """What the journal knows of one of the user's recent cases."""

    case_id: int | None
    customer: str
    lang: Language  # the customer's
    severity: Severity | None
    received: datetime
    responded: datetime | None = None
    found: datetime | None = None
    fixed: datetime | None = None
    visited: datetime | None = None
    closed: datetime | None = None
    failed: datetime | None = None

    @classmethod
    def of(cls, case: Case, lang: Language, case_id: int | None = None) -> CaseMoment:
        def first(kind: EventKind) -> datetime | None:
            return next((e.at for e in case.timeline if e.kind is kind), None)

        fix = next((a for a in case.actions if a.horizon is ActionHorizon.SHORT_TERM), None)
        assert case.intake.received_at is not None
        return cls(
            case_id,
            case.intake.customer,
            lang,
            case.intake.severity,
            case.intake.received_at,
            case.first_response.responded_at,
            first(EventKind.ACTION_ADDED),
            fix.done_at if fix else None,
            case.follow_up.done_at,
            case.closed_at,
            first(EventKind.CHECK_FAILED),
        )

    @property
    def hard(self) -> bool:
        return self.severity in (Severity.HIGH, Severity.CRITICAL)


def texts(lang: Language) -> ModuleType:
    return import_module(f"desktop.demo.journal_{'zh' if lang is Language.ZH else 'en'}")


def _own_first(moments: Iterable[CaseMoment], lang: Language) -> list[CaseMoment]:
    """The cases of customers who speak the user's language, unless there are too few."""
    moments = list(moments)
    own = [m for m in moments if m.lang is lang]
    return own if len(own) >= 3 else moments


def remembered(
    moments: Iterable[CaseMoment], now: datetime, lang: Language = Language.ZH
) -> list[CaseMoment]:
    """The hard cases of the journal's weeks, a few days apart, the latest last."""
    since = now - timedelta(days=JOURNAL_DAYS)
    chosen: list[CaseMoment] = []
    for moment in sorted(
        (m for m in _own_first(moments, lang) if m.hard and m.received >= since),
        key=lambda m: m.received,
        reverse=True,
    ):
        if all(abs(moment.received - c.received) > timedelta(days=5) for c in chosen):
            chosen.append(moment)
        if len(chosen) == MOST_CASES:
            break
    return sorted(chosen, key=lambda m: m.received)


def _local(day: date, hour: float, zone: tzinfo) -> datetime:
    return (datetime.combine(day, time(0), zone) + timedelta(hours=hour)).astimezone(UTC)


def journal_entries(
    seed: int,
    now: datetime,
    lang: Language = Language.ZH,
    zone: tzinfo = UTC,
    moments: Iterable[CaseMoment] = (),
) -> Iterator[JournalEntry]:
    """About one entry every other day over the last 90 days, oldest first."""
    rng = random.Random(seed)
    moods = texts(lang).MOODS
    planned: dict[date, list[tuple[str, CaseMoment | None, datetime | None]]] = {}
    for case in remembered(moments, now, lang):
        for kind, at, chance in (
            ("new", case.received, 1.0),
            ("night", case.received, 0.25 if case.severity is Severity.CRITICAL else 0.05),
            ("answered", case.responded, 0.6),
            ("found", case.found, 0.5),
            ("fixed", case.fixed, 0.7),
            ("visited", case.visited, 0.7),
            ("setback", case.failed, 1.0),
        ):
            if at is None or rng.random() >= chance:
                continue
            that_day = planned.setdefault(at.astimezone(zone).date(), [])
            if kind == "night":  # after midnight, in the hours past the day's 24
                that_day.append((kind, case, None))
            elif not any(k != "night" for k, _, _ in that_day):
                that_day.append((kind, case, at))
    today = now.astimezone(zone).date()
    for back in range(JOURNAL_DAYS, -1, -1):
        day = today - timedelta(days=back)
        entries = planned.get(day) or [("ordinary", None, None)]
        if entries[0][0] == "ordinary" and rng.random() >= ORDINARY_DAYS:
            continue
        for kind, moment, after in sorted(entries, key=lambda entry: entry[0] == "night"):
            mood: Mood = rng.choice(moods[kind])
            start, end = mood.hours
            if after is not None:  # not before what it speaks of
                start = max(start, _hours_into(after, day, zone) + 0.5)
            written = _local(day, rng.uniform(start, max(start, end)), zone)
            if written > now:
                continue
            customer = moment.customer if moment else ""
            yield JournalEntry(
                0,
                written,
                [(emotion, rng.randint(low, high)) for emotion, low, high in mood.feelings],
                body=mood.body.format(customer=customer),
                accept_feeling=mood.accept,
                talked_to=list(mood.talked),
                what_helped=mood.helped,
                reframe=mood.reframe,
                case_id=moment.case_id if moment else None,
            )


def _hours_into(moment: datetime, day: date, zone: tzinfo) -> float:
    local = moment.astimezone(zone)
    return (local.date() - day).days * 24 + local.hour + local.minute / 60


def thought_records(
    now: datetime, lang: Language, zone: tzinfo, moments: Iterable[CaseMoment]
) -> list[ThoughtRecord]:
    """A thought record on the hardest evenings: a complaint, the eve of a visit, a setback."""
    recent = remembered(moments, now, lang)
    thoughts = texts(lang).THOUGHTS
    used: set[int | None] = set()

    def pick(candidates: list[CaseMoment]) -> CaseMoment | None:
        """One not spoken of yet: each record is about a case of its own."""
        found = next((m for m in candidates if m.case_id not in used), None)
        if found is not None:
            used.add(found.case_id)
        return found

    plans = [
        (thoughts[2], pick([m for m in reversed(recent) if m.failed]), "failed", 0),
        (thoughts[1], pick([m for m in recent if m.visited]), "visited", -1),
        (thoughts[0], pick(recent[::-1]), "received", 0),
        (thoughts[3], pick(recent), "received", 1),
    ]
    records = []
    for thought, moment, field, days in plans:
        at = getattr(moment, field) if moment else None
        if moment is None or at is None:
            continue
        written = _local(at.astimezone(zone).date() + timedelta(days=days), 21.5, zone)
        if written > now:
            continue
        records.append(
            ThoughtRecord(
                0,
                written,
                thought.situation.format(customer=moment.customer),
                thought.thoughts,
                list(thought.before),
                list(thought.traps),
                thought.evidence_for,
                thought.evidence_against,
                thought.balanced,
                list(thought.after),
                case_id=moment.case_id,
            )
        )
    return records


def self_reviews(
    now: datetime, lang: Language, zone: tzinfo, moments: Iterable[CaseMoment]
) -> list[SelfReview]:
    """A blameless review the day after each of the last few hard cases closed."""
    since = now - timedelta(days=JOURNAL_DAYS)
    closed = sorted(
        (m for m in _own_first(moments, lang) if m.hard and m.closed and m.closed >= since),
        key=lambda m: m.closed or now,
    )
    reviews = []
    for review, moment in zip(texts(lang).REVIEWS, reversed(closed), strict=False):
        assert moment.closed is not None
        day = moment.closed.astimezone(zone).date() + timedelta(days=1)
        written = _local(day, 17.25, zone)
        if written <= now:
            reviews.append(
                SelfReview(
                    0,
                    moment.case_id,
                    written,
                    review.went_well,
                    review.went_wrong,
                    review.lucky,
                    review.differently,
                )
            )
    return reviews


@dataclass(frozen=True)
class GoalPlan:
    goal: Goal
    checkins: list[tuple[datetime, str]]
    skipped: list[date]  # the first day of each period marked "skipped, no guilt"


# per goal: check-ins per week (one week missed, one skipped), their weekdays and hours
WEEKS = {
    "visit": ((1, 1, 0, 1, 1, 1, 1, 1, 1), (1, 2, 3), (14, 17)),
    "share": ((1, 0, 1, 0, 1, 1, 0, 1, 0), (0,), (10, 11.5)),
    "journal": ((3, 5, 5, 2, 4, 5, 5, 3, 2), (0, 1, 2, 3, 4, 5, 6), (21, 23)),
    "exercise": ((3, 2, 3, 0, 3, 3, 1, 3, 2), (0, 2, 5), (19, 21)),
}
SKIPPED_WEEK = {"exercise": 3}


def demo_goals(
    now: datetime,
    lang: Language = Language.ZH,
    zone: tzinfo = UTC,
    linked: CaseMoment | None = None,
) -> list[GoalPlan]:
    """Four weekly goals with eight weeks of check-ins, and one for a case still open."""
    rng = random.Random(f"goals-{lang.value}")
    data = texts(lang)
    today = now.astimezone(zone).date()
    start = today - timedelta(weeks=8, days=today.weekday())
    plans = []
    for title, target, key in data.GOALS:
        counts, weekdays, (early, late) = WEEKS[key]
        checkins = []
        for week, count in enumerate(counts):
            for weekday in sorted(rng.sample(weekdays, min(count, len(weekdays)))):
                day = start + timedelta(weeks=week, days=weekday)
                at = _local(day, rng.uniform(early, late), zone)
                if at <= now:
                    checkins.append((at, rng.choice(data.GOAL_NOTES[key])))
        skipped = [start + timedelta(weeks=SKIPPED_WEEK[key])] if key in SKIPPED_WEEK else []
        plans.append(GoalPlan(Goal(0, title, target, 7, start), checkins, skipped))
    if linked is not None:
        title = data.LINKED_GOAL.format(customer=linked.customer)
        begun = linked.received.astimezone(zone).date()
        plans.append(GoalPlan(Goal(0, title, 1, 30, begun, case_id=linked.case_id), [], []))
    return plans
