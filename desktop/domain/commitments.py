"""Deadlines and the promise ledger.

A deadline is a budget of hours counted from a start. Hours count on the calendar by default, or
only inside a customer's working hours; while a case waits on the customer (a pause) they do not
count at all: when a pause ends, the open commitments' due times are stretched by it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from desktop.domain.complaint import Commitment
from desktop.domain.enums import CommitmentState, Language
from desktop.domain.official_days import DayKind, OfficialDays

_FAR_FUTURE = datetime(9000, 1, 1, tzinfo=UTC)
_MAX_DAYS = 366 * 20  # a calendar with almost no working days must still end


@dataclass(frozen=True)
class WorkCalendar:
    """A customer's working time: weekdays (0 = Monday), daily hours and an optional lunch
    break, the public days off and make-up working days of a region (`official`), its own days
    off (`holidays`), time zone."""

    tz: tzinfo
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    day_start: time = time(9, 0)
    day_end: time = time(18, 0)
    holidays: frozenset[date] = field(default_factory=frozenset)
    official: OfficialDays | None = None
    lunch: tuple[time, time] | None = None

    def __post_init__(self) -> None:
        if not self.workdays or not self.workdays <= set(range(7)):
            raise ValueError("a working-hours calendar needs at least one weekday")
        if self.day_start >= self.day_end:
            raise ValueError("the working day must start before it ends")
        if self.lunch and not self.day_start < self.lunch[0] < self.lunch[1] < self.day_end:
            raise ValueError("the lunch break must lie inside the working day")

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        note = self.official.note(day) if self.official else None
        if note is not None:
            return note.kind is DayKind.WORK
        return day.weekday() in self.workdays

    def is_working_time(self, moment: datetime) -> bool:
        local = moment.astimezone(self.tz)
        if not self.is_working_day(local.date()):
            return False
        return any(start <= local.time() <= end for start, end in self.spans())

    def spans(self) -> tuple[tuple[time, time], ...]:
        """A working day's hours: one span, or two around the lunch break."""
        if self.lunch is None:
            return ((self.day_start, self.day_end),)
        return ((self.day_start, self.lunch[0]), (self.lunch[1], self.day_end))


Interval = tuple[datetime, datetime]


def _working_intervals(start: datetime, calendar: WorkCalendar | None) -> Iterator[Interval]:
    if calendar is None:
        yield start, _FAR_FUTURE
        return
    local_start = start.astimezone(calendar.tz)
    day = local_start.date()
    for _ in range(_MAX_DAYS):
        if calendar.is_working_day(day):
            for span_start, span_end in calendar.spans():
                opens = datetime.combine(day, span_start, tzinfo=calendar.tz)
                closes = datetime.combine(day, span_end, tzinfo=calendar.tz)
                opens = max(opens, local_start)
                if opens < closes:
                    yield opens.astimezone(UTC), closes.astimezone(UTC)
        day += timedelta(days=1)
    raise ValueError("no working time within twenty years")


def _minus_pauses(interval: Interval, pauses: Sequence[Interval]) -> Iterator[Interval]:
    begin, end = interval
    for pause_start, pause_end in pauses:
        if pause_end <= begin or pause_start >= end:
            continue
        if pause_start > begin:
            yield begin, pause_start
        begin = max(begin, pause_end)
        if begin >= end:
            return
    if begin < end:
        yield begin, end


