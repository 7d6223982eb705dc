"""Both sides' promises: asking the customer for something pauses the clock, receiving the
last thing awaited resumes it, and their lateness is listed apart from ours."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.customer_items import ItemState, item_state, still_needed
from desktop.domain.enums import EventKind, Language
from desktop.domain.errors import ValidationError


def _case(services, clock):
    case = services.cases.create()
    return services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王经理",
        complaint_text="月结报表对不上",
        received_at=clock.now,
    )


def test_asking_pauses_and_the_last_thing_received_resumes(services, clock):
    case = _case(services, clock)
    first_due = case.commitments[0].due_at
    case = services.cases.wait_for(case.id, "服务器日志", clock.now + timedelta(days=2))
    assert case.is_paused
    case = services.cases.wait_for(case.id, "测试确认")
    [logs, confirmation] = case.customer_items
    clock.advance(hours=5)
    case = services.cases.item_received(logs.id)
    assert case.is_paused  # the confirmation is still awaited
    case = services.cases.item_received(confirmation.id)
    assert not case.is_paused
    assert case.commitments[0].due_at > first_due  # the five hours waited do not count
    kinds = [event.kind for event in case.timeline]
    assert kinds.count(EventKind.WAITING_FOR) == 2
    assert kinds.count(EventKind.RECEIVED_FROM_CUSTOMER) == 2


def test_a_request_with_nothing_named_is_refused(services, clock):
    case = _case(services, clock)
    with pytest.raises(ValidationError):
        services.cases.wait_for(case.id, "   ")
    assert not services.cases.get(case.id).is_paused


def test_their_lateness_is_listed_apart_and_goes_into_the_next_update(services, clock):
    case = _case(services, clock)
    case = services.cases.wait_for(case.id, "签字的验收单", clock.now + timedelta(days=1))
    assert services.cases.overdue_customer_items() == []
    clock.advance(days=2)
    [(row, item)] = services.cases.overdue_customer_items()
    assert row.number == case.number and item.what == "签字的验收单"
    assert item_state(item, clock.now) is ItemState.OVERDUE
    assert still_needed(case.customer_items, Language.ZH) == "我们仍需要您提供：签字的验收单。"
    services.cases.cancel_item(item.id)
    assert services.cases.overdue_customer_items() == []
    assert not services.cases.get(case.id).is_paused
    assert still_needed(services.cases.get(case.id).customer_items, Language.EN) == ""


def test_the_case_file_lists_their_promises_and_marks_one_received(qtbot, services, clock):
    from desktop.views.case_file import CaseFileDialog

    case = _case(services, clock)
    services.cases.wait_for(case.id, "测试确认", clock.now + timedelta(hours=4))
    clock.advance(days=1)
    window = CaseFileDialog(services, case.id, Language.EN)
    qtbot.addWidget(window)
    assert window.awaited.item(0, 0).text() == "测试确认"
    assert window.awaited.item(0, 2).text() == "Late on their side"
    window.awaited.selectRow(0)
    window.received_button.click()
    assert window.awaited.item(0, 2).text() == "Received"
    assert not services.cases.get(case.id).is_paused
    window.close()


def test_today_shows_their_lateness_apart_from_ours(qtbot, services, clock):
    from desktop.views.today_panel import TodayPanel

    case = _case(services, clock)
    services.cases.wait_for(case.id, "服务器日志", clock.now + timedelta(hours=2))
    clock.advance(hours=3)
    panel = TodayPanel(services, Language.ZH)
    qtbot.addWidget(panel)
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(line.startswith("客户方已逾期 · 服务器日志") for line in lines)
