"""Demo cases are made by the ledger's own rules, the same for the same seed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.demo import generate
from desktop.demo.companies import every_company
from desktop.domain.enums import ActionHorizon, CheckResult, CommitmentKind, EventKind, Stage

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def is_open(commitment):
    return commitment.kept_at is None and commitment.cancelled_at is None


def of_kind(case, kind):
    return [c for c in case.commitments if c.kind is kind]


def counts_calendar_hours(case):
    """A customer on calendar hours whose clock never stopped: its deadlines are plain sums."""
    return not case.pauses and case.intake.customer not in WORKING_HOURS


WORKING_HOURS = {c.name for c in every_company() if c.calendar is not None}


def test_demo_cases_keep_the_ledgers_rules():
    cases = list(generate(400, 7, NOW))
    assert any(case.is_closed for case in cases) and any(not case.is_closed for case in cases)
    plain = 0
    for case in cases:
        received = case.intake.received_at
        [first] = of_kind(case, CommitmentKind.FIRST_RESPONSE)
        assert first.due_at >= received + timedelta(hours=24)
        assert first.kept_at == case.first_response.responded_at
        promises = of_kind(case, CommitmentKind.PROMISE)
        if case.first_response.responded_at is None:
            assert promises == []
        else:
            [promise] = promises
            promised = case.first_response.responded_at + timedelta(hours=48)
            assert promise.due_at >= promised
            if counts_calendar_hours(case):
                assert first.due_at == received + timedelta(hours=24)
                assert promise.due_at == promised
                plain += 1
        updates = of_kind(case, CommitmentKind.PROGRESS_UPDATE)
        assert len(updates) == len(case.updates)  # each update sets the next one due
        assert len([u for u in updates if is_open(u)]) <= 1
        assert len(of_kind(case, CommitmentKind.FOLLOW_UP)) <= 1
        for commitment in case.commitments:
            assert commitment.created_at <= commitment.due_at
        if case.is_closed:
            told = (CommitmentKind.PROMISE, CommitmentKind.PROGRESS_UPDATE)
            assert not [c for c in case.commitments if c.kind in told and is_open(c)]
            last = (EventKind.CLOSED, EventKind.FOLLOW_UP_DONE, EventKind.CHECK_HELD)
            assert case.timeline[-1].kind in last
        assert [e.at for e in case.timeline] == sorted(e.at for e in case.timeline)
    assert plain > 150


def test_most_demo_fixes_hold_and_a_failed_check_is_on_an_open_case_back_at_the_plan():
    recorded = held = 0
    for case in generate(300, 5, NOW):
        for action in case.actions:
            if action.check_result is None:
                continue
            recorded += 1
            [check] = [
                c
                for c in of_kind(case, CommitmentKind.EFFECTIVENESS_CHECK)
                if c.source_id == action.id
            ]
            assert check.kept_at == action.checked_at <= NOW
            if action.check_result is CheckResult.HELD:
                held += 1
            else:
                assert not case.is_closed and case.stage is Stage.PLAN
    assert recorded > 50 and 0.7 < held / recorded < 1


def test_the_fix_done_sets_the_follow_up_visit_30_days_later():
    checked = 0
    for case in generate(200, 3, NOW):
        fixes = [a for a in case.actions if a.horizon is ActionHorizon.SHORT_TERM and a.done_at]
        if fixes:
            assert case.follow_up.due_at == fixes[0].done_at + timedelta(days=30)
            [visit] = of_kind(case, CommitmentKind.FOLLOW_UP)
            if case.pauses:  # waiting on the customer moved the commitment, not the date set
                assert visit.due_at >= case.follow_up.due_at
            else:
                assert visit.due_at == case.follow_up.due_at
            checked += 1
    assert checked > 20


def test_the_same_seed_makes_the_same_cases():
    def summary(seed):
        return [
            (case.number, [(c.kind, c.due_at, c.kept_at) for c in case.commitments])
            for case in generate(60, seed, NOW)
        ]

    assert summary(5) == summary(5)
    assert summary(5) != summary(6)
