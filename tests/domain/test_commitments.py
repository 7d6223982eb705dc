from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.commitments import (
    WorkCalendar,
    add_hours,
    counted_hours,
    ledger,
    next_state,
    stretch_due,
    summarise,
)
from desktop.domain.complaint import Commitment
from desktop.domain.enums import CommitmentKind, CommitmentState

CST = timezone(timedelta(hours=8))
WEEKDAYS = WorkCalendar(tz=CST, holidays=frozenset({date(2026, 10, 1), date(2026, 10, 2)}))


def at(text: str) -> datetime:
    """A local Shanghai time, e.g. at('2026-11-27 17:00') (a Friday)."""
    return datetime.fromisoformat(text).replace(tzinfo=CST)


def test_calendar_hours_are_plain_addition():
    start = at("2026-11-27 17:00")
    assert add_hours(start, 24) == start + timedelta(hours=24)


def test_working_hours_skip_the_night_and_the_weekend():
    # Friday 17:00 + 24 working hours (9:00-18:00): 1 h Friday, 9 Monday, 9 Tuesday, 5 Wednesday
    assert add_hours(at("2026-11-27 17:00"), 24, WEEKDAYS) == at("2026-12-02 14:00")


def test_working_hours_start_counting_at_opening_time():
    assert add_hours(at("2026-11-28 11:00"), 2, WEEKDAYS) == at("2026-11-30 11:00")  # Saturday


def test_a_deadline_can_end_exactly_at_closing_time():
    assert add_hours(at("2026-11-30 09:00"), 9, WEEKDAYS) == at("2026-11-30 18:00")


def test_holidays_do_not_count():
    # Wednesday 30 Sept 17:00 + 2 h: 1 h that day, 1 and 2 Oct are holidays, then Saturday/Sunday
    assert add_hours(at("2026-09-30 17:00"), 2, WEEKDAYS) == at("2026-10-05 10:00")


def test_pauses_do_not_count():
    start = at("2026-11-24 10:00")
    pause = (at("2026-11-24 12:00"), at("2026-11-24 15:00"))
    assert add_hours(start, 24, None, [pause]) == start + timedelta(hours=27)
    assert add_hours(start, 4, WEEKDAYS, [pause]) == at("2026-11-24 17:00")


def test_counted_hours_is_the_inverse_of_add_hours():
    start = at("2026-11-27 17:00")
    assert counted_hours(start, at("2026-12-02 14:00"), WEEKDAYS) == pytest.approx(24)
    assert counted_hours(start, start - timedelta(hours=1)) == 0


def test_a_calendar_needs_a_working_day_and_a_real_day():
    with pytest.raises(ValueError):
        WorkCalendar(tz=CST, workdays=frozenset())
    with pytest.raises(ValueError):
        WorkCalendar(tz=CST, day_start=time(18), day_end=time(9))


moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)
hours = st.floats(min_value=0.25, max_value=200, allow_nan=False)
calendars = st.builds(
    WorkCalendar,
    tz=st.just(CST),
    workdays=st.frozensets(st.integers(0, 6), min_size=1),
    day_start=st.sampled_from([time(8), time(9), time(9, 30)]),
    day_end=st.sampled_from([time(12), time(17, 30), time(18), time(21)]),
    holidays=st.frozensets(
        st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 1, 31)), max_size=30
    ),
)


