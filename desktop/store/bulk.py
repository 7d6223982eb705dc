"""Writing many complete cases at once (demo data, imports): one executemany per table."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from desktop.domain.complaint import Case
from desktop.store.cases import CASE_FIELDS, SECTIONS, _section_columns
from desktop.store.codec import encode_values, time_to_text, to_row
from desktop.store.search import CaseSearch

_PARTS = {
    "evidence": "evidence",
    "interviews": "interviews",
    "factors": "factors",
    "actions": "actions",
    "updates": "progress_updates",
    "escalations": "escalations",
    "collaborators": "collaborators",
    "requests": "resource_requests",
    "compensations": "compensations",
    "pauses": "case_pauses",
    "timeline": "timeline_events",
}


def insert_cases(conn: sqlite3.Connection, cases: Iterable[Case]) -> int:
    """Insert cases with all their parts; ids are assigned here. Returns how many."""
    next_case = _next_id(conn, "cases")
    next_action = _next_id(conn, "actions")
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    count = 0
    for case in cases:
        case_id = next_case
        next_case += 1
        count += 1
        rows["cases"].append(_case_row(case, case_id))
        action_ids: dict[int | None, int] = {}
        for action in case.actions:
            action_ids[action.id] = next_action
            row = to_row(action, skip=())
            row.update(id=next_action, case_id=case_id, created_at=time_to_text(case.created_at))
            rows["actions"].append(row)
            next_action += 1
        for attribute, table in _PARTS.items():
            if table == "actions":
                continue
            for item in getattr(case, attribute):
                row = to_row(item)
                row["case_id"] = case_id
                rows[table].append(row)
        for commitment in case.commitments:
            row = to_row(commitment, skip=("id", "case_id"))
            row.update(
                case_id=case_id,
                source_id=action_ids.get(commitment.source_id),
                created_at=time_to_text(commitment.created_at or case.created_at),
            )
            rows["commitments"].append(row)
    first_case = next_case - count
    for table, table_rows in rows.items():
        _insert_many(conn, table, table_rows)
    CaseSearch(conn).reindex(range(first_case, next_case))
    return count


def _case_row(case: Case, case_id: int) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": case_id,
        "uuid": case.uuid,
        "number": case.number,
        "created_at": time_to_text(case.created_at),
        "updated_at": time_to_text(case.updated_at),
        "next_due_at": None,
        "next_kind": None,
    }
    for section, (cls, _) in SECTIONS.items():
        values = {name: getattr(getattr(case, section), name) for name in _section_columns(section)}
        encoded = encode_values(cls, values)
        row.update({column: encoded[name] for name, column in _section_columns(section).items()})
    row.update(encode_values(Case, {name: getattr(case, name) for name in CASE_FIELDS}))
    open_commitments = [c for c in case.commitments if c.kept_at is None and c.cancelled_at is None]
    if open_commitments:
        nearest = min(open_commitments, key=lambda c: c.due_at)
        row["next_due_at"] = time_to_text(nearest.due_at)
        row["next_kind"] = nearest.kind.value
    return row


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    (last,) = conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()
    return (last or 0) + 1


def _insert_many(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    names = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    conn.executemany(sql, ([row[name] for name in names] for row in rows))
