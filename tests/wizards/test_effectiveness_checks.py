"""The Plan page's effectiveness checks, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.enums import CaseStatus, CheckResult, CommitmentKind, EventKind, Stage
from tests.services.test_effectiveness_checks import closable_case
from tests.typing import type_text


def check_of(case, action_id):
    [check] = [
        c
        for c in case.commitments
        if c.kind is CommitmentKind.EFFECTIVENESS_CHECK and c.source_id == action_id
    ]
    return check


def test_each_done_action_shows_its_check_and_a_held_one_keeps_the_commitment(
    open_wizard, qtbot, services, clock
):
    case_id, action_id = closable_case(services, clock)
    wizard = open_wizard(case_id, stage=Stage.PLAN)
    plan = wizard.pages[Stage.PLAN]
    assert len(plan.checks.rows) == 2  # the fix and the long-term action, both done
    row = plan.checks.rows[action_id]
    assert "check due" in row.title.text()
    assert row.criterion.text() == "连续 30 天备份成功"
    assert not plan.checks.prompt.isVisible()
    clock.advance(days=30)
    type_text(qtbot, row.note, "30 天备份全部成功")
    qtbot.mouseClick(row.held, Qt.MouseButton.LeftButton)
    case = services.cases.get(case_id)
    assert check_of(case, action_id).kept_at == clock.now
    [action] = [a for a in case.actions if a.id == action_id]
    assert action.check_result is CheckResult.HELD
    shown = plan.checks.rows[action_id]
    qtbot.waitUntil(shown.result.isVisible)
    assert "Held" in shown.result.text()
    assert not hasattr(shown, "held")  # recorded once


def test_a_failed_check_needs_a_reason_then_reopens_the_closed_case_and_asks_for_an_action(
    open_wizard, qtbot, services, clock
):
    case_id, action_id = closable_case(services, clock)
    services.cases.close(case_id)
    clock.advance(days=31)
    wizard = open_wizard(case_id, stage=Stage.PLAN)
    plan = wizard.pages[Stage.PLAN]
    row = plan.checks.rows[action_id]
    qtbot.mouseClick(row.failed, Qt.MouseButton.LeftButton)  # no reason: refused beside it
    assert row.error.isVisible() and "why" in row.error.text()
    assert services.cases.get(case_id).is_closed
    type_text(qtbot, row.note, "第 12 天备份又失败了")
    assert not row.error.isVisible()
    qtbot.mouseClick(row.failed, Qt.MouseButton.LeftButton)
    case = services.cases.get(case_id)
    assert (case.status, case.stage) == (CaseStatus.OPEN, Stage.PLAN)
    assert wizard.case.status is CaseStatus.OPEN
    assert any(
        e.kind is EventKind.CHECK_FAILED and "第 12 天备份又失败了" in e.detail
        for e in case.timeline
    )
    qtbot.waitUntil(plan.checks.prompt.isVisible)
    assert "第 12 天备份又失败了" in plan.checks.prompt.text()
    assert "not effective" in plan.checks.rows[action_id].result.text()
