from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from desktop.domain.commitments import parse_holidays
from desktop.domain.enums import CommitmentKind, Language
from desktop.domain.errors import ValidationError
from desktop.views.working_hours import WorkingHoursTab
from tests.typing import type_text


@pytest.fixture
def tab(qtbot, services):
    widget = WorkingHoursTab(services, Language.EN)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_customer_calendar_is_saved_and_used_for_deadlines(tab, qtbot, services, clock):
    type_text(qtbot, tab.customer.lineEdit(), "华信银行")
    tab.enabled.setChecked(True)
    tab.holidays.setPlainText("2026-11-25")
    assert tab.save()
    calendar = services.settings.calendar_for("华信银行")
    assert calendar.workdays == frozenset(range(5))
    assert (calendar.day_start, calendar.day_end) == (time(9), time(18))
    assert calendar.holidays == frozenset({date(2026, 11, 25)})
    case = services.cases.create()
    case = services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王",
        complaint_text="太慢",
        received_at=clock.now,
    )
    [first] = [c for c in case.commitments if c.kind is CommitmentKind.FIRST_RESPONSE]
    # 24 working hours, with the 25th a holiday, end well after 24 calendar hours
    assert first.due_at - clock.now > timedelta(days=3)


def test_bad_holidays_and_no_working_day_are_refused_beside_the_field(tab, qtbot, services):
    type_text(qtbot, tab.customer.lineEdit(), "东方制造")
    tab.enabled.setChecked(True)
    tab.holidays.setPlainText("国庆节")
    assert not tab.save()
    assert "国庆节" in tab.form.errors["holidays"].text()
    tab.holidays.setPlainText("")
    for box in tab.day_boxes:
        box.setChecked(False)
    assert not tab.save()
    assert tab.form.errors["workdays"].isVisible()
    assert services.settings.calendar_for("东方制造") is None


def test_parse_holidays():
    assert parse_holidays("2026-10-01, 2026-10-02\n2026-10-03") == frozenset(
        {date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 3)}
    )
    with pytest.raises(ValidationError):
        parse_holidays("10/01/2026")
