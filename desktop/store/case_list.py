"""The list of cases: filters, sorting, paging and search; the commitments due across all
cases (the Today panel, the status line, the calendar export). Read-only queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from desktop.domain.case_query import CaseQuery, SortKey
from desktop.domain.complaint import CaseRow, Commitment, CustomerItem, derive_title
from desktop.domain.enums import CaseStatus, CommitmentKind, ComplaintType, Severity, Stage
from desktop.store.codec import from_row, required_time, text_to_time, time_to_text
from desktop.store.search import CaseSearch

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


class CaseList:
    conn: sqlite3.Connection
    search: CaseSearch

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
