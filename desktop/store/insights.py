"""The Insights view's figures, counted by SQLite month by month from indexes alone.

The 24-hour figure and "kept on time" read the commitments as the ledger keeps them: a due time
counted in the customer's working hours and stretched by every pause. A commitment kept counts
in the month it was kept, on time when kept by its due time; one past its due time and not kept
counts as missed in the month it fell due, unless its case is waiting on the customer. An
effectiveness check counts in the month it was recorded, held or failed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from desktop.domain.enums import ComplaintType
from desktop.domain.stats import MonthFigures
from desktop.store.codec import text_to_time, time_to_text

Month = tuple[str, datetime, datetime]  # "2026-11", its first moment, the next month's
# the partial indexes' conditions, as the queries must say them to use them
KEPT = "kept_at IS NOT NULL AND cancelled_at IS NULL"
LATE = "kept_at > due_at AND cancelled_at IS NULL"


def _t(moment: datetime) -> str:
    text = time_to_text(moment)
    assert text is not None
    return text


class InsightsStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def earliest(self) -> datetime | None:
        """The first moment Insights can count: the first complaint (a case's commitments come
        after it was received)."""
        row = self.conn.execute("SELECT MIN(received_at) FROM cases").fetchone()
        return text_to_time(row[0]) if row and row[0] else None

    def months(self, months: Sequence[Month], now: datetime) -> dict[str, MonthFigures]:
        """Per month: complaints received by type; first responses and all commitments kept
        (on time or late) or missed; CSAT and NPS by the month surveyed (else received);
        effectiveness checks recorded and held, by the month they were recorded. One
        range of an index per figure and month: no row of a case is read."""
        figures = {name: MonthFigures(name) for name, _start, _stop in months}
        self.count_cases(months, figures)
        self.count_commitments(months, now, figures)
        return figures

    def count_cases(self, months: Sequence[Month], figures: dict[str, MonthFigures]) -> None:
        """The complaints, surveys and checks of each month, into `figures`."""
        kinds = {kind.value: kind for kind in ComplaintType}
        for name, start, stop in months:
            span = (_t(start), _t(stop))
            month = figures[name]
            for kind, count in self.conn.execute(
                """SELECT complaint_type, COUNT(*) FROM cases INDEXED BY cases_received_figures
                   WHERE received_at >= ? AND received_at < ? AND status != 'draft'
                   GROUP BY complaint_type""",
                span,
            ):
                month.complaints[kinds.get(kind)] = count
            (
                month.csat_sum,
                month.csat_count,
                month.promoters,
                month.detractors,
                month.nps_count,
            ) = self.conn.execute(
                """SELECT COALESCE(SUM(csat), 0), COUNT(csat), COALESCE(SUM(nps >= 9), 0),
                          COALESCE(SUM(nps <= 6), 0), COUNT(nps)
                   FROM cases INDEXED BY cases_survey_figures
                   WHERE COALESCE(surveyed_at, received_at) >= ?
                     AND COALESCE(surveyed_at, received_at) < ?
                     AND (csat IS NOT NULL OR nps IS NOT NULL) AND status != 'draft'""",
                span,
            ).fetchone()
            month.checks_recorded, month.checks_held = self.conn.execute(
                """SELECT COUNT(*), COALESCE(SUM(check_result = 'held'), 0)
                   FROM actions INDEXED BY actions_check_figures
                   WHERE checked_at >= ? AND checked_at < ? AND checked_at IS NOT NULL""",
                span,
            ).fetchone()

    def count_commitments(
        self, months: Sequence[Month], now: datetime, figures: dict[str, MonthFigures]
    ) -> None:
        """The commitments kept (on time, late) and missed, and the first responses, of each
        month, into `figures` (other fields than count_cases: the two may run at once)."""
        first = "AND kind = 'first_response'"
        for name, start, stop in months:
            span = (_t(start), _t(stop))
            month = figures[name]
            kept = self._count("commitments_kept_figures", KEPT, span)
            month.kept_late = self._count("commitments_kept_late", LATE, span)
            month.kept_on_time = kept - month.kept_late
            first_kept = self._count("first_responses_kept", f"{KEPT} {first}", span)
            first_late = self._count("first_responses_kept_late", f"{LATE} {first}", span)
            month.first_due = first_kept + self._missed("commitments_open_kind", first, span, now)
            month.first_on_time = first_kept - first_late
            month.missed = self._missed("commitments_open", "", span, now)

    def _missed(self, index: str, condition: str, span: tuple[str, str], now: datetime) -> int:
        """Commitments past due in a span (by due time), not kept, their case not paused."""
        return int(
            self.conn.execute(
                f"""SELECT COUNT(*) FROM commitments INDEXED BY {index}
                    WHERE due_at >= ? AND due_at < ? AND due_at < ?
                      AND kept_at IS NULL AND cancelled_at IS NULL {condition}
                      AND case_id NOT IN (SELECT id FROM cases WHERE paused_since IS NOT NULL)""",
                (*span, _t(now)),
            ).fetchone()[0]
        )

    def _count(self, index: str, condition: str, span: tuple[str, str]) -> int:
        """Kept commitments in a span of time (by when kept) that meet the condition of a
        partial index: a count of its entries."""
        return int(
            self.conn.execute(
                f"""SELECT COUNT(*) FROM commitments INDEXED BY {index}
                    WHERE kept_at >= ? AND kept_at < ? AND {condition}""",
                span,
            ).fetchone()[0]
        )

    def mean_days_to_close(self, since: datetime) -> float | None:
        row = self.conn.execute(
            """SELECT AVG(julianday(closed_at) - julianday(received_at))
               FROM cases INDEXED BY cases_received_figures
               WHERE received_at >= ? AND closed_at >= received_at AND status != 'draft'""",
            (_t(since),),
        ).fetchone()
        return row[0]

    def repeat_customers(self, since: datetime, top: int = 10) -> list[tuple[str, int]]:
        """Customers who complained more than once, most first (ties by name): counted by
        customer record, so the spellings and other names linked to one count together; a case
        not linked counts by the name typed in it."""
        rows = self.conn.execute(
            """SELECT name, n FROM (
                 SELECT customers.name AS name, counted.n AS n FROM (
                   SELECT customer_id, COUNT(*) AS n FROM cases INDEXED BY cases_customer_id_figures
                   WHERE customer_id IS NOT NULL AND received_at >= ? AND status != 'draft'
                     AND customer != ''
                   GROUP BY customer_id HAVING n > 1) AS counted
                 JOIN customers ON customers.id = counted.customer_id
                 UNION ALL
                 SELECT customer, COUNT(*) AS n FROM cases INDEXED BY cases_customer_id_figures
                 WHERE customer_id IS NULL AND received_at >= ? AND status != 'draft'
                   AND customer != ''
                 GROUP BY customer HAVING n > 1)
               ORDER BY n DESC, name LIMIT ?""",
            (_t(since), _t(since), top),
        )
        return [(customer, count) for customer, count in rows]

    def any_cases(self) -> bool:
        return bool(
            self.conn.execute(
                "SELECT EXISTS(SELECT 1 FROM cases WHERE status != 'draft')"
            ).fetchone()[0]
        )
