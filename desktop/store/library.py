"""Lessons of the case library."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktop.domain.library import Lesson
from desktop.store.cases import new_uuid
from desktop.store.codec import from_row, time_to_text, to_row


class LibraryStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, lesson: Lesson, now: datetime) -> int:
        row = to_row(lesson)
        row["uuid"] = lesson.uuid or new_uuid()
        row["created_at"] = row["updated_at"] = time_to_text(now)
        names = ", ".join(row)
        cursor = self.conn.execute(
            f"INSERT INTO library_lessons ({names}) VALUES ({', '.join('?' for _ in row)})",
            tuple(row.values()),
        )
        return int(cursor.lastrowid)

    def for_case(self, case_id: int) -> Lesson | None:
        cursor = self.conn.execute("SELECT * FROM library_lessons WHERE case_id = ?", (case_id,))
        row = cursor.fetchone()
        if row is None:
            return None
        return from_row(Lesson, dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def all(self) -> list[Lesson]:
        cursor = self.conn.execute("SELECT * FROM library_lessons ORDER BY created_at DESC")
        names = [d[0] for d in cursor.description]
        return [from_row(Lesson, dict(zip(names, row, strict=True))) for row in cursor]