@settings(max_examples=200, deadline=None)
@given(moments, hours, calendars)
def test_adding_working_hours_lands_inside_working_time(start, amount, calendar):
    due = add_hours(start, amount, calendar)
    assert calendar.is_working_time(due)
    assert counted_hours(start, due, calendar) == pytest.approx(amount, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(moments, hours, hours, st.one_of(st.none(), calendars))
def test_adding_hours_is_monotonic(start, first, second, calendar):
    low, high = sorted((first, second))
    assert add_hours(start, low, calendar) <= add_hours(start, high, calendar)
    assert add_hours(start, low, calendar) >= start


@settings(max_examples=200, deadline=None)
@given(
    moments, hours, st.one_of(st.none(), calendars), moments, st.floats(min_value=0, max_value=100)
)
def test_pausing_never_shortens_a_deadline(start, amount, calendar, pause_start, pause_hours):
    pause = (pause_start, pause_start + timedelta(hours=pause_hours))
    without = add_hours(start, amount, calendar)
    assert add_hours(start, amount, calendar, [pause]) >= without
    commitment = Commitment(1, 1, CommitmentKind.PROMISE, "", without, created_at=start)
    assert stretch_due(commitment, pause, calendar) >= without


def _commitment(due: datetime, kept: datetime | None = None, cancelled: datetime | None = None):
    return Commitment(
        1,
        1,
        CommitmentKind.PROMISE,
        "",
        due,
        kept_at=kept,
        cancelled_at=cancelled,
        created_at=due - timedelta(hours=48),
    )


@pytest.mark.parametrize(
    ("due", "kept", "state", "hours_left"),
    [
        ("2026-11-24 20:00", None, CommitmentState.DUE_TODAY, 10),
        ("2026-11-25 20:00", None, CommitmentState.DUE, 34),
        ("2026-11-24 09:00", None, CommitmentState.OVERDUE, -1),
        ("2026-11-24 09:00", "2026-11-24 08:00", CommitmentState.KEPT_ON_TIME, -1),
        ("2026-11-24 09:00", "2026-11-24 09:30", CommitmentState.KEPT_LATE, -1),
    ],
)
def test_ledger_states(due, kept, state, hours_left):
    now = at("2026-11-24 10:00")
    [entry] = ledger([_commitment(at(due), at(kept) if kept else None)], now, CST)
    assert entry.state is state
    assert entry.hours_left == hours_left


def test_ledger_shows_every_commitment_open_first_and_counts_kept():
    now = at("2026-11-24 10:00")
    entries = ledger(
        [
            _commitment(at("2026-11-20 10:00"), kept=at("2026-11-20 09:00")),
            _commitment(at("2026-11-26 10:00")),
            _commitment(at("2026-11-23 10:00")),
            _commitment(at("2026-11-25 10:00"), cancelled=at("2026-11-24 09:00")),
        ],
        now,
        CST,
    )
    assert [e.state for e in entries] == [
        CommitmentState.OVERDUE,
        CommitmentState.DUE,
        CommitmentState.KEPT_ON_TIME,
        CommitmentState.CANCELLED,
    ]
    summary = summarise(entries)
    assert (summary.overdue, summary.kept_on_time, summary.kept) == (1, 1, 1)


def test_a_paused_case_shows_its_open_commitments_as_paused():
    now = at("2026-11-24 10:00")
    entries = ledger(
        [
            _commitment(at("2026-11-23 10:00")),
            _commitment(at("2026-11-20 10:00"), kept=at("2026-11-20 09:00")),
        ],
        now,
        CST,
        paused=True,
    )
    assert [e.state for e in entries] == [CommitmentState.PAUSED, CommitmentState.KEPT_ON_TIME]
    assert next_state(at("2026-11-23 10:00"), True, now, CST) is CommitmentState.PAUSED
    assert next_state(None, False, now, CST) is None


def test_stretch_moves_a_deadline_by_the_pause():
    commitment = _commitment(at("2026-11-26 10:00"))
    pause = (at("2026-11-24 10:00"), at("2026-11-24 16:00"))
    assert stretch_due(commitment, pause, None) == at("2026-11-26 16:00")
    # a pause after the deadline changes nothing
    late_pause = (at("2026-11-27 10:00"), at("2026-11-27 16:00"))
    assert stretch_due(commitment, late_pause, None) == at("2026-11-26 10:00")


def test_stretch_never_pulls_a_deadline_typed_outside_working_hours_back():
    evening = Commitment(1, 1, CommitmentKind.ACTION, "", at("2026-11-23 20:00"))
    evening.created_at = at("2026-11-23 10:00")
    pause = (at("2026-11-23 19:00"), at("2026-11-23 19:30"))  # no working time in it
    assert stretch_due(evening, pause, WEEKDAYS) == at("2026-11-23 20:00")


SHANGHAI = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("local_due", "expected"),
    [
        (datetime(2026, 11, 26, 0, 30), datetime(2026, 11, 26, 9, 0)),  # after midnight
        (datetime(2026, 11, 26, 22, 15), datetime(2026, 11, 27, 9, 0)),  # late evening
        (datetime(2026, 11, 26, 9, 0), datetime(2026, 11, 26, 9, 0)),  # the day: as it was
        (datetime(2026, 11, 26, 19, 59), datetime(2026, 11, 26, 19, 59)),
    ],
)
def test_a_promise_in_calendar_hours_falls_in_the_day(local_due, expected):
    from desktop.domain.ledger import Terms

    terms = Terms(promise_hours=48, zone=SHANGHAI)
    responded = (local_due - timedelta(hours=48)).replace(tzinfo=SHANGHAI)
    assert terms.promise_due(responded) == expected.replace(tzinfo=SHANGHAI)
    assert Terms(promise_hours=48).promise_due(responded) == local_due.replace(tzinfo=SHANGHAI)


@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)))
def test_daytime_never_moves_a_due_time_earlier_nor_past_the_next_morning(moment):
    from desktop.domain.commitments import in_daytime

    due = moment.replace(tzinfo=UTC)
    moved = in_daytime(due, SHANGHAI)
    assert due <= moved <= due + timedelta(hours=13)
    assert time(9) <= moved.astimezone(SHANGHAI).time() < time(20)
