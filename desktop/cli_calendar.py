"""`turnaround calendar`: the working calendar in use (hours, the year's official days off and
make-up working days, which years the official data covers), or when N working hours from a
moment run out (`--from "YYYY-MM-DD HH:MM" --hours N [--customer NAME]`)."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from datetime import datetime

from desktop.domain.catalog import text
from desktop.domain.commitments import WorkCalendar, add_hours
from desktop.domain.enums import Language
from desktop.domain.official_days import DayKind, published_years
from desktop.domain.working_time import WEEKDAYS_EN, WEEKDAYS_ZH, assumed_note


def cmd_calendar(args: argparse.Namespace) -> int:
    from desktop.cli import CommandError, _open_services, language_of, terminal_language

    if (args.start is None) != (args.hours is None):
        raise CommandError(text("cli.calendar_from_hours", terminal_language(args)))
    services = _open_services(args)
    try:
        language = language_of(args, services)
        calendar, counts_working = services.calendars.working_calendar_for(args.customer)
        if args.start is not None:
            return _due(args, calendar, counts_working, language)
        year = args.year or services.clock().astimezone(calendar.tz).year
        print("\n".join(describe(calendar, counts_working, year, language)))
    finally:
        services.close()
    return 0


def _due(
    args: argparse.Namespace, calendar: WorkCalendar, counts_working: bool, language: Language
) -> int:
    from desktop.cli import CommandError

    try:
        start = datetime.strptime(args.start.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=calendar.tz)
    except ValueError:
        raise CommandError(text("cli.calendar_bad_from", language, value=args.start)) from None
    if args.hours < 0:
        raise CommandError(text("cli.calendar_bad_hours", language))
    due = add_hours(start, args.hours, calendar).astimezone(calendar.tz)
    print(f"{due:%Y-%m-%d %H:%M}")
    if calendar.official and calendar.official.is_assumed(due.year):
        print(assumed_note(due.year, language), file=sys.stderr)
    if not counts_working:
        print(text("cli.calendar_counts_calendar", language), file=sys.stderr)
    return 0


def describe(calendar: WorkCalendar, counts_working: bool, year: int, lang: Language) -> list[str]:
    """The calendar in use, as printed by `turnaround calendar`."""
    days = WEEKDAYS_ZH if lang is Language.ZH else WEEKDAYS_EN
    hours = f"{calendar.day_start:%H:%M}–{calendar.day_end:%H:%M}"
    lunch = (
        text(
            "cli.calendar_lunch",
            lang,
            start=f"{calendar.lunch[0]:%H:%M}",
            end=f"{calendar.lunch[1]:%H:%M}",
        )
        if calendar.lunch
        else text("cli.calendar_no_lunch", lang)
    )
    first, last = published_years()
    lines = [
        text("cli.calendar_counting_" + ("working" if counts_working else "calendar"), lang),
        text(
            "cli.calendar_hours",
            lang,
            days="、".join(days[day] for day in sorted(calendar.workdays))
            if lang is Language.ZH
            else ", ".join(days[day] for day in sorted(calendar.workdays)),
            hours=hours,
            lunch=lunch,
        ),
        text("cli.calendar_zone", lang, zone=datetime.now(calendar.tz).strftime("UTC%z")),
        text("cli.calendar_covered", lang, first=first, last=last),
        "",
        text("cli.calendar_year", lang, year=year),
    ]
    official = calendar.official
    if official is not None and official.is_assumed(year):
        lines.append("  " + assumed_note(year, lang))
    for day, note in official.year(year) if official else []:
        kind = "cli.calendar_work" if note.kind is DayKind.WORK else "cli.calendar_off"
        name = note.name_zh if lang is Language.ZH else note.name_en
        shown = _padded(text(kind, lang), 9 if lang is Language.ZH else 19)
        lines.append(f"  {day:%Y-%m-%d} {days[day.weekday()]}  {shown}  {name}")
    own = sorted(day for day in calendar.holidays if day.year == year)
    if own:
        lines.append(text("cli.calendar_own", lang, days=", ".join(f"{d:%Y-%m-%d}" for d in own)))
    return lines


def _padded(words: str, columns: int) -> str:
    """Padded to a width in terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in words)
    return words + " " * max(0, columns - used)
