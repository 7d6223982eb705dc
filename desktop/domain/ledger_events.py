"""What can happen to a case that the promise ledger answers, and the changes it answers with
(domain/ledger.py has the rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.domain.complaint import Action, Commitment, TimelineEvent


@dataclass(frozen=True)
class Received:
    at: datetime  # when the complaint was received (it may be moved later)


@dataclass(frozen=True)
class Responded:
    at: datetime
    promise_due: datetime | None = None  # None: the promise hours of Settings after `at`


@dataclass(frozen=True)
class PromiseMade:
    at: datetime
    due_at: datetime
    description: str


@dataclass(frozen=True)
class PromiseKept:
    """The user says a promise was kept (the visit made, the report handed over)."""

    at: datetime
    commitment_id: int
    kept_at: datetime


@dataclass(frozen=True)
class PromiseWithdrawn:
    """A promise that will not be kept as made, and why (agreed otherwise with the customer)."""

    at: datetime
    commitment_id: int
    reason: str


@dataclass(frozen=True)
class UpdateSent:
    at: datetime
    summary: str = ""


@dataclass(frozen=True)
class ActionChanged:
    """An action was added (`before` is None) or edited: its due date, wording or status."""

    at: datetime
    action: Action
    before: Action | None = None


@dataclass(frozen=True)
class CheckRecorded:
    """An action's effectiveness check was recorded: `action` as saved, with its result, note
    and when it was checked."""

    at: datetime
    action: Action


@dataclass(frozen=True)
class ActionDeleted:
    at: datetime
    action_id: int


@dataclass(frozen=True)
class Paused:
    at: datetime
    reason: str = ""


@dataclass(frozen=True)
class Resumed:
    at: datetime


@dataclass(frozen=True)
class Closed:
    at: datetime


@dataclass(frozen=True)
class Reopened:
    at: datetime


@dataclass(frozen=True)
class FollowUpScheduled:
    at: datetime
    due_at: datetime


@dataclass(frozen=True)
class FollowUpDone:
    at: datetime
    done_at: datetime | None  # None: the visit's date was cleared


Event = (
    Received
    | Responded
    | PromiseMade
    | PromiseKept
    | PromiseWithdrawn
    | UpdateSent
    | ActionChanged
    | ActionDeleted
    | CheckRecorded
    | Paused
    | Resumed
    | Closed
    | Reopened
    | FollowUpScheduled
    | FollowUpDone
)


# --- what changes -------------------------------------------------------------------------
class ChangeKind(StrEnum):
    ADD = "add"
    MOVE = "move"  # due time, wording or start changed; still open (or still closed)
    KEEP = "keep"
    CANCEL = "cancel"
    REOPEN = "reopen"  # only when what kept it is taken back (an action undone, a visit cleared)
    DROP = "drop"  # the commitment has no due date any more (an action's), or no action


@dataclass(frozen=True)
class CommitmentChange:
    before: Commitment | None  # None: added
    after: Commitment | None  # None: dropped

    @property
    def kind(self) -> ChangeKind:
        if self.before is None:
            return ChangeKind.ADD
        if self.after is None:
            return ChangeKind.DROP
        was_open, is_open = is_open_commitment(self.before), is_open_commitment(self.after)
        if was_open and self.after.kept_at is not None:
            return ChangeKind.KEEP
        if was_open and self.after.cancelled_at is not None:
            return ChangeKind.CANCEL
        if is_open and not was_open:
            return ChangeKind.REOPEN
        return ChangeKind.MOVE


@dataclass(frozen=True)
class LedgerChanges:
    commitments: tuple[CommitmentChange, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()  # an id other than 0: that line moved
    follow_up_due: datetime | None = None  # the visit's new due date, when it has one
    reopens: bool = False  # back to the plan stage, open: a failed effectiveness check


def is_open_commitment(commitment: Commitment) -> bool:
    return commitment.kept_at is None and commitment.cancelled_at is None
