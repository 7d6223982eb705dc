"""The promise ledger's working parts: what a case's deadlines count on (Terms) and the draft
a rule writes its changes in. The rules themselves are in ledger.py, what they change in
ledger_events.py."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from desktop.domain.commitments import WorkCalendar, add_hours, in_daytime
from desktop.domain.complaint import Case, Commitment, TimelineEvent
from desktop.domain.effectiveness import CHECK_DAYS, FINISHED
from desktop.domain.enums import CommitmentKind, EventKind
from desktop.domain.ledger_events import CommitmentChange, LedgerChanges, is_open_commitment
from desktop.domain.settings import Deadlines

__all__ = ["CHECK_DAYS", "FINISHED"]  # with the names below, for ledger.py

# what a progress update keeps, and what closing a case cancels: what we said we would tell
TOLD = (CommitmentKind.PROMISE, CommitmentKind.PROGRESS_UPDATE)
DETAIL = 200  # characters of a description carried into a commitment or the timeline


@dataclass(frozen=True)
class Terms:
    """What a case's deadlines count on: the hours and days of Settings, and the customer's
    calendar (None: calendar hours)."""

    first_response_hours: float = 24
    promise_hours: float = 48
    follow_up_days: int = 30
    calendar: WorkCalendar | None = None
    check_days: int = CHECK_DAYS  # a done action's effectiveness check, unless at the visit
    zone: tzinfo | None = None  # where the user is: a promise in calendar hours falls in the day

    @classmethod
    def of(
        cls, deadlines: Deadlines, calendar: WorkCalendar | None, zone: tzinfo | None = None
    ) -> Terms:
        return cls(
            deadlines.first_response_hours,
            deadlines.promise_hours,
            deadlines.follow_up_days,
            calendar,
            zone=zone,
        )  # the check's days are not a setting (yet)

    def after(self, start: datetime, hours: float) -> datetime:
        """`hours` of counted time after `start`, on the customer's calendar."""
        return add_hours(start, hours, self.calendar)

    def promise_due(self, responded_at: datetime) -> datetime:
        """When the first response promises a progress report, unless the user says when: on a
        working calendar within its hours, else in the day where the user is."""
        due = self.after(responded_at, self.promise_hours)
        if self.calendar is None and self.zone is not None:
            return in_daytime(due, self.zone)
        return due


def first_response_promise(commitments: Iterable[Commitment]) -> Commitment | None:
    """The promise made with the first response: a promise in a letter has its own words."""
    return next(
        (c for c in commitments if c.kind is CommitmentKind.PROMISE and not c.description), None
    )


class Draft:
    """The changes one event calls for (each rule changes a commitment at most once)."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self._changes: list[CommitmentChange] = []
        self._timeline: list[TimelineEvent] = []
        self._follow_up_due: datetime | None = None
        self.reopens = False

    def add(self, kind: CommitmentKind, due: datetime, at: datetime, **values: Any) -> None:
        fields = {
            "description": "",
            "due_at": due,
            "created_at": min(at, due),  # one entered after it fell due counts from then
            **values,
        }
        commitment = Commitment(id=0, case_id=self.case.id, kind=kind, **fields)
        self._changes.append(CommitmentChange(None, commitment))

    def change(self, before: Commitment, **values: Any) -> None:
        after = copy_commitment(before, **values)
        if after.created_at is not None and after.created_at > after.due_at:
            after.created_at = after.due_at
        if after != before:
            self._changes.append(CommitmentChange(before, after))

    def put(
        self,
        existing: Commitment | None,
        kind: CommitmentKind,
        due: datetime,
        at: datetime,
        **values: Any,
    ) -> bool:
        """The one commitment for something (the first response, the visit, an action): the
        existing one changed, else one added. True when added."""
        if existing is None:
            self.add(kind, due, at, **values)
            return True
        self.change(existing, due_at=due, **values)
        return False

    def drop(self, before: Commitment) -> None:
        self._changes.append(CommitmentChange(before, None))

    def note(self, kind: EventKind, at: datetime, detail: str = "", line_id: int = 0) -> None:
        self._timeline.append(TimelineEvent(line_id, at, kind, detail[:DETAIL]))

    def follow_up_due(self, due: datetime, at: datetime) -> None:
        self._follow_up_due = due
        existing = first_of_kind(self.case.commitments, CommitmentKind.FOLLOW_UP)
        self.put(existing, CommitmentKind.FOLLOW_UP, due, at)

    def done(self) -> LedgerChanges:
        return LedgerChanges(
            tuple(self._changes), tuple(self._timeline), self._follow_up_due, self.reopens
        )

    @property
    def visit_due(self) -> datetime | None:
        """The follow-up visit's due date, as this event leaves it."""
        return self._follow_up_due or self.case.follow_up.due_at


def copy_commitment(commitment: Commitment, **values: Any) -> Commitment:
    """dataclasses.replace without its checks (the names here are the fields'): demo data makes
    hundreds of thousands of these."""
    copied = object.__new__(Commitment)
    vars(copied).update(vars(commitment), **values)
    return copied


def first_of_kind(commitments: Iterable[Commitment], kind: CommitmentKind) -> Commitment | None:
    return next((c for c in commitments if c.kind is kind), None)


def open_of_kinds(case: Case, kinds: tuple[CommitmentKind, ...]) -> list[Commitment]:
    return [c for c in case.commitments if c.kind in kinds and is_open_commitment(c)]
