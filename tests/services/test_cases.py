from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.case_query import CaseQuery, SortKey
from desktop.domain.complaint import Action, Escalation, Interview, ProgressUpdate
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    Channel,
    CommitmentKind,
    CommitmentState,
    ComplaintType,
    EventKind,
    Severity,
    Stage,
    Subtype,
)
from desktop.domain.errors import ValidationError
from desktop.services.cases import CannotCloseError


def kinds(case):
    return {c.kind: c for c in case.commitments}


def intake(services, clock, **extra):
    case = services.cases.create()
    values = dict(
        customer="华信银行",
        contact_name="王经理",
        received_at=clock.now - timedelta(hours=2),
        complaint_text="系统崩溃，三个月的数据丢失了！",
    )
    values.update(extra)
    return services.cases.update_intake(case.id, **values)


def test_a_new_case_is_a_numbered_draft_until_its_intake_is_complete(services, clock):
    first = services.cases.create()
    second = services.cases.create()
    assert (first.number, second.number) == ("C-2026-0001", "C-2026-0002")
    assert first.status is CaseStatus.DRAFT
    services.cases.update_intake(first.id, customer="华信银行")
    assert services.cases.get(first.id).status is CaseStatus.DRAFT
    case = intake(services, clock)
    assert case.status is CaseStatus.OPEN
    assert case.title == "系统崩溃，三个月的数据丢失了"


def test_receiving_sets_the_first_response_deadline_24_hours_later(services, clock):
    case = intake(services, clock)
    first = kinds(case)[CommitmentKind.FIRST_RESPONSE]
    assert first.due_at == case.intake.received_at + timedelta(hours=24)
    assert [e.kind for e in case.timeline] == [EventKind.RECEIVED]
    # changing the received time moves the deadline, not a second commitment
    case = services.cases.update_intake(case.id, received_at=clock.now - timedelta(hours=5))
    assert len(case.commitments) == 1
    assert case.commitments[0].due_at == clock.now + timedelta(hours=19)


def test_invalid_intake_changes_nothing(services, clock):
    case = intake(services, clock, contact_email="wang@example.com")
    with pytest.raises(ValidationError) as caught:
        services.cases.update_intake(case.id, contact_email="not an address", project="新项目")
    assert caught.value.field == "contact_email"
    again = services.cases.get(case.id)
    assert again.intake.contact_email == "wang@example.com"
    assert again.intake.project == ""
    with pytest.raises(ValidationError, match="future"):
        services.cases.update_intake(case.id, received_at=clock.now + timedelta(hours=3))


def test_first_response_keeps_the_deadline_and_makes_a_promise(services, clock):
    case = intake(services, clock)
    responded = clock.now - timedelta(hours=1)
    case = services.cases.record_first_response(case.id, responded, Channel.PHONE, "非常抱歉")
    commitments = kinds(case)
    assert commitments[CommitmentKind.FIRST_RESPONSE].kept_at == responded
    assert commitments[CommitmentKind.PROMISE].due_at == responded + timedelta(hours=48)
    states = {e.commitment.kind: e.state for e in services.cases.ledger(case)}
    assert states[CommitmentKind.FIRST_RESPONSE] is CommitmentState.KEPT_ON_TIME
    assert states[CommitmentKind.PROMISE] is CommitmentState.DUE


def test_a_promise_earlier_than_the_complaint_is_refused(services, clock):
    case = intake(services, clock)
    with pytest.raises(ValidationError) as caught:
        services.cases.record_first_response(
            case.id, clock.now, Channel.PHONE, promise_due=clock.now - timedelta(days=3)
        )
    assert caught.value.field == "promise_due"
    assert services.cases.get(case.id).first_response.responded_at is None


def test_a_progress_update_keeps_the_promise_and_schedules_the_next(services, clock):
    case = intake(services, clock)
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    clock.advance(hours=30)
    services.cases.add_part(case.id, ProgressUpdate(0, clock.now, Channel.EMAIL, "已定位原因"))
    case = services.cases.get(case.id)
    promise = kinds(case)[CommitmentKind.PROMISE]
    assert promise.kept_at == clock.now
    nxt = kinds(case)[CommitmentKind.PROGRESS_UPDATE]
    assert nxt.due_at == clock.now + timedelta(days=2) and nxt.kept_at is None


