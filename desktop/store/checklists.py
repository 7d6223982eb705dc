"""Checklists and their items."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktop.domain.checklists import Checklist, ChecklistItem
from desktop.domain.errors import NotFoundError
from desktop.store.cases import new_uuid
from desktop.store.codec import from_row, time_to_text
from desktop.store.db import inserted_id


class ChecklistStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, checklist: Checklist, now: datetime) -> int:
        cursor = self.conn.execute(
            "INSERT INTO checklists (uuid, name, source, case_id, project_note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                checklist.uuid or new_uuid(),
                checklist.name,
                checklist.source,
                checklist.case_id,
                checklist.project_note,
                time_to_text(now),
            ),
        )
        checklist_id = inserted_id(cursor)
        for position, item in enumerate(checklist.items):
            self.add_item(checklist_id, item.text, position, item.lesson_id, item.case_id)
        return checklist_id

    def add_item(
        self,
        checklist_id: int,
        text: str,
        position: int | None = None,
        lesson_id: int | None = None,
        case_id: int | None = None,
    ) -> int:
        if position is None:
            (position,) = self.conn.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM checklist_items WHERE checklist_id = ?",
                (checklist_id,),
            ).fetchone()
        cursor = self.conn.execute(
            "INSERT INTO checklist_items (checklist_id, position, text, lesson_id, case_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (checklist_id, position, text, lesson_id, case_id),
        )
        return inserted_id(cursor)

    def _items(self, checklist_ids: list[int]) -> dict[int, list[ChecklistItem]]:
        found: dict[int, list[ChecklistItem]] = {i: [] for i in checklist_ids}
        if not checklist_ids:
            return found
        marks = ", ".join("?" for _ in checklist_ids)
        cursor = self.conn.execute(
            "SELECT id, checklist_id, text, done, position, lesson_id, case_id "
            f"FROM checklist_items WHERE checklist_id IN ({marks}) ORDER BY position, id",
            checklist_ids,
        )
        names = [d[0] for d in cursor.description]
        for row in cursor:
            item = from_row(ChecklistItem, dict(zip(names, row, strict=True)))
            found[item.checklist_id].append(item)
        return found

    def _lists(self, where: str, params: tuple) -> list[Checklist]:
        cursor = self.conn.execute(
            "SELECT id, uuid, name, source, case_id, project_note, created_at FROM checklists "
            f"{where} ORDER BY source = 'copy', name, id",
            params,
        )
        names = [d[0] for d in cursor.description]
        lists = [from_row(Checklist, dict(zip(names, row, strict=True))) for row in cursor]
        items = self._items([c.id for c in lists])
        for checklist in lists:
            checklist.items = items[checklist.id]
        return lists

    def all(self, case_id: int | None = None) -> list[Checklist]:
        """Every checklist (or those copied into one case), templates first, then by name."""
        if case_id is None:
            return self._lists("", ())
        return self._lists("WHERE case_id = ?", (case_id,))

    def get(self, checklist_id: int) -> Checklist:
        found = self._lists("WHERE id = ?", (checklist_id,))
        if not found:
            raise NotFoundError(f"checklist {checklist_id}")
        return found[0]

    def rename(self, checklist_id: int, name: str) -> None:
        self.conn.execute("UPDATE checklists SET name = ? WHERE id = ?", (name, checklist_id))

    def delete(self, checklist_id: int) -> None:
        self.conn.execute("DELETE FROM checklists WHERE id = ?", (checklist_id,))

    def set_done(self, item_id: int, done: bool) -> None:
        self.conn.execute("UPDATE checklist_items SET done = ? WHERE id = ?", (int(done), item_id))

    def set_text(self, item_id: int, text: str) -> None:
        self.conn.execute("UPDATE checklist_items SET text = ? WHERE id = ?", (text, item_id))

    def delete_item(self, item_id: int) -> None:
        self.conn.execute("DELETE FROM checklist_items WHERE id = ?", (item_id,))
