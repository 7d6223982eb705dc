"""Deadlines on the working calendar: the default, a customer's own, the official dates entered
by hand, and the ledger's words for a working deadline."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from desktop.domain.enums import CommitmentKind, Language
from desktop.domain.errors import ValidationError
from desktop.domain.official_days import Region
from desktop.domain.working_time import DEFAULT, CalendarSetting, Counting
from tests.conftest import SHANGHAI


def _case(services, customer, received_at):
    case = services.cases.create()
    return services.cases.update_intake(
        case.id,
        customer=customer,
        contact_name="王经理",
        complaint_text="月结报表对不上",
        received_at=received_at,
    )


def _first_due(case):
    [first] = [c for c in case.commitments if c.kind is CommitmentKind.FIRST_RESPONSE]
    return first.due_at.astimezone(SHANGHAI)


def test_by_default_every_hour_counts(services):
    assert services.calendars.calendar_for("华信银行") is None
    received = datetime(2026, 9, 30, 17, 0, tzinfo=SHANGHAI)
    assert _first_due(_case(services, "华信银行", received)) == received + timedelta(hours=24)


def test_the_default_working_calendar_follows_the_official_days(services):
    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    received = datetime(2026, 9, 30, 17, 0, tzinfo=SHANGHAI)
    assert _first_due(_case(services, "华信银行", received)) == datetime(
        2026, 10, 10, 14, 0, tzinfo=SHANGHAI
    )


def test_a_customer_keeps_calendar_hours_when_the_default_counts_working_hours(services):
    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    services.calendars.save("东方制造", CalendarSetting(counting=Counting.CALENDAR))
    received = datetime(2026, 9, 30, 17, 0, tzinfo=SHANGHAI)
    assert _first_due(_case(services, "东方制造", received)) == received + timedelta(hours=24)
    assert services.calendars.customers() == ["东方制造"]
    services.calendars.save("东方制造", None)  # follows the default again
    assert services.calendars.calendar_for("东方制造") is not None


def test_own_days_off_count_for_every_customer_and_a_customers_for_it_alone(services):
    services.calendars.save(
        DEFAULT,
        CalendarSetting(counting=Counting.WORKING, days_off=frozenset({date(2026, 11, 25)})),
    )
    services.calendars.save(
        "华信银行",
        CalendarSetting(
            counting=Counting.WORKING,
            lunch=(time(12), time(13)),
            days_off=frozenset({date(2026, 11, 26)}),
        ),
    )
    bank = services.calendars.calendar_for("华信银行")
    other = services.calendars.calendar_for("东方制造")
    assert not bank.is_working_day(date(2026, 11, 25))
    assert not bank.is_working_day(date(2026, 11, 26))
    assert other.is_working_day(date(2026, 11, 26))
    assert bank.lunch == (time(12), time(13))


def test_a_wrong_setting_is_refused_and_changes_nothing(services):
    with pytest.raises(ValidationError) as raised:
        services.calendars.save(
            "华信银行", CalendarSetting(lunch=(time(8), time(9)), region=Region.NONE)
        )
    assert raised.value.field == "lunch"
    with pytest.raises(ValidationError):
        services.calendars.save("华信银行", CalendarSetting(workdays=frozenset()))
    assert services.calendars.setting("华信银行") is None


def test_the_notices_dates_entered_by_hand_are_kept_and_used(services):
    off = frozenset(date(2027, 2, day) for day in range(5, 12))
    services.calendars.save_official(off, frozenset({date(2027, 2, 20)}))
    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    calendar = services.calendars.calendar_for("")
    assert not calendar.is_working_day(date(2027, 2, 8))
    assert calendar.is_working_day(date(2027, 2, 20))
    assert not calendar.official.is_assumed(2027)


def test_the_ledger_tells_a_working_deadline_both_ways(services, clock):
    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    case = _case(services, "华信银行", clock.now)
    entries = services.cases.ledger(case)
    [text] = services.calendars.ledger_texts("华信银行", entries, SHANGHAI, Language.ZH)
    # received Tuesday 24 November 10:00: 24 working hours run out on Thursday at 16:00
    assert text == "还剩 24 个工作小时 · 11月26日（周四）16:00"
    [english] = services.calendars.ledger_texts("东方制造", entries, SHANGHAI, Language.EN)
    assert english == "24 working hours left · Thu 26 Nov 16:00"
    services.calendars.save("东方制造", CalendarSetting(counting=Counting.CALENDAR))
    [calendar_hours] = services.calendars.ledger_texts("东方制造", entries, SHANGHAI, Language.EN)
    assert "working" not in calendar_hours
