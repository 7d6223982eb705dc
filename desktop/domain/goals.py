"""Small goals: a target count per period, check-ins, and a habit strength that forgives.

The habit strength follows Loop Habit Tracker: an exponentially weighted score of the periods,
each counting as met (1), partly met (the share done) or missed (0). One missed week lowers it
but does not wipe it out; a period marked "skipped, no guilt" leaves it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from desktop.domain.errors import ValidationError
from desktop.domain.validation import clean_int, clean_text

HALF_LIFE_PERIODS = 4  # after four missed periods, half the strength is left


@dataclass
class CheckIn:
    id: int
    at: datetime
    note: str = ""


@dataclass
class Goal:
    id: int
    title: str
    target_count: int = 1
    period_days: int = 7
    starts_on: date = field(default_factory=date.today)
    case_id: int | None = None
    action_id: int | None = None
    archived: bool = False
    uuid: str = ""
    checkins: list[CheckIn] = field(default_factory=list)
    skipped: set[date] = field(default_factory=set)  # the first day of each skipped period

    def cleaned(self) -> Goal:
        title = clean_text("title", self.title, required=True, multiline=False, limit=200)
        target = clean_int("target_count", self.target_count, 1, 100, required=True)
        days = clean_int("period_days", self.period_days, 1, 365, required=True)
        return Goal(
            self.id,
            title,
            target,
            days,
            self.starts_on,
            self.case_id,
            self.action_id,
            self.archived,
            self.uuid,
        )

    def period_start(self, day: date) -> date:
        """The first day of the period that `day` falls in."""
        offset = (day - self.starts_on).days
        return self.starts_on + timedelta(days=(offset // self.period_days) * self.period_days)

    def count_in(self, period: date, zone: tzinfo) -> int:
        end = period + timedelta(days=self.period_days)
        return sum(period <= c.at.astimezone(zone).date() < end for c in self.checkins)

    def progress(self, today: date, zone: tzinfo) -> tuple[int, int]:
        """(check-ins so far, target) in the current period."""
        return self.count_in(self.period_start(today), zone), self.target_count

    def strength(self, today: date, zone: tzinfo) -> float:
        """0–1: the habit strength up to and including the current period. A skipped period
        never lowers it, but what was done in it still counts."""
        multiplier = 0.5 ** (1 / HALF_LIFE_PERIODS)
        score = 0.0
        period = self.starts_on
        current = self.period_start(today)
        while period <= current:
            done = min(1.0, self.count_in(period, zone) / self.target_count)
            after = score * multiplier + (1 - multiplier) * done
            only_helps = period in self.skipped or period == current  # never hurts
            score = max(score, after) if only_helps else after
            period += timedelta(days=self.period_days)
        return score


def recent_record(goal: Goal, today: date, zone: tzinfo, periods: int = 8) -> tuple[int, int]:
    """(periods the goal was met, periods counted) among the last `periods` finished ones,
    skipped periods left out: what the habit strength stands on, in words a person reads."""
    current = goal.period_start(today)
    met = counted = 0
    period = current - timedelta(days=goal.period_days)
    while period >= goal.starts_on and counted < periods:
        done = goal.count_in(period, zone) >= goal.target_count
        if period not in goal.skipped or done:  # a skipped period met still counts
            counted += 1
            met += done
        period -= timedelta(days=goal.period_days)
    return met, counted


def check_in_note(note: str) -> str:
    return clean_text("note", note, multiline=True, limit=2000)


def validate_skip(goal: Goal, period: date) -> date:
    if period < goal.starts_on:
        raise ValidationError("period", "range", low=goal.starts_on.isoformat(), high="…")
    return goal.period_start(period)


# suggestions to start from (title, target, period days)
TEMPLATES = {
    "zh_CN": [
        ("本周完成一次高质量回访", 1, 7),
        ("在团队会议上分享一个案例", 1, 7),
        ("每天写一句心情日志", 5, 7),
        ("每周主动向客户通报一次进展", 1, 7),
        ("本周读一篇客户服务相关的文章", 1, 7),
    ],
    "en": [
        ("Complete one high-quality follow-up visit this week", 1, 7),
        ("Share one case at the team meeting", 1, 7),
        ("Write one line in the journal on five days", 5, 7),
        ("Send every customer a progress update before they ask", 1, 7),
        ("Read one article on customer service this week", 1, 7),
    ],
}
