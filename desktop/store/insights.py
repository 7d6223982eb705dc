"""The few columns the Insights view needs, read in bulk; counts done by SQLite."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktop.domain.enums import ComplaintType
from desktop.domain.stats import CommitmentCounts
from desktop.store.codec import time_to_text


class InsightsStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def cases_since(self, since: datetime, now: datetime, local: str) -> list[tuple]:
        """Per case received since `since`: (local month, type, hours to the first response,
        hours since received, days to close, CSAT, NPS, customer). `local` is an SQLite date
        modifier for the user's time zone."""
        rows = self.conn.execute(
            """SELECT strftime('%Y-%m', received_at, ?), complaint_type,
                      (julianday(responded_at) - julianday(received_at)) * 24,
                      (julianday(?) - julianday(received_at)) * 24,
                      julianday(closed_at) - julianday(received_at),
                      csat, nps, customer
               FROM cases WHERE received_at >= ? AND status != 'draft'""",
            (local, time_to_text(now), time_to_text(since)),
        )
        kinds = {kind.value: kind for kind in ComplaintType}
        return [
            (month, kinds.get(kind), response, age, close, csat, nps, customer)
            for month, kind, response, age, close, csat, nps, customer in rows
        ]

    def any_cases(self) -> bool:
        return bool(
            self.conn.execute(
                "SELECT EXISTS(SELECT 1 FROM cases WHERE status != 'draft')"
            ).fetchone()[0]
        )

    def commitment_counts(self, since: datetime, now: datetime) -> CommitmentCounts:
        row = self.conn.execute(
            """SELECT COALESCE(SUM(kept_at IS NOT NULL AND kept_at <= due_at), 0),
                      COALESCE(SUM(kept_at IS NOT NULL AND kept_at > due_at), 0),
                      COALESCE(SUM(kept_at IS NULL AND cancelled_at IS NULL AND due_at < ?), 0)
               FROM commitments WHERE due_at >= ?""",
            (time_to_text(now), time_to_text(since)),
        ).fetchone()
        return CommitmentCounts(*row)
