"""The agenda: the promise ledger of a case, what falls due today or soon across all cases,
the counts for the status line, every open commitment as a calendar event, and the escalation
advice that reads the ledger."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import case_rules
from desktop.domain.catalog import label
from desktop.domain.commitments import LedgerEntry, LedgerSummary, ledger, summarise
from desktop.domain.complaint import Case, CaseRow, Commitment
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

    def tally(self, case: Case) -> LedgerSummary:
        """The case's promises counted: kept on time, kept late, overdue, due today."""
        return summarise(self.ledger(case))

    def calendar_events(self, language: Language, case: Case | None = None) -> list[CalendarEvent]:
        """Every open commitment (of one case, or of all) as a calendar event, with an alarm
        before it."""
        if case is None:
            return [
                self._event(row.number, row.customer, row.uuid, row.title, commitment, language)
                for row, commitment in self.store.cases.open_commitments(self.clock(), FAR_FUTURE)
            ]
        return [
            self._event(
                case.number, case.intake.customer, case.uuid, case.title, commitment, language
            )
            for commitment in case.commitments
            if commitment.kept_at is None and commitment.cancelled_at is None
        ]

    def export_calendar(self, path: Path, language: Language, case: Case | None = None) -> int:
        """Write the open commitments (of one case, or of all) to an .ics file; how many."""
        from desktop.domain.ics import calendar_text
        from desktop.safe_write import write_atomically

        events = self.calendar_events(language, case)
        write_atomically(path, calendar_text(events, self.clock()).encode("utf-8"))
        return len(events)

    def _event(
        self,
        number: str,
        customer: str,
        uuid: str,
        title: str,
        commitment: Commitment,
        language: Language,
    ) -> CalendarEvent:
        from desktop.domain.ics import CalendarEvent

        warning = timedelta(hours=max(self.settings.deadlines().warning_hours, 0) or 1)
        kind = label(commitment.kind, language)
        return CalendarEvent(
            uid=f"commitment-{commitment.id}-{uuid}@turnaround",
            start=commitment.due_at,
            summary=f"{kind} · {number} {customer}",
            description="\n".join(filter(None, [title, commitment.description])),
            alarm_before=warning,
        )

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
