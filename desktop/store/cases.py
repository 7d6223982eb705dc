"""Cases and their parts."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

from desktop.domain.complaint import (
    Action,
    Case,
    Classification,
    Collaborator,
    Commitment,
    Compensation,
    CustomerItem,
    Escalation,
    Evidence,
    Factor,
    FirstResponse,
    FollowUp,
    Intake,
    Interview,
    Investigation,
    InvestigationItem,
    Pause,
    ProgressUpdate,
    ResourceRequest,
    Survey,
    TimelineEvent,
    format_case_number,
)
from desktop.domain.enums import (
    CaseStatus,
    EventKind,
    Stage,
)
from desktop.domain.errors import NotFoundError
from desktop.store.case_list import CaseList
from desktop.store.codec import (
    decode_values,
    encode_values,
    from_row,
    required_time,
    time_to_text,
    to_row,
)
from desktop.store.db import inserted_id
from desktop.store.search import CaseSearch

# section of Case → (dataclass, {field: column}) where a column is not named like its field
SECTIONS: dict[str, tuple[type, dict[str, str]]] = {
    "intake": (Intake, {}),
    "classification": (Classification, {}),
    "first_response": (FirstResponse, {"channel": "response_channel", "script": "response_script"}),
    "investigation": (Investigation, {}),
    "follow_up": (
        FollowUp,
        {"due_at": "follow_up_due_at", "done_at": "follow_up_done_at", "notes": "follow_up_notes"},
    ),
    "survey": (Survey, {"comment": "survey_comment"}),
}
# Case's own scalar fields that are columns
CASE_FIELDS = (
    "next_update_days",
    "lesson_to_share",
    "lesson_shared_at",
    "summary",
    "letter_text",
    "letter_language",
    "letter_subject",
    "letter_salutation",
    "paused_since",
    "closed_at",
    "status",
    "stage",
    "last_page",
)

# child table → (dataclass, order by)
CHILDREN: dict[str, tuple[type, str]] = {
    "commitments": (Commitment, "due_at, id"),
    "evidence": (Evidence, "added_at, id"),
    "interviews": (Interview, "held_on, id"),
    "factors": (Factor, "id"),
    "actions": (Action, "position, id"),
    "progress_updates": (ProgressUpdate, "sent_at, id"),
    "escalations": (Escalation, "escalated_at, id"),
    "collaborators": (Collaborator, "id"),
    "resource_requests": (ResourceRequest, "id"),
    "compensations": (Compensation, "id"),
    "case_pauses": (Pause, "started_at, id"),
    "timeline_events": (TimelineEvent, "at, id"),
    "customer_items": (CustomerItem, "created_at, id"),
}
_WITH_CREATED = {"commitments", "actions", "customer_items"}


def _section_columns(section: str) -> dict[str, str]:
    cls, renamed = SECTIONS[section]
    return {f.name: renamed.get(f.name, f.name) for f in fields(cls)}


def new_uuid() -> str:
    import uuid  # only when a case is created: it costs start-up time

    return str(uuid.uuid4())


# tables whose text is part of a case's search text
_SEARCHED = {
    "evidence",
    "interviews",
    "factors",
    "actions",
    "progress_updates",
    "escalations",
    "compensations",
}


class CaseStore(CaseList):
    """Cases and their parts; the list and its counts are CaseList's."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.search = CaseSearch(conn)
        self._dirty: set[int] = set()  # cases whose search text must be rebuilt before commit

    def flush_search(self) -> None:
        """Rebuild the search text of the cases changed in this transaction."""
        if self._dirty:
            self.search.reindex(self._dirty)
            self._dirty.clear()

    def forget_changes(self) -> None:
        self._dirty.clear()

    # --- the case row -----------------------------------------------------------------
    def create(self, now: datetime, year: int) -> int:
        prefix = f"C-{year}-"
        # a case in the Trash keeps its number: restored, it must find it free
        (last,) = self.conn.execute(
            "SELECT MAX(n) FROM (SELECT CAST(substr(number, ?1) AS INTEGER) AS n FROM cases "
            "WHERE number LIKE ?2 UNION ALL SELECT CAST(substr(reserved, ?1) AS INTEGER) "
            "FROM trash WHERE reserved LIKE ?2)",
            (len(prefix) + 1, prefix + "%"),
        ).fetchone()
        number = format_case_number(year, (last or 0) + 1)
        stamp = time_to_text(now)
        cursor = self.conn.execute(
            "INSERT INTO cases (uuid, number, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (new_uuid(), number, stamp, stamp),
        )
        self._dirty.add(inserted_id(cursor))
        return inserted_id(cursor)

    def last_numbers(self) -> dict[int, int]:
        """The highest case number used in each year (by a case in the Trash too)."""
        rows = self.conn.execute(
            "SELECT CAST(substr(number, 3, 4) AS INTEGER), MAX(CAST(substr(number, 8) AS INTEGER)) "
            "FROM (SELECT number FROM cases UNION ALL "
            "SELECT reserved FROM trash WHERE reserved != '') GROUP BY 1"
        )
        return {int(year): int(last) for year, last in rows}

    def update_section(
        self, case_id: int, section: str, values: dict[str, Any], now: datetime
    ) -> None:
        cls, _ = SECTIONS[section]
        columns = _section_columns(section)
        encoded = encode_values(cls, values)
        self._update(case_id, {columns[name]: value for name, value in encoded.items()}, now)

    def update_fields(self, case_id: int, values: dict[str, Any], now: datetime) -> None:
        unknown = set(values) - set(CASE_FIELDS)
        if unknown:
            raise KeyError(f"not a case field: {sorted(unknown)}")
        encoded = encode_values(Case, values)
        self._update(case_id, encoded, now)

    def _update(self, case_id: int, columns: dict[str, Any], now: datetime) -> None:
        columns = {**columns, "updated_at": time_to_text(now)}
        assignments = ", ".join(f"{name} = ?" for name in columns)
        cursor = self.conn.execute(
            f"UPDATE cases SET {assignments} WHERE id = ?", (*columns.values(), case_id)
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"no case {case_id}")
        self._dirty.add(case_id)

    def delete(self, case_id: int) -> None:
        self.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        self._dirty.discard(case_id)

    def mark_changed(self, case_id: int) -> None:
        """Its search text is rebuilt before the transaction commits (a case put back)."""
        self._dirty.add(case_id)

    def id_for_number(self, number: str) -> int:
        row = self.conn.execute(
            "SELECT id FROM cases WHERE number = ?", (number.strip().upper(),)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no case {number.strip()}")
        return int(row[0])

    def get(self, case_id: int, with_parts: bool = True) -> Case:
        cursor = self.conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,))
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(f"no case {case_id}")
        record = dict(zip([d[0] for d in cursor.description], row, strict=True))
        case = Case(
            id=record["id"],
            number=record["number"],
            uuid=record["uuid"],
            status=CaseStatus(record["status"]),
            stage=Stage(record["stage"]),
            last_page=Stage(record["last_page"]),
            created_at=required_time(record["created_at"]),
            updated_at=required_time(record["updated_at"]),
        )
        for section in SECTIONS:
            cls, _ = SECTIONS[section]
            columns = _section_columns(section)
            setattr(case, section, from_row(cls, {f: record[c] for f, c in columns.items()}))
        scalars = decode_values(Case, {name: record[name] for name in CASE_FIELDS})
        for name, value in scalars.items():
            setattr(case, name, value)
        if with_parts:
            self._fill_parts(case)
        return case

    def _fill_parts(self, case: Case) -> None:
        case.commitments = self.children("commitments", case.id)
        case.evidence = self.children("evidence", case.id)
        case.interviews = self.children("interviews", case.id)
        case.factors = self.children("factors", case.id)
        case.actions = self.children("actions", case.id)
        case.updates = self.children("progress_updates", case.id)
        case.escalations = self.children("escalations", case.id)
        case.collaborators = self.children("collaborators", case.id)
        case.requests = self.children("resource_requests", case.id)
        case.compensations = self.children("compensations", case.id)
        case.pauses = self.children("case_pauses", case.id)
        case.timeline = self.children("timeline_events", case.id)
        case.customer_items = self.children("customer_items", case.id)
        case.checklist = self.checklist(case.id)

    # --- parts of a case ----------------------------------------------------------------
    def children(self, table: str, case_id: int) -> list[Any]:
        cls, order = CHILDREN[table]
        cursor = self.conn.execute(
            f"SELECT * FROM {table} WHERE case_id = ? ORDER BY {order}", (case_id,)
        )
        names = [d[0] for d in cursor.description]
        return [from_row(cls, dict(zip(names, row, strict=True))) for row in cursor]

    def child(self, table: str, child_id: int) -> Any:
        cls, _ = CHILDREN[table]
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (child_id,))
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(f"no {table} {child_id}")
        return from_row(cls, dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def case_of(self, table: str, child_id: int) -> int:
        CHILDREN[table]
        row = self.conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (child_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no {table} {child_id}")
        return int(row[0])

    def add_child(self, table: str, case_id: int, item: Any, now: datetime) -> int:
        CHILDREN[table]
        values = to_row(item, skip=("id", "case_id"))
        values["case_id"] = case_id
        if table in _WITH_CREATED and values.get("created_at") is None:
            values["created_at"] = time_to_text(now)
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values())
        )
        if table in _SEARCHED:
            self._dirty.add(case_id)
        return inserted_id(cursor)

    def update_child(self, table: str, child_id: int, values: dict[str, Any]) -> None:
        cls, _ = CHILDREN[table]
        if not values:
            return
        encoded = encode_values(cls, values)
        assignments = ", ".join(f"{name} = ?" for name in encoded)
        cursor = self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*encoded.values(), child_id)
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"no {table} {child_id}")
        if table in _SEARCHED:
            self._dirty.add(self.case_of(table, child_id))

    def delete_child(self, table: str, child_id: int) -> None:
        CHILDREN[table]
        if table in _SEARCHED:
            row = self.conn.execute(
                f"SELECT case_id FROM {table} WHERE id = ?", (child_id,)
            ).fetchone()
            if row:
                self._dirty.add(int(row[0]))
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (child_id,))

    def add_event(self, case_id: int, kind: EventKind, at: datetime, detail: str = "") -> None:
        self.conn.execute(
            "INSERT INTO timeline_events (case_id, at, kind, detail) VALUES (?, ?, ?, ?)",
            (case_id, time_to_text(at), kind.value, detail),
        )

    def checklist(self, case_id: int) -> list[InvestigationItem]:
        rows = self.conn.execute(
            "SELECT item_key, done, note FROM investigation_items WHERE case_id = ?", (case_id,)
        )
        return [InvestigationItem(key, bool(done), note) for key, done, note in rows]

    def set_checklist_item(self, case_id: int, item: InvestigationItem) -> None:
        self.conn.execute(
            "INSERT INTO investigation_items (case_id, item_key, done, note) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (case_id, item_key) DO UPDATE SET done = excluded.done, "
            "note = excluded.note",
            (case_id, item.key, int(item.done), item.note),
        )
        self._dirty.add(case_id)

    def upsert_commitments(
        self,
        case_id: int,
        commitments: Sequence[Commitment],
        dropped: Sequence[int] = (),
        now: datetime | None = None,
    ) -> None:
        """The ledger's changes to one case in one go: each commitment added (id 0) or written
        over, the `dropped` ids deleted, and the list's 'next commitment' columns refreshed."""
        for commitment in commitments:
            values = to_row(commitment, skip=("id", "case_id"))
            if values.get("created_at") is None and now is not None:
                values["created_at"] = time_to_text(now)
            if commitment.id:
                assignments = ", ".join(f"{name} = ?" for name in values)
                cursor = self.conn.execute(
                    f"UPDATE commitments SET {assignments} WHERE id = ? AND case_id = ?",
                    (*values.values(), commitment.id, case_id),
                )
                if cursor.rowcount == 0:
                    raise NotFoundError(f"no commitment {commitment.id} in case {case_id}")
            else:
                values["case_id"] = case_id
                self.conn.execute(
                    f"INSERT INTO commitments ({', '.join(values)}) "
                    f"VALUES ({', '.join('?' for _ in values)})",
                    tuple(values.values()),
                )
        self.conn.executemany(
            "DELETE FROM commitments WHERE id = ? AND case_id = ?",
            [(commitment_id, case_id) for commitment_id in dropped],
        )
        self.refresh_next_commitment(case_id)

    def refresh_next_commitment(self, case_id: int) -> None:
        """Keep the list's 'next commitment' columns in step with the commitments."""
        self.conn.execute(
            """UPDATE cases SET
                 next_due_at = (SELECT due_at FROM commitments
                                WHERE case_id = cases.id AND kept_at IS NULL
                                  AND cancelled_at IS NULL ORDER BY due_at LIMIT 1),
                 next_kind = (SELECT kind FROM commitments
                              WHERE case_id = cases.id AND kept_at IS NULL
                                AND cancelled_at IS NULL ORDER BY due_at LIMIT 1)
               WHERE id = ?""",
            (case_id,),
        )
