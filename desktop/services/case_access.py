"""What every verb on a case shares: its dependencies, the case to change (refused when
closed), and the promise ledger's changes stored for an event."""

from __future__ import annotations

from datetime import datetime, tzinfo

from desktop.domain import ledger
from desktop.domain.complaint import Case
from desktop.domain.errors import ValidationError
from desktop.services.calendars import CalendarService
from desktop.services.clock import Clock
from desktop.services.settings import SettingsService
from desktop.store.store import Store


class CaseAccess:
    def __init__(
        self,
        store: Store,
        settings: SettingsService,
        calendars: CalendarService,
        clock: Clock,
        zone: tzinfo,
    ) -> None:
        self.store = store
        self.settings = settings
        self.calendars = calendars
        self.clock = clock
        self.zone = zone

    def get(self, case_id: int) -> Case:
        return self.store.cases.get(case_id)

    def _writable(self, case_id: int, allow_closed: bool = False) -> Case:
        case = self.store.cases.get(case_id)
        if case.is_closed and not allow_closed:
            raise ValidationError("status", "case_closed")
        return case

    def terms(self, customer: str) -> ledger.Terms:
        """What the customer's deadlines count on."""
        calendar = self.calendars.calendar_for(customer)
        return ledger.Terms.of(self.settings.deadlines(), calendar, self.zone)

    def _record(self, case: Case, event: ledger.Event, now: datetime) -> ledger.LedgerChanges:
        """Store what the ledger's rules make of `event` (inside the caller's transaction):
        the commitments in one upsert, the timeline lines, the follow-up visit's due date."""
        result = ledger.changes(case, event, self.terms(case.intake.customer))
        cases = self.store.cases
        if result.follow_up_due is not None:
            cases.update_section(case.id, "follow_up", {"due_at": result.follow_up_due}, now)
        kept = [change.after for change in result.commitments if change.after is not None]
        dropped = [
            change.before.id
            for change in result.commitments
            if change.after is None and change.before is not None
        ]
        cases.upsert_commitments(case.id, kept, dropped, now)
        for line in result.timeline:
            if line.id:
                cases.update_child("timeline_events", line.id, {"at": line.at})
            else:
                cases.add_event(case.id, line.kind, line.at, line.detail)
        return result
