"""The promise ledger's rules: given a case and what happened to it, the commitment changes.

Every deadline of a case is a commitment: the first response, each promise, each action with a
due date, the next progress update, the follow-up visit. When one is made, moved, kept or
cancelled is decided here and nowhere else; the case service stores the changes in one
transaction, and the demo data is made with the same rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.domain.commitments import WorkCalendar, add_hours, stretch_due
from desktop.domain.complaint import Case, Commitment, TimelineEvent
from desktop.domain.enums import ActionHorizon, ActionStatus, CommitmentKind, EventKind
from desktop.domain.ledger_events import (
    ActionChanged,
    ActionDeleted,
    ChangeKind,
    Closed,
    CommitmentChange,
    Event,
    FollowUpDone,
    FollowUpScheduled,
    LedgerChanges,
    Paused,
    PromiseMade,
    Received,
    Reopened,
    Responded,
    Resumed,
    UpdateSent,
    is_open_commitment,
)
from desktop.domain.settings import Deadlines

# the events and the changes too, so that callers name them as the ledger's: ledger.Received
__all__ = [
    "FINISHED",
    "ActionChanged",
    "ActionDeleted",
    "ChangeKind",
    "Closed",
    "CommitmentChange",
    "Event",
    "FollowUpDone",
    "FollowUpScheduled",
    "LedgerChanges",
    "Paused",
    "PromiseMade",
    "Received",
    "Reopened",
    "Responded",
    "Resumed",
    "Terms",
    "UpdateSent",
    "apply",
    "changes",
    "first_response_promise",
    "is_open_commitment",
]

FINISHED = (ActionStatus.DONE, ActionStatus.VERIFIED)
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

    @classmethod
    def of(cls, deadlines: Deadlines, calendar: WorkCalendar | None) -> Terms:
        return cls(
            deadlines.first_response_hours,
            deadlines.promise_hours,
            deadlines.follow_up_days,
            calendar,
        )

    def after(self, start: datetime, hours: float) -> datetime:
        """`hours` of counted time after `start`, on the customer's calendar."""
        return add_hours(start, hours, self.calendar)

    def promise_due(self, responded_at: datetime) -> datetime:
        """When the first response promises a progress report, unless the user says when."""
        return self.after(responded_at, self.promise_hours)


def first_response_promise(commitments: Iterable[Commitment]) -> Commitment | None:
    """The promise made with the first response: a promise in a letter has its own words."""
    return next(
        (c for c in commitments if c.kind is CommitmentKind.PROMISE and not c.description), None
    )


def changes(case: Case, event: Event, terms: Terms) -> LedgerChanges:
    """The changes to `case`'s commitments (and the timeline lines about them) that `event`
    calls for. `case` is the case before the event, with its commitments and timeline."""
    return _RULES[type(event)](case, event, terms).done()


def apply(case: Case, result: LedgerChanges) -> None:
    """Make the changes on a case in memory (demo data, tests). The result's new commitments
    and timeline lines become the case's: they get the next free ids and go last (the store
    orders them by time when it reads)."""
    kept = {c.id: c for c in case.commitments}
    next_id = max(kept, default=0) + 1
    for change in result.commitments:
        if change.after is None:
            assert change.before is not None
            del kept[change.before.id]
        elif change.after.id == 0:
            change.after.id, change.after.case_id = next_id, case.id
            kept[next_id] = change.after
            next_id += 1
        else:
            kept[change.after.id] = change.after
    case.commitments = list(kept.values())
    lines = {line.id: line for line in case.timeline}
    next_line = max(lines, default=0) + 1
    for line in result.timeline:
        if line.id:
            lines[line.id] = line
        else:
            line.id = next_line
            lines[next_line] = line
            next_line += 1
    case.timeline = list(lines.values())
    if result.follow_up_due is not None:
        case.follow_up.due_at = result.follow_up_due


