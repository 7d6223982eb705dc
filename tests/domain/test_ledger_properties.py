"""The ledger's rules hold for any order of events (hypothesis)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import ledger
from desktop.domain.commitments import WorkCalendar
from desktop.domain.complaint import Action, Case, Commitment
from desktop.domain.enums import ActionHorizon, ActionStatus, CheckResult, CommitmentKind
from tests.domain.ledger_play import T0, allowed, new_case, play

HOURS = st.integers(min_value=-72, max_value=24 * 40).map(lambda h: timedelta(hours=h))
TERMS = st.sampled_from(
    [
        ledger.Terms(),
        ledger.Terms(first_response_hours=8, promise_hours=4, follow_up_days=1),
        ledger.Terms(calendar=WorkCalendar(tz=UTC)),
        ledger.Terms(calendar=WorkCalendar(tz=UTC, lunch=(time(12), time(13)))),
    ]
)
ONE_OF_EACH = (CommitmentKind.FIRST_RESPONSE, CommitmentKind.FOLLOW_UP)
TOLD = (CommitmentKind.PROMISE, CommitmentKind.PROGRESS_UPDATE)


@st.composite
def actions(draw: st.DrawFn, at: timedelta) -> Action:
    status = draw(st.sampled_from(list(ActionStatus)))
    done = status in ledger.FINISHED
    return Action(
        id=draw(st.integers(1, 3)),
        horizon=draw(st.sampled_from(list(ActionHorizon))),
        description=draw(st.sampled_from(["恢复数据", "Add an index"])),
        due_at=draw(st.none() | HOURS.map(lambda h: T0 + h)),
        status=status,
        done_at=T0 + at - draw(HOURS.map(abs)) if done else None,
        cancel_reason="客户不再需要" if status is ActionStatus.CANCELLED else "",
    )


@st.composite
def events(draw: st.DrawFn) -> list[ledger.Event]:
    """Events in the order they are recorded, each at a later moment than the one before (a
    time it names may lie in the past: a progress update entered a day late)."""
    moment = timedelta()
    made: list[ledger.Event] = []
    for _ in range(draw(st.integers(1, 25))):
        moment += draw(st.integers(0, 24 * 5).map(lambda h: timedelta(hours=h)))
        now = T0 + moment
        past = now - draw(st.integers(0, 48).map(lambda h: timedelta(hours=h)))
        later = T0 + draw(HOURS)
        kind = draw(st.integers(0, 12))
        event: ledger.Event
        if kind == 0:
            event = ledger.Received(past)
        elif kind == 1:
            event = ledger.Responded(past, draw(st.none() | st.just(max(later, past))))
        elif kind == 2:
            event = ledger.PromiseMade(now, later, "下周一前提交报告")
        elif kind == 3:
            event = ledger.UpdateSent(past, "已定位原因")
        elif kind == 4:
            action = draw(actions(moment))
            event = ledger.ActionChanged(now, action, draw(st.none() | actions(moment)))
        elif kind == 5:
            event = ledger.ActionDeleted(now, draw(st.integers(1, 3)))
        elif kind == 6:
            event = ledger.Paused(now, "等待客户提供日志")
        elif kind == 7:
            event = ledger.Resumed(now)
        elif kind == 8:
            event = ledger.Closed(now)
        elif kind == 9:
            event = ledger.Reopened(now)
        elif kind == 10:
            event = ledger.FollowUpScheduled(now, later)
        elif kind == 11:
            event = ledger.FollowUpDone(now, draw(st.none() | st.just(past)))
        else:  # which action, and what it found: with_before fills in the rest
            result = draw(st.sampled_from(list(CheckResult)))
            placeholder = Action(draw(st.integers(1, 3)), ActionHorizon.SHORT_TERM, "")
            event = ledger.CheckRecorded(now, dataclasses.replace(placeholder, check_result=result))
        made.append(event)
    return made


def with_before(case: Case, event: ledger.Event) -> ledger.Event | None:
    """An action's edit names the action as it was (the service reads it before saving); a
    check is recorded on a done action once, as the service allows (else None)."""
    if isinstance(event, ledger.ActionChanged):
        before = next((a for a in case.actions if a.id == event.action.id), None)
        return ledger.ActionChanged(event.at, event.action, before)
    if isinstance(event, ledger.CheckRecorded):
        action = next((a for a in case.actions if a.id == event.action.id), None)
        if action is None or action.status not in ledger.FINISHED or action.check_result:
            return None
        recorded = dataclasses.replace(
            action,
            check_result=event.action.check_result,
            check_note="又出现了",
            checked_at=event.at,
        )
        return ledger.CheckRecorded(event.at, recorded)
    return event


def is_open(commitment: Commitment) -> bool:
    return ledger.is_open_commitment(commitment)


def may_reopen(commitment: Commitment, event: ledger.Event) -> bool:
    """What kept a commitment can be taken back: its action undone, the visit's date cleared."""
    if isinstance(event, ledger.ActionChanged):
        return commitment.source_id == event.action.id
    return isinstance(event, ledger.FollowUpDone) and event.done_at is None