def test_actions_become_commitments_kept_when_done(services, clock):
    case = intake(services, clock)
    due = clock.now + timedelta(days=1)
    action_id = services.cases.add_part(
        case.id, Action(0, ActionHorizon.SHORT_TERM, "恢复数据", "张伟", due)
    )
    [commitment] = [
        c for c in services.cases.get(case.id).commitments if c.kind is CommitmentKind.ACTION
    ]
    assert commitment.due_at == due and commitment.source_id == action_id
    clock.advance(hours=3)
    services.cases.update_part(Action, action_id, status=ActionStatus.DONE)
    case = services.cases.get(case.id)
    action = case.actions[0]
    assert action.done_at == clock.now
    assert kinds(case)[CommitmentKind.ACTION].kept_at == clock.now
    # the fix is done: the follow-up visit is due 30 days later
    assert case.follow_up.due_at == clock.now + timedelta(days=30)
    assert kinds(case)[CommitmentKind.FOLLOW_UP].due_at == clock.now + timedelta(days=30)


def test_cancelling_an_action_needs_a_reason(services, clock):
    case = intake(services, clock)
    action_id = services.cases.add_part(case.id, Action(0, ActionHorizon.MID_TERM, "优化索引"))
    with pytest.raises(ValidationError) as caught:
        services.cases.update_part(Action, action_id, status=ActionStatus.CANCELLED)
    assert caught.value.field == "cancel_reason"
    services.cases.update_part(
        Action, action_id, status=ActionStatus.CANCELLED, cancel_reason="客户不再需要"
    )
    assert services.cases.get(case.id).actions[0].status is ActionStatus.CANCELLED


def test_closing_says_exactly_what_is_missing(services, clock):
    case = intake(services, clock)
    services.cases.add_part(case.id, Action(0, ActionHorizon.SHORT_TERM, "恢复数据"))
    with pytest.raises(CannotCloseError) as caught:
        services.cases.close(case.id)
    fields = [problem.field for problem in caught.value.problems]
    assert fields == ["complaint_type", "responded_at", "root_cause", "actions"]
    assert services.cases.get(case.id).status is CaseStatus.OPEN


def test_a_complete_case_closes_and_reopens(services, clock):
    case = intake(services, clock)
    services.cases.classify(
        case.id, complaint_type=ComplaintType.TECHNICAL, subtype=Subtype.DATA_LOSS
    )
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    services.cases.set_investigation(case.id, root_cause="备份脚本配置错误")
    action_id = services.cases.add_part(case.id, Action(0, ActionHorizon.SHORT_TERM, "恢复"))
    services.cases.update_part(Action, action_id, status=ActionStatus.VERIFIED)
    with pytest.raises(CannotCloseError) as refused:  # the progress report promised is owed
        services.cases.close(case.id)
    assert [p.code for p in refused.value.problems] == ["open_promises"]
    services.cases.add_part(case.id, ProgressUpdate(0, clock.now, Channel.EMAIL, "已恢复"))
    case = services.cases.close(case.id)
    assert case.status is CaseStatus.CLOSED and case.stage is Stage.CLOSE
    promise = kinds(case)[CommitmentKind.PROMISE]
    assert promise.kept_at is not None and promise.cancelled_at is None
    with pytest.raises(ValidationError, match="closed"):
        services.cases.set_investigation(case.id, root_cause="changed")
    case = services.cases.reopen(case.id)
    assert case.status is CaseStatus.OPEN
    assert [e.kind for e in case.timeline][-2:] == [EventKind.CLOSED, EventKind.REOPENED]


def test_classification_keeps_type_and_subtype_consistent(services, clock):
    case = intake(services, clock)
    services.cases.classify(
        case.id, complaint_type=ComplaintType.TECHNICAL, subtype=Subtype.DATA_LOSS
    )
    with pytest.raises(ValidationError):
        services.cases.classify(
            case.id, complaint_type=ComplaintType.ATTITUDE, subtype=Subtype.DATA_LOSS
        )
    case = services.cases.classify(case.id, complaint_type=ComplaintType.ATTITUDE)
    assert case.classification.subtype is None


def test_the_other_type_a_complaint_is_also_about_is_never_its_main_type(services, clock):
    case = intake(services, clock)
    case = services.cases.classify(
        case.id, complaint_type=ComplaintType.TECHNICAL, also_type=ComplaintType.COMMUNICATION
    )
    assert case.classification.also_type is ComplaintType.COMMUNICATION
    with pytest.raises(ValidationError) as refused:
        services.cases.classify(case.id, also_type=ComplaintType.TECHNICAL)
    assert refused.value.field == "also_type"
    assert services.cases.get(case.id).classification.also_type is ComplaintType.COMMUNICATION
    # made the main type, it is no longer the other one
    case = services.cases.classify(case.id, complaint_type=ComplaintType.COMMUNICATION)
    assert case.classification.also_type is None
    case = services.cases.classify(case.id, also_type=ComplaintType.PROCESS)
    case = services.cases.classify(case.id, complaint_type=ComplaintType.ATTITUDE)
    assert case.classification.also_type is ComplaintType.PROCESS


