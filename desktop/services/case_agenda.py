"""The agenda: the promise ledger of a case, what falls due today or soon across all cases,
the counts for the status line, every open commitment as a calendar event, and the escalation
advice that reads the ledger."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.domain import case_rules
from desktop.domain.catalog import label
from desktop.domain.commitments import LedgerEntry, LedgerSummary, ledger
from desktop.domain.complaint import Case, CaseRow
from desktop.domain.enums import CommitmentKind, Language
from desktop.services.case_access import CaseAccess
from desktop.store.store import Store

if TYPE_CHECKING:
    from desktop.domain.ics import CalendarEvent

FAR_FUTURE = datetime(9000, 1, 1, tzinfo=UTC)
# always on the Today panel while open: the 24-hour clock of a new complaint
RUNNING = (CommitmentKind.FIRST_RESPONSE.value,)


class CaseAgenda(CaseAccess):
    def ledger(self, case: Case) -> list[LedgerEntry]:
        return ledger(case.commitments, self.clock(), self.zone, paused=case.is_paused)

    def due_soon(
        self, within: timedelta, limit: int = -1, running: Sequence[str] = ()
    ) -> list[tuple[CaseRow, LedgerEntry]]:
        """Open commitments across all cases that are overdue or due within `within` (and those
        of the `running` kinds whenever they fall due)."""
        now = self.clock()
        result = []
        rows = self.store.cases.open_commitments(now, now + within, limit, running)
        for row, commitment in rows:
            [entry] = ledger([commitment], now, self.zone, paused=row.paused)
            result.append((row, entry))
        return result

    def due_today(self, limit: int = -1) -> list[tuple[CaseRow, LedgerEntry]]:
        """Open commitments that are overdue or due before midnight (local), most urgent first,
        and every first response whose clock is running (a new case's 24 hours)."""
        now = self.clock()
        local_now = now.astimezone(self.zone)
        end_of_day = (local_now + timedelta(days=1)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        return self.due_soon(end_of_day - now, limit, RUNNING)

    def due_summary(self, running: bool = False) -> LedgerSummary:
        """How many commitments are due today and overdue, for the status line; `running`: and
        the first responses whose clock runs (the Today panel lists them)."""
        plain, with_running = self._due_summaries(self.store)
        return with_running if running else plain

    def due_summary_detached(self, running: bool = False) -> LedgerSummary:
        """due_summary(), on a connection of its own: safe to call off the GUI thread (it
        counts every open commitment: about 10 ms among 100,000 cases)."""
        plain, with_running = self.due_summaries_detached()
        return with_running if running else plain

    def due_summaries_detached(self) -> tuple[LedgerSummary, LedgerSummary]:
        """Both summaries, without and with the running first responses, from one count on a
        connection of its own."""
        with self.store.reader() as reader:
            return self._due_summaries(reader)

    def _due_summaries(self, store: Store) -> tuple[LedgerSummary, LedgerSummary]:
        now = self.clock()
        local_now = now.astimezone(self.zone)
        end_of_day = (local_now + timedelta(days=1)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        due_today, overdue, running_later = store.cases.count_due(now, end_of_day, RUNNING)
        plain = LedgerSummary(due_today=due_today, overdue=overdue, kept_on_time=0, kept_late=0)
        return plain, dataclasses.replace(plain, due_today=due_today + running_later)

    def calendar_events(self, language: Language) -> list[CalendarEvent]:
        """Every open commitment as a calendar event, with an alarm before it."""
        from desktop.domain.ics import CalendarEvent

        now = self.clock()
        warning = timedelta(hours=max(self.settings.deadlines().warning_hours, 0) or 1)
        events = []
        for row, commitment in self.store.cases.open_commitments(now, FAR_FUTURE):
            kind = label(commitment.kind, language)
            summary = f"{kind} · {row.number} {row.customer}"
            description = "\n".join(filter(None, [row.title, commitment.description]))
            events.append(
                CalendarEvent(
                    uid=f"commitment-{commitment.id}-{row.uuid}@turnaround",
                    start=commitment.due_at,
                    summary=summary,
                    description=description,
                    alarm_before=warning,
                )
            )
        return events

    def escalation_reasons(self, case: Case) -> list[str]:
        states = [entry.state for entry in self.ledger(case)]
        return case_rules.escalation_reasons(case, states)

    def escalation_advice(self, case: Case) -> tuple[list[str], list[str]]:
        """Why to escalate, and (when nothing calls for it) what was found calm: one ledger."""
        states = [entry.state for entry in self.ledger(case)]
        return (
            case_rules.escalation_reasons(case, states),
            case_rules.escalation_checked(case, states),
        )

    def escalation_checked(self, case: Case) -> list[str]:
        return self.escalation_advice(case)[1]
