"""The promise ledger's rules: given a case and what happened to it, the commitment changes.

Every deadline of a case is a commitment: the first response, each promise, each action with a
due date, the next progress update, the follow-up visit, each done action's effectiveness
check (domain/effectiveness.py says when it falls due). When one is made, moved, kept or
cancelled is decided here and nowhere else; the case service stores the changes in one
transaction, and the demo data is made with the same rules. Terms and the draft a rule writes
in are in ledger_changes.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from desktop.domain.commitments import stretch_due
from desktop.domain.complaint import Action, Case, Commitment
from desktop.domain.effectiveness import check_due, follows_the_visit
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    CheckResult,
    CommitmentKind,
    EventKind,
    Stage,
)
from desktop.domain.ledger_changes import (
    DETAIL,
    FINISHED,
    TOLD,
    Draft,
    Terms,
    first_of_kind,
    first_response_promise,
    open_of_kinds,
)
from desktop.domain.ledger_events import (
    ActionChanged,
    ActionDeleted,
    ChangeKind,
    CheckRecorded,
    Closed,
    CommitmentChange,
    Event,
    FollowUpDone,
    FollowUpScheduled,
    LedgerChanges,
    Paused,
    PromiseKept,
    PromiseMade,
    PromiseWithdrawn,
    Received,
    Reopened,
    Responded,
    Resumed,
    UpdateSent,
    is_open_commitment,
)

# the events and the changes too, so that callers name them as the ledger's: ledger.Received
__all__ = [
    "FINISHED",
    "ActionChanged",
    "ActionDeleted",
    "ChangeKind",
    "CheckRecorded",
    "Closed",
    "CommitmentChange",
    "Event",
    "FollowUpDone",
    "FollowUpScheduled",
    "LedgerChanges",
    "Paused",
    "PromiseKept",
    "PromiseMade",
    "PromiseWithdrawn",
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


def changes(case: Case, event: Event, terms: Terms) -> LedgerChanges:
    """The changes to `case`'s commitments (and the timeline lines about them) that `event`
    calls for. `case` is the case before the event, with its commitments and timeline."""
    return _RULES[type(event)](case, event, terms).done()


def apply(case: Case, result: LedgerChanges) -> None:
    """Make the changes on a case in memory (demo data, tests). The result's new commitments
    and timeline lines become the case's: they get the next free ids and go last (the store
    orders them by time when it reads)."""
    if result.commitments:
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
    if any(line.id for line in result.timeline):  # a line moved: replaced where it stands
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
    elif result.timeline:  # only new lines: the demo's hundreds of thousands go this way
        next_line = max((line.id for line in case.timeline), default=0) + 1
        for line in result.timeline:
            line.id = next_line
            next_line += 1
        case.timeline = [*case.timeline, *result.timeline]
    if result.follow_up_due is not None:
        case.follow_up.due_at = result.follow_up_due
    if result.reopens:
        case.status, case.closed_at = CaseStatus.OPEN, None
        case.stage = case.last_page = Stage.PLAN


# --- the rules, one per event -------------------------------------------------------------
def _received(case: Case, event: Received, terms: Terms) -> Draft:
    """The first response's hours count from when the complaint was received; moving that
    time moves its deadline."""
    draft = Draft(case)
    due = terms.after(event.at, terms.first_response_hours)
    existing = first_of_kind(case.commitments, CommitmentKind.FIRST_RESPONSE)
    kept = case.first_response.responded_at
    draft.put(
        existing, CommitmentKind.FIRST_RESPONSE, due, event.at, created_at=event.at, kept_at=kept
    )
    line = next((e for e in case.timeline if e.kind is EventKind.RECEIVED), None)
    draft.note(EventKind.RECEIVED, event.at, line_id=line.id if line else 0)
    return draft


def _responded(case: Case, event: Responded, terms: Terms) -> Draft:
    """The first response keeps the 24 hours and promises a progress report by a time."""
    draft = Draft(case)
    for commitment in case.commitments:
        if commitment.kind is CommitmentKind.FIRST_RESPONSE:
            draft.change(commitment, kept_at=event.at)
    due = event.promise_due or terms.promise_due(event.at)
    promise = first_response_promise(case.commitments)
    if draft.put(promise, CommitmentKind.PROMISE, due, event.at, created_at=event.at):
        draft.note(EventKind.RESPONDED, event.at)
        draft.note(EventKind.PROMISE_MADE, event.at, due.isoformat())
    return draft


def _promise_made(case: Case, event: PromiseMade, terms: Terms) -> Draft:
    draft = Draft(case)
    draft.add(CommitmentKind.PROMISE, event.due_at, event.at, description=event.description)
    # the due time, then what was promised (a letter's promise is not a progress report)
    detail = f"{event.due_at.isoformat()} {event.description}".strip()
    draft.note(EventKind.PROMISE_MADE, event.at, detail)
    return draft


def _promise_kept(case: Case, event: PromiseKept, terms: Terms) -> Draft:
    draft = Draft(case)
    for commitment in open_of_kinds(case, (CommitmentKind.PROMISE,)):
        if commitment.id == event.commitment_id:
            draft.change(commitment, kept_at=event.kept_at)
            draft.note(EventKind.PROMISE_KEPT, event.kept_at, commitment.description)
    return draft


def _promise_withdrawn(case: Case, event: PromiseWithdrawn, terms: Terms) -> Draft:
    draft = Draft(case)
    for commitment in open_of_kinds(case, (CommitmentKind.PROMISE,)):
        if commitment.id == event.commitment_id:
            draft.change(commitment, cancelled_at=event.at)
            # the reason on a line of its own: the user's, never the customer's to read
            detail = f"{commitment.description}\n{event.reason}"
            draft.note(EventKind.PROMISE_WITHDRAWN, event.at, detail)
    return draft


def _update_sent(case: Case, event: UpdateSent, terms: Terms) -> Draft:
    """A progress update keeps what we said we would tell (the next report, and the first
    response's promise of one), and the next one falls due. A promise of something else (to
    come on site, to hand over a report) is kept only when the user says it was."""
    draft = Draft(case)
    for commitment in open_of_kinds(case, TOLD):
        if commitment.kind is CommitmentKind.PROMISE and commitment.description:
            continue
        draft.change(commitment, kept_at=event.at)
        if commitment.kind is CommitmentKind.PROMISE:
            draft.note(EventKind.PROMISE_KEPT, event.at)  # the report promised: no words of its own
    draft.note(EventKind.UPDATE_SENT, event.at, event.summary)
    if not case.is_closed:
        due = event.at + timedelta(days=case.next_update_days)
        draft.add(CommitmentKind.PROGRESS_UPDATE, due, event.at)
    return draft


def _action_changed(case: Case, event: ActionChanged, terms: Terms) -> Draft:
    """An action with a due date is a commitment, kept when the action is done; the fix done
    (a short-term action) sets the follow-up visit, unless one is set already."""
    draft = Draft(case)
    action, before = event.action, event.before
    if before is None:
        draft.note(EventKind.ACTION_ADDED, event.at, action.description)
    finished = action.status in FINISHED
    done_at = action.done_at or event.at
    if finished and (before is None or before.status not in FINISHED):
        draft.note(EventKind.ACTION_DONE, done_at, action.description)
        if action.horizon is ActionHorizon.SHORT_TERM and case.follow_up.due_at is None:
            draft.follow_up_due(done_at + timedelta(days=terms.follow_up_days), event.at)
    _effectiveness_check(draft, action, done_at if finished else None, event.at, terms)
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


def _check_of(case: Case, action_id: int) -> Commitment | None:
    return next(
        (
            c
            for c in case.commitments
            if c.kind is CommitmentKind.EFFECTIVENESS_CHECK and c.source_id == action_id
        ),
        None,
    )


def _effectiveness_check(
    draft: Draft, action: Action, done_at: datetime | None, at: datetime, terms: Terms
) -> None:
    """A done action's effectiveness check is a commitment (domain/effectiveness.py says when
    it falls due); undoing the action drops it while it is open."""
    own = _check_of(draft.case, action.id)
    if own is not None and not is_open_commitment(own):
        return  # recorded: what the check found stays
    if done_at is None:
        if own is not None:
            draft.drop(own)
        return
    due = check_due(action, draft.visit_due, done_at, terms.check_days)
    description = action.description[:DETAIL]
    if own is None:
        draft.add(
            CommitmentKind.EFFECTIVENESS_CHECK,
            due,
            at,
            description=description,
            source_id=action.id,
        )
    else:
        draft.change(own, due_at=due, description=description)


def _check_recorded(case: Case, event: CheckRecorded, terms: Terms) -> Draft:
    """A check recorded keeps its commitment, held or not; a failed one says why in the
    timeline and sends the case back to the plan stage, open, for a new action."""
    draft = Draft(case)
    action = event.action
    checked_at = action.checked_at or event.at
    own = _check_of(case, action.id)
    if own is None:  # an action done before checks were kept
        draft.add(
            CommitmentKind.EFFECTIVENESS_CHECK,
            checked_at,
            event.at,
            description=action.description[:DETAIL],
            source_id=action.id,
            kept_at=checked_at,
        )
    else:
        draft.change(own, kept_at=checked_at, cancelled_at=None)
    held = action.check_result is CheckResult.HELD
    # the action's words and what was found, as the timeline shows them in either language
    parts = (action.description.strip().rstrip("。."), action.check_note.strip())
    words = " — ".join(part for part in parts if part)
    draft.note(EventKind.CHECK_HELD if held else EventKind.CHECK_FAILED, checked_at, words)
    if not held:
        if case.is_closed:
            draft.note(EventKind.REOPENED, event.at)
        draft.reopens = True
    return draft


def _action_deleted(case: Case, event: ActionDeleted, terms: Terms) -> Draft:
    draft = Draft(case)
    for commitment in case.commitments:
        if commitment.source_id == event.action_id and commitment.kind in (
            CommitmentKind.ACTION,
            CommitmentKind.EFFECTIVENESS_CHECK,
        ):
            draft.drop(commitment)
    return draft


def _paused(case: Case, event: Paused, terms: Terms) -> Draft:
    """Waiting on the customer: the open commitments' clocks stop (their state shows it)."""
    draft = Draft(case)
    if not case.is_paused:
        draft.note(EventKind.PAUSED, event.at, event.reason)
    return draft


