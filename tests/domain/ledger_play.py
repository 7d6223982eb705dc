"""A case in memory that events happen to, as the case service would store them: the
ledger's changes applied, and the case's own fields that each verb sets."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from desktop.domain import ledger
from desktop.domain.complaint import Case
from desktop.domain.enums import CaseStatus, Stage

T0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # Monday 09:00 in Shanghai
# what the service lets happen to a closed case (the others are refused as "case_closed")
ON_A_CLOSED_CASE = (
    ledger.FollowUpScheduled,
    ledger.FollowUpDone,
    ledger.Reopened,
    ledger.CheckRecorded,
)


def new_case() -> Case:
    return Case(
        id=1,
        number="C-2026-0001",
        uuid="ledger-test",
        status=CaseStatus.OPEN,
        stage=Stage.INTAKE,
        last_page=Stage.INTAKE,
        created_at=T0,
        updated_at=T0,
    )


def allowed(case: Case, event: ledger.Event) -> bool:
    return not case.is_closed or isinstance(event, ON_A_CLOSED_CASE)


def play(
    case: Case, event: ledger.Event, terms: ledger.Terms | None = None
) -> ledger.LedgerChanges:
    """What happens to `case` (changed in place) when `event` does; returns the changes."""
    result = ledger.changes(case, event, terms or ledger.Terms())
    ledger.apply(case, result)
    match event:
        case ledger.Received(at=at):
            case.intake.received_at = at
        case ledger.Responded(at=at):
            case.first_response.responded_at = at
        case ledger.ActionChanged(action=action) | ledger.CheckRecorded(action=action):
            others = [a for a in case.actions if a.id != action.id]
            case.actions = [*others, dataclasses.replace(action)]
        case ledger.ActionDeleted(action_id=action_id):
            case.actions = [a for a in case.actions if a.id != action_id]
        case ledger.Paused(at=at):
            case.paused_since = case.paused_since or at
        case ledger.Resumed():
            case.paused_since = None
        case ledger.Closed(at=at):
            case.status, case.closed_at = CaseStatus.CLOSED, at
        case ledger.Reopened():
            case.status, case.closed_at = CaseStatus.OPEN, None
        case ledger.FollowUpDone(done_at=done_at):
            case.follow_up.done_at = done_at
    return result
