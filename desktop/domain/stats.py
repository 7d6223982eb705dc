"""The numbers of the Insights view, computed from plain data (no SQL, no Qt)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from desktop.domain.enums import ComplaintType


def complaints_by_type_per_month(
    received: Iterable[tuple[str, ComplaintType | None]],
) -> dict[str, dict[ComplaintType | None, int]]:
    """From (month "2026-11", type) pairs: {"2026-11": {TECHNICAL: 3, None: 1}} in month order;
    None is "not classified"."""
    months: dict[str, Counter] = defaultdict(Counter)
    for month, kind in received:
        months[month][kind] += 1
    return {month: dict(months[month]) for month in sorted(months)}


def share(part: int, whole: int) -> float | None:
    """part / whole as a percentage, or None when there is nothing to count."""
    return None if whole == 0 else 100 * part / whole


def first_responses_within(
    cases: Iterable[tuple[float | None, float]], hours: float = 24
) -> float | None:
    """From (hours until the first response or None, hours since received) per complaint: of
    those answered or past their deadline, the share answered within `hours`."""
    counted = on_time = 0
    for response_hours, age_hours in cases:
        if response_hours is None and age_hours < hours:
            continue  # still within its time: neither kept nor missed yet
        counted += 1
        on_time += response_hours is not None and response_hours <= hours
    return share(on_time, counted)


@dataclass(frozen=True)
class CommitmentCounts:
    kept_on_time: int
    kept_late: int
    missed: int  # past due, not kept (and not cancelled)

    @property
    def due(self) -> int:
        return self.kept_on_time + self.kept_late + self.missed


def kept_on_time(counts: CommitmentCounts) -> float | None:
    return share(counts.kept_on_time, counts.due)


def mean_time_to_close(days_to_close: Iterable[float]) -> timedelta | None:
    spans = [days for days in days_to_close if days >= 0]
    return timedelta(days=sum(spans) / len(spans)) if spans else None


def csat_average(scores: Iterable[int]) -> float | None:
    values = list(scores)
    return sum(values) / len(values) if values else None


def nps(scores: Iterable[int]) -> float | None:
    """Net promoter score: % promoters (9–10) minus % detractors (0–6), −100 to 100."""
    values = list(scores)
    if not values:
        return None
    promoters = sum(score >= 9 for score in values)
    detractors = sum(score <= 6 for score in values)
    return 100 * (promoters - detractors) / len(values)


def repeat_complaints(customers: Iterable[str], top: int = 10) -> list[tuple[str, int]]:
    """Customers who complained more than once, most first (ties by name)."""
    counts = Counter(customer for customer in customers if customer)
    repeated = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(name, count) for name, count in repeated if count > 1][:top]


def weekly_mood(points: Iterable[tuple[datetime, float]], zone: tzinfo) -> list[tuple[str, float]]:
    """Mean distress per ISO week: [("2026-W47", 55.0), ...]."""
    weeks: dict[str, list[float]] = defaultdict(list)
    for moment, value in points:
        year, week, _ = moment.astimezone(zone).isocalendar()
        weeks[f"{year}-W{week:02d}"].append(value)
    return [(week, sum(values) / len(values)) for week, values in sorted(weeks.items())]


def utc_offset_modifier(zone: tzinfo, at: datetime) -> str:
    """An SQLite date modifier ("+480 minutes") that turns UTC text into the zone's local time."""
    offset = at.astimezone(zone).utcoffset() or timedelta()
    return f"{int(offset.total_seconds() // 60):+d} minutes"


@dataclass(frozen=True)
class Insights:
    by_month: dict[str, dict[ComplaintType | None, int]]
    first_response_pct: float | None
    kept_on_time_pct: float | None
    commitments: CommitmentCounts
    mean_close: timedelta | None
    csat: float | None
    nps: float | None
    repeat_customers: list[tuple[str, int]]
    mood: list[tuple[str, float]] | None  # None: the journal is locked or hidden
    cases: int


def axis_ticks(maximum: float, most: int = 5) -> list[int]:
    """Round tick values from 0 covering `maximum`, at most `most` + 1 of them, a step of
    1, 2 or 5 times a power of ten: 26 → [0, 10, 20, 30]."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor * most >= maximum:
                size = step * factor
                count = -(-int(maximum) // size) if maximum > 0 else 1
                return [size * index for index in range(count + 1)]
        step *= 10
