"""The journal's items in the Trash, kept as protected as the journal itself.

An entry, a thought record or a self-review goes to the Trash as its values in clear, sealed
with the journal's key when it has one (the label holds no word of it: the Trash shows its
date). When the passphrase is set, changed or removed, the journal's items in the Trash are
sealed again with the journal (JournalStore.rewrite_all).

A journal row's link to a case that is itself in the Trash: with a passphrase the row keeps
the case's UUID in its sealed metadata; without one, a clear row cannot name a case that is not
there, so the case's copy in the Trash holds the link (dependent_rows gives it back on restore).
These move between the two places when the passphrase is set or removed.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from desktop.domain.errors import NotFoundError
from desktop.domain.journal import JournalEntry, SelfReview, Support, ThinkingTrap
from desktop.domain.journal import ThoughtRecord as Record
from desktop.domain.trash import JOURNAL_KINDS, JOURNAL_TABLES, TrashKind
from desktop.store.codec import required_time, time_to_text
from desktop.store.dependent_rows import RowConflictError
from desktop.store.journal import (
    ALL_SEALED,
    ENTRY_TEXTS,
    JournalStore,
    Transform,
    _feelings,
    _feelings_json,
)
from desktop.store.trash import TrashStore

LinkKey = tuple[str, int]  # (journal table, row id)


def copy_out(journal: JournalStore, table: str, row_id: int) -> tuple[dict[str, Any], datetime]:
    """A journal row in clear with its case by UUID, and its date (when it was written). The
    caller seals it as the journal is sealed, and deletes the row."""
    times = journal.conn.execute(
        f"SELECT created_at, updated_at, encrypted, sealed FROM {table} WHERE id = ?", (row_id,)
    ).fetchone()
    if times is None:
        raise NotFoundError(f"no {table} {row_id}")
    data: dict[str, Any]
    if table == "journal_entries":
        [entry] = journal.entries(only_id=row_id)
        data = {name: getattr(entry, name) for name in ENTRY_TEXTS if name != "talked_to"}
        data.update(
            written_at=time_to_text(entry.written_at),
            feelings=_feelings_json(entry.feelings),
            talked_to=[support.value for support in entry.talked_to],
            uuid=entry.uuid,
        )
        at, case_id = entry.written_at, entry.case_id
    elif table == "thought_records":
        [record] = journal.records(only_id=row_id)
        data = {name: getattr(record, name) for name in Record.TEXTS}
        data.update(
            emotions_before=_feelings_json(record.emotions_before),
            emotions_after=_feelings_json(record.emotions_after),
            thinking_traps=[trap.value for trap in record.thinking_traps],
            uuid=record.uuid,
        )
        at, case_id = record.created_at, record.case_id
    else:
        [review] = journal.reviews(only_id=row_id)
        data = {name: getattr(review, name) for name in SelfReview.TEXTS}
        at, case_id = review.created_at, review.case_id
    created_at, updated_at, encrypted, sealed = times
    if encrypted == ALL_SEALED:
        case_uuid = json.loads(journal.open(sealed)).get("case")
    else:
        case_uuid = journal.uuid_of_case(case_id) or take_link(journal.conn, table, row_id)
    data.update(id=row_id, case=case_uuid, created_at=created_at, updated_at=updated_at)
    return data, at


def put_back(journal: JournalStore, table: str, data: dict[str, Any]) -> int:
    """A row from the Trash, written as the journal writes now (sealed with today's key), under
    its own id while that is free. RowConflictError when its UUID is taken (imported again)."""
    case_uuid = data.get("case")
    case_id = journal.ids_of_cases({case_uuid}).get(case_uuid) if case_uuid else None
    created = required_time(data["created_at"])
    entry: JournalEntry | None = None
    if table == "journal_entries":
        entry = JournalEntry(
            0,
            required_time(data["written_at"]),
            _feelings(data["feelings"]),
            talked_to=[Support(s) for s in data["talked_to"]],
            case_id=case_id,
            **{name: data[name] for name in ENTRY_TEXTS if name != "talked_to"},
        )
        values = journal.entry_values(entry, case_uuid)
    elif table == "thought_records":
        record = Record(
            0,
            created,
            emotions_before=_feelings(data["emotions_before"]),
            thinking_traps=[ThinkingTrap(t) for t in data["thinking_traps"]],
            emotions_after=_feelings(data["emotions_after"]),
            case_id=case_id,
            **{name: data[name] for name in Record.TEXTS},
        )
        values = journal.record_values(record, case_uuid)
    else:
        review = SelfReview(0, case_id, created, **{name: data[name] for name in SelfReview.TEXTS})
        values = journal.review_values(review, case_uuid)
    if "uuid" in data:
        values["uuid"] = data["uuid"]
    values.update(created_at=data["created_at"], updated_at=data["updated_at"])
    conn = journal.conn
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (data["id"],)).fetchone() is None:
        values["id"] = data["id"]
    try:
        cursor = conn.execute(
            f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
    except sqlite3.IntegrityError as error:
        raise RowConflictError(table, "uuid", str(error)) from error
    row_id = int(cursor.lastrowid or 0)
    if entry is not None:
        journal.set_feelings(row_id, entry.feelings)
    if case_uuid and case_id is None and not journal.encrypted:
        give_link(conn, table, row_id, case_uuid)
    return row_id


# --- sealing again with the journal ------------------------------------------------------------
def reseal(
    conn: sqlite3.Connection, open_old: Transform, seal_new: Transform, sealed: bool
) -> None:
    """The journal's items in the Trash, read with the old key and sealed with the new one (or
    kept in clear when the passphrase is removed)."""
    trash = TrashStore(conn)
    for trash_id, payload, was_sealed in trash.payloads(JOURNAL_KINDS):
        clear = open_old(payload) if was_sealed else payload
        trash.set_payload(trash_id, seal_new(clear) if sealed else clear, sealed)


def sealed_case_links(journal: JournalStore) -> dict[LinkKey, str]:
    """The case UUID in each sealed row's metadata, read with the journal's key of now."""
    links: dict[LinkKey, str] = {}
    for table in sorted(JOURNAL_TABLES):
        rows = journal.conn.execute(
            f"SELECT id, sealed FROM {table} WHERE encrypted = ?", (ALL_SEALED,)
        )
        for row_id, sealed in rows.fetchall():
            case_uuid = json.loads(journal.open(sealed)).get("case")
            if case_uuid:
                links[(table, row_id)] = case_uuid
    return links


def _case_copies(conn: sqlite3.Connection) -> list[tuple[int, dict[str, Any]]]:
    return [
        (trash_id, json.loads(payload))
        for trash_id, payload, _ in TrashStore(conn).payloads([TrashKind.CASE])
    ]


def _case_uuid(copy: dict[str, Any]) -> str:
    for table, columns, rows in copy["rows"]:
        if table == "cases":
            return str(rows[0][columns.index("uuid")])
    return ""


def _is_journal_link(link: list[Any]) -> bool:
    return link[0] in JOURNAL_TABLES


def case_links_in_trash(conn: sqlite3.Connection) -> dict[LinkKey, str]:
    """The journal rows that the cases in the Trash hold links for, and the cases' UUIDs."""
    return {
        (link[0], link[1]): _case_uuid(copy)
        for _, copy in _case_copies(conn)
        for link in copy["links"]
        if _is_journal_link(link)
    }


