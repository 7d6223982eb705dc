from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from desktop.domain.commitments import parse_holidays
from desktop.domain.enums import CommitmentKind, Language
from desktop.domain.errors import ValidationError
from desktop.domain.official_days import Region, published_years
from desktop.domain.working_time import DEFAULT, CalendarSetting, Counting
from desktop.views.working_hours import WorkingHoursTab
from tests.conftest import SHANGHAI
from tests.typing import type_text


@pytest.fixture
def tab(qtbot, services):
    widget = WorkingHoursTab(services, Language.EN)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_the_default_counts_calendar_hours_until_working_hours_are_chosen(tab, services):
    assert tab.customer.currentData() == DEFAULT
    assert tab.counting.currentData() == Counting.CALENDAR
    assert not tab.day_start.isEnabled()
    _choose(tab.counting, Counting.WORKING)
    assert tab.day_start.isEnabled() and not tab.lunch_start.isEnabled()
    tab.lunch.setChecked(True)
    assert tab.lunch_start.isEnabled()
    tab.days_off.setPlainText("2026-12-24")
    assert tab.save()
    assert "every customer" in tab.saved.text()
    setting = services.calendars.default_setting()
    assert setting.counting is Counting.WORKING
    assert setting.lunch == (time(12), time(13))
    assert setting.days_off == frozenset({date(2026, 12, 24)})
    case = services.cases.create()
    case = services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王",
        complaint_text="太慢",
        received_at=datetime(2026, 9, 30, 17, 0, tzinfo=SHANGHAI),
    )
    [first] = [c for c in case.commitments if c.kind is CommitmentKind.FIRST_RESPONSE]
    # 24 working hours with a lunch break, over National Day, end on the make-up Saturday
    assert first.due_at.astimezone(SHANGHAI) == datetime(2026, 10, 10, 17, 0, tzinfo=SHANGHAI)


def test_a_customer_gets_its_own_calendar_and_can_follow_the_default_again(tab, qtbot, services):
    tab.customer.lineEdit().clear()
    type_text(qtbot, tab.customer.lineEdit(), "华信银行")
    assert tab.counting.currentData() == "default"
    assert tab.form.titles["holidays"].text() == "This customer's own days off"
    _choose(tab.counting, Counting.WORKING)
    tab.day_boxes[5].setChecked(True)
    _choose(tab.region, Region.NONE)
    assert tab.save()
    setting = services.calendars.setting("华信银行")
    assert setting.workdays == frozenset(range(6))
    assert setting.region is Region.NONE
    _choose(tab.counting, "default")
    assert tab.save()
    assert services.calendars.setting("华信银行") is None


def test_bad_days_off_and_no_working_day_are_refused_beside_the_field(tab, qtbot, services):
    tab.customer.lineEdit().clear()
    type_text(qtbot, tab.customer.lineEdit(), "东方制造")
    _choose(tab.counting, Counting.WORKING)
    tab.days_off.setPlainText("国庆节")
    assert not tab.save()
    assert "国庆节" in tab.form.errors["holidays"].text()
    tab.days_off.setPlainText("")
    for box in tab.day_boxes:
        box.setChecked(False)
    assert not tab.save()
    assert tab.form.errors["workdays"].isVisible()
    for box in tab.day_boxes[:5]:
        box.setChecked(True)
    tab.lunch.setChecked(True)
    tab.lunch_start.setTime(tab.lunch_start.time().fromString("19:00", "HH:mm"))
    assert not tab.save()
    assert tab.form.errors["lunch"].isVisible()
    assert services.calendars.setting("东方制造") is None


def test_the_next_years_notice_can_be_entered_when_it_is_not_published(tab, services):
    last = published_years()[1]
    assert f"{last + 1} is not published yet" in tab.coverage.text()
    tab.entered_off.setPlainText(f"{last + 1}-02-05\n{last + 1}-02-08")
    tab.entered_work.setPlainText("二月二十日")
    assert not tab.save_official()
    assert tab.official_form.errors["entered_work"].isVisible()
    tab.entered_work.setPlainText(f"{last + 1}-02-20")
    assert tab.save_official()
    official = services.calendars.official()
    assert official.entered_work == frozenset({date(last + 1, 2, 20)})
    assert not official.is_assumed(last + 1)


def test_parse_holidays():
    assert parse_holidays("2026-10-01, 2026-10-02\n2026-10-03") == frozenset(
        {date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 3)}
    )
    with pytest.raises(ValidationError):
        parse_holidays("10/01/2026")
    # ranges as a notice writes them
    assert parse_holidays("2027-02-06 至 2027-02-08\n2027-4-5") == frozenset(
        {date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8), date(2027, 4, 5)}
    )
    assert len(parse_holidays("2027-10-01~2027-10-07")) == 7
    assert len(parse_holidays("2027-10-01 to 2027-10-03")) == 3
    with pytest.raises(ValidationError):
        parse_holidays("2027-10-07 至 2027-10-01")  # backwards


def test_the_case_file_ledger_shows_a_working_deadline_both_ways(qtbot, services, clock):
    from desktop.views.case_file import CaseFileDialog

    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王",
        complaint_text="太慢",
        received_at=clock.now,
    )
    window = CaseFileDialog(services, case.id, Language.ZH)
    qtbot.addWidget(window)
    texts = [window.ledger.item(row, 2).text() for row in range(window.ledger.rowCount())]
    assert "还剩 24 个工作小时 · 11月26日（周四）16:00" in texts
    window.close()


def test_the_case_file_counts_its_promises_and_adds_them_to_a_calendar(
    qtbot, services, clock, tmp_path, monkeypatch
):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    from desktop.domain.enums import Channel
    from desktop.views.case_file import CaseFileDialog

    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王",
        complaint_text="太慢",
        received_at=clock.now - timedelta(hours=1),
    )
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    window = CaseFileDialog(services, case.id, Language.EN)
    qtbot.addWidget(window)
    assert window.tally.text() == ("Kept on time: 1 · kept late: 0 · overdue: 0 · still open: 1")
    target = tmp_path / "case.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.ics_button.click()
    calendar = Calendar.from_ical(target.read_bytes())
    [event] = [item for item in calendar.walk("VEVENT")]
    assert case.number in str(event["SUMMARY"])
    assert "written to case.ics" in window.tally.text()
    window.close()
