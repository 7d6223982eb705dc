"""Which backups to keep: every one of the last days, then fewer and fewer, as Anki thins its
backups, so that a mistake noticed weeks later can still be undone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain.errors import ValidationError


@dataclass(frozen=True)
class RetentionPolicy:
    recent_days: int = 2  # every backup of the last N days
    daily: int = 12  # then one a day for N days
    weekly: int = 10  # then one a week for N weeks
    monthly: int = 9  # then one a month for N months

    LIMITS = {"recent_days": (0, 30), "daily": (0, 365), "weekly": (0, 520), "monthly": (0, 240)}

    def __post_init__(self) -> None:
        for name, (low, high) in self.LIMITS.items():
            value = getattr(self, name)
            if type(value) is not int or not low <= value <= high:
                raise ValidationError(f"backups_{name}", "range", low=low, high=high)


def to_keep(created: Sequence[datetime], now: datetime, policy: RetentionPolicy) -> set[int]:
    """The indexes in `created` of the backups to keep. The newest is always kept.

    From the newest back: every backup of the recent days; then one a day while daily places
    are left, then one a week while weekly places are left, then one a month. A tier begins
    when the one before it is used up, so the kept backups reach as far back as the places
    allow: 2 days, then 12 days, then 10 weeks, then 9 months.
    """
    order = sorted(range(len(created)), key=lambda index: created[index], reverse=True)
    places = [policy.daily, policy.weekly, policy.monthly]
    recent_since = now - timedelta(days=policy.recent_days)
    last: tuple[tuple[int, ...], ...] | None = None  # the day, week and month of the last kept
    keep: set[int] = set()
    for index in order:
        moment = created[index]
        day = moment.date()
        iso = day.isocalendar()
        periods = ((day.toordinal(),), (iso[0], iso[1]), (day.year, day.month))
        kept = last is None or moment >= recent_since
        if not kept and last is not None:
            tier = next((number for number, left in enumerate(places) if left > 0), None)
            if tier is not None and periods[tier] < last[tier]:
                places[tier] -= 1
                kept = True
        if kept:
            keep.add(index)
            last = periods
    return keep
