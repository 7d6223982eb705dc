from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Channel, ComplaintType, Language, Stage
from desktop.views.case_file import CaseFileDialog


@pytest.fixture
def case(services, clock):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王建国",
        complaint_text="报表查询太慢了。",
        received_at=clock.now - timedelta(hours=30),
    )
    services.cases.record_first_response(
        case.id, clock.now - timedelta(hours=1), Channel.PHONE, "非常抱歉"
    )
    return services.cases.get(case.id)


def test_the_case_file_shows_stages_ledger_and_timeline(qtbot, services, case):
    dialog = CaseFileDialog(services, case.id, Language.ZH)
    qtbot.addWidget(dialog)
    html = dialog.text.toPlainText()
    assert "华信银行" in html and "报表查询太慢了" in html
    assert "1. 记录投诉" in html and "8. 总结归档" in html
    ledger = [dialog.ledger.item(row, 2).text() for row in range(dialog.ledger.rowCount())]
    assert ledger == ["47 小时后到期", "逾期兑现"]  # the promise, then the late first response
    events = [dialog.timeline.item(row, 1).text() for row in range(dialog.timeline.rowCount())]
    assert events[-1] == "收到投诉" and "做出承诺" in events
    names = [dialog.ledger.item(row, 0).text() for row in range(dialog.ledger.rowCount())]
    assert names == ["承诺：汇报进展", "首次回应"]


def test_the_timeline_says_which_promise_in_words_never_a_stored_value(
    qtbot, services, case, clock
):
    tomorrow = clock.now + timedelta(hours=20)
    services.cases.add_promise(case.id, "明天上午到现场核对月结数据", tomorrow)
    services.cases.classify(case.id, complaint_type=ComplaintType.TECHNICAL)
    dialog = CaseFileDialog(services, case.id, Language.ZH)
    qtbot.addWidget(dialog)
    details = [dialog.timeline.item(row, 2).text() for row in range(dialog.timeline.rowCount())]
    assert "技术类" in details
    assert "明天上午到现场核对月结数据（2026年11月25日 06:00 前）" in details
    assert not any("T" in detail and "+00:00" in detail for detail in details)
    names = [dialog.ledger.item(row, 0).text() for row in range(dialog.ledger.rowCount())]
    assert "承诺：明天上午到现场核对月结数据" in names


def test_continue_in_the_wizard_at_a_chosen_stage(qtbot, services, case):
    dialog = CaseFileDialog(services, case.id, Language.EN)
    qtbot.addWidget(dialog)
    dialog.stage_choice.set_value(Stage.PLAN)
    with qtbot.waitSignal(dialog.continue_in_wizard) as signal:
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert signal.args == [case.id, Stage.PLAN]


def test_delete_asks_first(qtbot, services, case, monkeypatch):
    dialog = CaseFileDialog(services, case.id, Language.EN)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Cancel
    )
    dialog.delete_case()
    assert services.cases.count(CaseQuery()) == 1
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(dialog.deleted):
        dialog.delete_case()
    assert services.cases.count(CaseQuery()) == 0


def test_the_case_file_shows_its_checklists_ticked(qtbot, services, case):
    delivery = services.checklists.templates(Language.EN)[1]
    copy = services.checklists.copy_to(delivery, case_id=case.id)
    services.checklists.tick(copy.items[0].id, True)
    dialog = CaseFileDialog(services, case.id, Language.EN)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"Delivery standards · 1/{len(copy.items)}" in text
    assert f"☑ {copy.items[0].text}" in text and f"☐ {copy.items[1].text}" in text


def test_an_action_with_no_owner_nor_date_shows_no_empty_separators(qtbot, services, case):
    from desktop.domain.complaint import Action
    from desktop.domain.enums import ActionHorizon

    services.cases.add_part(case.id, Action(0, ActionHorizon.SHORT_TERM, "恢复数据"))
    dialog = CaseFileDialog(services, case.id, Language.ZH)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "恢复数据 · Planned" in text or "恢复数据 · " in text
    assert "·  ·" not in text and "· ·" not in text
