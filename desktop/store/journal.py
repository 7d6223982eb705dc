"""Journal entries, thought records and self-reviews; their text through the vault's cipher."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime

from desktop.domain.journal import Emotion, JournalEntry, SelfReview, Support, ThinkingTrap
from desktop.domain.journal import ThoughtRecord as Record
from desktop.store.cases import new_uuid
from desktop.store.codec import text_to_time, time_to_text

ENTRY_TEXTS = ("body", "accept_feeling", "talked_to", "what_helped", "reframe")
Transform = Callable[[str], str]


def _identity(text: str) -> str:
    return text


class JournalStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.seal: Transform = _identity  # encrypt, when a passphrase is set and unlocked
        self.open: Transform = _identity  # decrypt
        self.encrypted = False

    # --- entries -------------------------------------------------------------------------------
    def _entry_values(self, entry: JournalEntry) -> dict[str, object]:
        texts = {
            "body": entry.body,
            "accept_feeling": entry.accept_feeling,
            "talked_to": json.dumps([s.value for s in entry.talked_to]),
            "what_helped": entry.what_helped,
            "reframe": entry.reframe,
        }
        values: dict[str, object] = {name: self.seal(value) for name, value in texts.items()}
        values.update(
            written_at=time_to_text(entry.written_at),
            case_id=entry.case_id,
            encrypted=int(self.encrypted),
        )
        return values

    def add_entry(self, entry: JournalEntry, now: datetime) -> int:
        values = self._entry_values(entry)
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
        entry_id = int(cursor.lastrowid)
        self._set_feelings(entry_id, entry.feelings)
        return entry_id

    def update_entry(self, entry: JournalEntry, now: datetime) -> None:
        values = self._entry_values(entry)
        values["updated_at"] = time_to_text(now)
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.conn.execute(
            f"UPDATE journal_entries SET {assignments} WHERE id = ?", (*values.values(), entry.id)
        )
        self._set_feelings(entry.id, entry.feelings)

    def _set_feelings(self, entry_id: int, feelings: list[tuple[Emotion, int]]) -> None:
        self.conn.execute("DELETE FROM journal_emotions WHERE entry_id = ?", (entry_id,))
        self.conn.executemany(
            "INSERT INTO journal_emotions (entry_id, emotion, intensity) VALUES (?, ?, ?)",
            [(entry_id, emotion.value, intensity) for emotion, intensity in feelings],
        )

    def delete_entry(self, entry_id: int) -> None:
        self.conn.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))

    def entries(
        self,
        since: datetime | None = None,
        case_id: int | None = None,
        emotion: Emotion | None = None,
        with_text: bool = True,
    ) -> list[JournalEntry]:
        clauses, params = [], []
        if since is not None:
            clauses.append("written_at >= ?")
            params.append(time_to_text(since))
        if case_id is not None:
            clauses.append("case_id = ?")
            params.append(case_id)
        if emotion is not None:
            clauses.append("id IN (SELECT entry_id FROM journal_emotions WHERE emotion = ?)")
            params.append(emotion.value)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.conn.execute(
            f"SELECT id, uuid, written_at, case_id, {', '.join(ENTRY_TEXTS)} "
            f"FROM journal_entries {where} ORDER BY written_at DESC, id DESC",
            params,
        ).fetchall()
        feelings: dict[int, list[tuple[Emotion, int]]] = {}
        for entry_id, name, intensity in self.conn.execute(
            "SELECT entry_id, emotion, intensity FROM journal_emotions"
        ):
            feelings.setdefault(entry_id, []).append((Emotion(name), intensity))
        result = []
        for entry_id, uuid, written, case, *texts in rows:
            entry = JournalEntry(
                entry_id, text_to_time(written), feelings.get(entry_id, []), case_id=case, uuid=uuid
            )
            if with_text:
                body, accept, talked, helped, reframe = (self.open(t) for t in texts)
                entry.body, entry.accept_feeling = body, accept
                entry.what_helped, entry.reframe = helped, reframe
                entry.talked_to = [Support(s) for s in json.loads(talked or "[]")]
            result.append(entry)
        return result

    # --- thought records -----------------------------------------------------------------------
    def add_record(self, record: Record, now: datetime) -> int:
        values = {name: self.seal(getattr(record, name)) for name in Record.TEXTS}
        values.update(
            uuid=record.uuid or new_uuid(),
            case_id=record.case_id,
            emotions_before=json.dumps([[e.value, i] for e, i in record.emotions_before]),
            emotions_after=json.dumps([[e.value, i] for e, i in record.emotions_after]),
            thinking_traps=json.dumps([t.value for t in record.thinking_traps]),
            encrypted=int(self.encrypted),
            created_at=time_to_text(record.created_at or now),
            updated_at=time_to_text(now),
        )
        cursor = self.conn.execute(
            f"INSERT INTO thought_records ({', '.join(values)}) "
            f"VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
        return int(cursor.lastrowid)

    def records(self) -> list[Record]:
        cursor = self.conn.execute("SELECT * FROM thought_records ORDER BY created_at DESC")
        names = [d[0] for d in cursor.description]
        result = []
        for row in cursor:
            data = dict(zip(names, row, strict=True))
            result.append(
                Record(
                    data["id"],
                    text_to_time(data["created_at"]),
                    emotions_before=[
                        (Emotion(e), i) for e, i in json.loads(data["emotions_before"])
                    ],
                    thinking_traps=[ThinkingTrap(t) for t in json.loads(data["thinking_traps"])],
                    emotions_after=[(Emotion(e), i) for e, i in json.loads(data["emotions_after"])],
                    case_id=data["case_id"],
                    uuid=data["uuid"],
                    **{name: self.open(data[name]) for name in Record.TEXTS},
                )
            )
        return result

    def delete_record(self, record_id: int) -> None:
        self.conn.execute("DELETE FROM thought_records WHERE id = ?", (record_id,))

    # --- self-reviews --------------------------------------------------------------------------
    def add_review(self, review: SelfReview, now: datetime) -> int:
        values = {name: self.seal(getattr(review, name)) for name in SelfReview.TEXTS}
        values.update(
            case_id=review.case_id,
            encrypted=int(self.encrypted),
            created_at=time_to_text(now),
            updated_at=time_to_text(now),
        )
        cursor = self.conn.execute(
            f"INSERT INTO self_reviews ({', '.join(values)}) "
            f"VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
        return int(cursor.lastrowid)

    def reviews(self, case_id: int | None = None) -> list[SelfReview]:
        where, params = ("WHERE case_id = ?", [case_id]) if case_id is not None else ("", [])
        rows = self.conn.execute(
            f"SELECT id, case_id, created_at, {', '.join(SelfReview.TEXTS)} FROM self_reviews "
            f"{where} ORDER BY created_at DESC",
            params,
        )
        return [
            SelfReview(review_id, case, text_to_time(created), *(self.open(text) for text in texts))
            for review_id, case, created, *texts in rows
        ]

    # --- re-encryption -------------------------------------------------------------------------
    def rewrite_all(self, open_old: Transform, seal_new: Transform, encrypted: bool) -> None:
        """Decrypt every text with the old key and store it sealed with the new one."""
        for table, columns in (
            ("journal_entries", ENTRY_TEXTS),
            ("thought_records", Record.TEXTS),
            ("self_reviews", SelfReview.TEXTS),
        ):
            rows = self.conn.execute(f"SELECT id, {', '.join(columns)} FROM {table}").fetchall()
            assignments = ", ".join(f"{column} = ?" for column in columns)
            self.conn.executemany(
                f"UPDATE {table} SET {assignments}, encrypted = ? WHERE id = ?",
                [
                    (*(seal_new(open_old(value)) for value in values), int(encrypted), row_id)
                    for row_id, *values in rows
                ],
            )
