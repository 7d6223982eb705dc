"""Writing many complete cases at once (demo data, imports): one executemany per table, the
rows built as tuples with each field's encoder looked up once per table."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from functools import cache
from operator import attrgetter
from typing import Any

from desktop.domain.complaint import (
    Action,
    Case,
    Collaborator,
    Commitment,
    Compensation,
    CustomerItem,
    Escalation,
    Evidence,
    Factor,
    Interview,
    Pause,
    ProgressUpdate,
    ResourceRequest,
    TimelineEvent,
)
from desktop.store.cases import CASE_FIELDS, SECTIONS
from desktop.store.codec import Converter, field_encoders, time_to_text
from desktop.store.search import CaseSearch

# a case's list → (its table, its dataclass)
_PARTS: dict[str, tuple[str, type]] = {
    "evidence": ("evidence", Evidence),
    "interviews": ("interviews", Interview),
    "factors": ("factors", Factor),
    "updates": ("progress_updates", ProgressUpdate),
    "escalations": ("escalations", Escalation),
    "collaborators": ("collaborators", Collaborator),
    "requests": ("resource_requests", ResourceRequest),
    "compensations": ("compensations", Compensation),
    "pauses": ("case_pauses", Pause),
    "timeline": ("timeline_events", TimelineEvent),
    "customer_items": ("customer_items", CustomerItem),
}


class _Rows:
    """The rows of one table: a dataclass's fields (less `skip`), then `extra` columns."""

    def __init__(self, table: str, cls: type, skip: Sequence[str], extra: Sequence[str]) -> None:
        pairs = [(name, encode) for name, encode in field_encoders(cls) if name not in skip]
        self.table = table
        self.names = [name for name, _ in pairs] + list(extra)
        self.values = attrgetter(*(name for name, _ in pairs))
        self.encoders = [encode for _, encode in pairs]
        self.rows: list[tuple[Any, ...]] = []

    def add(self, item: Any, *extra: Any) -> None:
        encoded = [
            value if encode is None else encode(value)
            for encode, value in zip(self.encoders, self.values(item), strict=True)
        ]
        self.rows.append((*encoded, *extra))

    def insert(self, conn: sqlite3.Connection) -> None:
        if self.rows:
            marks = ", ".join("?" for _ in self.names)
            sql = f"INSERT INTO {self.table} ({', '.join(self.names)}) VALUES ({marks})"
            conn.executemany(sql, self.rows)


def insert_cases(conn: sqlite3.Connection, cases: Iterable[Case]) -> int:
    """Insert cases with all their parts; ids are assigned here. Returns how many."""
    next_case = _next_id(conn, "cases")
    next_action = _next_id(conn, "actions")
    columns, row_of = _case_columns()
    case_rows: list[tuple[Any, ...]] = []
    parts = {
        attribute: _Rows(table, cls, ("id",), ("case_id",))
        for attribute, (table, cls) in _PARTS.items()
    }
    actions = _Rows("actions", Action, ("id",), ("id", "case_id", "created_at"))
    commitments = _Rows(
        "commitments",
        Commitment,
        ("id", "case_id", "source_id", "created_at"),
        ("case_id", "source_id", "created_at"),
    )
    checklist: list[tuple[Any, ...]] = []
    count = 0
    for case in cases:
        case_id = next_case
        next_case += 1
        count += 1
        case_rows.append(row_of(case, case_id))
        created = time_to_text(case.created_at)
        action_ids: dict[int | None, int] = {}
        for action in case.actions:
            action_ids[action.id] = next_action
            actions.add(action, next_action, case_id, created)
            next_action += 1
        for attribute, rows in parts.items():
            for item in getattr(case, attribute):
                rows.add(item, case_id)
        for check in case.checklist:
            checklist.append((case_id, check.key, int(check.done), check.note))
        for commitment in case.commitments:
            made = time_to_text(commitment.created_at) if commitment.created_at else created
            commitments.add(commitment, case_id, action_ids.get(commitment.source_id), made)
    if not count:
        return 0
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f"INSERT INTO cases ({', '.join(columns)}) VALUES ({marks})", case_rows)
    for rows in (actions, commitments, *parts.values()):
        rows.insert(conn)
    conn.executemany(
        "INSERT INTO investigation_items (case_id, item_key, done, note) VALUES (?, ?, ?, ?)",
        checklist,
    )
    CaseSearch(conn).reindex(range(next_case - count, next_case))
    return count


Getter = Callable[[Case], Any]


@cache
def _case_columns() -> tuple[list[str], Callable[[Case, int], tuple[Any, ...]]]:
    """The columns of a case's own row, and the function that makes the row."""
    plain: list[tuple[str, Getter, Converter | None]] = []
    for section, (cls, renamed) in SECTIONS.items():
        encoders = dict(field_encoders(cls))
        for f in fields(cls):
            column = renamed.get(f.name, f.name)
            plain.append((column, attrgetter(f"{section}.{f.name}"), encoders[f.name]))
    encoders = dict(field_encoders(Case))
    for name in CASE_FIELDS:
        plain.append((name, attrgetter(name), encoders[name]))
    columns = ["id", "uuid", "number", "created_at", "updated_at", "next_due_at", "next_kind"]
    columns += [column for column, _, _ in plain]
    getters = [(get, encode) for _, get, encode in plain]

    def row_of(case: Case, case_id: int) -> tuple[Any, ...]:
        open_ones = [c for c in case.commitments if c.kept_at is None and c.cancelled_at is None]
        nearest = min(open_ones, key=lambda c: c.due_at) if open_ones else None
        return (
            case_id,
            case.uuid,
            case.number,
            time_to_text(case.created_at),
            time_to_text(case.updated_at),
            time_to_text(nearest.due_at) if nearest else None,
            nearest.kind.value if nearest else None,
            *[get(case) if encode is None else encode(get(case)) for get, encode in getters],
        )

    return columns, row_of


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    (last,) = conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()
    return (last or 0) + 1
