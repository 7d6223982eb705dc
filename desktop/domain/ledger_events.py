"""What can happen to a case that the promise ledger answers (domain/ledger.py says how)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.complaint import Action


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
