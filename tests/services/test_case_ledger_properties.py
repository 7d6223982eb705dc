"""Through the case service, for any order of its verbs: what is stored keeps the ledger's
rules, a refused verb changes nothing, and the list's next commitment is the nearest open one."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.case_query import CaseQuery
from desktop.domain.complaint import Action, ProgressUpdate
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    Channel,
    CommitmentKind,
    ComplaintType,
)
from desktop.domain.errors import TurnaroundError
from desktop.paths import DataFolder
from desktop.services import Services
from tests.conftest import SHANGHAI, FakeClock
from tests.domain.ledger_play import T0

HOURS = st.integers(-48, 24 * 20).map(lambda h: timedelta(hours=h))
VERBS = st.lists(
    st.tuples(st.integers(0, 12), st.integers(0, 48), HOURS, st.integers(1, 3)),
    min_size=1,
    max_size=20,
)
TOLD = (CommitmentKind.PROMISE, CommitmentKind.PROGRESS_UPDATE)


def is_open(commitment):
    return commitment.kept_at is None and commitment.cancelled_at is None


def do(services, case_id, actions, verb, hours_ago, offset, number):
    """One verb, with times around the clock's now; returns nothing, raises when refused."""
    cases, now = services.cases, services.clock()
    past, later = now - timedelta(hours=hours_ago), now + offset
    if verb == 0:
        cases.update_intake(case_id, received_at=past)
    elif verb == 1:
        cases.record_first_response(case_id, past, Channel.PHONE, promise_due=None)
    elif verb == 2:
        cases.add_promise(case_id, "提交书面报告", later)
    elif verb == 3:
        cases.add_part(case_id, ProgressUpdate(0, past, Channel.EMAIL, "已定位原因"))
    elif verb == 4 and number not in actions:
        action = Action(0, ActionHorizon.SHORT_TERM, "恢复数据", due_at=later)
        actions[number] = cases.add_part(case_id, action)
    elif verb == 4:
        status = [ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED][hours_ago % 3]
        cases.update_part(Action, actions[number], status=status, due_at=later)
    elif verb == 5 and number in actions:
        cases.update_part(
            Action, actions[number], status=ActionStatus.CANCELLED, cancel_reason="不再需要"
        )
    elif verb == 6 and number in actions:
        cases.delete_part(Action, actions.pop(number))
    elif verb == 7:
        cases.pause(case_id, "等待客户提供日志")
    elif verb == 8:
        cases.resume(case_id)
    elif verb == 9:
        cases.close(case_id)
    elif verb == 10:
        cases.reopen(case_id)
    elif verb == 11:
        cases.schedule_follow_up(case_id, later)
    else:
        cases.record_follow_up(case_id, past if hours_ago % 2 else None, "")


def finish_the_work(services, case_id, actions, number):
    """Every action done (one added if there is none), so that closing can be allowed."""
    cases = services.cases
    if not actions and not cases.get(case_id).is_closed:
        action = Action(0, ActionHorizon.SHORT_TERM, "恢复数据", due_at=services.clock())
        actions[number] = cases.add_part(case_id, action)
    for action_id in actions.values():
        cases.update_part(Action, action_id, status=ActionStatus.DONE)


def check(services, case_id):
    case = services.cases.get(case_id)
    commitments = case.commitments
    for kind in (CommitmentKind.FIRST_RESPONSE, CommitmentKind.FOLLOW_UP):
        assert len([c for c in commitments if c.kind is kind]) <= 1
    progress = [c for c in commitments if c.kind is CommitmentKind.PROGRESS_UPDATE]
    assert len([c for c in progress if is_open(c)]) <= 1
    assert all(c.created_at <= c.due_at for c in commitments)
    if case.is_closed:
        assert not [c for c in commitments if c.kind in TOLD and is_open(c)]
    action_ids = {a.id for a in case.actions}
    assert all(c.source_id in action_ids for c in commitments if c.kind is CommitmentKind.ACTION)
    nearest = min((c for c in commitments if is_open(c)), key=lambda c: c.due_at, default=None)
    [row] = services.cases.rows(CaseQuery(), 0, 1)
    assert row.next_due_at == (nearest.due_at if nearest else None)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(VERBS)
def test_what_the_service_stores_keeps_the_ledgers_rules(verbs):
    clock = FakeClock(T0 + timedelta(days=3))
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(DataFolder(Path(folder)).ensure(), clock, SHANGHAI)
        try:
            case = services.cases.create()
            services.cases.update_intake(
                case.id,
                customer="华信银行",
                contact_name="王经理",
                complaint_text="系统崩溃",
                received_at=clock.now - timedelta(hours=3),
            )
            # so that closing is refused only for a missing response or an unfinished action
            services.cases.classify(case.id, complaint_type=ComplaintType.TECHNICAL)
            services.cases.set_investigation(case.id, root_cause="备份脚本配置错误")
            actions: dict[int, int] = {}
            for verb, hours_ago, offset, number in verbs:
                clock.advance(hours=hours_ago % 7)
                if verb == 9 and not services.cases.get(case.id).is_closed:
                    finish_the_work(services, case.id, actions, number)
                before = services.cases.get(case.id).commitments
                try:
                    do(services, case.id, actions, verb, hours_ago, offset, number)
                except TurnaroundError:
                    assert services.cases.get(case.id).commitments == before
                check(services, case.id)
        finally:
            services.close()
