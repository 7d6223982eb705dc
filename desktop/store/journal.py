"""Journal entries, thought records and self-reviews, through the vault's cipher.

Without a passphrase every column is in clear (`encrypted` = 0). With one (`encrypted` = 2) the
texts are sealed one by one, and what else the journal says about a person — feelings with their
intensities, thinking traps, the link to a case (by the case's UUID, so that a deleted case's id
taken again by a new case is never linked) — is sealed as one JSON in `sealed`; the clear
columns for these stay empty. Rows from before migration 0006 have only their text sealed
(`encrypted` = 1) until they are written again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from desktop.domain.journal import Emotion, Feeling, JournalEntry, SelfReview, Support, ThinkingTrap
from desktop.domain.journal import ThoughtRecord as Record
from desktop.domain.trash import JOURNAL_KINDS
from desktop.store.cases import new_uuid
from desktop.store.codec import required_time, time_to_text
from desktop.store.vault import PREFIX, VaultLockedError

ENTRY_TEXTS = ("body", "accept_feeling", "talked_to", "what_helped", "reframe")
RECORD_LISTS = ("emotions_before", "emotions_after", "thinking_traps")
CLEAR, TEXT_SEALED, ALL_SEALED = 0, 1, 2  # the `encrypted` column
Transform = Callable[[str], str]


def _identity(text: str) -> str:
    return text


def _refuse_sealed(text: str) -> str:
    if text.startswith(PREFIX):
        raise VaultLockedError("the journal is locked")
    return text


def _feelings_json(feelings: Iterable[Feeling]) -> list[list[Any]]:
    return [[emotion.value, intensity] for emotion, intensity in feelings]


def _feelings(stored: Iterable[list[Any]]) -> list[Feeling]:
    return [(Emotion(name), int(intensity)) for name, intensity in stored]


class JournalStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.seal: Transform = _identity  # encrypt, when a passphrase is set and unlocked
        self.open: Transform = _refuse_sealed  # decrypt
        self.encrypted = False

    # --- what is sealed besides the text -------------------------------------------------------
    def _sealed_values(
        self, meta: dict[str, Any], case_id: int | None, case_uuid: str | None = None
    ) -> dict[str, object]:
        """The columns that hold the metadata: sealed JSON, or the clear `case_id`. Sealed, a
        link is kept by `case_uuid` when given: a case in the Trash has no id to link to."""
        if not self.encrypted:
            return {"case_id": case_id, "sealed": "", "encrypted": CLEAR}
        meta["case"] = case_uuid or self.uuid_of_case(case_id)
        return {
            "case_id": None,
            "sealed": self.seal(json.dumps(meta, ensure_ascii=False)),
            "encrypted": ALL_SEALED,
        }

    def _unsealed(self, rows: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
        """Per row, its sealed metadata with the case resolved to an id; None for clear rows."""
        metas = [
            json.loads(self.open(row["sealed"])) if row["encrypted"] == ALL_SEALED else None
            for row in rows
        ]
        cases = self.ids_of_cases({meta["case"] for meta in metas if meta and meta.get("case")})
        for meta in metas:
            if meta is not None:
                meta["case_id"] = cases.get(meta.get("case") or "")
        return metas

    def uuid_of_case(self, case_id: int | None) -> str | None:
        if case_id is None:
            return None
        row = self.conn.execute("SELECT uuid FROM cases WHERE id = ?", (case_id,)).fetchone()
        return row[0] if row else None

    def ids_of_cases(self, uuids: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        wanted = sorted(uuids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                self.conn.execute(
                    f"SELECT uuid, id FROM cases WHERE uuid IN ({', '.join('?' for _ in chunk)})",
                    chunk,
                ).fetchall()
            )
        return found

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, tuple(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def needs_sealing(self) -> bool:
        """Whether rows from before 0006 still hold their metadata in clear."""
        return any(
            self.conn.execute(
                f"SELECT EXISTS(SELECT 1 FROM {table} WHERE encrypted = ?)", (1,)
            ).fetchone()[0]
            for table in ("journal_entries", "thought_records", "self_reviews")
        )

    def anything_written(self) -> bool:
        """Whether the journal holds anything, its items in the Trash included."""
        tables = ("journal_entries", "thought_records", "self_reviews")
        if any(
            self.conn.execute(f"SELECT EXISTS(SELECT 1 FROM {table})").fetchone()[0]
            for table in tables
        ):
            return True
        kinds = sorted(kind.value for kind in JOURNAL_KINDS)
        marks = ", ".join("?" * len(kinds))
        return bool(
            self.conn.execute(
                f"SELECT EXISTS(SELECT 1 FROM trash WHERE kind IN ({marks}))", kinds
            ).fetchone()[0]
        )

    # --- entries -------------------------------------------------------------------------------
    def entry_values(self, entry: JournalEntry, case_uuid: str | None = None) -> dict[str, object]:
        texts = {
            "body": entry.body,
            "accept_feeling": entry.accept_feeling,
            "talked_to": json.dumps([s.value for s in entry.talked_to]),
            "what_helped": entry.what_helped,
            "reframe": entry.reframe,
        }
        values: dict[str, object] = {name: self.seal(value) for name, value in texts.items()}
        values["written_at"] = time_to_text(entry.written_at)
        values.update(
            self._sealed_values(
                {"feelings": _feelings_json(entry.feelings)}, entry.case_id, case_uuid
            )
        )
        return values

    def add_entry(self, entry: JournalEntry, now: datetime) -> int:
        values = self.entry_values(entry)
        values.update(
            uuid=entry.uuid or new_uuid(),
            created_at=time_to_text(now),
            updated_at=time_to_text(now),
        )
        cursor = self.conn.execute(
            f"INSERT INTO journal_entries ({', '.join(values)}) "
            f"VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
        entry_id = int(cursor.lastrowid or 0)
        self.set_feelings(entry_id, entry.feelings)
        return entry_id

    def update_entry(
        self, entry: JournalEntry, now: datetime | None, case_uuid: str | None = None
    ) -> None:
        """Write the entry again; `now` None keeps its time of change (a re-encryption)."""
        values = self.entry_values(entry, case_uuid)
        if now is not None:
            values["updated_at"] = time_to_text(now)
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.conn.execute(
            f"UPDATE journal_entries SET {assignments} WHERE id = ?", (*values.values(), entry.id)
        )
        self.set_feelings(entry.id, entry.feelings)

    def set_feelings(self, entry_id: int, feelings: list[Feeling]) -> None:
        self.conn.execute("DELETE FROM journal_emotions WHERE entry_id = ?", (entry_id,))
        if self.encrypted:
            return  # sealed with the entry
        self.conn.executemany(
            "INSERT INTO journal_emotions (entry_id, emotion, intensity) VALUES (?, ?, ?)",
            [(entry_id, emotion.value, intensity) for emotion, intensity in feelings],
        )

    def delete_entry(self, entry_id: int) -> None:
        self.conn.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))

    def last_written_at(self) -> datetime | None:
        """When the latest entry was written (not sealed: readable while the journal is locked)."""
        row = self.conn.execute("SELECT MAX(written_at) FROM journal_entries").fetchone()
        return required_time(row[0]) if row and row[0] else None

    def entries(
        self,
        since: datetime | None = None,
        case_id: int | None = None,
        emotion: Emotion | None = None,
        with_text: bool = True,
        only_id: int | None = None,
    ) -> list[JournalEntry]:
        params: list[object] = []
        where = ""
        if since:
            where, params = "WHERE written_at >= ?", [time_to_text(since)]
        if only_id is not None:
            where, params = "WHERE id = ?", [only_id]
        rows = self._rows(
            f"SELECT id, uuid, written_at, case_id, encrypted, sealed, {', '.join(ENTRY_TEXTS)} "
            f"FROM journal_entries {where} ORDER BY written_at DESC, id DESC",
            params,
        )
        clear: dict[int, list[Feeling]] = {}
        for entry_id, name, intensity in self.conn.execute(
            "SELECT entry_id, emotion, intensity FROM journal_emotions"
        ):
            clear.setdefault(entry_id, []).append((Emotion(name), intensity))
        result = []
        for row, meta in zip(rows, self._unsealed(rows), strict=True):
            entry = JournalEntry(
                row["id"],
                required_time(row["written_at"]),
                _feelings(meta["feelings"]) if meta else clear.get(row["id"], []),
                case_id=meta["case_id"] if meta else row["case_id"],
                uuid=row["uuid"],
            )
            if case_id is not None and entry.case_id != case_id:
                continue
            if emotion is not None and emotion not in dict(entry.feelings):
                continue
            if with_text:
                body, accept, talked, helped, reframe = (self.open(row[t]) for t in ENTRY_TEXTS)
                entry.body, entry.accept_feeling = body, accept
                entry.what_helped, entry.reframe = helped, reframe
                entry.talked_to = [Support(s) for s in json.loads(talked or "[]")]
            result.append(entry)
        return result

    # --- thought records -----------------------------------------------------------------------
    def record_values(self, record: Record, case_uuid: str | None = None) -> dict[str, object]:
        values: dict[str, object] = {
            name: self.seal(getattr(record, name)) for name in Record.TEXTS
        }
        meta = {
            "emotions_before": _feelings_json(record.emotions_before),
            "emotions_after": _feelings_json(record.emotions_after),
            "thinking_traps": [t.value for t in record.thinking_traps],
        }
        values.update(self._sealed_values(dict(meta), record.case_id, case_uuid))
        for name, value in meta.items():
            values[name] = "[]" if self.encrypted else json.dumps(value)
        return values

    def add_record(self, record: Record, now: datetime) -> int:
        values = self.record_values(record)
        values.update(
            uuid=record.uuid or new_uuid(),
            created_at=time_to_text(record.created_at or now),
            updated_at=time_to_text(now),
        )
        cursor = self.conn.execute(
            f"INSERT INTO thought_records ({', '.join(values)}) "
            f"VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
        return int(cursor.lastrowid or 0)

    def update_record(self, record: Record, now: datetime) -> None:
        values = self.record_values(record)
        values["updated_at"] = time_to_text(now)
        self._update("thought_records", record.id, values)

    def records(self, only_id: int | None = None) -> list[Record]:
        where, params = ("WHERE id = ?", [only_id]) if only_id is not None else ("", [])
        rows = self._rows(f"SELECT * FROM thought_records {where} ORDER BY created_at DESC", params)
        result = []
        for data, meta in zip(rows, self._unsealed(rows), strict=True):
            if meta is None:
                meta = {name: json.loads(data[name]) for name in RECORD_LISTS}
                meta["case_id"] = data["case_id"]
            result.append(
                Record(
                    data["id"],
                    required_time(data["created_at"]),
                    emotions_before=_feelings(meta["emotions_before"]),
                    thinking_traps=[ThinkingTrap(t) for t in meta["thinking_traps"]],
                    emotions_after=_feelings(meta["emotions_after"]),
                    case_id=meta["case_id"],
                    uuid=data["uuid"],
                    **{name: self.open(data[name]) for name in Record.TEXTS},
                )
            )
        return result

    # --- self-reviews --------------------------------------------------------------------------
    def review_values(self, review: SelfReview, case_uuid: str | None = None) -> dict[str, object]:
        values: dict[str, object] = {
            name: self.seal(getattr(review, name)) for name in SelfReview.TEXTS
        }
        values.update(self._sealed_values({}, review.case_id, case_uuid))
        return values

    def add_review(self, review: SelfReview, now: datetime) -> int:
        values = self.review_values(review)
        values.update(created_at=time_to_text(now), updated_at=time_to_text(now))
        cursor = self.conn.execute(
            f"INSERT INTO self_reviews ({', '.join(values)}) "
            f"VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
        return int(cursor.lastrowid or 0)

    def update_review(self, review: SelfReview, now: datetime) -> None:
        values = self.review_values(review)
        values["updated_at"] = time_to_text(now)
        self._update("self_reviews", review.id, values)

    def reviews(self, case_id: int | None = None, only_id: int | None = None) -> list[SelfReview]:
        where, params = ("WHERE id = ?", [only_id]) if only_id is not None else ("", [])
        rows = self._rows(f"SELECT * FROM self_reviews {where} ORDER BY created_at DESC", params)
        result = []
        for data, meta in zip(rows, self._unsealed(rows), strict=True):
            case = meta["case_id"] if meta else data["case_id"]
            if case_id is not None and case != case_id:
                continue
            texts = (self.open(data[name]) for name in SelfReview.TEXTS)
            result.append(SelfReview(data["id"], case, required_time(data["created_at"]), *texts))
        return result

    # --- re-encryption -------------------------------------------------------------------------
    def rewrite_all(self, open_old: Transform, seal_new: Transform, encrypted: bool) -> None:
        """Read everything with the old key and write it again sealed with the new one (or in
        clear): the text and the metadata, and the journal's items in the Trash. The caller
        holds the transaction.

        A link to a case in the Trash is kept either way: sealed, by the case's UUID; in
        clear, by the case's copy in the Trash (a clear row cannot name a case that is not
        there), which gives it back when the case is restored."""
        from desktop.store import journal_trash

        self.open = open_old
        entries, records, reviews = self.entries(), self.records(), self.reviews()
        to_trashed = journal_trash.sealed_case_links(self)
        to_trashed.update(journal_trash.case_links_in_trash(self.conn))
        self.seal, self.encrypted = seal_new, encrypted
        for entry in entries:
            trashed = None if entry.case_id else to_trashed.get(("journal_entries", entry.id))
            self.update_entry(entry, None, trashed)
        for record in records:
            trashed = None if record.case_id else to_trashed.get(("thought_records", record.id))
            self._update("thought_records", record.id, self.record_values(record, trashed))
        for review in reviews:
            trashed = None if review.case_id else to_trashed.get(("self_reviews", review.id))
            self._update("self_reviews", review.id, self.review_values(review, trashed))
        journal_trash.reseal(self.conn, open_old, seal_new, encrypted)
        journal_trash.drop_journal_links(self.conn)
        if not encrypted:
            for (table, row_id), case_uuid in to_trashed.items():
                journal_trash.give_link(self.conn, table, row_id, case_uuid)

    def remove(self, table: str, row_id: int) -> None:
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    def _update(self, table: str, row_id: int, values: dict[str, object]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), row_id)
        )
