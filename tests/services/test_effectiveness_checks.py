"""Recording an action's effectiveness check through the case service."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.complaint import Action, ProgressUpdate
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    Channel,
    CheckResult,
    CommitmentKind,
    ComplaintType,
    EventKind,
    Stage,
)
from desktop.domain.errors import ValidationError
from desktop.services.case_stages import CannotCloseError


def closable_case(services, clock):
    """A case with everything closing asks for, and a long-term action done: (case, action)."""
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王经理",
        received_at=clock.now - timedelta(hours=2),
        complaint_text="夜间备份连续三天失败，早上报表打不开。",
    )
    services.cases.classify(case.id, complaint_type=ComplaintType.TECHNICAL)
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    services.cases.set_investigation(case.id, root_cause="备份脚本的磁盘空间检查写错了。")
    services.cases.add_part(
        case.id, Action(0, ActionHorizon.SHORT_TERM, "手工补做备份", status=ActionStatus.DONE)
    )
    action_id = services.cases.add_part(
        case.id,
        Action(
            0,
            ActionHorizon.LONG_TERM,
            "备份前检查磁盘空间并告警",
            status=ActionStatus.DONE,
            check_criterion="连续 30 天备份成功",
        ),
    )
    update = ProgressUpdate(0, clock.now, Channel.EMAIL, "备份已恢复，告警已上线。")
    services.cases.add_part(case.id, update)  # keeps the progress report promised
    return case.id, action_id


def the_check(case, action_id):
    [check] = [
        c
        for c in case.commitments
        if c.kind is CommitmentKind.EFFECTIVENESS_CHECK and c.source_id == action_id
    ]
    return check


def test_a_done_action_is_due_a_check_and_a_held_one_keeps_it(services, clock):
    case_id, action_id = closable_case(services, clock)
    check = the_check(services.cases.get(case_id), action_id)
    assert check.due_at == clock.now + timedelta(days=30) and check.kept_at is None
    clock.advance(days=30)
    assert services.cases.record_check(action_id, held=True, note="30 天备份全部成功") is False
    case = services.cases.get(case_id)
    assert the_check(case, action_id).kept_at == clock.now
    [action] = [a for a in case.actions if a.id == action_id]
    assert (action.check_result, action.check_note, action.checked_at) == (
        CheckResult.HELD,
        "30 天备份全部成功",
        clock.now,
    )
    assert action.check_criterion == "连续 30 天备份成功"
    assert case.timeline[-1].kind is EventKind.CHECK_HELD
    with pytest.raises(ValidationError) as recorded:
        services.cases.record_check(action_id, held=False, note="又失败了")
    assert recorded.value.code == "check_recorded"


def test_a_failed_check_reopens_the_closed_case_back_at_the_plan(services, clock):
    case_id, action_id = closable_case(services, clock)
    services.cases.close(case_id)
    clock.advance(days=31)
    with pytest.raises(ValidationError) as no_reason:
        services.cases.record_check(action_id, held=False, note="  ")
    assert (no_reason.value.field, no_reason.value.code) == ("check_note", "check_reason")
    assert services.cases.get(case_id).is_closed  # refused: nothing changed
    assert services.cases.record_check(action_id, held=False, note="第 12 天备份又失败了") is True
    case = services.cases.get(case_id)
    assert (case.status, case.closed_at, case.stage, case.last_page) == (
        CaseStatus.OPEN,
        None,
        Stage.PLAN,
        Stage.PLAN,
    )
    failed = [e for e in case.timeline if e.kind is EventKind.CHECK_FAILED]
    assert len(failed) == 1 and "第 12 天备份又失败了" in failed[0].detail
    assert case.timeline[-1].kind is EventKind.REOPENED
    # it may not close again before a new action answers the failed check
    with pytest.raises(CannotCloseError) as refused:
        services.cases.close(case_id)
    assert [p.code for p in refused.value.problems] == ["check_failed_no_action"]
    services.cases.add_part(
        case_id, Action(0, ActionHorizon.LONG_TERM, "改用增量备份", status=ActionStatus.DONE)
    )
    assert services.cases.close(case_id).is_closed


def test_only_a_done_action_can_be_checked(services, clock):
    case_id, _ = closable_case(services, clock)
    planned = services.cases.add_part(case_id, Action(0, ActionHorizon.MID_TERM, "培训值班人员"))
    with pytest.raises(ValidationError) as refused:
        services.cases.record_check(planned, held=True, note="")
    assert refused.value.code == "check_not_done"


def test_the_criterion_is_edited_like_the_actions_other_fields(services, clock):
    case_id, action_id = closable_case(services, clock)
    services.cases.update_part(Action, action_id, check_criterion="连续 60 天备份成功")
    due = clock.now + timedelta(days=10)
    services.cases.update_part(Action, action_id, check_due_at=due)
    case = services.cases.get(case_id)
    assert the_check(case, action_id).due_at == due
    assert [a.check_criterion for a in case.actions if a.id == action_id] == ["连续 60 天备份成功"]


def test_insights_count_the_fixes_that_held_among_the_checks_recorded(services, clock):
    _, held = closable_case(services, clock)
    _, failed = closable_case(services, clock)
    assert services.insights.insights(12).fixes_held_pct is None  # nothing checked yet
    clock.advance(days=30)
    services.cases.record_check(held, held=True, note="")
    services.cases.record_check(failed, held=False, note="又失败了")
    insights = services.insights.insights(12)
    assert insights.fixes_held_pct == 50
    [month] = [m for m in insights.trends if m.checks_recorded]
    assert (month.checks_recorded, month.checks_held) == (2, 1)
