"""A demo case's plan: the fix, the improvement and the prevention with their owners and
dates, the colleagues on the case, and later each action's effectiveness check."""

from __future__ import annotations

import random
from copy import copy
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.demo.team import department, role_name
from desktop.demo.timing import Milestones, at_work, hours
from desktop.domain import ledger
from desktop.domain.complaint import Action, Collaborator, Factor
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CheckResult,
    CommitmentKind,
    ComplaintType,
)

if TYPE_CHECKING:
    from desktop.demo.cases import Events
    from desktop.demo.writer import CaseWriter

RECENT = timedelta(days=5)  # a check this recently due may still wait to be recorded
LATELY = timedelta(days=21)
FINISHED = (ActionStatus.DONE, ActionStatus.VERIFIED)
# who owns the fix, the improvement and the prevention, by complaint type ("me": the user)
OWNERS = {
    ComplaintType.TECHNICAL: (("dev", "me"), ("dev", "product"), ("qa", "pm")),
    ComplaintType.COMMUNICATION: (("support", "me"), ("pm",), ("pm", "product")),
    ComplaintType.PROCESS: (("pm", "me"), ("pm",), ("product", "pm")),
    ComplaintType.ATTITUDE: (("pm",), ("pm", "me"), ("pm", "director")),
}
# who sits on the case with us
TEAM_DEPARTMENTS = {
    ComplaintType.TECHNICAL: ("dev", "qa"),
    ComplaintType.COMMUNICATION: ("support", "pm"),
    ComplaintType.PROCESS: ("pm", "consultant"),
    ComplaintType.ATTITUDE: ("pm", "consultant"),
}


def plan_actions(w: CaseWriter, m: Milestones, now: datetime, events: Events) -> None:
    case, rng, cause = w.case, w.rng, w.cause
    investigation = case.investigation
    investigation.root_cause = cause.root_cause
    investigation.escape_point = cause.escape
    case.factors = [Factor(0, kind, nature, note) for kind, nature, note in cause.factors]
    owners = OWNERS[w.kind]
    split = m.late_wait is not None  # the wait stretches what is open: tell done apart
    for position, (horizon, text, due, done) in enumerate(
        (
            (ActionHorizon.SHORT_TERM, cause.fix, m.fix_due, m.fixed),
            (ActionHorizon.MID_TERM, cause.improve, m.improve_due, m.improved),
            (ActionHorizon.LONG_TERM, cause.prevent, m.prevent_due, m.prevented),
        )
    ):
        owner = w.colleague(rng.choice(owners[position])).name(w.lang)
        criterion = w.story.criterion if horizon is ActionHorizon.SHORT_TERM else ""
        planned = Action(
            position + 1,
            horizon,
            text,
            owner,
            due,
            position=position,
            check_criterion=criterion,
        )
        final = planned
        if done <= now:
            if horizon is ActionHorizon.MID_TERM and rng.random() < 0.05:
                why = w.pick(w.voice.cancelled)
                final = _as(planned, ActionStatus.CANCELLED, None, why)
            else:
                final = _as(planned, rng.choice(FINISHED), done)
        elif due < now + timedelta(days=3) and rng.random() < 0.6:
            final = _as(planned, ActionStatus.IN_PROGRESS)
        _act(w, m.found, planned, final, done, split, events)
    roles = TEAM_DEPARTMENTS[w.kind]
    for role in roles if rng.random() < 0.4 else roles[:1]:
        person = w.colleague(role)
        case.collaborators.append(
            Collaborator(
                0,
                department(role, w.lang),
                person.name(w.lang),
                role_name(role, w.lang),
            )
        )


def _act(
    w: CaseWriter,
    at: datetime,
    planned: Action,
    final: Action,
    done: datetime,
    split: bool,
    events: Events,
) -> None:
    def add(action: Action, before: Action | None, moment: datetime) -> None:
        actions = w.case.actions
        if before is None:
            actions.append(action)
        else:
            actions[actions.index(before)] = action
        events.record(ledger.ActionChanged(moment, action, before))

    if split and final is not planned:
        events.at(at, lambda: add(planned, None, at))
        events.at(done, lambda: add(final, planned, done))
    else:
        events.at(at, lambda: add(final, None, at))


def record_checks(w: CaseWriter, now: datetime, events: Events) -> None:
    """Most checks past due are recorded, and most fixes hold; a case whose check fails
    goes back to the plan, open. The random numbers are the case's own: the cases after
    it do not change with them."""
    rng = random.Random(w.case.number)
    case = w.case
    checks = {
        c.source_id: c for c in case.commitments if c.kind is CommitmentKind.EFFECTIVENESS_CHECK
    }
    for index, action in enumerate(case.actions):
        check = checks.get(action.id)
        if check is None or check.due_at >= now:
            continue
        if now - check.due_at < RECENT and rng.random() < 0.5:
            continue  # fell due lately: not got to yet
        at = min(at_work(check.due_at + hours(rng, -48, 96), w.offset, rng), now)
        # a fix found not to hold a while ago would have been redone since: only the open
        # cases and those checked lately fail (a failed check reopens a closed case)
        lately = now - at < LATELY
        if (not case.is_closed or lately) and rng.random() < (0.3 if lately else 0.2):
            result, notes = CheckResult.FAILED, w.voice.failed
        else:
            result, notes = CheckResult.HELD, w.voice.held
        note = rng.choice(notes)
        if result is CheckResult.HELD and action.check_criterion:
            note = _met(w, action.check_criterion)
        checked = replace(action, check_result=result, check_note=note, checked_at=at)
        case.actions[index] = checked
        events.record(ledger.CheckRecorded(at, checked))


def _as(
    action: Action, status: ActionStatus, done_at: datetime | None = None, why: str = ""
) -> Action:
    """The action with a new status (dataclasses.replace checks more than is needed here)."""
    changed = copy(action)
    changed.status, changed.done_at, changed.cancel_reason = status, done_at, why
    return changed


def _met(w: CaseWriter, criterion: str) -> str:
    """The finding of a check whose criterion held."""
    if w.zh:
        return f"已确认：{criterion}。"
    return f"Confirmed: {criterion[0].lower()}{criterion[1:]}."
