"""The mood chart's data: distress and ease per day over a window, and the complaint days."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from desktop.domain.journal import JournalEntry, ThinkingTrap, ThoughtRecord


@dataclass(frozen=True)
class MoodPoint:
    day: date
    distress: float | None  # mean intensity of unpleasant emotions that day, 0–100
    ease: float | None  # mean intensity of pleasant emotions that day


def mood_series(
    entries: list[JournalEntry], today: date, days: int, zone: tzinfo
) -> list[MoodPoint]:
    """One point per day with entries, within the last `days` days (today included)."""
    first = today - timedelta(days=days - 1)
    distress: dict[date, list[float]] = defaultdict(list)
    ease: dict[date, list[float]] = defaultdict(list)
    for entry in entries:
        day = entry.written_at.astimezone(zone).date()
        if not first <= day <= today:
            continue
        if entry.distress is not None:
            distress[day].append(entry.distress)
        if entry.ease is not None:
            ease[day].append(entry.ease)
    return [
        MoodPoint(day, _mean(distress.get(day)), _mean(ease.get(day)))
        for day in sorted(set(distress) | set(ease))
    ]


def complaint_days(received: list[datetime], today: date, days: int, zone: tzinfo) -> list[date]:
    first = today - timedelta(days=days - 1)
    return sorted(
        {
            moment.astimezone(zone).date()
            for moment in received
            if first <= moment.astimezone(zone).date() <= today
        }
    )


def _mean(values: list[float] | None) -> float | None:
    return sum(values) / len(values) if values else None


def trap_counts(
    records: list[ThoughtRecord], now: datetime, windows: tuple[int | None, ...] = (30, 90, None)
) -> list[tuple[ThinkingTrap, list[int]]]:
    """How often each thinking trap came up in thought records, over the last 30 and 90 days
    and all the time (None): the ones that came up, the most frequent first."""
    counts: dict[ThinkingTrap, list[int]] = {}
    for record in records:
        age = now - record.created_at
        for trap in record.thinking_traps:
            row = counts.setdefault(trap, [0] * len(windows))
            for index, days in enumerate(windows):
                if days is None or age <= timedelta(days=days):
                    row[index] += 1
    return sorted(counts.items(), key=lambda item: (-item[1][-1], item[0].value))


def daily_reminder_due(
    now: datetime, at: time, last_entry: datetime | None, reminded_on: date | None
) -> bool:
    """The journal's daily reminder, all in local time: from `at` on, once a day, and only on
    a day with no entry yet."""
    today = now.date()
    if now.time() < at or reminded_on == today:
        return False
    return last_entry is None or last_entry.date() < today
