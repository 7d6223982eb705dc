"""Settings and the profile: one JSON value per key."""

from __future__ import annotations

import json
import sqlite3
from typing import Any


class SettingsStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def delete(self, key: str) -> None:
        self.conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def customer_calendar(self, customer: str) -> dict[str, Any] | None:
        """The calendar stored for a customer ('' is the default), or None."""
        row = self.conn.execute(
            "SELECT workdays, day_start, day_end, holidays, time_zone, counting, region, "
            "lunch_start, lunch_end FROM customer_calendars WHERE customer = ?",
            (customer,),
        ).fetchone()
        if row is None:
            return None
        workdays, day_start, day_end, holidays, time_zone, counting, region, lunch, back = row
        return {
            "workdays": [int(day) for day in workdays.split(",") if day],
            "day_start": day_start,
            "day_end": day_end,
            "holidays": json.loads(holidays),
            "time_zone": time_zone,
            "counting": counting,
            "region": region,
            "lunch_start": lunch,
            "lunch_end": back,
        }

    def customers_with_calendars(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT customer FROM customer_calendars WHERE customer != '' ORDER BY customer"
        )
        return [customer for (customer,) in rows]

    def set_customer_calendar(self, customer: str, calendar: dict[str, Any] | None) -> None:
        if calendar is None:
            self.conn.execute("DELETE FROM customer_calendars WHERE customer = ?", (customer,))
            return
        self.conn.execute(
            "INSERT INTO customer_calendars (customer, workdays, day_start, day_end, holidays, "
            "time_zone, counting, region, lunch_start, lunch_end) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer) DO UPDATE SET "
            "workdays = excluded.workdays, day_start = excluded.day_start, "
            "day_end = excluded.day_end, holidays = excluded.holidays, "
            "time_zone = excluded.time_zone, counting = excluded.counting, "
            "region = excluded.region, lunch_start = excluded.lunch_start, "
            "lunch_end = excluded.lunch_end",
            (
                customer,
                ",".join(str(day) for day in calendar["workdays"]),
                calendar["day_start"],
                calendar["day_end"],
                json.dumps(calendar["holidays"]),
                calendar.get("time_zone", ""),
                calendar.get("counting", "working"),
                calendar.get("region", "cn"),
                calendar.get("lunch_start", ""),
                calendar.get("lunch_end", ""),
            ),
        )
