"""Working hours on mainland China's official calendar: every 2026 day off and make-up working
day, the issue's deadline, a year without official data, the lunch break, own days off."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.commitments import WorkCalendar, add_hours, counted_hours
from desktop.domain.enums import Language
from desktop.domain.official_days import DayKind, OfficialDays, Region, published_years
from desktop.domain.working_time import assumed_note, working_due_text

BEIJING = timezone(timedelta(hours=8))
OFFICIAL = WorkCalendar(tz=BEIJING, official=OfficialDays())


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# the State Council's notice for 2026 (国办发明电〔2025〕7号), written out here by hand
DAYS_OFF_2026 = [
    *_days(date(2026, 1, 1), date(2026, 1, 3)),
    *_days(date(2026, 2, 15), date(2026, 2, 23)),
    *_days(date(2026, 4, 4), date(2026, 4, 6)),
    *_days(date(2026, 5, 1), date(2026, 5, 5)),
    *_days(date(2026, 6, 19), date(2026, 6, 21)),
    *_days(date(2026, 9, 25), date(2026, 9, 27)),
    *_days(date(2026, 10, 1), date(2026, 10, 7)),
]
MAKE_UP_2026 = [
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
]


@pytest.mark.parametrize("day", DAYS_OFF_2026, ids=str)
def test_every_2026_day_off_is_off(day):
    assert not OFFICIAL.is_working_day(day)
    assert OfficialDays().note(day).kind is DayKind.OFF


@pytest.mark.parametrize("day", MAKE_UP_2026, ids=str)
def test_every_2026_make_up_day_is_worked_though_it_is_a_weekend(day):
    assert day.weekday() >= 5
    assert OFFICIAL.is_working_day(day)
    assert OfficialDays().note(day).kind is DayKind.WORK


def test_the_rest_of_2026_is_an_ordinary_week():
    special = set(DAYS_OFF_2026) | set(MAKE_UP_2026)
    for day in _days(date(2026, 1, 1), date(2026, 12, 31)):
        if day not in special:
            assert OFFICIAL.is_working_day(day) is (day.weekday() < 5), day
    assert {day for day, _note in OfficialDays().year(2026)} == special


def test_24_working_hours_from_the_eve_of_national_day_end_on_the_make_up_saturday():
    start = datetime(2026, 9, 30, 17, 0, tzinfo=BEIJING)
    assert add_hours(start, 24, OFFICIAL) == datetime(2026, 10, 10, 14, 0, tzinfo=BEIJING)
    # without the official days it was Monday 5 October
    plain = WorkCalendar(tz=BEIJING)
    assert add_hours(start, 24, plain) == datetime(2026, 10, 5, 14, 0, tzinfo=BEIJING)


def test_a_lunch_break_does_not_count():
    lunch = WorkCalendar(tz=BEIJING, official=OfficialDays(), lunch=(time(12), time(13)))
    start = datetime(2026, 11, 24, 11, 0, tzinfo=BEIJING)
    assert add_hours(start, 2, lunch) == datetime(2026, 11, 24, 14, 0, tzinfo=BEIJING)
    assert not lunch.is_working_time(datetime(2026, 11, 24, 12, 30, tzinfo=BEIJING))
    with pytest.raises(ValueError):
        WorkCalendar(tz=BEIJING, lunch=(time(8), time(9)))


def test_a_year_without_official_data_estimates_its_holidays_and_never_crashes():
    first, last = published_years()
    assert first <= 2026 <= last
    after = last + 1
    official = OfficialDays()
    assert official.is_assumed(after)
    days = {day: note for day, note in official.year(after)}
    assert date(after, 1, 1) in days and date(after, 10, 1) in days
    if after == 2027:  # Spring Festival moves with the moon: 6 February in 2027
        assert days[date(2027, 2, 6)].kind is DayKind.OFF
        assert "春节" in days[date(2027, 2, 6)].name_zh
        assert not WorkCalendar(tz=BEIJING, official=official).is_working_day(date(2027, 2, 8))
    assert all(not note.official and note.kind is DayKind.OFF for note in days.values())
    calendar = WorkCalendar(tz=BEIJING, official=official)
    start = datetime(after, 9, 30, 17, 0, tzinfo=BEIJING)
    due = add_hours(start, 24, calendar)
    assert due > start
    assert working_due_text(due, 24, calendar, start, Language.ZH).endswith("（节假日为估算）")
    assert assumed_note(after, Language.ZH).startswith(f"{after} 年放假安排尚未公布")
    assert "no official holiday data" in assumed_note(first - 1, Language.EN)


def test_the_official_dates_entered_by_hand_replace_the_assumption():
    after = published_years()[1] + 1
    spring = frozenset(date(after, 2, day) for day in range(5, 12))
    make_up = frozenset({date(after, 2, 20)})
    official = OfficialDays(entered_off=spring, entered_work=make_up)
    assert not official.is_assumed(after)
    calendar = WorkCalendar(tz=BEIJING, official=official)
    assert not any(calendar.is_working_day(day) for day in spring)
    assert calendar.is_working_day(date(after, 2, 20))
    assert calendar.is_working_day(date(after, 10, 1)) is (date(after, 10, 1).weekday() < 5)


def test_no_region_counts_weekends_and_own_days_off_only():
    calendar = WorkCalendar(
        tz=BEIJING,
        official=OfficialDays(Region.NONE),
        holidays=frozenset({date(2026, 11, 25)}),
    )
    assert calendar.is_working_day(date(2026, 10, 1))  # National Day is not a holiday here
    assert not calendar.is_working_day(date(2026, 10, 10))  # nor is its make-up Saturday worked
    assert not calendar.is_working_day(date(2026, 11, 25))
    assert not OfficialDays(Region.NONE).is_assumed(2040)


def test_a_working_deadline_is_told_both_ways():
    now = datetime(2026, 10, 10, 8, 0, tzinfo=BEIJING)
    due = datetime(2026, 10, 10, 10, 0, tzinfo=BEIJING)
    assert working_due_text(due, 2, OFFICIAL, now, Language.ZH) == (
        "还剩 2 个工作小时 · 10月10日（周六，调休上班）10:00"
    )
    assert working_due_text(due, 2, OFFICIAL, now, Language.EN) == (
        "2 working hours left · Sat 10 Oct (make-up working day) 10:00"
    )
    later = datetime(2027, 1, 4, 10, 0, tzinfo=BEIJING)
    assert working_due_text(later, 1, OFFICIAL, now, Language.EN) == (
        "1 working hour left · Mon 4 Jan 2027 10:00 (holidays estimated)"
    )
    assert working_due_text(later, 216, OFFICIAL, now, Language.ZH).startswith(
        "还剩约 24 个工作日 · 2027年1月4日（周一）"
    )


@settings(max_examples=60, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2025, 12, 1), max_value=datetime(2027, 6, 30)),
    hours=st.floats(min_value=0.25, max_value=200),
    lunch=st.booleans(),
)
def test_counted_hours_undo_add_hours_on_the_official_calendar(start, hours, lunch):
    calendar = WorkCalendar(
        tz=BEIJING, official=OfficialDays(), lunch=(time(12), time(13)) if lunch else None
    )
    begin = start.replace(tzinfo=UTC)
    due = add_hours(begin, hours, calendar)
    assert calendar.is_working_time(due)
    assert counted_hours(begin, due, calendar) == pytest.approx(hours, abs=1e-6)
