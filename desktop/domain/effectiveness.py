"""Fixes proven to hold: when a done action's effectiveness check falls due, and what a failed
check asks of the plan.

The rule for the due date, in this order:
1. the date the user gave the check (`Action.check_due_at`);
2. the fix (a short-term action): at the follow-up visit, when one is due on or after the day
   it was done (a fix done sets the visit when none is set: the ledger's follow-up days later);
3. otherwise (mid- and long-term actions, or a visit due before the fix was done):
   `CHECK_DAYS` days after the action was done.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from desktop.domain.complaint import Action
from desktop.domain.enums import ActionHorizon, ActionStatus, CheckResult

CHECK_DAYS = 30
FINISHED = (ActionStatus.DONE, ActionStatus.VERIFIED)


def check_due(
    action: Action, visit_due: datetime | None, done_at: datetime, days: int = CHECK_DAYS
) -> datetime:
    """When `action`, done at `done_at`, has its effectiveness checked (the rule above)."""
    if action.check_due_at is not None:
        return action.check_due_at
    if (
        action.horizon is ActionHorizon.SHORT_TERM
        and visit_due is not None
        and visit_due >= done_at
    ):
        return visit_due
    return done_at + timedelta(days=days)


def follows_the_visit(action: Action) -> bool:
    """Whether the check moves when the follow-up visit does: a fix's, on the default date."""
    return action.horizon is ActionHorizon.SHORT_TERM and action.check_due_at is None


def awaiting_new_action(actions: Iterable[Action]) -> Action | None:
    """The action whose failed check still asks for a new one, or None. A failed check is
    answered once the plan has an action planned or in progress, or one done after it."""
    actions = list(actions)
    failed = [a for a in actions if a.check_result is CheckResult.FAILED and a.checked_at]
    if not failed:
        return None
    latest = max(failed, key=lambda a: a.checked_at or datetime.min)
    checked_at = latest.checked_at
    assert checked_at is not None
    for action in actions:
        if action.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS):
            return None
        later = action.done_at is not None and action.done_at >= checked_at
        if action.id != latest.id and action.status in FINISHED and later:
            return None
    return latest
