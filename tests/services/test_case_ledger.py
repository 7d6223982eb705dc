"""The case service stores what the ledger's rules say, and the list's next commitment follows."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain.case_query import CaseQuery
from desktop.domain.complaint import Action, ProgressUpdate
from desktop.domain.enums import ActionHorizon, Channel, CommitmentKind, EventKind
from desktop.domain.errors import ValidationError
from desktop.domain.settings import Deadlines
from desktop.domain.working_time import DEFAULT, CalendarSetting, Counting
from tests.conftest import SHANGHAI
from tests.made import a_received_case


def received(services, clock):
    return a_received_case(services, clock)


def next_due(services, case_id):
    [row] = [r for r in services.cases.rows(CaseQuery(), 0, 50) if r.id == case_id]
    return row.next_kind, row.next_due_at


def test_responding_again_moves_its_own_promise_not_the_letters(services, clock):
    case = received(services, clock)
    letter_due = clock.now + timedelta(hours=5)
    services.cases.add_promise(case.id, "明天上午派工程师到现场", letter_due)
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    later = clock.now + timedelta(hours=60)
    case = services.cases.record_first_response(
        case.id, clock.now, Channel.PHONE, promise_due=later
    )
    dues = {c.description: c.due_at for c in case.commitments if c.kind is CommitmentKind.PROMISE}
    assert dues == {"明天上午派工程师到现场": letter_due, "": later}
    made = [e for e in case.timeline if e.kind is EventKind.PROMISE_MADE]
    assert len(made) == 2  # the letter's and the first response's, each once


def test_the_lists_next_commitment_follows_every_change(services, clock):
    case = received(services, clock)
    first_due = clock.now + timedelta(hours=22)
    assert next_due(services, case.id) == (CommitmentKind.FIRST_RESPONSE, first_due)
    action_due = clock.now + timedelta(hours=3)
    action_id = services.cases.add_part(
        case.id, Action(0, ActionHorizon.SHORT_TERM, "恢复数据", "张伟", action_due)
    )
    assert next_due(services, case.id) == (CommitmentKind.ACTION, action_due)
    services.cases.delete_part(Action, action_id)
    assert next_due(services, case.id) == (CommitmentKind.FIRST_RESPONSE, first_due)
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    assert next_due(services, case.id) == (CommitmentKind.PROMISE, clock.now + timedelta(hours=48))
    services.cases.add_part(case.id, ProgressUpdate(0, clock.now, Channel.EMAIL, "已定位原因"))
    assert next_due(services, case.id) == (
        CommitmentKind.PROGRESS_UPDATE,
        clock.now + timedelta(days=2),
    )


def test_a_refused_verb_leaves_the_ledger_as_it_was(services, clock):
    case = received(services, clock)
    before = services.cases.get(case.id).commitments
    with pytest.raises(ValidationError):
        services.cases.record_first_response(
            case.id, clock.now, Channel.PHONE, promise_due=clock.now - timedelta(days=3)
        )
    assert services.cases.get(case.id).commitments == before


def test_the_default_promise_counts_on_the_customers_calendar(services, clock):
    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    case = received(services, clock)
    responded = clock.now  # Tuesday 24 November, 10:00 in Shanghai
    # 48 working hours: Tuesday 8 h, Wednesday to Friday 27 h, Monday 9 h, then Tuesday 4 h
    expected = datetime(2026, 12, 1, 13, 0, tzinfo=SHANGHAI)
    assert services.cases.default_promise_due(case, responded) == expected
    case = services.cases.record_first_response(case.id, responded, Channel.PHONE)
    [promise] = [c for c in case.commitments if c.kind is CommitmentKind.PROMISE]
    assert promise.due_at == expected


def test_progress_updates_fall_due_as_often_as_settings_say(services, clock):
    services.settings.save_deadlines(Deadlines(update_every_days=3))
    case = received(services, clock)
    assert case.next_update_days == 3
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    services.cases.add_part(case.id, ProgressUpdate(0, clock.now, Channel.EMAIL, "已定位原因"))
    assert next_due(services, case.id) == (
        CommitmentKind.PROGRESS_UPDATE,
        clock.now + timedelta(days=3),
    )


def test_a_written_promise_is_kept_or_withdrawn_only_when_the_user_says_so(services, clock):
    case = received(services, clock)
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    tomorrow = clock.now + timedelta(hours=20)
    services.cases.add_promise(case.id, "明天上午到现场核对月结数据", tomorrow)
    services.cases.add_promise(case.id, "周五前提交书面整改报告", clock.now + timedelta(days=3))
    services.cases.add_part(case.id, ProgressUpdate(0, clock.now, Channel.EMAIL, "已定位原因"))
    case = services.cases.get(case.id)
    written = {c.description: c for c in case.commitments if c.description}
    assert all(c.kept_at is None for c in written.values())  # an update is no visit
    visit, report = written["明天上午到现场核对月结数据"], written["周五前提交书面整改报告"]
    with pytest.raises(ValidationError) as refused:
        services.cases.withdraw_promise(case.id, report.id, "  ")
    assert refused.value.field == "withdraw_reason"
    clock.advance(hours=19)
    case = services.cases.keep_promise(case.id, visit.id)
    case = services.cases.withdraw_promise(case.id, report.id, "客户改为例会上口头汇报")
    states = {c.description: (c.kept_at, c.cancelled_at) for c in case.commitments if c.description}
    assert states == {
        "明天上午到现场核对月结数据": (clock.now, None),
        "周五前提交书面整改报告": (None, clock.now),
    }
    with pytest.raises(ValidationError) as refused:
        services.cases.keep_promise(case.id, report.id)  # withdrawn: not kept after all
    assert refused.value.field == "commitment"
    timeline = [(e.kind, e.detail) for e in case.timeline if e.kind.value.startswith("promise_")]
    assert (EventKind.PROMISE_KEPT, "明天上午到现场核对月结数据") in timeline
    withdrawn = "周五前提交书面整改报告\n客户改为例会上口头汇报"  # the reason apart
    assert (EventKind.PROMISE_WITHDRAWN, withdrawn) in timeline
