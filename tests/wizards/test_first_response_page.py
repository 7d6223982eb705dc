"""The first-response page: the message is filled from the profile, what it lacks is asked for
right there, and nothing with a gap in it is copied or mailed."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.domain.enums import ComplaintType, Language, Stage
from desktop.domain.settings import Profile
from desktop.domain.working_time import DEFAULT, CalendarSetting, Counting
from tests.conftest import SHANGHAI
from tests.typing import type_text


def page_for(open_wizard, services, language=Language.ZH):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王经理",
        complaint_text="你们的系统垃圾透顶，月结报表全是错的！",
    )
    services.cases.classify(case.id, complaint_type=ComplaintType.TECHNICAL)
    wizard = open_wizard(case.id, language, Stage.FIRST_RESPONSE)
    return wizard, wizard.pages[Stage.FIRST_RESPONSE]


def sign(qtbot, page, **values: str) -> None:
    for key, value in values.items():
        edit = page.signer.edits[key]
        type_text(qtbot, edit, value)
    qtbot.waitUntil(lambda: not page.services.documents.unsigned(page.signer.letter_language))
    qtbot.waitUntil(lambda: "【" not in page.script.toPlainText())


def test_an_empty_profile_is_asked_for_in_words_and_nothing_raw_is_shown(
    open_wizard, qtbot, services
):
    _, page = page_for(open_wizard, services)
    text = page.script.toPlainText()
    assert "{" not in text
    assert "【你的姓名】" in text
    assert "垃圾" not in text  # the customer's words are not quoted back
    assert page.signer.isVisible()
    assert page.still_needed.isVisible() and "你的电话或邮箱" in page.still_needed.text()


def test_nothing_with_a_gap_is_copied(open_wizard, qtbot, services):
    QGuiApplication.clipboard().setText("before")
    _, page = page_for(open_wizard, services)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "before"
    assert page.status.tone() == "error"


def test_signing_on_the_page_fills_the_message_and_settings(open_wizard, qtbot, services):
    _, page = page_for(open_wizard, services)
    sign(qtbot, page, name="李明", title="实施顾问", company="远航软件", phone="13800001234")
    text = page.script.toPlainText()
    assert "远航软件的李明" in text and "13800001234" in text and "实施顾问" in text
    assert "【" not in text
    assert not page.still_needed.isVisible()
    assert page.signer.isVisible()  # stays while the user is at it
    assert services.settings.profile().name == "李明"
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert page.status.tone() == "success"


def test_a_users_edit_is_kept_when_the_profile_fills_in(open_wizard, qtbot, services):
    wizard, page = page_for(open_wizard, services)
    page.script.setPlainText(page.script.toPlainText() + "\n\n附：我加的一句。")
    sign(qtbot, page, name="李明", title="实施顾问", company="远航软件", phone="13800001234")
    assert "我加的一句" in page.script.toPlainText()
    assert "远航软件的李明" in page.script.toPlainText()
    wizard.save_now()
    assert "远航软件的李明" in services.cases.get(wizard.case.id).first_response.script


@pytest.mark.parametrize("language", list(Language))
def test_a_full_profile_gives_a_ready_message(open_wizard, qtbot, services, language):
    services.settings.save_profile(
        Profile(
            name="李明",
            title="实施顾问",
            company="远航软件",
            phone="13800001234",
            name_en="Li Ming",
            title_en="Consultant",
            company_en="Voyage",
        )
    )
    _, page = page_for(open_wizard, services, language)
    assert not page.signer.isVisible()
    assert "【" not in page.script.toPlainText()
    assert "{" not in page.mail_link()


def test_the_message_is_signed_as_it_is_typed_without_leaving_the_field(
    open_wizard, qtbot, services
):
    _, page = page_for(open_wizard, services)
    for key, value in (("name", "李明"), ("title", "顾问"), ("company", "远航软件")):
        type_text(qtbot, page.signer.edits[key], value)
    type_text(qtbot, page.signer.edits["phone"], "138 0000 1234")  # spaces kept as typed
    qtbot.waitUntil(lambda: "【" not in page.script.toPlainText())
    assert page.signer.edits["phone"].text() == "138 0000 1234"
    assert page.signer.edits["phone"].hasFocus()
    assert "138 0000 1234" in page.script.toPlainText()


def test_the_promised_report_counts_on_the_customers_working_calendar(open_wizard, qtbot, services):
    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    _, page = page_for(open_wizard, services)
    qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)  # Tuesday 10:00 in Shanghai
    # 48 working hours: Tuesday 8 h, Wednesday to Friday 27 h, Monday 9 h, then Tuesday 4 h
    assert page.promise_due.value() == datetime(2026, 12, 1, 13, 0, tzinfo=SHANGHAI)
