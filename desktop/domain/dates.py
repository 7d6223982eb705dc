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
