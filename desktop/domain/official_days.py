"""Mainland China's official days off and make-up working days (调休).

The State Council publishes each year's arrangement around November; the chinesecalendar
package carries every year published so far. A year it does not cover is never a crash: its
statutory holidays are estimated by the holidays package (the lunar ones, 春节 清明 端午 中秋,
from the lunisolar calendar, with the days off they usually bring) and no make-up working days
are assumed; callers say so plainly, and the user may enter the official dates from the notice
(`entered_off`, `entered_work`), which then count for that year instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from typing import NamedTuple


class Region(StrEnum):
    CHINA = "cn"  # mainland China: official days off and make-up working days
    NONE = "none"  # no public holidays: weekends and the days the user enters


class DayKind(StrEnum):
    OFF = "off"  # a day off that would otherwise be a working day, or part of a holiday
    WORK = "work"  # a make-up working day on a weekend (调休上班)


class DayNote(NamedTuple):
    kind: DayKind
    name_zh: str
    name_en: str
    official: bool  # from the published notice (False: assumed, or entered by the user)


@cache
def published_years() -> tuple[int, int]:
    """The first and last year the official data covers."""
    from chinese_calendar import constants

    years = [day.year for day in constants.holidays]
    return min(years), max(years)


@cache
def _published(year: int) -> dict[date, DayNote]:
    from chinese_calendar import constants

    notes: dict[date, DayNote] = {}
    for table, kind in ((constants.holidays, DayKind.OFF), (constants.workdays, DayKind.WORK)):
        for day, english in table.items():
            if day.year == year:
                holiday = constants.Holiday(english)
                notes[day] = DayNote(kind, holiday.chinese, english, True)
    return notes


@cache
def _estimated(year: int) -> dict[date, DayNote]:
    """The statutory days off of a year without official data, as the holidays package
    estimates them."""
    import holidays

    chinese = holidays.country_holidays("CN", years=year, language="zh_CN")
    english = holidays.country_holidays("CN", years=year, language="en_US")
    return {
        day: DayNote(DayKind.OFF, chinese.get(day, name), name, False)
        for day, name in sorted(english.items())
    }


@dataclass(frozen=True)
class OfficialDays:
    """The public days off and make-up working days of a region, by date."""

    region: Region = Region.CHINA
    entered_off: frozenset[date] = field(default_factory=frozenset)
    entered_work: frozenset[date] = field(default_factory=frozenset)

    def is_published(self, year: int) -> bool:
        if self.region is Region.NONE:
            return True  # nothing to publish: no public holidays assumed
        first, last = published_years()
        return first <= year <= last

    def is_assumed(self, year: int) -> bool:
        """True for a year whose official dates are not known: fixed holidays assumed and no
        make-up days, unless the user entered the dates from the notice."""
        if self.is_published(year):
            return False
        return not any(day.year == year for day in self.entered_off | self.entered_work)

    def note(self, day: date) -> DayNote | None:
        if day in self.entered_work:
            return DayNote(DayKind.WORK, "调休上班", "make-up working day", False)
        if day in self.entered_off:
            return DayNote(DayKind.OFF, "放假", "day off", False)
        if self.region is Region.NONE:
            return None
        if self.is_published(day.year):
            return _published(day.year).get(day)
        if not self.is_assumed(day.year):
            return None  # the user entered this year's notice: only those days differ
        return _estimated(day.year).get(day)

    def year(self, year: int) -> list[tuple[date, DayNote]]:
        """Every day of the year that differs from an ordinary week, in order."""
        days = {day for day in self.entered_off | self.entered_work if day.year == year}
        if self.region is Region.CHINA:
            if self.is_published(year):
                days |= set(_published(year))
            elif self.is_assumed(year):
                days |= set(_estimated(year))
        notes = [(day, self.note(day)) for day in sorted(days)]
        return [(day, note) for day, note in notes if note is not None]
