"""The Trash's rows: one per item deleted, with what it takes to put it back (see
domain/trash.py for what is kept and for how long, store/dependent_rows.py for the copy)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from datetime import datetime

from desktop.domain.errors import NotFoundError
from desktop.domain.trash import TrashItem, TrashKind
from desktop.store.codec import required_time, text_to_time, time_to_text
from desktop.store.db import inserted_id

_COLUMNS = "id, kind, label, item_at, deleted_at, batch"


def _item(row: tuple) -> TrashItem:
    trash_id, kind, label, item_at, deleted_at, batch = row
    return TrashItem(
        trash_id, TrashKind(kind), label, text_to_time(item_at), required_time(deleted_at), batch
    )


def _kinds_clause(kinds: Collection[TrashKind] | None) -> tuple[str, list[str]]:
    if kinds is None:
        return "1", []
    return f"kind IN ({', '.join('?' for _ in kinds) or 'NULL'})", [kind.value for kind in kinds]


class TrashStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(
        self,
        kind: TrashKind,
        payload: str,
        deleted_at: datetime,
        *,
        label: str = "",
        item_at: datetime | None = None,
        reserved: str = "",
        sealed: bool = False,
        batch: int | None = None,
    ) -> int:
        """A new row; `batch` None begins a batch of its own (numbered by the row's id)."""
        cursor = self.conn.execute(
            "INSERT INTO trash (batch, kind, label, item_at, reserved, deleted_at, sealed, "
            "payload) VALUES (0, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind.value,
                label,
                time_to_text(item_at),
                reserved,
                time_to_text(deleted_at),
                int(sealed),
                payload,
            ),
        )
        trash_id = inserted_id(cursor)
        self.conn.execute(
            "UPDATE trash SET batch = ? WHERE id = ?",
            (trash_id if batch is None else batch, trash_id),
        )
        return trash_id

    def items(self, kinds: Collection[TrashKind] | None = None) -> list[TrashItem]:
        """Newest first."""
        where, params = _kinds_clause(kinds)
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM trash WHERE {where} ORDER BY deleted_at DESC, id DESC",
            params,
        )
        return [_item(row) for row in rows]

    def get(self, trash_ids: Sequence[int]) -> list[TrashItem]:
        """The items of these ids still in the Trash, in the order they were deleted."""
        marks = ", ".join("?" for _ in trash_ids) or "NULL"
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM trash WHERE id IN ({marks}) ORDER BY id", list(trash_ids)
        )
        return [_item(row) for row in rows]

    def payload(self, trash_id: int) -> tuple[str, bool]:
        """The item's payload and whether it is sealed with the journal's key."""
        row = self.conn.execute(
            "SELECT payload, sealed FROM trash WHERE id = ?", (trash_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no trash item {trash_id}")
        return row[0], bool(row[1])

    def last_batch(
        self, since: datetime, kinds: Collection[TrashKind] | None = None
    ) -> list[TrashItem]:
        """The items of the latest delete made at or after `since`, of these kinds."""
        where, params = _kinds_clause(kinds)
        row = self.conn.execute(
            f"SELECT MAX(batch) FROM trash WHERE deleted_at >= ? AND {where}",
            [time_to_text(since), *params],
        ).fetchone()
        if row is None or row[0] is None:
            return []
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM trash WHERE batch = ? AND {where} ORDER BY id",
            [row[0], *params],
        )
        return [_item(found) for found in rows]

    def older_than(self, moment: datetime) -> list[TrashItem]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM trash WHERE deleted_at < ? ORDER BY id",
            (time_to_text(moment),),
        )
        return [_item(row) for row in rows]

    def remove(self, trash_ids: Sequence[int]) -> None:
        self.conn.executemany("DELETE FROM trash WHERE id = ?", [(i,) for i in trash_ids])

    def ids(self) -> set[int]:
        return {row[0] for row in self.conn.execute("SELECT id FROM trash")}

    def highest_id(self) -> int:
        """The highest id ever given (AUTOINCREMENT: never given again)."""
        row = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'trash'").fetchone()
        return int(row[0]) if row else 0

    def payloads(self, kinds: Collection[TrashKind]) -> list[tuple[int, str, bool]]:
        """(id, payload, sealed) of the items of these kinds."""
        where, params = _kinds_clause(kinds)
        rows = self.conn.execute(f"SELECT id, payload, sealed FROM trash WHERE {where}", params)
        return [(trash_id, payload, bool(sealed)) for trash_id, payload, sealed in rows]

    def set_payload(self, trash_id: int, payload: str, sealed: bool) -> None:
        self.conn.execute(
            "UPDATE trash SET payload = ?, sealed = ? WHERE id = ?",
            (payload, int(sealed), trash_id),
        )
