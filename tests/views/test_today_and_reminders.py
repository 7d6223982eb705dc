from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QIcon

from desktop.domain.enums import Language
from desktop.domain.settings import Deadlines
from desktop.views.reminders import SENT_KEY, Reminders
from desktop.views.today_panel import TodayPanel
from desktop.views.widgets.highlight_delegate import highlighted_html


@pytest.fixture
def overdue_and_today(services, clock):
    for customer, hours_ago in (("华信银行", 30), ("东方制造", 20), ("明德中学", 0)):
        case = services.cases.create()
        services.cases.update_intake(
            case.id,
            customer=customer,
            contact_name="王",
            complaint_text="没人回复",
            received_at=clock.now - timedelta(hours=hours_ago),
        )
    return services


def test_today_lists_overdue_first_then_due_today_and_opens_the_case(qtbot, overdue_and_today):
    panel = TodayPanel(overdue_and_today, Language.ZH)
    qtbot.addWidget(panel)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(texts) == 3
    assert texts[0].startswith("已逾期") and "华信银行" in texts[0]
    assert texts[1].startswith("今天到期") and "东方制造" in texts[1]
    # the one received just now is due tomorrow: its 24-hour clock is shown running
    assert texts[2].startswith("24 小时后到期") and "明德中学" in texts[2]
    qtbot.waitUntil(lambda: panel.heading.text().endswith("· 3"))  # counted in the background
    with qtbot.waitSignal(panel.open_case) as opened:
        panel.list.itemClicked.emit(panel.list.item(0))
    assert opened.args == [1]


def test_a_new_case_shows_its_running_first_response_clock(qtbot, services, clock):
    panel = TodayPanel(services, Language.EN)
    qtbot.addWidget(panel)
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="Northwind",
        contact_name="Sarah",
        complaint_text="No reply",
        received_at=clock.now,
    )
    panel.refresh()
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("Due in 24 h")
    qtbot.waitUntil(lambda: panel.heading.text().endswith("· 1"))  # counted in the background
    assert services.cases.due_summary().due_today == 0  # the status line: due today only
    services.cases.record_first_response(case.id, clock.now, None, "", None)
    panel.refresh()
    assert panel.list.count() == 0


def test_today_says_so_when_nothing_is_due(qtbot, services):
    panel = TodayPanel(services, Language.EN)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.empty.isVisible() and not panel.list.isVisible()


def test_reminders_each_once_and_in_the_status_line_without_a_tray(
    qtbot, overdue_and_today, clock, monkeypatch
):
    monkeypatch.setattr(
        "desktop.views.reminders.QSystemTrayIcon.isSystemTrayAvailable", staticmethod(lambda: False)
    )
    overdue_and_today.settings.save_deadlines(Deadlines(warning_hours=5))
    reminders = Reminders(overdue_and_today, Language.EN, QIcon())
    messages = []
    reminders.status_message.connect(messages.append)
    sent = reminders.check()
    assert [r.late for r in sent] == [True, False]  # 华信 overdue, 东方 due in 4 h
    assert messages[0].startswith("Overdue: First response")
    assert reminders.check() == []  # each once
    assert len(overdue_and_today.settings.get(SENT_KEY)) == 2
    clock.advance(hours=5)  # 东方's becomes overdue
    later = reminders.check()
    assert [r.key.endswith(":late") for r in later] == [True]
    reminders.stop()


def test_a_search_match_is_highlighted():
    html = highlighted_html("客户说 <b> 接口[报错]了")
    assert "&lt;b&gt;" in html
    assert "background-color" in html and ">报错</span>" in html


def test_a_long_customer_name_keeps_both_lines_visible(qtbot, services, clock):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="Northwind Traders International Holdings Limited",
        contact_name="Sarah",
        complaint_text="No reply",
        received_at=clock.now - timedelta(hours=30),
    )
    panel = TodayPanel(services, Language.EN)
    qtbot.addWidget(panel)
    panel.resize(230, 400)
    panel.show()
    item = panel.list.item(0)
    first, second = item.text().split("\n")
    assert second.startswith("C-2026-0001 Northwind") and second.endswith("…")
    room = panel.list.viewport().width()
    metrics = panel.list.fontMetrics()
    assert max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)) < room
    assert panel.list.visualItemRect(item).height() >= 2 * metrics.lineSpacing()


def test_the_status_line_counts_first_responses_under_way(qtbot, services, clock):
    from desktop.views.main_window import MainWindow

    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="Northwind",
        contact_name="Sarah",
        complaint_text="No",
        received_at=clock.now,
    )
    window = MainWindow(services, Language.EN)
    qtbot.addWidget(window)
    expected = "Nothing due today; first responses under way: 1"
    qtbot.waitUntil(lambda: window.status_line.text() == expected)  # counted off the GUI thread
