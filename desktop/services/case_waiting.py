"""Waiting on the customer: what they promised us, by when. Asking for something pauses the
case's clock; receiving the last thing awaited starts it again."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.complaint import Case, CaseRow, CustomerItem
from desktop.domain.customer_items import clean_what
from desktop.domain.enums import EventKind
from desktop.services.case_stages import StageVerbs


class CaseWaiting(StageVerbs):
    def wait_for(self, case_id: int, what: str, due_at: datetime | None = None) -> Case:
        """Ask the customer for something; the case's deadlines wait with it. ValidationError
        (nothing named) changes nothing."""
        what = clean_what(what)
        now = self.clock()
        with self.store.transaction():
            case = self._writable(case_id)
            item = CustomerItem(0, what, due_at, now)
            self.store.cases.add_child("customer_items", case_id, item, now)
            self.store.cases.add_event(case_id, EventKind.WAITING_FOR, now, what)
            if not case.is_paused:
                self.pause(case_id, what)
        return self.get(case_id)

    def item_received(self, item_id: int) -> Case:
        """It came: noted, and when nothing else is awaited the clock runs again."""
        return self._settle(item_id, "received_at", EventKind.RECEIVED_FROM_CUSTOMER)

    def cancel_item(self, item_id: int) -> Case:
        """No longer needed: dropped, and when nothing else is awaited the clock runs again."""
        return self._settle(item_id, "cancelled_at", None)

    def _settle(self, item_id: int, field: str, event: EventKind | None) -> Case:
        now = self.clock()
        with self.store.transaction():
            case_id = self.store.cases.case_of("customer_items", item_id)
            case = self._writable(case_id)
            item: CustomerItem = self.store.cases.child("customer_items", item_id)
            if not item.is_open:
                return case
            self.store.cases.update_child("customer_items", item_id, {field: now})
            if event is not None:
                self.store.cases.add_event(case_id, event, now, item.what)
            others = [i for i in case.customer_items if i.is_open and i.id != item_id]
            if not others and case.is_paused:
                self.resume(case_id)
        return self.get(case_id)

    def overdue_customer_items(self) -> list[tuple[CaseRow, CustomerItem]]:
        """What customers promised and have not sent by the date they gave, oldest first."""
        return self.store.cases.overdue_customer_items(self.clock())