def _normalise_pauses(pauses: Iterable[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(pauses):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def add_hours(
    start: datetime,
    hours: float,
    calendar: WorkCalendar | None = None,
    pauses: Iterable[Interval] = (),
) -> datetime:
    """The moment when `hours` of counted time have passed since `start`."""
    if hours < 0:
        raise ValueError("hours must not be negative")
    start = start.astimezone(UTC)
    if hours == 0:
        return start
    remaining = timedelta(hours=hours)
    merged = _normalise_pauses(pauses)
    for interval in _working_intervals(start, calendar):
        for begin, end in _minus_pauses(interval, merged):
            if end - begin >= remaining:
                return begin + remaining
            remaining -= end - begin
    raise AssertionError("unreachable: _working_intervals never ends without raising")


def counted_hours(
    start: datetime,
    end: datetime,
    calendar: WorkCalendar | None = None,
    pauses: Iterable[Interval] = (),
) -> float:
    """Counted time between two moments, in hours (0 when end is before start)."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start:
        return 0.0
    total = timedelta()
    merged = _normalise_pauses(pauses)
    for interval in _working_intervals(start, calendar):
        if interval[0] >= end:
            break
        clipped = (interval[0], min(interval[1], end))
        for begin, stop in _minus_pauses(clipped, merged):
            total += stop - begin
    return total.total_seconds() / 3600


def stretch_due(commitment: Commitment, pause: Interval, calendar: WorkCalendar | None) -> datetime:
    """The due time after a pause: the counted time it still had is not used up by the pause."""
    start = commitment.created_at or commitment.due_at
    pause_start, pause_end = pause
    if start >= commitment.due_at or pause_start >= commitment.due_at or pause_end <= start:
        return commitment.due_at
    budget = counted_hours(start, commitment.due_at, calendar)
    # a due time outside working hours (typed by hand) has less budget than its clock time:
    # the pause must not pull it back to the end of the last working hour
    return max(commitment.due_at, add_hours(start, budget, calendar, [pause]))


@dataclass(frozen=True)
class LedgerEntry:
    commitment: Commitment
    due_at: datetime
    state: CommitmentState
    hours_left: int  # whole hours until due, rounded up; negative when overdue

    @property
    def is_open(self) -> bool:
        return self.state.is_open


def commitment_state(
    commitment: Commitment, due_at: datetime, now: datetime, paused: bool, local_tz: tzinfo
) -> CommitmentState:
    if commitment.cancelled_at is not None:
        return CommitmentState.CANCELLED
    if commitment.kept_at is not None:
        on_time = commitment.kept_at <= due_at
        return CommitmentState.KEPT_ON_TIME if on_time else CommitmentState.KEPT_LATE
    if paused:
        return CommitmentState.PAUSED
    if now > due_at:
        return CommitmentState.OVERDUE
    if due_at.astimezone(local_tz).date() == now.astimezone(local_tz).date():
        return CommitmentState.DUE_TODAY
    return CommitmentState.DUE


def ledger(
    commitments: Iterable[Commitment], now: datetime, local_tz: tzinfo, paused: bool = False
) -> list[LedgerEntry]:
    """Every commitment with its state, the open ones first, the most urgent first.

    While a case is paused its open commitments are PAUSED; when the pause ends their due times
    are stretched (stretch_due) and stored, so a stored due time is always the one that counts.
    """
    entries = []
    for commitment in commitments:
        is_open = commitment.kept_at is None and commitment.cancelled_at is None
        state = commitment_state(commitment, commitment.due_at, now, paused and is_open, local_tz)
        hours_left = math.ceil((commitment.due_at - now).total_seconds() / 3600)
        entries.append(LedgerEntry(commitment, commitment.due_at, state, hours_left))
    entries.sort(key=lambda entry: (not entry.is_open, entry.due_at))
    return entries


@dataclass(frozen=True)
class LedgerSummary:
    due_today: int
    overdue: int
    kept_on_time: int
    kept_late: int

    @property
    def kept(self) -> int:
        return self.kept_on_time + self.kept_late


def summarise(entries: Iterable[LedgerEntry]) -> LedgerSummary:
    counts = {state: 0 for state in CommitmentState}
    for entry in entries:
        counts[entry.state] += 1
    return LedgerSummary(
        due_today=counts[CommitmentState.DUE_TODAY],
        overdue=counts[CommitmentState.OVERDUE],
        kept_on_time=counts[CommitmentState.KEPT_ON_TIME],
        kept_late=counts[CommitmentState.KEPT_LATE],
    )


def next_state(
    due_at: datetime | None, paused: bool, now: datetime, local_tz: tzinfo
) -> CommitmentState | None:
    """The state of a case's nearest open commitment (None when it has none)."""
    if due_at is None:
        return None
    if paused:
        return CommitmentState.PAUSED
    if now > due_at:
        return CommitmentState.OVERDUE
    if due_at.astimezone(local_tz).date() == now.astimezone(local_tz).date():
        return CommitmentState.DUE_TODAY
    return CommitmentState.DUE


def hours_until(due_at: datetime, now: datetime) -> int:
    return math.ceil((due_at - now).total_seconds() / 3600)


_RANGE = re.compile(
    r"(\d{4}-\d{1,2}-\d{1,2})\s*(?:至|到|~|～|–|—|\.\.|\s-\s|\sto\s)\s*(\d{4}-\d{1,2}-\d{1,2})"
)
_LONGEST_RANGE = 366


def parse_holidays(text: str) -> frozenset[date]:
    """Dates typed one per line (or separated by commas) as YYYY-MM-DD, or as ranges the way a
    notice writes them (2027-02-06 至 2027-02-12)."""
    from desktop.domain.errors import ValidationError

    def day(token: str) -> date:
        try:
            year, month, number = (int(part) for part in token.strip().split("-"))
            return date(year, month, number)
        except ValueError:
            raise ValidationError("holidays", "holiday_date", value=token.strip()) from None

    days: set[date] = set()

    def expand(match: re.Match[str]) -> str:
        first, last = day(match.group(1)), day(match.group(2))
        if not first <= last <= first + timedelta(days=_LONGEST_RANGE):
            raise ValidationError("holidays", "holiday_date", value=match.group(0))
        days.update(first + timedelta(days=n) for n in range((last - first).days + 1))
        return " "

    rest = _RANGE.sub(expand, text)
    for token in rest.replace(",", "\n").replace("，", "\n").replace("、", "\n").split():
        days.add(day(token))
    return frozenset(days)


def describe_state(
    state: CommitmentState, hours_left: int, due_at: datetime, local_tz: tzinfo, lang: Language
) -> str:
    """ "Due in 5 h", "Due 2026-12-24" (further than two days), "Overdue", "Kept on time"..."""
    from desktop.domain.catalog import label, text

    if state is CommitmentState.DUE and hours_left > 48:
        return text("state.due_on", lang, date=due_at.astimezone(local_tz).strftime("%Y-%m-%d"))
    return label(state, lang, hours=hours_left)


DAY_STARTS, DAY_ENDS = time(9), time(20)  # when a promise in calendar hours may fall due


def in_daytime(moment: datetime, zone: tzinfo) -> datetime:
    """A suggested due time at night (20:00 to 9:00 where the user is) moved to 9:00 the next
    morning: counted in calendar hours, 48 hours after a reply sent at half past midnight would
    otherwise ask for the next report at half past midnight."""
    local = moment.astimezone(zone)
    if DAY_STARTS <= local.time() < DAY_ENDS:
        return moment
    day = local.date() + timedelta(days=0 if local.time() < DAY_STARTS else 1)
    return datetime.combine(day, DAY_STARTS, tzinfo=zone).astimezone(UTC)
