"""Times as mail clients and chat programs write them, read into an aware datetime.

Mail headers carry RFC 2822 dates ("Tue, 24 Nov 2026 10:32:15 +0800"); what a mail client copies
or quotes is written for people ("Tuesday, November 24, 2026 10:32 AM", "2026年11月24日(星期二)
上午10:32"); a chat program often gives the time alone ("10:32", "昨天 10:32"). A time without a
date is the latest such moment not after `now`; a date without a year, the latest such year.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YMD = re.compile(r"(?<!\d)(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})(?!\d)\s*日?")
_MD_ZH = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MD = re.compile(r"(?<![\d:])(\d{1,2})[/\-](\d{1,2})(?![\d/\-])")
_MDY_EN = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?,?(?:\s+(\d{{4}}))?", re.I
)
_DMY_EN = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?(?:\s+(\d{{4}}))?", re.I
)
_TIME = re.compile(
    r"(?P<half>上午|下午|中午|晚上|凌晨|早上|傍晚)?\s*"
    r"(?<!\d)(?P<hour>\d{1,2})\s*[:：]\s*(?P<minute>\d{2})(?:\s*[:：]\s*(?P<second>\d{2}))?"
    r"(?!\d)\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?(?![A-Za-z])"
)
_OFFSET = re.compile(r"^\s*(?:\(?\s*(?:GMT|UTC)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?")
_YESTERDAY = re.compile(r"昨天|yesterday", re.I)
_DAY_BEFORE = re.compile(r"前天")
_RFC_START = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d")
_AFTERNOON = ("下午", "晚上", "傍晚")
_DATE_WORDS = re.compile(
    rf"星期.|周[一二三四五六日天]|[年月日]|上午|下午|中午|晚上|凌晨|早上|傍晚|昨天|今天|前天|"
    rf"\b(?:{_MONTH}|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\bat\b|\b[ap]\.?m\b\.?|\bgmt\b|\butc\b",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(r"[\d\s:/.\-,()（）+]*\d[\d\s:/.\-,()（）+]*")


def parse_when(text: str, now: datetime, zone: tzinfo) -> datetime | None:
    """The moment `text` names, in `zone` (None when it names no time of day)."""
    text = " ".join(text.split())
    if not text:
        return None
    if _RFC_START.match(text):
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                return moment.replace(tzinfo=zone)
            return moment.astimezone(zone)
    clock = _TIME.search(text)
    if clock is None:
        return None
    moment_time = _time_of(clock)
    if moment_time is None:
        return None
    local_now = now.astimezone(zone)
    day, year_given = _date_of(text[: clock.start()] + " " + text[clock.end() :], local_now)
    offset = _OFFSET.match(text[clock.end() :])
    here = _zone_of(offset) if offset else zone
    if day is None:
        moment = datetime.combine(local_now.date(), moment_time, here)
        if moment > now:
            moment -= timedelta(days=1)
        return moment.astimezone(zone)
    moment = datetime.combine(day, moment_time, here)
    if not year_given and moment > now + timedelta(days=1):
        try:
            moment = moment.replace(year=moment.year - 1)
        except ValueError:  # 29 February
            moment = moment.replace(year=moment.year - 1, day=28)
    return moment.astimezone(zone)


def date_line(text: str, now: datetime, zone: tzinfo) -> datetime | None:
    """The moment a line names when the line is nothing but a date and time ("2026-11-23
    17:42", "2026年11月23日(星期一) 下午5:42", "Mon, Nov 23, 2026 at 5:42 PM"); else None."""
    if len(text) > 60 or not _DATE_ONLY.fullmatch(_DATE_WORDS.sub(" ", text)):
        return None
    return parse_when(text, now, zone)


def _time_of(found: re.Match[str]) -> time | None:
    hour, minute = int(found["hour"]), int(found["minute"])
    second = int(found["second"] or 0)
    ampm = (found["ampm"] or "").replace(".", "").replace(" ", "").lower()
    half = found["half"] or ""
    if ampm == "pm" or half in _AFTERNOON or (half == "中午" and hour < 11):
        if hour < 12:
            hour += 12
    elif (ampm == "am" or half in ("凌晨", "上午", "早上")) and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _date_of(text: str, local_now: datetime) -> tuple[date | None, bool]:
    """The calendar day `text` names, and whether it gave the year."""
    if _DAY_BEFORE.search(text):
        return local_now.date() - timedelta(days=2), True
    if _YESTERDAY.search(text):
        return local_now.date() - timedelta(days=1), True
    found = _YMD.search(text)
    if found:
        return _day(int(found[1]), int(found[2]), int(found[3])), True
    english = _MDY_EN.search(text)
    if english:
        year = english[3]
        month = MONTHS[english[1].lower()]
        return _day(int(year or local_now.year), month, int(english[2])), bool(year)
    english = _DMY_EN.search(text)
    if english:
        year = english[3]
        month = MONTHS[english[2].lower()]
        return _day(int(year or local_now.year), month, int(english[1])), bool(year)
    found = _MD_ZH.search(text) or _MD.search(text)
    if found:
        return _day(local_now.year, int(found[1]), int(found[2])), False
    return None, False


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _zone_of(found: re.Match[str]) -> tzinfo:
    minutes = int(found[2]) * 60 + int(found[3] or 0)
    if minutes > 14 * 60:
        return UTC
    sign = -1 if found[1] == "-" else 1
    return timezone(timedelta(minutes=sign * minutes))
