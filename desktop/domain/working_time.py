"""How a customer's deadlines count: the stored choice, the calendar made from it, and a working
deadline told in both ways ("2 个工作小时 · 10月10日（周六，调休上班）10:00").

Every customer counts in calendar hours unless the default (the customer "") or the customer's
own setting says working hours. The default working calendar is Monday–Friday 09:00–18:00 with
mainland China's official days off and make-up working days; the user's own days off (kept on
the default) apply to every working calendar, a customer's own days off to that customer only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from enum import StrEnum

from desktop.domain.commitments import WorkCalendar
from desktop.domain.dates import short_month
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.official_days import DayKind, OfficialDays, Region

DEFAULT = ""  # the customer name under which the default calendar is kept


class Counting(StrEnum):
    CALENDAR = "calendar"  # every hour counts (the product's default)
    WORKING = "working"  # only working hours count


@dataclass(frozen=True)
class CalendarSetting:
    """What the user chose for the default or for one customer."""

    counting: Counting = Counting.WORKING
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    day_start: time = time(9, 0)
    day_end: time = time(18, 0)
    lunch: tuple[time, time] | None = None
    region: Region = Region.CHINA
    days_off: frozenset[date] = field(default_factory=frozenset)
    time_zone: str = ""  # empty: the system's

    def checked(self) -> CalendarSetting:
        """The setting, or ValidationError naming the field that is wrong."""
        if self.counting is Counting.WORKING:
            if not self.workdays:
                raise ValidationError("workdays", "no_workdays")
            if self.day_start >= self.day_end:
                raise ValidationError("day_end", "day_end_before_start")
            if self.lunch and not self.day_start < self.lunch[0] < self.lunch[1] < self.day_end:
                raise ValidationError("lunch", "lunch_outside_day")
        return self


def make_work_calendar(
    setting: CalendarSetting, zone: tzinfo, official: OfficialDays, own_days_off: frozenset[date]
) -> WorkCalendar | None:
    """The calendar deadlines count on, or None for calendar hours."""
    if setting.counting is Counting.CALENDAR:
        return None
    return WorkCalendar(
        tz=zone,
        workdays=setting.workdays,
        day_start=setting.day_start,
        day_end=setting.day_end,
        holidays=setting.days_off | own_days_off,
        official=OfficialDays(setting.region, official.entered_off, official.entered_work),
        lunch=setting.lunch,
    )


WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def day_text(day: date, calendar: WorkCalendar | None, lang: Language, with_year: bool) -> str:
    """10月10日（周六，调休上班） / Sat 10 Oct (make-up working day)."""
    note = calendar.official.note(day) if calendar and calendar.official else None
    if lang is Language.ZH:
        extra = ""
        if note is not None:
            extra = "，调休上班" if note.kind is DayKind.WORK else f"，{note.name_zh}"
        year = f"{day.year}年" if with_year else ""
        return f"{year}{day.month}月{day.day}日（{WEEKDAYS_ZH[day.weekday()]}{extra}）"
    year = f" {day.year}" if with_year else ""
    text = f"{WEEKDAYS_EN[day.weekday()]} {day.day} {short_month(day.month)}{year}"
    if note is not None:
        text += " (make-up working day)" if note.kind is DayKind.WORK else f" ({note.name_en})"
    return text


def working_due_text(
    due_at: datetime,
    hours_left: float,
    calendar: WorkCalendar,
    now: datetime,
    lang: Language,
) -> str:
    """ "还剩 2 个工作小时 · 10月10日（周六，调休上班）10:00": what is left, in working hours
    (in working days when that is more than three of them), and when it runs out; marked when
    that year's holidays are only estimated."""
    local = due_at.astimezone(calendar.tz)
    hours = max(0, round(hours_left))
    day_hours = sum(
        (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds / 3600
        for start, end in calendar.spans()
    )
    days = round(hours_left / day_hours) if day_hours and hours_left > 3 * day_hours else 0
    when = day_text(local.date(), calendar, lang, local.year != now.astimezone(calendar.tz).year)
    if lang is Language.ZH:
        left = f"还剩约 {days} 个工作日" if days else f"还剩 {hours} 个工作小时"
        text = f"{left} · {when}{local:%H:%M}"
    else:
        if days:
            left = f"about {days} working days left"
        else:
            left = f"{hours} working {'hour' if hours == 1 else 'hours'} left"
        text = f"{left} · {when} {local:%H:%M}"
    if calendar.official and calendar.official.is_assumed(local.year):
        text += "（节假日为估算）" if lang is Language.ZH else " (holidays estimated)"
    return text


def assumed_note(year: int, lang: Language) -> str:
    """What a deadline in a year without official data counts on."""
    from desktop.domain.official_days import published_years

    later = year > published_years()[1]
    if lang is Language.ZH:
        why = "放假安排尚未公布" if later else "没有官方放假数据"
        return f"{year} 年{why}，暂按周末和估算的法定节假日计算（无调休）"
    why = "holidays not published yet" if later else "no official holiday data"
    return f"{year}: {why}; weekends and estimated public holidays assumed (no make-up days)"
