"""Cases and their parts."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

from desktop.domain.case_query import CaseQuery, SortKey
from desktop.domain.complaint import (
    Action,
    Case,
    CaseRow,
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
    derive_title,
    format_case_number,
)
from desktop.domain.enums import (
    CaseStatus,
    CommitmentKind,
    ComplaintType,
    EventKind,
    Severity,
    Stage,
)
from desktop.domain.errors import NotFoundError
from desktop.store.codec import (
    decode_values,
    encode_values,
    from_row,
    required_time,
    text_to_time,
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

_SORT_SQL = {
    SortKey.NUMBER: "cases.number",
    SortKey.CUSTOMER: "cases.customer",
    SortKey.TITLE: "COALESCE(NULLIF(cases.title, ''), substr(cases.complaint_text, 1, 30))",
    SortKey.TYPE: "cases.complaint_type",
    SortKey.SEVERITY: (
        "CASE cases.severity WHEN 'low' THEN 1 WHEN 'medium' THEN 2 "
        "WHEN 'high' THEN 3 WHEN 'critical' THEN 4 ELSE 0 END"
    ),
    SortKey.STAGE: "cases.stage",
    SortKey.NEXT_DUE: "cases.next_due_at",
    SortKey.STATUS: "cases.status",
    SortKey.RECEIVED: "cases.received_at",
}

_ROW_COLUMN_LIST = (
    "cases.id",
    "cases.number",
    "cases.customer",
    "cases.title",
    "substr(cases.complaint_text, 1, 120)",
    "cases.complaint_type",
    "cases.severity",
    "cases.stage",
    "cases.status",
    "cases.received_at",
    "cases.next_due_at",
    "cases.next_kind",
    "cases.paused_since",
    "cases.uuid",
)
_ROW_COLUMNS = ", ".join(_ROW_COLUMN_LIST)


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


class CaseStore:
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
        (last,) = self.conn.execute(
            "SELECT MAX(CAST(substr(number, ?) AS INTEGER)) FROM cases WHERE number LIKE ?",
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
        """The highest case number used in each year."""
        rows = self.conn.execute(
            "SELECT CAST(substr(number, 3, 4) AS INTEGER), MAX(CAST(substr(number, 8) AS INTEGER)) "
            "FROM cases GROUP BY 1"
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

    # --- the list -----------------------------------------------------------------------
    def _where(self, query: CaseQuery, now: datetime) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.status is not None:
            clauses.append("cases.status = ?")
            params.append(query.status.value)
        if query.complaint_type is not None:
            clauses.append("cases.complaint_type = ?")
            params.append(query.complaint_type.value)
        if query.severity is not None:
            clauses.append("cases.severity = ?")
            params.append(query.severity.value)
        if query.overdue_only:
            clauses.append("cases.next_due_at < ? AND cases.paused_since IS NULL")
            params.append(time_to_text(now))
        if query.customer:
            clauses.append("cases.customer = ?")
            params.append(query.customer)
        if query.text:
            condition, search_params = self.search.where(query.text)
            if condition:
                clauses.append(condition)
                params.extend(search_params)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params

    def last_id(self) -> int:
        """The highest case id: how many cases there are, near enough, without counting."""
        (last,) = self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM cases").fetchone()
        return int(last)

    def count(self, query: CaseQuery, now: datetime) -> int:
        where, params = self._where(query, now)
        (total,) = self.conn.execute(f"SELECT COUNT(*) FROM cases {where}", params).fetchone()
        return int(total)

    def rows(self, query: CaseQuery, now: datetime, offset: int, limit: int) -> list[CaseRow]:
        where, params = self._where(query, now)
        direction = "DESC" if query.descending else "ASC"
        order = f"{_SORT_SQL[query.sort]} {direction}, cases.id {direction}"
        cursor = self.conn.execute(
            f"SELECT {_ROW_COLUMNS} FROM cases {where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_case_row(row) for row in cursor]

    def received_since(self, since: datetime) -> list[datetime]:
        rows = self.conn.execute(
            "SELECT received_at FROM cases WHERE received_at >= ?", (time_to_text(since),)
        )
        return [required_time(value) for (value,) in rows]

    def customers(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT customer FROM cases WHERE customer != '' ORDER BY customer"
        )
        return [name for (name,) in rows]

    def contacts(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT contact_name FROM cases WHERE contact_name != '' ORDER BY contact_name"
        )
        return [name for (name,) in rows]

    def count_due(
        self, now: datetime, end_of_day: datetime, running: Sequence[str] = ()
    ) -> tuple[int, int, int]:
        """(due later today, overdue, of the `running` kinds and due after today) among open
        commitments of cases that are not paused."""
        params = (time_to_text(now), time_to_text(end_of_day), *running)
        row = self.conn.execute(self.count_due_sql(running), params).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    @staticmethod
    def count_due_sql(running: Sequence[str]) -> str:
        """count_due's query, answered from indexes alone (migration 0008): two searches of the
        open commitments (by date; by kind and date) instead of one OR that reads them all, and
        the few paused cases instead of a look at every case (2 ms among 100,000, not 40)."""
        open_ones = """SELECT commitments.due_at FROM commitments
               WHERE commitments.kept_at IS NULL AND commitments.cancelled_at IS NULL
                 AND commitments.case_id NOT IN
                     (SELECT id FROM cases WHERE paused_since IS NOT NULL)"""
        kinds = ", ".join("?" * len(running))
        later = (
            f" UNION ALL {open_ones} AND commitments.due_at >= ?2 AND commitments.kind IN ({kinds})"
            if running
            else ""
        )
        return f"""SELECT COALESCE(SUM(due_at >= ?1 AND due_at < ?2), 0),
                      COALESCE(SUM(due_at < ?1), 0), COALESCE(SUM(due_at >= ?2), 0)
               FROM ({open_ones} AND commitments.due_at < ?2{later})"""

    def open_commitments(
        self, now: datetime, until: datetime, limit: int = -1, running: Sequence[str] = ()
    ) -> list[tuple[CaseRow, Commitment]]:
        """Open commitments due before `until` (and those of the `running` kinds whenever they
        fall due), each with its case."""
        kinds = ", ".join("?" * len(running))
        cursor = self.conn.execute(
            f"""SELECT {_ROW_COLUMNS}, commitments.* FROM commitments
                JOIN cases ON cases.id = commitments.case_id
                WHERE commitments.kept_at IS NULL AND commitments.cancelled_at IS NULL
                  AND (commitments.due_at < ? OR commitments.kind IN ({kinds}))
                ORDER BY commitments.due_at LIMIT ?""",
            (time_to_text(until), *running, limit),
        )
        names = [d[0] for d in cursor.description]
        split = len(_ROW_COLUMN_LIST)
        result = []
        for row in cursor:
            commitment = from_row(Commitment, dict(zip(names[split:], row[split:], strict=True)))
            result.append((_case_row(row[:split]), commitment))
        return result

    def overdue_customer_items(self, now: datetime) -> list[tuple[CaseRow, CustomerItem]]:
        """Customers' promises past their date and not kept, each with its case."""
        cursor = self.conn.execute(
            f"""SELECT {_ROW_COLUMNS}, customer_items.* FROM customer_items
                JOIN cases ON cases.id = customer_items.case_id
                WHERE customer_items.received_at IS NULL AND customer_items.cancelled_at IS NULL
                  AND customer_items.due_at < ? AND cases.status != 'closed'
                ORDER BY customer_items.due_at""",
            (time_to_text(now),),
        )
        names = [d[0] for d in cursor.description]
        split = len(_ROW_COLUMN_LIST)
        return [
            (
                _case_row(row[:split]),
                from_row(CustomerItem, dict(zip(names[split:], row[split:], strict=True))),
            )
            for row in cursor
        ]


def _case_row(row: tuple[Any, ...]) -> CaseRow:
    (
        case_id,
        number,
        customer,
        title,
        text,
        kind,
        severity,
        stage,
        status,
        received,
        next_due,
        next_kind,
        paused_since,
        case_uuid,
    ) = row
    return CaseRow(
        id=case_id,
        number=number,
        customer=customer,
        title=title or derive_title(text or ""),
        complaint_type=ComplaintType(kind) if kind else None,
        severity=Severity(severity) if severity else None,
        stage=Stage(stage),
        status=CaseStatus(status),
        received_at=text_to_time(received),
        next_due_at=text_to_time(next_due),
        next_kind=CommitmentKind(next_kind) if next_kind else None,
        paused=paused_since is not None,
        uuid=case_uuid,
    )
