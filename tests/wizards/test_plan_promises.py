"""The Plan page's promises to the customer, driven through the real widgets: a progress
update is no site visit; the user marks a promise kept, or withdraws it with the reason, and
closing waits for both."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.domain.enums import Language, Stage
from desktop.services.case_stages import CannotCloseError
from tests.services.test_effectiveness_checks import closable_case

VISIT = "明天上午到现场核对月结数据"
REPORT = "周五前提交书面整改报告"


def test_written_promises_are_kept_or_withdrawn_on_the_plan_page_then_the_case_closes(
    open_wizard, qtbot, services, clock, monkeypatch
):
    case_id, _action = closable_case(services, clock)
    services.cases.add_promise(case_id, VISIT, clock.now + timedelta(hours=20))
    services.cases.add_promise(case_id, REPORT, clock.now + timedelta(days=3))
    with pytest.raises(CannotCloseError) as refused:
        services.cases.close(case_id)
    assert [p.code for p in refused.value.problems] == ["open_promises"]
    wizard = open_wizard(case_id, stage=Stage.PLAN)
    plan = wizard.pages[Stage.PLAN]
    assert plan.promises.isVisible()
    rows = {row.what.text(): row for row in plan.promises.rows}
    assert set(rows) == {VISIT, REPORT, "A progress report (promised in the first response)"}
    assert rows[VISIT].kept.isVisible() and rows[REPORT].withdraw.isVisible()
    assert not rows["A progress report (promised in the first response)"].kept.isVisible()

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    qtbot.mouseClick(rows[VISIT].kept, Qt.MouseButton.LeftButton)  # answered No
    assert all(c.kept_at is None for c in services.cases.get(case_id).commitments if c.description)
    qtbot.mouseClick(rows[VISIT].kept, Qt.MouseButton.LeftButton)
    rows = {row.what.text(): row for row in plan.promises.rows}
    assert rows[VISIT].state.text().startswith("Kept ") and not rows[VISIT].kept.isVisible()

    reasons = iter([("", True), ("客户改为例会上口头汇报", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(reasons)))
    qtbot.mouseClick(rows[REPORT].withdraw, Qt.MouseButton.LeftButton)  # no reason: refused
    assert rows[REPORT].error.isVisibleTo(rows[REPORT])
    assert rows[REPORT].error.text().startswith("Say why the promise is withdrawn")
    qtbot.mouseClick(rows[REPORT].withdraw, Qt.MouseButton.LeftButton)
    rows = {row.what.text(): row for row in plan.promises.rows}
    assert rows[REPORT].state.text() == "Withdrawn"
    assert services.cases.close(case_id).is_closed


def test_why_a_promise_was_withdrawn_stays_with_the_user_not_in_the_report(services, clock, qtbot):
    from desktop.domain.enums import Language
    from desktop.views.case_file import CaseFileDialog
    from tests.documents.test_documents import all_text, read

    case_id, _action = closable_case(services, clock)
    services.cases.add_promise(case_id, REPORT, clock.now + timedelta(days=3))
    [report] = [c for c in services.cases.get(case_id).commitments if c.description == REPORT]
    why = "张伟被调去赶另一个项目，客户那边太难缠"
    case = services.cases.withdraw_promise(case_id, report.id, why)
    text = all_text(read(services.documents.report_job(case, Language.ZH)()))
    assert REPORT in text and "张伟被调去" not in text and "难缠" not in text
    dialog = CaseFileDialog(services, case_id, Language.ZH)
    qtbot.addWidget(dialog)
    details = [dialog.timeline.item(row, 2).text() for row in range(dialog.timeline.rowCount())]
    assert f"{REPORT} — {why}" in details
    kept = [
        dialog.timeline.item(row, 2).text()
        for row in range(dialog.timeline.rowCount())
        if dialog.timeline.item(row, 1).text() == "兑现承诺"
    ]
    assert kept == ["汇报进展"]  # the report promised, kept by the progress update


def test_the_next_report_due_is_the_one_the_first_response_promised_said_alike(
    open_wizard, services, clock
):
    from desktop.domain.enums import Channel

    case = services.cases.create()
    services.cases.update_intake(
        case.id, customer="华信银行", contact_name="王经理", complaint_text="报表打不开"
    )
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    wizard = open_wizard(case.id, stage=Stage.PLAN)
    plan = wizard.pages[Stage.PLAN]
    [row] = plan.promises.rows
    shown = plan.next_update_label.text()
    assert shown != "after the first update is sent"
    assert row.state.text() == f"Due {shown}"


def test_the_close_page_names_what_keeps_the_case_open(open_wizard, services, clock):
    case_id, _action = closable_case(services, clock)
    due = clock.now + timedelta(hours=20)
    services.cases.add_promise(case_id, "<b>明早</b> 到现场 & 核对", due)
    wizard = open_wizard(case_id, language=Language.ZH, stage=Stage.CLOSE)
    close = wizard.pages[Stage.CLOSE]
    shown = close.state.text()
    assert "&lt;b&gt;明早&lt;/b&gt; 到现场 &amp; 核对" in shown  # named, as typed
    close.close_case()
    assert "&lt;b&gt;明早&lt;/b&gt; 到现场 &amp; 核对" in close.state.text()
    assert not services.cases.get(case_id).is_closed
