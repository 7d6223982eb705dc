"""The numbers of the Insights view, computed from plain data (no SQL, no Qt)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from desktop.domain.enums import ComplaintType


def share(part: int, whole: int) -> float | None:
    """part / whole as a percentage, or None when there is nothing to count."""
    return None if whole == 0 else 100 * part / whole


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


def weekly_mood(points: Iterable[tuple[datetime, float]], zone: tzinfo) -> list[tuple[str, float]]:
    """Mean distress per ISO week: [("2026-W47", 55.0), ...]."""
    weeks: dict[str, list[float]] = defaultdict(list)
    for moment, value in points:
        year, week, _ = moment.astimezone(zone).isocalendar()
        weeks[f"{year}-W{week:02d}"].append(value)
    return [(week, sum(values) / len(values)) for week, values in sorted(weeks.items())]


def local_months(
    since: datetime, now: datetime, zone: tzinfo
) -> list[tuple[str, datetime, datetime]]:
    """The months from `since` to `now` in the user's time zone: ("2026-11", from, until), the
    first from `since` itself, each until the next month's first moment."""
    months = []
    cursor = since.astimezone(zone)
    while cursor <= now:
        first = cursor.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        if first.month == 12:
            following = first.replace(year=first.year + 1, month=1)
        else:
            following = first.replace(month=first.month + 1)
        months.append((f"{first:%Y-%m}", cursor, following))
        cursor = following
    return months


@dataclass
class MonthFigures:
    """One month's counts, as the store reads them (sums, so months add up to a period)."""

    month: str
    complaints: dict[ComplaintType | None, int] = field(default_factory=dict)
    first_due: int = 0  # first responses answered or past their due time
    first_on_time: int = 0
    kept_on_time: int = 0
    kept_late: int = 0
    missed: int = 0
    csat_sum: int = 0
    csat_count: int = 0
    promoters: int = 0
    detractors: int = 0
    nps_count: int = 0
    checks_recorded: int = 0  # effectiveness checks recorded in the month, held or failed
    checks_held: int = 0

    @property
    def fixes_held_pct(self) -> float | None:
        return share(self.checks_held, self.checks_recorded)

    @property
    def first_response_pct(self) -> float | None:
        return share(self.first_on_time, self.first_due)

    @property
    def is_empty(self) -> bool:
        return not (
            self.complaints
            or self.counts.due
            or self.csat_count
            or self.nps_count
            or self.checks_recorded
        )

    @property
    def counts(self) -> CommitmentCounts:
        return CommitmentCounts(self.kept_on_time, self.kept_late, self.missed)

    @property
    def csat(self) -> float | None:
        return self.csat_sum / self.csat_count if self.csat_count else None

    @property
    def nps(self) -> float | None:
        if not self.nps_count:
            return None
        return 100 * (self.promoters - self.detractors) / self.nps_count


def period_total(months: Iterable[MonthFigures]) -> MonthFigures:
    """The months added up: the period's figures."""
    total = MonthFigures("")
    for month in months:
        for kind, count in month.complaints.items():
            total.complaints[kind] = total.complaints.get(kind, 0) + count
        for name in (
            "first_due",
            "first_on_time",
            "kept_on_time",
            "kept_late",
            "missed",
            "csat_sum",
            "csat_count",
            "promoters",
            "detractors",
            "nps_count",
            "checks_recorded",
            "checks_held",
        ):
            setattr(total, name, getattr(total, name) + getattr(month, name))
    return total


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
    trends: list[MonthFigures] = field(default_factory=list)  # month by month, oldest first
    fixes_held_pct: float | None = None  # effectiveness checks held of those recorded


def insights_of(
    months: dict[str, MonthFigures],
    mean_close_days: float | None,
    repeat_customers: list[tuple[str, int]],
    mood: list[tuple[str, float]] | None,
) -> Insights:
    """The view's figures from the store's months: every total is the sum of its months."""
    total = period_total(months.values())
    return Insights(
        by_month={name: dict(m.complaints) for name, m in months.items() if m.complaints},
        first_response_pct=total.first_response_pct,
        kept_on_time_pct=kept_on_time(total.counts),
        commitments=total.counts,
        mean_close=None if mean_close_days is None else timedelta(days=mean_close_days),
        csat=total.csat,
        nps=total.nps,
        repeat_customers=repeat_customers,
        mood=mood,
        cases=sum(total.complaints.values()),
        trends=list(months.values()),
        fixes_held_pct=total.fixes_held_pct,
    )


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