def check(case: Case, before: dict[int, Commitment], event: ledger.Event) -> None:
    commitments = case.commitments
    for kind in ONE_OF_EACH:
        assert len([c for c in commitments if c.kind is kind]) <= 1, kind
    progress = [c for c in commitments if c.kind is CommitmentKind.PROGRESS_UPDATE]
    assert len([c for c in progress if is_open(c)]) <= 1
    for commitment in commitments:
        assert commitment.created_at is not None
        assert commitment.created_at <= commitment.due_at, commitment
        was = before.get(commitment.id)
        if was is not None and not is_open(was) and is_open(commitment):
            assert may_reopen(commitment, event), (was, event)
        if was is not None and isinstance(event, ledger.Resumed):
            assert commitment.due_at >= was.due_at, (was, commitment)
    if case.is_closed:
        assert not [c for c in commitments if c.kind in TOLD and is_open(c)]
    checks = [c for c in commitments if c.kind is CommitmentKind.EFFECTIVENESS_CHECK]
    assert len({c.source_id for c in checks}) == len(checks)  # one per action
    done = {a.id for a in case.actions if a.status in ledger.FINISHED}
    assert all(c.source_id in done for c in checks if is_open(c))  # due only once done
    if isinstance(event, ledger.CheckRecorded):
        [kept] = [c for c in checks if c.source_id == event.action.id]
        assert kept.kept_at == event.action.checked_at
        if event.action.check_result is CheckResult.FAILED:
            assert not case.is_closed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events(), TERMS)
def test_the_ledgers_rules_hold_for_any_order_of_events(history, terms):
    case = new_case()
    for event in history:
        if not allowed(case, event):
            continue
        resolved = with_before(case, event)
        if resolved is None:
            continue
        event = resolved
        before = {c.id: c for c in case.commitments}
        play(case, event, terms)
        check(case, before, event)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(HOURS, min_size=1, max_size=6),
    st.integers(0, 24 * 20),
    st.integers(0, 24 * 20),
    TERMS,
)
def test_a_pause_then_resume_never_shortens_a_due_time(dues, start, length, terms):
    case = new_case()
    for number, due in enumerate(dues, start=1):
        action = Action(number, ActionHorizon.MID_TERM, "优化索引", due_at=T0 + due)
        play(case, ledger.ActionChanged(T0, action), terms)
    play(case, ledger.Received(T0), terms)
    before = {c.id: c.due_at for c in case.commitments}
    paused = T0 + timedelta(hours=start)
    play(case, ledger.Paused(paused), terms)
    play(case, ledger.Resumed(paused + timedelta(hours=length)), terms)
    for commitment in case.commitments:
        assert commitment.due_at >= before[commitment.id]


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 24 * 10), st.integers(0, 24 * 10))
def test_on_calendar_hours_a_pause_before_the_due_time_moves_it_by_the_whole_pause(length, start):
    case = new_case()
    play(case, ledger.Received(T0))  # due 24 h later
    paused = T0 + timedelta(hours=min(start, 23))
    play(case, ledger.Paused(paused))
    play(case, ledger.Resumed(paused + timedelta(hours=length)))
    assert case.commitments[0].due_at == T0 + timedelta(hours=24 + length)
