"""The intake's customer field completes from the customer records and links the case."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.enums import Language, Stage
from tests.typing import type_text


def test_the_customer_field_completes_from_names_and_other_names_and_fills_the_contact(
    open_wizard, qtbot, services
):
    known = services.customers.create("华信银行", "华信, HX")
    services.customers.add_contact(known.id, "王芳", "经理", "wang@hx.example.cn", "0571-8888888")
    services.customers.create("远航物流")
    wizard = open_wizard()
    page = wizard.pages[Stage.INTAKE]
    completer = page.customer.completer()
    assert set(page.customer_names.stringList()) == {"华信银行", "华信", "HX", "远航物流"}
    page.scroll.ensureWidgetVisible(page.customer)
    page.customer.setFocus()
    qtbot.keyClicks(page.customer, "hx")
    qtbot.waitUntil(completer.popup().isVisible)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert page.customer.text() == "HX"
    assert page.contact_name.text() == "王芳"
    assert page.contact_email.text() == "wang@hx.example.cn"
    assert page.contact_title.text() == "经理"
    assert wizard.autosaver.flush()
    case = services.cases.get(page.case.id)
    assert (case.intake.customer, case.intake.contact_name) == ("HX", "王芳")
    assert case.intake.contact_title == "经理"
    assert services.customers.of_case(case.id).id == known.id


def test_a_new_customer_typed_in_the_intake_becomes_a_record(open_wizard, qtbot, services):
    wizard = open_wizard()
    page = wizard.pages[Stage.INTAKE]
    qtbot.keyClicks(page.customer, "Northwind Traders")
    qtbot.keyClick(page.customer, Qt.Key.Key_Tab)
    assert page.contact_name.text() == ""  # a new customer has no contact to offer
    assert wizard.autosaver.flush()
    assert services.customers.of_case(page.case.id).name == "Northwind Traders"


def test_the_contact_s_title_typed_at_the_intake_greets_them_in_the_letter(
    open_wizard, qtbot, services
):
    wizard = open_wizard()
    page = wizard.pages[Stage.INTAKE]
    type_text(qtbot, page.customer, "华东制造有限公司")
    type_text(qtbot, page.contact_name, "王建国")
    type_text(qtbot, page.contact_title, "经理")
    assert wizard.autosaver.flush()
    case = services.cases.get(page.case.id)
    assert case.intake.contact_title == "经理"
    assert services.documents.letter_draft(case, Language.ZH).salutation == "尊敬的王经理："


def test_a_value_that_cannot_be_saved_is_said_so_kept_and_not_left_behind(
    open_wizard, qtbot, services, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    wizard = open_wizard()
    page = wizard.pages[Stage.INTAKE]
    services.cases.update_intake(
        page.case.id, customer="华东制造", contact_name="王建国", complaint_text="报表错了"
    )
    wizard.reload()
    page.load(wizard.case)
    too_long = "x" * 130  # a short title holds 120
    qtbot.keyClicks(page.title, too_long)
    wizard.autosaver.flush()
    assert "Not saved" in wizard.save_state.text() and "Short title" in wizard.save_state.text()
    assert page.title.text() == too_long  # still there to correct
    assert services.cases.get(page.case.id).intake.title == ""
    assert not page.validatePage()  # Next stays on the page, at the field
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No),
    )
    wizard.close()
    assert asked and wizard.isVisible()  # closing would lose it: asked, and the answer was No
    page.title.selectAll()
    qtbot.keyClicks(page.title, "Month-end report wrong")  # typed over, as a user corrects it
    wizard.autosaver.flush()
    assert wizard.save_state.text() == "All changes saved."
    assert page.validatePage()