def test_escalation_is_suggested_with_reasons(services, clock):
    case = intake(services, clock, severity=Severity.CRITICAL)
    case = services.cases.classify(
        case.id, complaint_type=ComplaintType.TECHNICAL, subtype=Subtype.DATA_LOSS
    )
    assert services.cases.escalation_reasons(case) == ["escalate.severity", "escalate.data_loss"]
    clock.advance(hours=30)  # the first response deadline has passed
    case = services.cases.get(case.id)
    assert "escalate.missed_deadline" in services.cases.escalation_reasons(case)
    services.cases.add_part(case.id, Escalation(0, "项目总监", escalated_at=clock.now))
    assert services.cases.get(case.id).timeline[-1].kind is EventKind.ESCALATED


def test_pausing_stops_the_clock_and_resuming_stretches_deadlines(services, clock):
    case = intake(services, clock)
    due = kinds(case)[CommitmentKind.FIRST_RESPONSE].due_at
    case = services.cases.pause(case.id, "等待客户提供日志")
    assert [e.state for e in services.cases.ledger(case)] == [CommitmentState.PAUSED]
    clock.advance(hours=10)
    case = services.cases.resume(case.id)
    assert kinds(case)[CommitmentKind.FIRST_RESPONSE].due_at == due + timedelta(hours=10)
    assert case.pauses[0].ended_at == clock.now


def test_due_summary_counts_today_and_overdue_across_cases(services, clock):
    intake(services, clock, received_at=clock.now - timedelta(hours=30))  # overdue
    intake(services, clock, received_at=clock.now - timedelta(hours=20))  # due at 14:00 today
    intake(services, clock, received_at=clock.now)  # due tomorrow 10:00
    summary = services.cases.due_summary()
    assert (summary.due_today, summary.overdue) == (1, 1)


def test_due_summary_leaves_out_paused_cases_and_counts_running_first_responses(services, clock):
    overdue = intake(services, clock, received_at=clock.now - timedelta(hours=30))
    intake(services, clock, received_at=clock.now)  # its first response is due tomorrow
    running = services.cases.due_summary(running=True)
    assert (running.due_today, running.overdue) == (1, 1)
    services.cases.pause(overdue.id, "等待客户提供日志")
    assert services.cases.due_summary().overdue == 0
    plain, with_running = services.cases.due_summaries_detached()
    assert (plain.due_today, plain.overdue) == (0, 0)
    assert (with_running.due_today, with_running.overdue) == (1, 0)


def test_rows_filter_sort_and_search(services, clock):
    a = intake(services, clock, severity=Severity.LOW, customer="东方制造")
    b = intake(services, clock, severity=Severity.CRITICAL, complaint_text="报表查询太慢了")
    services.cases.classify(b.id, complaint_type=ComplaintType.TECHNICAL)
    services.cases.add_part(a.id, Interview(0, "李娜", summary="客户提到延期两周"))
    cases = services.cases
    assert cases.count(CaseQuery()) == 2
    by_severity = cases.rows(CaseQuery(sort=SortKey.SEVERITY, descending=True), 0, 10)
    assert [r.id for r in by_severity] == [b.id, a.id]
    assert [r.id for r in cases.rows(CaseQuery(complaint_type=ComplaintType.TECHNICAL), 0, 10)] == [
        b.id
    ]
    assert [r.id for r in cases.rows(CaseQuery(text="太慢"), 0, 10)] == [b.id]  # 2 chars: LIKE
    assert [r.id for r in cases.rows(CaseQuery(text="报表查询"), 0, 10)] == [b.id]  # trigram
    assert [r.id for r in cases.rows(CaseQuery(text="延期两周"), 0, 10)] == [a.id]  # interview
    assert cases.rows(CaseQuery(text='"AND OR NOT ( * ^ :'), 0, 10) == []
    assert cases.count(CaseQuery(text="   ")) == 2


def test_delete_removes_the_case_and_its_parts(services, clock):
    case = intake(services, clock)
    services.cases.add_part(case.id, Action(0, ActionHorizon.SHORT_TERM, "恢复"))
    services.trash.delete_case(case.id)
    assert services.cases.count(CaseQuery()) == 0
    assert services.cases.count(CaseQuery(text="恢复")) == 0
