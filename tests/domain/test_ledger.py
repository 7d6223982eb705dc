"""The promise ledger's rules, one event at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.domain.commitments import WorkCalendar
from desktop.domain.complaint import Action, Commitment
from desktop.domain.enums import ActionHorizon, ActionStatus, CommitmentKind, EventKind
from desktop.domain.ledger import (
    ActionChanged,
    ActionDeleted,
    ChangeKind,
    Closed,
    CommitmentChange,
    FollowUpDone,
    FollowUpScheduled,
    Paused,
    PromiseKept,
    PromiseMade,
    PromiseWithdrawn,
    Received,
    Reopened,
    Responded,
    Resumed,
    Terms,
    UpdateSent,
    first_response_promise,
)
from tests.domain.ledger_play import T0, new_case, play

HOUR = timedelta(hours=1)
WEEKDAYS_9_TO_18 = Terms(calendar=WorkCalendar(tz=UTC))


def of_kind(case, kind):
    return [c for c in case.commitments if c.kind is kind]


def kinds_of(result):
    return [(change.kind, (change.after or change.before).kind) for change in result.commitments]


def lines(result):
    return [line.kind for line in result.timeline]


def responded_case(at=T0 + HOUR):
    case = new_case()
    play(case, Received(T0))
    play(case, Responded(at))
    return case


# --- received ------------------------------------------------------------------------------
def test_a_received_complaint_is_due_a_first_response_24_hours_later():
    case = new_case()
    result = play(case, Received(T0))
    [first] = case.commitments
    assert (first.kind, first.due_at, first.created_at) == (
        CommitmentKind.FIRST_RESPONSE,
        T0 + 24 * HOUR,
        T0,
    )
    assert kinds_of(result) == [(ChangeKind.ADD, CommitmentKind.FIRST_RESPONSE)]
    assert lines(result) == [EventKind.RECEIVED]


def test_moving_the_received_time_moves_the_deadline_and_its_line_not_a_second_one():
    case = new_case()
    play(case, Received(T0))
    result = play(case, Received(T0 - 5 * HOUR))
    assert [c.due_at for c in case.commitments] == [T0 + 19 * HOUR]
    assert kinds_of(result) == [(ChangeKind.MOVE, CommitmentKind.FIRST_RESPONSE)]
    assert [(line.kind, line.at) for line in case.timeline] == [(EventKind.RECEIVED, T0 - 5 * HOUR)]


def test_the_first_response_counts_working_hours_on_a_working_calendar():
    friday_17h = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
    case = new_case()
    play(case, Received(friday_17h), WEEKDAYS_9_TO_18)
    # Friday 1 h, Monday 9 h, Tuesday 9 h, Wednesday 5 h
    assert case.commitments[0].due_at == datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


# --- responded and promises ----------------------------------------------------------------
def test_the_first_response_keeps_the_deadline_and_promises_a_report():
    case = new_case()
    play(case, Received(T0))
    result = play(case, Responded(T0 + 2 * HOUR))
    [first] = of_kind(case, CommitmentKind.FIRST_RESPONSE)
    [promise] = of_kind(case, CommitmentKind.PROMISE)
    assert first.kept_at == T0 + 2 * HOUR
    assert (promise.due_at, promise.created_at) == (T0 + 50 * HOUR, T0 + 2 * HOUR)
    assert set(kinds_of(result)) == {
        (ChangeKind.ADD, CommitmentKind.PROMISE),
        (ChangeKind.KEEP, CommitmentKind.FIRST_RESPONSE),
    }
    assert lines(result) == [EventKind.RESPONDED, EventKind.PROMISE_MADE]


def test_responding_again_moves_the_promise_and_says_nothing_new():
    case = responded_case()
    result = play(case, Responded(T0 + 3 * HOUR, promise_due=T0 + 10 * HOUR))
    [promise] = of_kind(case, CommitmentKind.PROMISE)
    assert promise.due_at == T0 + 10 * HOUR
    assert lines(result) == []


def test_a_promise_in_a_letter_is_not_the_first_responses_promise():
    case = new_case()
    play(case, Received(T0))
    play(case, PromiseMade(T0, T0 + 5 * HOUR, "现场排查"))
    assert first_response_promise(case.commitments) is None
    play(case, Responded(T0 + HOUR))
    promises = of_kind(case, CommitmentKind.PROMISE)
    assert sorted(p.description for p in promises) == ["", "现场排查"]
    assert first_response_promise(case.commitments).due_at == T0 + 49 * HOUR


def test_a_promise_entered_after_its_due_time_counts_from_then():
    case = new_case()
    result = play(case, PromiseMade(T0, T0 - 2 * HOUR, "电话回访"))
    [promise] = case.commitments
    assert promise.created_at == promise.due_at == T0 - 2 * HOUR
    assert [(line.kind, line.detail) for line in result.timeline] == [
        (EventKind.PROMISE_MADE, f"{(T0 - 2 * HOUR).isoformat()} 电话回访")
    ]


# --- progress updates ----------------------------------------------------------------------
def test_an_update_keeps_the_promise_and_the_next_update_falls_due():
    case = responded_case()
    sent = T0 + 30 * HOUR
    result = play(case, UpdateSent(sent, "已定位原因"))
    assert of_kind(case, CommitmentKind.PROMISE)[0].kept_at == sent
    [following] = of_kind(case, CommitmentKind.PROGRESS_UPDATE)
    assert (following.due_at, following.kept_at) == (sent + timedelta(days=2), None)
    assert lines(result) == [EventKind.PROMISE_KEPT, EventKind.UPDATE_SENT]
    assert result.timeline[-1].detail == "已定位原因"
    play(case, UpdateSent(sent + 40 * HOUR))
    updates = of_kind(case, CommitmentKind.PROGRESS_UPDATE)
    assert [u.kept_at for u in updates] == [sent + 40 * HOUR, None]


def test_an_update_keeps_the_promise_of_a_report_not_a_promise_of_something_else():
    case = responded_case()
    play(case, PromiseMade(T0 + 2 * HOUR, T0 + 20 * HOUR, "明天上午到现场核对月结数据"))
    play(case, PromiseMade(T0 + 2 * HOUR, T0 + 90 * HOUR, "周五前提交书面整改报告"))
    result = play(case, UpdateSent(T0 + 10 * HOUR, "已定位原因，正在修复"))
    kept = {p.description: p.kept_at for p in of_kind(case, CommitmentKind.PROMISE)}
    assert kept == {
        "": T0 + 10 * HOUR,
        "明天上午到现场核对月结数据": None,
        "周五前提交书面整改报告": None,
    }
    assert lines(result) == [EventKind.PROMISE_KEPT, EventKind.UPDATE_SENT]


def test_a_promise_is_kept_or_withdrawn_when_the_user_says_so_and_the_timeline_says_which():
    case = responded_case()
    play(case, PromiseMade(T0 + 2 * HOUR, T0 + 20 * HOUR, "明天上午到现场核对月结数据"))
    play(case, PromiseMade(T0 + 2 * HOUR, T0 + 90 * HOUR, "周五前提交书面整改报告"))
    visit, report = sorted(
        (p for p in of_kind(case, CommitmentKind.PROMISE) if p.description), key=lambda p: p.due_at
    )
    result = play(case, PromiseKept(T0 + 30 * HOUR, visit.id, T0 + 19 * HOUR))
    assert [(line.kind, line.at, line.detail) for line in result.timeline] == [
        (EventKind.PROMISE_KEPT, T0 + 19 * HOUR, "明天上午到现场核对月结数据")
    ]
    result = play(case, PromiseWithdrawn(T0 + 31 * HOUR, report.id, "客户改为下周例会上口头汇报"))
    assert [(line.kind, line.detail) for line in result.timeline] == [
        (EventKind.PROMISE_WITHDRAWN, "周五前提交书面整改报告\n客户改为下周例会上口头汇报")
    ]
    by_id = {p.id: p for p in of_kind(case, CommitmentKind.PROMISE)}
    assert (by_id[visit.id].kept_at, by_id[visit.id].cancelled_at) == (T0 + 19 * HOUR, None)
    assert (by_id[report.id].kept_at, by_id[report.id].cancelled_at) == (None, T0 + 31 * HOUR)
    # a promise kept already is not kept again
    assert play(case, PromiseKept(T0 + 32 * HOUR, visit.id, T0 + 32 * HOUR)).timeline == ()


def test_the_case_sets_how_often_updates_fall_due():
    case = responded_case()
    case.next_update_days = 5
    play(case, UpdateSent(T0 + 2 * HOUR))
    [following] = of_kind(case, CommitmentKind.PROGRESS_UPDATE)
    assert following.due_at == T0 + 2 * HOUR + timedelta(days=5)


def test_an_update_on_a_closed_case_sets_no_next_one():
    case = responded_case()
    play(case, Closed(T0 + 5 * HOUR))
    play(case, UpdateSent(T0 + 6 * HOUR))
    assert of_kind(case, CommitmentKind.PROGRESS_UPDATE) == []


# --- actions -------------------------------------------------------------------------------
def action(status=ActionStatus.PLANNED, due=T0 + 48 * HOUR, done_at=None, **extra):
    values = dict(id=7, horizon=ActionHorizon.SHORT_TERM, description="恢复数据")
    values.update(extra)
    return Action(due_at=due, status=status, done_at=done_at, **values)


def test_an_action_with_a_due_date_is_a_commitment_kept_when_done():
    case = new_case()
    result = play(case, ActionChanged(T0, action()))
    [commitment] = case.commitments
    assert (commitment.kind, commitment.source_id, commitment.due_at) == (
        CommitmentKind.ACTION,
        7,
        T0 + 48 * HOUR,
    )
    assert lines(result) == [EventKind.ACTION_ADDED]
    done = action(ActionStatus.DONE, done_at=T0 + 20 * HOUR)
    result = play(case, ActionChanged(T0 + 21 * HOUR, done, before=action()))
    assert of_kind(case, CommitmentKind.ACTION)[0].kept_at == T0 + 20 * HOUR
    assert lines(result) == [EventKind.ACTION_DONE]


def test_the_fix_done_sets_the_follow_up_visit_once():
    case = new_case()
    play(case, ActionChanged(T0, action()))
    done = action(ActionStatus.DONE, done_at=T0 + 20 * HOUR)
    result = play(case, ActionChanged(T0 + 21 * HOUR, done, before=action()))
    visit = T0 + 20 * HOUR + timedelta(days=30)
    assert result.follow_up_due == visit == case.follow_up.due_at
    assert of_kind(case, CommitmentKind.FOLLOW_UP)[0].due_at == visit
    second = action(ActionStatus.VERIFIED, done_at=T0 + 30 * HOUR, id=8)
    assert play(case, ActionChanged(T0 + 31 * HOUR, second)).follow_up_due is None
    long_term = action(ActionStatus.DONE, id=9, horizon=ActionHorizon.LONG_TERM, done_at=T0)
    other = new_case()
    assert play(other, ActionChanged(T0, long_term)).follow_up_due is None


def test_an_action_taken_back_cancelled_undated_or_deleted():
    case = new_case()
    done = action(ActionStatus.DONE, done_at=T0 + HOUR)
    play(case, ActionChanged(T0, done))
    result = play(case, ActionChanged(T0 + 2 * HOUR, action(ActionStatus.IN_PROGRESS), done))
    assert kinds_of(result) == [
        (ChangeKind.DROP, CommitmentKind.EFFECTIVENESS_CHECK),  # not done: nothing to check
        (ChangeKind.REOPEN, CommitmentKind.ACTION),
    ]
    cancelled = action(ActionStatus.CANCELLED, cancel_reason="客户不再需要")
    result = play(case, ActionChanged(T0 + 3 * HOUR, cancelled, action()))
    assert kinds_of(result) == [(ChangeKind.CANCEL, CommitmentKind.ACTION)]
    assert of_kind(case, CommitmentKind.ACTION)[0].cancelled_at == T0 + 3 * HOUR
    reworded = action(ActionStatus.CANCELLED, cancel_reason="客户不再需要", description="改")
    play(case, ActionChanged(T0 + 4 * HOUR, reworded, cancelled))
    # still cancelled when it was
    assert of_kind(case, CommitmentKind.ACTION)[0].cancelled_at == T0 + 3 * HOUR
    result = play(case, ActionChanged(T0 + 5 * HOUR, action(due=None), reworded))
    assert kinds_of(result) == [(ChangeKind.DROP, CommitmentKind.ACTION)]
    assert of_kind(case, CommitmentKind.ACTION) == []
    play(case, ActionChanged(T0 + 6 * HOUR, action(), action(due=None)))
    result = play(case, ActionDeleted(T0 + 7 * HOUR, 7))
    assert kinds_of(result) == [(ChangeKind.DROP, CommitmentKind.ACTION)]
    assert of_kind(case, CommitmentKind.ACTION) == []


def test_an_action_without_a_due_date_is_no_commitment():
    case = new_case()
    assert play(case, ActionChanged(T0, action(due=None))).commitments == ()


# --- waiting on the customer ---------------------------------------------------------------
def test_a_pause_stretches_the_open_deadlines_by_its_length_when_it_ends():
    case = responded_case()  # first response kept, promise due at T0 + 49 h
    result = play(case, Paused(T0 + 2 * HOUR, "等待客户提供日志"))
    assert result.commitments == () and lines(result) == [EventKind.PAUSED]
    result = play(case, Resumed(T0 + 12 * HOUR))
    assert kinds_of(result) == [(ChangeKind.MOVE, CommitmentKind.PROMISE)]
    assert of_kind(case, CommitmentKind.PROMISE)[0].due_at == T0 + 59 * HOUR
    assert of_kind(case, CommitmentKind.FIRST_RESPONSE)[0].due_at == T0 + 24 * HOUR
    assert lines(result) == [EventKind.RESUMED]


def test_a_pause_outside_working_hours_moves_nothing():
    case = new_case()
    monday_10h = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    play(case, Received(monday_10h), WEEKDAYS_9_TO_18)
    due = case.commitments[0].due_at
    play(case, Paused(datetime(2026, 11, 23, 19, 0, tzinfo=UTC)), WEEKDAYS_9_TO_18)
    play(case, Resumed(datetime(2026, 11, 24, 8, 0, tzinfo=UTC)), WEEKDAYS_9_TO_18)
    assert case.commitments[0].due_at == due


def test_resuming_a_case_that_is_not_paused_changes_nothing():
    case = responded_case()
    assert play(case, Resumed(T0 + 3 * HOUR)).commitments == ()


# --- closing and reopening -----------------------------------------------------------------
def test_closing_cancels_what_we_said_we_would_tell_and_nothing_else():
    case = responded_case()
    play(case, UpdateSent(T0 + 2 * HOUR))
    play(case, PromiseMade(T0 + 2 * HOUR, T0 + 90 * HOUR, "提交报告"))
    play(case, ActionChanged(T0, action(ActionStatus.IN_PROGRESS)))
    play(case, FollowUpScheduled(T0, T0 + timedelta(days=30)))
    result = play(case, Closed(T0 + 3 * HOUR))
    assert set(kinds_of(result)) == {
        (ChangeKind.CANCEL, CommitmentKind.PROMISE),
        (ChangeKind.CANCEL, CommitmentKind.PROGRESS_UPDATE),
    }
    still_open = {c.kind for c in case.commitments if c.kept_at is None and not c.cancelled_at}
    assert still_open == {CommitmentKind.ACTION, CommitmentKind.FOLLOW_UP}
    assert lines(result) == [EventKind.CLOSED]


def test_reopening_says_so_and_changes_no_commitment():
    case = responded_case()
    play(case, Closed(T0 + 3 * HOUR))
    result = play(case, Reopened(T0 + 4 * HOUR))
    assert result.commitments == () and lines(result) == [EventKind.REOPENED]


# --- the follow-up visit -------------------------------------------------------------------
def test_the_follow_up_visit_is_scheduled_moved_kept_and_cleared():
    case = new_case()
    visit = T0 + timedelta(days=30)
    result = play(case, FollowUpScheduled(T0, visit))
    assert kinds_of(result) == [(ChangeKind.ADD, CommitmentKind.FOLLOW_UP)]
    assert case.follow_up.due_at == visit
    result = play(case, FollowUpScheduled(T0, visit + HOUR))
    assert kinds_of(result) == [(ChangeKind.MOVE, CommitmentKind.FOLLOW_UP)]
    result = play(case, FollowUpDone(T0, visit))
    assert kinds_of(result) == [(ChangeKind.KEEP, CommitmentKind.FOLLOW_UP)]
    assert lines(result) == [EventKind.FOLLOW_UP_DONE]
    assert lines(play(case, FollowUpDone(T0, visit - HOUR))) == []  # said once
    result = play(case, FollowUpDone(T0, None))
    assert kinds_of(result) == [(ChangeKind.REOPEN, CommitmentKind.FOLLOW_UP)]


# --- the changes themselves ----------------------------------------------------------------
def test_a_change_says_what_kind_it_is():
    open_one = Commitment(1, 1, CommitmentKind.PROMISE, "", T0)
    kept = Commitment(1, 1, CommitmentKind.PROMISE, "", T0, kept_at=T0)
    cancelled = Commitment(1, 1, CommitmentKind.PROMISE, "", T0, cancelled_at=T0)
    moved = Commitment(1, 1, CommitmentKind.PROMISE, "", T0 + HOUR)
    assert CommitmentChange(None, open_one).kind is ChangeKind.ADD
    assert CommitmentChange(open_one, None).kind is ChangeKind.DROP
    assert CommitmentChange(open_one, kept).kind is ChangeKind.KEEP
    assert CommitmentChange(open_one, cancelled).kind is ChangeKind.CANCEL
    assert CommitmentChange(kept, open_one).kind is ChangeKind.REOPEN
    assert CommitmentChange(open_one, moved).kind is ChangeKind.MOVE


def test_the_timeline_says_what_a_letter_promised_not_a_progress_report():
    from datetime import UTC

    from desktop.domain.enums import Language
    from desktop.domain.event_text import describe_event

    case = new_case()
    result = play(case, PromiseMade(T0, T0 + 5 * HOUR, "提交书面整改报告"))
    [line] = result.timeline
    said = describe_event(line, Language.ZH, UTC)
    assert "提交书面整改报告" in said and "通报进展" not in said
