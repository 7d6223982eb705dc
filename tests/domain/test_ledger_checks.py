"""Fixes proven to hold: each done action's effectiveness check in the promise ledger."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from desktop.domain.complaint import Action
from desktop.domain.effectiveness import awaiting_new_action, check_due
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    CheckResult,
    CommitmentKind,
    EventKind,
    Stage,
)
from desktop.domain.ledger import (
    ActionChanged,
    ActionDeleted,
    ChangeKind,
    CheckRecorded,
    Closed,
    FollowUpScheduled,
    Terms,
)
from tests.domain.ledger_play import T0, new_case, play

DAY = timedelta(days=1)
DONE_AT = T0 + DAY


def action(horizon=ActionHorizon.LONG_TERM, status=ActionStatus.DONE, **extra):
    values = dict(id=7, horizon=horizon, description="每周巡检数据库备份", done_at=DONE_AT)
    values.update(extra)
    return Action(status=status, **values)


def checks(case):
    return [c for c in case.commitments if c.kind is CommitmentKind.EFFECTIVENESS_CHECK]


def recorded(done, result, note, at):
    return dataclasses.replace(done, check_result=result, check_note=note, checked_at=at)


def test_a_long_or_mid_term_action_done_is_checked_30_days_later():
    for horizon in (ActionHorizon.LONG_TERM, ActionHorizon.MID_TERM):
        case = new_case()
        play(case, ActionChanged(DONE_AT, action(horizon)))
        [check] = checks(case)
        assert (check.due_at, check.source_id, check.kept_at) == (DONE_AT + 30 * DAY, 7, None)


def test_a_planned_action_has_no_check_yet_and_undoing_one_drops_it():
    case = new_case()
    planned = action(status=ActionStatus.PLANNED, done_at=None)
    play(case, ActionChanged(T0, planned))
    assert checks(case) == []
    play(case, ActionChanged(DONE_AT, action(), planned))
    assert len(checks(case)) == 1
    play(case, ActionChanged(DONE_AT + DAY, planned, action()))
    assert checks(case) == []


def test_the_fix_is_checked_at_the_follow_up_visit_and_moves_with_it():
    case = new_case()
    fix = action(ActionHorizon.SHORT_TERM)
    play(case, ActionChanged(DONE_AT, fix))
    visit = DONE_AT + 30 * DAY  # the fix done set the visit
    assert case.follow_up.due_at == visit
    assert [c.due_at for c in checks(case)] == [visit]
    later = visit + 5 * DAY
    play(case, FollowUpScheduled(DONE_AT + DAY, later))
    assert [c.due_at for c in checks(case)] == [later]


def test_a_date_the_user_gave_wins_and_a_visit_before_the_fix_does_not_count():
    own = action(ActionHorizon.SHORT_TERM, check_due_at=DONE_AT + 3 * DAY)
    assert check_due(own, DONE_AT + 30 * DAY, DONE_AT) == DONE_AT + 3 * DAY
    fix = action(ActionHorizon.SHORT_TERM)
    assert check_due(fix, DONE_AT - DAY, DONE_AT) == DONE_AT + 30 * DAY
    assert check_due(fix, None, DONE_AT, days=10) == DONE_AT + 10 * DAY
    case = new_case()
    play(case, ActionChanged(DONE_AT, action()), Terms(check_days=14))
    assert [c.due_at for c in checks(case)] == [DONE_AT + 14 * DAY]


def test_a_held_check_keeps_its_commitment_and_says_so():
    case = new_case()
    done = action()
    play(case, ActionChanged(DONE_AT, done))
    at = DONE_AT + 20 * DAY
    result = play(case, CheckRecorded(at, recorded(done, CheckResult.HELD, "无复发", at)))
    assert [(c.kind, c.after.kept_at) for c in result.commitments] == [(ChangeKind.KEEP, at)]
    assert [(line.kind, line.detail) for line in result.timeline] == [
        (EventKind.CHECK_HELD, "每周巡检数据库备份 — 无复发")
    ]
    assert not result.reopens and case.status is CaseStatus.OPEN
    # changing the action afterwards leaves what the check found
    assert play(case, ActionChanged(at + DAY, dataclasses.replace(done, owner="李工"), done))
    assert checks(case)[0].kept_at == at


def test_a_failed_check_reopens_a_closed_case_with_the_reason_and_back_to_the_plan():
    case = new_case()
    done = action()
    play(case, ActionChanged(DONE_AT, done))
    play(case, Closed(DONE_AT + DAY))
    at = DONE_AT + 31 * DAY
    failed = recorded(done, CheckResult.FAILED, "备份任务又失败了两次", at)
    result = play(case, CheckRecorded(at, failed))
    assert checks(case)[0].kept_at == at  # the check was made: the commitment is kept
    assert [line.kind for line in result.timeline] == [
        EventKind.CHECK_FAILED,
        EventKind.REOPENED,
    ]
    assert "备份任务又失败了两次" in result.timeline[0].detail
    assert result.reopens
    assert (case.status, case.closed_at, case.stage) == (CaseStatus.OPEN, None, Stage.PLAN)


def test_a_check_of_an_action_done_before_checks_were_kept_is_added_kept():
    case = new_case()
    at = DONE_AT + DAY
    result = play(case, CheckRecorded(at, recorded(action(), CheckResult.HELD, "", at)))
    assert [c.kind for c in result.commitments] == [ChangeKind.ADD]
    assert checks(case)[0].kept_at == at


def test_deleting_the_action_drops_its_check():
    case = new_case()
    play(case, ActionChanged(DONE_AT, action()))
    play(case, ActionDeleted(DONE_AT + DAY, 7))
    assert checks(case) == []


def test_a_failed_check_asks_for_a_new_action_until_one_is_planned_or_done_after_it():
    at = DONE_AT + 10 * DAY
    failed = recorded(action(), CheckResult.FAILED, "又出现了", at)
    assert awaiting_new_action([failed]) == failed
    older = action(id=8, done_at=DONE_AT)
    assert awaiting_new_action([failed, older]) == failed
    assert awaiting_new_action([failed, action(id=9, status=ActionStatus.PLANNED)]) is None
    assert awaiting_new_action([failed, action(id=9, done_at=at + DAY)]) is None
    held = recorded(action(), CheckResult.HELD, "", at)
    assert awaiting_new_action([held]) is None
