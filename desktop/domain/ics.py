"""Commitments as an iCalendar file (RFC 5545): one VEVENT each, with an alarm before it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

PRODUCT_ID = "-//Turnaround//Turnaround commitments//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable per commitment, so re-importing updates instead of duplicating
    start: datetime
    summary: str
    description: str = ""
    alarm_before: timedelta = timedelta(hours=2)
    duration: timedelta = timedelta(minutes=30)


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets continue on the next line after a space (UTF-8 safe)."""
    pieces: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current = " " + char
            limit = 75
        else:
            current += char
    pieces.append(current)
    return pieces


def _duration(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    return f"PT{minutes}M"


def calendar_text(events: list[CalendarEvent], now: datetime) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{_utc(now)}",
            f"DTSTART:{_utc(event.start)}",
            f"DURATION:{_duration(event.duration)}",
            f"SUMMARY:{_escape(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{_escape(event.description)}")
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_escape(event.summary)}",
            f"TRIGGER:-{_duration(event.alarm_before)}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    folded = [piece for line in lines for piece in _fold(line)]
    return "\r\n".join(folded) + "\r\n"
