"""Lessons of the case library, and their search (trigram FTS5, like the cases)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from desktop.domain.errors import NotFoundError
from desktop.domain.library import Lesson
from desktop.store.cases import new_uuid
from desktop.store.codec import encode_values, from_row, time_to_text, to_row
from desktop.store.db import inserted_id
from desktop.store.search import like_pattern, terms

_CONTENT = "title || ' ' || tags || ' ' || problem || ' ' || root_cause || ' ' || solution || ' ' "
_CONTENT += "|| prevention"


class LibraryStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _lessons(self, sql: str, params: tuple | list = ()) -> list[Lesson]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [from_row(Lesson, dict(zip(names, row, strict=True))) for row in cursor]

    def add(self, lesson: Lesson, now: datetime) -> int:
        row = to_row(lesson)
        row["uuid"] = lesson.uuid or new_uuid()
        row["created_at"] = row["created_at"] or time_to_text(now)
        row["updated_at"] = row["updated_at"] or time_to_text(now)
        names = ", ".join(row)
        cursor = self.conn.execute(
            f"INSERT INTO library_lessons ({names}) VALUES ({', '.join('?' for _ in row)})",
            tuple(row.values()),
        )
        return inserted_id(cursor)

    def update(self, lesson_id: int, values: dict[str, Any], now: datetime | None) -> None:
        """Change some fields; `now` None keeps updated_at as given in `values` (an import)."""
        row = encode_values(Lesson, values)
        if now is not None:
            row["updated_at"] = time_to_text(now)
        sets = ", ".join(f"{name} = ?" for name in row)
        cursor = self.conn.execute(
            f"UPDATE library_lessons SET {sets} WHERE id = ?", (*row.values(), lesson_id)
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"lesson {lesson_id}")

    def delete(self, lesson_ids: list[int]) -> None:
        marks = ", ".join("?" for _ in lesson_ids)
        self.conn.execute(f"DELETE FROM library_lessons WHERE id IN ({marks})", lesson_ids)

    def get(self, lesson_id: int) -> Lesson:
        found = self._lessons("SELECT * FROM library_lessons WHERE id = ?", (lesson_id,))
        if not found:
            raise NotFoundError(f"lesson {lesson_id}")
        return found[0]

    def for_case(self, case_id: int) -> Lesson | None:
        found = self._lessons("SELECT * FROM library_lessons WHERE case_id = ?", (case_id,))
        return found[0] if found else None

    def by_uuid(self) -> dict[str, Lesson]:
        return {lesson.uuid: lesson for lesson in self.all()}

    def all(self) -> list[Lesson]:
        return self._lessons("SELECT * FROM library_lessons ORDER BY updated_at DESC, id DESC")

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM library_lessons").fetchone()[0])

    def search(self, text: str) -> list[Lesson]:
        """Lessons holding every term, newest first: FTS for three characters or more, LIKE for
        shorter ones (trigram cannot look up two Chinese characters)."""
        clauses, params = [], []
        for term in terms(text):
            if len(term) >= 3:
                clauses.append("id IN (SELECT rowid FROM lesson_fts WHERE lesson_fts MATCH ?)")
                params.append('"' + term.replace('"', '""') + '"')
            else:
                clauses.append(f"({_CONTENT}) LIKE ? ESCAPE '\\'")
                params.append(like_pattern(term))
        where = " AND ".join(clauses) or "1"
        return self._lessons(
            f"SELECT * FROM library_lessons WHERE {where} ORDER BY updated_at DESC, id DESC",
            params,
        )
