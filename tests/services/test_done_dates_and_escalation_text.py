"""An action done without a date was done now; a calm case says what was looked at, and an
unset severity is not called "not high"."""

from __future__ import annotations

from datetime import timedelta

from desktop.domain.catalog import text
from desktop.domain.complaint import Action
from desktop.domain.enums import ActionHorizon, ActionStatus, Language, Severity


def test_an_action_added_as_done_is_dated_now(services, clock):
    case = services.cases.create()
    services.cases.add_part(
        case.id, Action(0, ActionHorizon.SHORT_TERM, "重跑月结", status=ActionStatus.DONE)
    )
    [action] = services.cases.get(case.id).actions
    assert action.done_at == clock.now


def test_an_action_set_to_done_is_dated_now_unless_a_date_is_given(services, clock):
    case = services.cases.create()
    given = clock.now - timedelta(days=2)
    for description in ("a", "b"):
        services.cases.add_part(case.id, Action(0, ActionHorizon.SHORT_TERM, description))
    first, second = services.cases.get(case.id).actions
    services.cases.update_part(Action, first.id, status=ActionStatus.DONE)
    services.cases.update_part(Action, second.id, status=ActionStatus.DONE, done_at=given)
    first, second = services.cases.get(case.id).actions
    assert first.done_at == clock.now
    assert second.done_at == given


def test_an_unset_severity_is_said_to_be_unset(services):
    case = services.cases.create()
    services.cases.update_intake(case.id, customer="华信银行", complaint_text="报表错了")
    checked = services.cases.escalation_checked(services.cases.get(case.id))
    assert checked[0] == "calm.severity_unset"
    assert "尚未设定严重程度" in text(checked[0], Language.ZH)
    services.cases.update_intake(case.id, severity=Severity.LOW)
    checked = services.cases.escalation_checked(services.cases.get(case.id))
    assert checked[0] == "calm.severity_low"
    services.cases.update_intake(case.id, severity=Severity.HIGH)
    assert services.cases.escalation_checked(services.cases.get(case.id)) == []
