"""Showing times: stored in UTC, shown in local time, written as each language writes dates."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from desktop.domain.enums import Language

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def local_text(moment: datetime | None, zone: tzinfo) -> str:
    """2026-11-24 17:05 in the given zone; empty for None."""
    if moment is None:
        return ""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_date_text(moment: datetime | None, zone: tzinfo) -> str:
    if moment is None:
        return ""
    return moment.astimezone(zone).strftime("%Y-%m-%d")


def long_date(day: date, lang: Language) -> str:
    """2026年11月24日 / 24 November 2026."""
    if lang is Language.ZH:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def local_day(moment: datetime | None, zone: tzinfo, lang: Language) -> str:
    """2026年11月24日 / 24 Nov 2026, in the given zone; empty for None."""
    if moment is None:
        return ""
    day = moment.astimezone(zone).date()
    if lang is Language.ZH:
        return long_date(day, lang)
    return f"{day.day} {short_month(day.month)} {day.year}"


def short_month(month: int) -> str:
    """Nov, for 11."""
    return _MONTHS[month - 1][:3]


def local_moment(moment: datetime | None, zone: tzinfo, lang: Language) -> str:
    """2026年11月24日 17:05 / 24 Nov 2026, 17:05, in the given zone; empty for None."""
    if moment is None:
        return ""
    clock = moment.astimezone(zone).strftime("%H:%M")
    separator = " " if lang is Language.ZH else ", "
    return f"{local_day(moment, zone, lang)}{separator}{clock}"


def parse_moment(value: str) -> datetime | None:
    """An ISO 8601 date and time with its offset (as events store them), else None."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