class _Draft:
    """The changes one event calls for (each rule changes a commitment at most once)."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self._changes: list[CommitmentChange] = []
        self._timeline: list[TimelineEvent] = []
        self._follow_up_due: datetime | None = None

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
        after = _copy(before, **values)
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
        existing = _first(self.case.commitments, CommitmentKind.FOLLOW_UP)
        self.put(existing, CommitmentKind.FOLLOW_UP, due, at)

    def done(self) -> LedgerChanges:
        return LedgerChanges(tuple(self._changes), tuple(self._timeline), self._follow_up_due)


def _copy(commitment: Commitment, **values: Any) -> Commitment:
    """dataclasses.replace without its checks (the names here are the fields'): demo data makes
    hundreds of thousands of these."""
    copied = object.__new__(Commitment)
    vars(copied).update(vars(commitment), **values)
    return copied


def _first(commitments: Iterable[Commitment], kind: CommitmentKind) -> Commitment | None:
    return next((c for c in commitments if c.kind is kind), None)


def _open(case: Case, kinds: tuple[CommitmentKind, ...]) -> list[Commitment]:
    return [c for c in case.commitments if c.kind in kinds and is_open_commitment(c)]


# --- the rules, one per event -------------------------------------------------------------
def _received(case: Case, event: Received, terms: Terms) -> _Draft:
    """The first response's hours count from when the complaint was received; moving that
    time moves its deadline."""
    draft = _Draft(case)
    due = terms.after(event.at, terms.first_response_hours)
    existing = _first(case.commitments, CommitmentKind.FIRST_RESPONSE)
    kept = case.first_response.responded_at
    draft.put(
        existing, CommitmentKind.FIRST_RESPONSE, due, event.at, created_at=event.at, kept_at=kept
    )
    line = next((e for e in case.timeline if e.kind is EventKind.RECEIVED), None)
    draft.note(EventKind.RECEIVED, event.at, line_id=line.id if line else 0)
    return draft


def _responded(case: Case, event: Responded, terms: Terms) -> _Draft:
    """The first response keeps the 24 hours and promises a progress report by a time."""
    draft = _Draft(case)
    for commitment in case.commitments:
        if commitment.kind is CommitmentKind.FIRST_RESPONSE:
            draft.change(commitment, kept_at=event.at)
    due = event.promise_due or terms.promise_due(event.at)
    promise = first_response_promise(case.commitments)
    if draft.put(promise, CommitmentKind.PROMISE, due, event.at, created_at=event.at):
        draft.note(EventKind.RESPONDED, event.at)
        draft.note(EventKind.PROMISE_MADE, event.at, due.isoformat())
    return draft


def _promise_made(case: Case, event: PromiseMade, terms: Terms) -> _Draft:
    draft = _Draft(case)
    draft.add(CommitmentKind.PROMISE, event.due_at, event.at, description=event.description)
    draft.note(EventKind.PROMISE_MADE, event.at, event.due_at.isoformat())
    return draft


def _update_sent(case: Case, event: UpdateSent, terms: Terms) -> _Draft:
    """A progress update keeps what we said we would tell, and the next one falls due."""
    draft = _Draft(case)
    for commitment in _open(case, TOLD):
        draft.change(commitment, kept_at=event.at)
        if commitment.kind is CommitmentKind.PROMISE:
            draft.note(EventKind.PROMISE_KEPT, event.at)
    draft.note(EventKind.UPDATE_SENT, event.at, event.summary)
    if not case.is_closed:
        due = event.at + timedelta(days=case.next_update_days)
        draft.add(CommitmentKind.PROGRESS_UPDATE, due, event.at)
    return draft


def _action_changed(case: Case, event: ActionChanged, terms: Terms) -> _Draft:
    """An action with a due date is a commitment, kept when the action is done; the fix done
    (a short-term action) sets the follow-up visit, unless one is set already."""
    draft = _Draft(case)
    action, before = event.action, event.before
    if before is None:
        draft.note(EventKind.ACTION_ADDED, event.at, action.description)
    finished = action.status in FINISHED
    done_at = action.done_at or event.at
    if finished and (before is None or before.status not in FINISHED):
        draft.note(EventKind.ACTION_DONE, done_at, action.description)
        if action.horizon is ActionHorizon.SHORT_TERM and case.follow_up.due_at is None:
            draft.follow_up_due(done_at + timedelta(days=terms.follow_up_days), event.at)
    own = [c for c in case.commitments if _is_of_action(c, action.id)]
    if action.due_at is None:
        for commitment in own:
            draft.drop(commitment)
        return draft
    existing = own[0] if own else None
    cancelled_at = None
    if action.status is ActionStatus.CANCELLED:  # when it was cancelled, if it was before
        cancelled_at = (existing.cancelled_at if existing else None) or event.at
    draft.put(
        existing,
        CommitmentKind.ACTION,
        action.due_at,
        event.at,
        source_id=action.id,
        description=action.description[:DETAIL],
        kept_at=done_at if finished else None,
        cancelled_at=cancelled_at,
    )
    return draft


def _is_of_action(commitment: Commitment, action_id: int) -> bool:
    return commitment.kind is CommitmentKind.ACTION and commitment.source_id == action_id


def _action_deleted(case: Case, event: ActionDeleted, terms: Terms) -> _Draft:
    draft = _Draft(case)
    for commitment in case.commitments:
        if _is_of_action(commitment, event.action_id):
            draft.drop(commitment)
    return draft


def _paused(case: Case, event: Paused, terms: Terms) -> _Draft:
    """Waiting on the customer: the open commitments' clocks stop (their state shows it)."""
    draft = _Draft(case)
    if not case.is_paused:
        draft.note(EventKind.PAUSED, event.at, event.reason)
    return draft


def _resumed(case: Case, event: Resumed, terms: Terms) -> _Draft:
    """The pause ends: every open commitment is due later by the counted time it took."""
    draft = _Draft(case)
    if case.paused_since is None:
        return draft
    pause = (case.paused_since, event.at)
    for commitment in case.commitments:
        if is_open_commitment(commitment):
            draft.change(commitment, due_at=stretch_due(commitment, pause, terms.calendar))
    draft.note(EventKind.RESUMED, event.at)
    return draft


def _closed(case: Case, event: Closed, terms: Terms) -> _Draft:
    """A closed case tells the customer nothing more: its open promises and updates end."""
    draft = _Draft(case)
    for commitment in _open(case, TOLD):
        draft.change(commitment, cancelled_at=event.at)
    draft.note(EventKind.CLOSED, event.at)
    return draft


def _reopened(case: Case, event: Reopened, terms: Terms) -> _Draft:
    draft = _Draft(case)
    draft.note(EventKind.REOPENED, event.at)
    return draft


def _follow_up_scheduled(case: Case, event: FollowUpScheduled, terms: Terms) -> _Draft:
    draft = _Draft(case)
    draft.follow_up_due(event.due_at, event.at)
    return draft


def _follow_up_done(case: Case, event: FollowUpDone, terms: Terms) -> _Draft:
    draft = _Draft(case)
    for commitment in case.commitments:
        if commitment.kind is CommitmentKind.FOLLOW_UP:
            draft.change(commitment, kept_at=event.done_at)
    if event.done_at and case.follow_up.done_at is None:
        draft.note(EventKind.FOLLOW_UP_DONE, event.done_at)
    return draft


_RULES: dict[type, Callable[..., _Draft]] = {
    Received: _received,
    Responded: _responded,
    PromiseMade: _promise_made,
    UpdateSent: _update_sent,
    ActionChanged: _action_changed,
    ActionDeleted: _action_deleted,
    Paused: _paused,
    Resumed: _resumed,
    Closed: _closed,
    Reopened: _reopened,
    FollowUpScheduled: _follow_up_scheduled,
    FollowUpDone: _follow_up_done,
}
