"""Working calendars: the default and each customer's, the official days entered by hand, the
calendar a deadline counts on, and a working deadline told in both ways."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, tzinfo
from typing import Any

from desktop.domain.commitments import (
    LedgerEntry,
    WorkCalendar,
    add_hours,
    counted_hours,
    describe_state,
)
from desktop.domain.enums import CommitmentState, Language
from desktop.domain.official_days import OfficialDays, Region
from desktop.domain.working_time import (
    DEFAULT,
    CalendarSetting,
    Counting,
    make_work_calendar,
    working_due_text,
)
from desktop.store.store import Store

ENTERED_KEY = "calendar.official_entered"  # {"off": [iso dates], "work": [iso dates]}
OPEN_AND_RUNNING = (CommitmentState.DUE, CommitmentState.DUE_TODAY)


class CalendarService:
    def __init__(self, store: Store, now: Callable[[], datetime], zone: tzinfo) -> None:
        self.store = store
        self.now = now
        self.zone = zone  # the system's: where a calendar names no zone of its own

    def setting(self, customer: str) -> CalendarSetting | None:
        """What is stored for a customer (DEFAULT: the default), or None."""
        name = customer.strip()
        stored = self.store.settings.customer_calendar(name)
        if stored is None and name:  # typed as an other name: the record's calendar
            found = self.store.customers.find(" ".join(name.split()))
            if found is not None:
                stored = self.store.settings.customer_calendar(self.store.customers.name_of(found))
        return None if stored is None else _setting(stored)

    def default_setting(self) -> CalendarSetting:
        """The default: calendar hours until the user chooses working hours."""
        return self.setting(DEFAULT) or CalendarSetting(counting=Counting.CALENDAR)

    def customers(self) -> list[str]:
        """The customers with a calendar of their own."""
        return self.store.settings.customers_with_calendars()

    def save(self, customer: str, setting: CalendarSetting | None) -> None:
        """Keep a customer's own calendar (None: it follows the default again). The default
        itself is saved under DEFAULT. ValidationError changes nothing."""
        value = None if setting is None else _stored(setting.checked())
        name = " ".join(customer.split())
        with self.store.transaction():
            found = self.store.customers.find(name) if name else None
            if found is not None:  # kept under the record's name, whichever name was typed
                name = self.store.customers.name_of(found)
            self.store.settings.set_customer_calendar(name, value)

    def official(self) -> OfficialDays:
        entered = self.store.settings.get(ENTERED_KEY) or {}
        return OfficialDays(
            Region.CHINA,
            frozenset(date.fromisoformat(day) for day in entered.get("off", [])),
            frozenset(date.fromisoformat(day) for day in entered.get("work", [])),
        )

    def save_official(self, days_off: frozenset[date], working_days: frozenset[date]) -> None:
        """The official dates of a year not yet covered, entered from the State Council's notice."""
        value = {
            "off": sorted(day.isoformat() for day in days_off),
            "work": sorted(day.isoformat() for day in working_days),
        }
        with self.store.transaction():
            self.store.settings.set(ENTERED_KEY, value)

    def calendar_for(self, customer: str) -> WorkCalendar | None:
        """The calendar a customer's deadlines count on; None for calendar hours."""
        default = self.default_setting()
        own = self.setting(customer) if customer.strip() else None
        setting = own or default
        return make_work_calendar(setting, self._zone(setting), self.official(), default.days_off)

    def working_calendar_for(self, customer: str) -> tuple[WorkCalendar, bool]:
        """The customer's working calendar even where its deadlines count calendar hours, and
        whether they count working hours."""
        default = self.default_setting()
        own = self.setting(customer) if customer.strip() else None
        setting = own or default
        working = dataclasses.replace(setting, counting=Counting.WORKING)
        zone = self._zone(setting)
        calendar = make_work_calendar(working, zone, self.official(), default.days_off)
        assert calendar is not None
        return calendar, setting.counting is Counting.WORKING

    def due_in(self, start: datetime, hours: float, customer: str = "") -> datetime:
        return add_hours(start, hours, self.calendar_for(customer))

    def _zone(self, setting: CalendarSetting) -> tzinfo:
        if setting.time_zone:
            from zoneinfo import ZoneInfo  # rarely needed; costs start-up time

            return ZoneInfo(setting.time_zone)
        return self.zone

    def ledger_texts(
        self, customer: str, entries: Iterable[LedgerEntry], zone: tzinfo, lang: Language
    ) -> list[str]:
        """Each entry's state for the ledger: an open deadline of a customer counting working
        hours is told both ways ("2 个工作小时 · 10月10日（周六，调休上班）10:00"), the others as
        "Due in 5 h", "Overdue", "Kept on time"."""
        calendar = self.calendar_for(customer)
        now = self.now()
        texts = []
        for entry in entries:
            if calendar is not None and entry.state in OPEN_AND_RUNNING:
                left = counted_hours(now, entry.due_at, calendar)
                texts.append(working_due_text(entry.due_at, left, calendar, now, lang))
            else:
                state = describe_state(entry.state, entry.hours_left, entry.due_at, zone, lang)
                texts.append(state)
        return texts


def _clock(text: str) -> time | None:
    return time.fromisoformat(text) if text else None


def _setting(stored: dict[str, Any]) -> CalendarSetting:
    lunch_start, lunch_end = _clock(stored["lunch_start"]), _clock(stored["lunch_end"])
    return CalendarSetting(
        counting=Counting(stored["counting"]),
        workdays=frozenset(stored["workdays"]),
        day_start=time.fromisoformat(stored["day_start"]),
        day_end=time.fromisoformat(stored["day_end"]),
        lunch=(lunch_start, lunch_end) if lunch_start and lunch_end else None,
        region=Region(stored["region"]),
        days_off=frozenset(date.fromisoformat(day) for day in stored["holidays"]),
        time_zone=stored["time_zone"],
    )


def _stored(setting: CalendarSetting) -> dict[str, Any]:
    return {
        "counting": setting.counting.value,
        "workdays": sorted(setting.workdays),
        "day_start": setting.day_start.strftime("%H:%M"),
        "day_end": setting.day_end.strftime("%H:%M"),
        "lunch_start": setting.lunch[0].strftime("%H:%M") if setting.lunch else "",
        "lunch_end": setting.lunch[1].strftime("%H:%M") if setting.lunch else "",
        "region": setting.region.value,
        "holidays": sorted(day.isoformat() for day in setting.days_off),
        "time_zone": setting.time_zone,
    }