def _resumed(case: Case, event: Resumed, terms: Terms) -> Draft:
    """The pause ends: every open commitment is due later by the counted time it took."""
    draft = Draft(case)
    if case.paused_since is None:
        return draft
    pause = (case.paused_since, event.at)
    for commitment in case.commitments:
        if is_open_commitment(commitment):
            draft.change(commitment, due_at=stretch_due(commitment, pause, terms.calendar))
    draft.note(EventKind.RESUMED, event.at)
    return draft


def _closed(case: Case, event: Closed, terms: Terms) -> Draft:
    """A closed case tells the customer nothing more: its open promises and updates end."""
    draft = Draft(case)
    for commitment in open_of_kinds(case, TOLD):
        draft.change(commitment, cancelled_at=event.at)
    draft.note(EventKind.CLOSED, event.at)
    return draft


def _reopened(case: Case, event: Reopened, terms: Terms) -> Draft:
    draft = Draft(case)
    draft.note(EventKind.REOPENED, event.at)
    return draft


def _follow_up_scheduled(case: Case, event: FollowUpScheduled, terms: Terms) -> Draft:
    """The visit moves, and the fixes' open checks on their default date move with it."""
    draft = Draft(case)
    draft.follow_up_due(event.due_at, event.at)
    for action in case.actions:
        check = _check_of(case, action.id)
        if check is not None and is_open_commitment(check) and follows_the_visit(action):
            done_at = action.done_at or check.created_at or event.at
            draft.change(check, due_at=check_due(action, event.due_at, done_at, terms.check_days))
    return draft


def _follow_up_done(case: Case, event: FollowUpDone, terms: Terms) -> Draft:
    draft = Draft(case)
    for commitment in case.commitments:
        if commitment.kind is CommitmentKind.FOLLOW_UP:
            draft.change(commitment, kept_at=event.done_at)
    if event.done_at and case.follow_up.done_at is None:
        draft.note(EventKind.FOLLOW_UP_DONE, event.done_at)
    return draft


_RULES: dict[type, Callable[..., Draft]] = {
    Received: _received,
    Responded: _responded,
    PromiseMade: _promise_made,
    PromiseKept: _promise_kept,
    PromiseWithdrawn: _promise_withdrawn,
    UpdateSent: _update_sent,
    ActionChanged: _action_changed,
    ActionDeleted: _action_deleted,
    CheckRecorded: _check_recorded,
    Paused: _paused,
    Resumed: _resumed,
    Closed: _closed,
    Reopened: _reopened,
    FollowUpScheduled: _follow_up_scheduled,
    FollowUpDone: _follow_up_done,
}