def drop_journal_links(conn: sqlite3.Connection) -> None:
    """Forget the journal's links held by the cases in the Trash (now held by the rows)."""
    trash = TrashStore(conn)
    for trash_id, copy in _case_copies(conn):
        kept = [link for link in copy["links"] if not _is_journal_link(link)]
        if len(kept) != len(copy["links"]):
            copy["links"] = kept
            trash.set_payload(trash_id, _text(copy), False)


def take_link(conn: sqlite3.Connection, table: str, row_id: int) -> str | None:
    """The UUID of the case in the Trash that holds a link for this row, the link taken away
    (the row is going to the Trash with its link)."""
    trash = TrashStore(conn)
    for trash_id, copy in _case_copies(conn):
        kept = [link for link in copy["links"] if (link[0], link[1]) != (table, row_id)]
        if len(kept) != len(copy["links"]):
            copy["links"] = kept
            trash.set_payload(trash_id, _text(copy), False)
            return _case_uuid(copy)
    return None


def give_link(conn: sqlite3.Connection, table: str, row_id: int, case_uuid: str) -> None:
    """The case with this UUID, if it is in the Trash, links this clear row when restored."""
    trash = TrashStore(conn)
    for trash_id, copy in _case_copies(conn):
        if _case_uuid(copy) == case_uuid:
            link = [table, row_id, "case_id", "cases", copy["id"]]
            if link not in copy["links"]:
                copy["links"].append(link)
                trash.set_payload(trash_id, _text(copy), False)
            return


def _text(copy: dict[str, Any]) -> str:
    return json.dumps(copy, ensure_ascii=False, separators=(",", ":"))
