"""Driving the real wizard: typing into its fields, clicking its buttons, reading what was saved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWizard

from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    CommitmentKind,
    ComplaintType,
    Language,
    Severity,
    Stage,
    Subtype,
)
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.datetime_edit import DateTimeField
from desktop.views.widgets.part_table import PartDialog
from tests.typing import type_text

TEXTS = {
    Language.ZH: dict(
        customer="华信银行",
        contact="王建国",
        complaint="上周五系统升级后，三个月的报销数据丢失了！",
        root="升级脚本未做备份校验",
        action="从备份恢复数据",
        update="数据已从备份恢复，正在核对。",
    ),
    Language.EN: dict(
        customer="Northwind Traders",
        contact="Sarah Miller",
        complaint="After the upgrade three months of claims are gone: data loss!",
        root="The upgrade script skipped the backup check",
        action="Restore the data from backup",
        update="The data is restored from backup; we are checking it.",
    ),
}


def click_next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def fill_dialog_then_ok(qtbot, values: dict) -> None:
    """Fill the modal Add… form when it opens, then press OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PartDialog)
        for field, value in values.items():
            editor = dialog.editors[field]
            if isinstance(editor, ChoiceBox | DateTimeField):
                editor.set_value(value)
            else:
                type_text(qtbot, editor, value)
        dialog.save()

    QTimer.singleShot(0, fill)


@pytest.mark.parametrize("language", [Language.ZH, Language.EN])
def test_a_new_user_takes_a_complaint_from_intake_to_closed(open_wizard, qtbot, services, language):
    words = TEXTS[language]
    wizard = open_wizard(language=language)
    case_id = wizard.case.id
    intake = wizard.pages[Stage.INTAKE]
    type_text(qtbot, intake.customer, words["customer"])
    type_text(qtbot, intake.contact_name, words["contact"])
    type_text(qtbot, intake.complaint_text, words["complaint"])
    intake.severity.set_value(Severity.HIGH)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.CLASSIFY

    classify = wizard.pages[Stage.CLASSIFY]
    assert "%" in classify.suggestion_text.text()
    qtbot.mouseClick(classify.use_suggestion, Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.FIRST_RESPONSE

    response = wizard.pages[Stage.FIRST_RESPONSE]
    assert words["contact"] in response.script.toPlainText()
    qtbot.mouseClick(response.now_button, Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.INVESTIGATE

    investigate = wizard.pages[Stage.INVESTIGATE]
    click_next(qtbot, wizard)  # the root cause is required
    assert wizard.currentId() == Stage.INVESTIGATE
    assert investigate.forms[0].errors["root_cause"].isVisible()
    type_text(qtbot, investigate.root_cause, words["root"])
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.PLAN

    plan = wizard.pages[Stage.PLAN]
    click_next(qtbot, wizard)  # a short-term fix is required
    assert wizard.currentId() == Stage.PLAN
    fill_dialog_then_ok(qtbot, {"description": words["action"]})
    qtbot.mouseClick(plan.actions.add_button, Qt.MouseButton.LeftButton)
    assert [a.description for a in wizard.case.actions] == [words["action"]]
    model = plan.actions.model
    status_column = [c.field for c in model.columns].index("status")
    assert model.setData(model.index(0, status_column), ActionStatus.DONE)
    fill_dialog_then_ok(qtbot, {"summary": words["update"]})  # keeps the report promised
    qtbot.mouseClick(plan.updates.add_button, Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.TEAM
    assert (
        "Escalation" in wizard.pages[Stage.TEAM].advice_text.text()
        or "升级" in wizard.pages[Stage.TEAM].advice_text.text()
    )
    click_next(qtbot, wizard)
    repair = wizard.pages[Stage.REPAIR]
    repair.csat.set_value(4)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.CLOSE

    close = wizard.pages[Stage.CLOSE]
    assert words["root"] in close.summary.toPlainText()
    qtbot.mouseClick(close.close_button, Qt.MouseButton.LeftButton)
    case = services.cases.get(case_id)
    assert case.status is CaseStatus.CLOSED
    assert case.intake.customer == words["customer"]
    assert case.intake.complaint_text == words["complaint"]
    assert case.intake.severity is Severity.HIGH
    assert case.classification.complaint_type is ComplaintType.TECHNICAL
    assert case.classification.subtype is Subtype.DATA_LOSS
    assert case.first_response.responded_at is not None
    assert any(c.kind is CommitmentKind.PROMISE for c in case.commitments)
    assert case.investigation.root_cause == words["root"]
    assert case.actions[0].horizon is ActionHorizon.SHORT_TERM
    assert case.survey.csat == 4
    assert close.reopen_button.isVisible() and not close.close_button.isVisible()


def test_leaving_an_empty_intake_shows_every_required_message(open_wizard, qtbot):
    wizard = open_wizard()
    click_next(qtbot, wizard)
    assert wizard.currentId() == Stage.INTAKE
    errors = wizard.pages[Stage.INTAKE].forms[0].errors
    for field in ("customer", "contact_name", "complaint_text"):
        assert errors[field].isVisible()
        assert errors[field].text() == "This field is required."
    assert not errors["project"].isVisible()


def test_a_bad_email_gets_its_message_and_is_not_saved(open_wizard, qtbot, services):
    wizard = open_wizard()
    intake = wizard.pages[Stage.INTAKE]
    type_text(qtbot, intake.contact_email, "wang at example")
    wizard.save_now()
    error = intake.forms[0].errors["contact_email"]
    assert error.isVisible() and "e-mail" in error.text()
    assert services.cases.get(wizard.case.id).intake.contact_email == ""
    assert intake.contact_email.text() == "wang at example"  # what was typed stays


def test_a_received_time_in_the_future_gets_its_message(open_wizard, qtbot, services, clock):
    wizard = open_wizard()
    intake = wizard.pages[Stage.INTAKE]
    wizard.save_now()
    saved = services.cases.get(wizard.case.id).intake.received_at
    intake.received_at.set_value(clock.now + timedelta(days=2))
    wizard.save_now()
    assert "future" in intake.forms[0].errors["received_at"].text()
    assert services.cases.get(wizard.case.id).intake.received_at == saved


def test_a_promise_before_the_complaint_gets_its_message(open_wizard, qtbot, services, clock):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王",
        complaint_text="数据丢失",
        received_at=clock.now,
    )
    wizard = open_wizard(case.id, stage=Stage.FIRST_RESPONSE)
    page = wizard.pages[Stage.FIRST_RESPONSE]
    qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
    wizard.save_now()
    page.promise_due.set_value(clock.now - timedelta(days=1))
    wizard.save_now()
    assert "earlier than" in page.forms[0].errors["promise_due"].text()
    promise = [
        c for c in services.cases.get(case.id).commitments if c.kind is CommitmentKind.PROMISE
    ]
    assert promise and promise[0].due_at > clock.now


def test_a_cancelled_action_needs_a_reason(open_wizard, qtbot, services, clock):
    case = services.cases.create()
    wizard = open_wizard(case.id, stage=Stage.PLAN)
    plan = wizard.pages[Stage.PLAN]
    fill_dialog_then_ok(qtbot, {"description": "优化索引", "horizon": ActionHorizon.MID_TERM})
    qtbot.mouseClick(plan.actions.add_button, Qt.MouseButton.LeftButton)
    model = plan.actions.model
    status_column = [c.field for c in model.columns].index("status")
    assert not model.setData(model.index(0, status_column), ActionStatus.CANCELLED)
    assert plan.actions.message.isVisible()
    assert "cancelled" in plan.actions.message.text()
    assert services.cases.get(case.id).actions[0].status is ActionStatus.PLANNED


def test_a_new_action_asks_only_what_a_new_action_can_have(open_wizard, qtbot, services):
    case = services.cases.create()
    wizard = open_wizard(case.id, stage=Stage.PLAN)
    plan = wizard.pages[Stage.PLAN]
    asked: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PartDialog)
        asked.extend(dialog.editors)
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(plan.actions.add_button, Qt.MouseButton.LeftButton)
    assert {"horizon", "description", "owner", "due_at", "status"} == set(asked)
    fields = [column.field for column in plan.actions.model.columns]
    assert {"done_at", "cancel_reason", "verification"} <= set(fields)  # in the table, later


def test_a_huge_complaint_emoji_and_rare_characters_are_stored_intact(open_wizard, qtbot, services):
    wizard = open_wizard()
    intake = wizard.pages[Stage.INTAKE]
    text = ("客户非常生气😠，数据𠀀丢失。" * 8000)[:100_000]
    intake.complaint_text.setPlainText(text)  # a paste
    wizard.save_now()
    assert services.cases.get(wizard.case.id).intake.complaint_text == text.strip()


def test_enter_in_a_multi_line_field_never_advances(open_wizard, qtbot):
    wizard = open_wizard()
    intake = wizard.pages[Stage.INTAKE]
    type_text(qtbot, intake.complaint_text, "第一行")
    qtbot.keyClick(intake.complaint_text, Qt.Key.Key_Return)
    assert wizard.currentId() == Stage.INTAKE
    assert intake.complaint_text.toPlainText() == "第一行\n"


def test_every_input_is_named_like_its_label(open_wizard):
    wizard = open_wizard()
    for page in wizard.pages.values():
        for form in page.forms:
            for row in range(form.rowCount()):
                label = form.itemAt(row, form.ItemRole.LabelRole)
                if label is None or not isinstance(label.widget(), QLabel):
                    continue
                shown = label.widget().text().removesuffix(" *")
                buddy = label.widget().buddy()
                if buddy is not None and shown:
                    assert buddy.accessibleName() == shown


def test_tab_order_follows_the_layout_on_intake(open_wizard, qtbot):
    wizard = open_wizard()
    intake = wizard.pages[Stage.INTAKE]
    intake.customer.setFocus()
    order = [intake.customer]
    widget = intake.customer
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:5] == [
        intake.customer,
        intake.project,
        intake.contact_name,
        intake.contact_title,
        intake.contact_phone,
    ]


def test_reopening_a_case_shows_its_values_on_every_page(open_wizard, qtbot, services, clock):
    from desktop.demo import generate
    from desktop.store.bulk import insert_cases

    [case] = [c for c in generate(60, 3, clock.now) if c.stage is Stage.CLOSE][:1]
    with services.store.transaction():
        insert_cases(services.store.conn, [case])
    stored = services.cases.find(case.number)
    wizard = open_wizard(stored.id, stage=Stage.INTAKE)
    pages = wizard.pages
    assert pages[Stage.INTAKE].customer.text() == stored.intake.customer
    assert pages[Stage.INTAKE].complaint_text.toPlainText() == stored.intake.complaint_text
    wizard.jump_to(Stage.CLASSIFY)
    assert pages[Stage.CLASSIFY].complaint_type.value() is stored.classification.complaint_type
    wizard.jump_to(Stage.FIRST_RESPONSE)
    assert pages[Stage.FIRST_RESPONSE].responded_at.value() == stored.first_response.responded_at
    wizard.jump_to(Stage.INVESTIGATE)
    assert pages[Stage.INVESTIGATE].root_cause.toPlainText() == stored.investigation.root_cause
    wizard.jump_to(Stage.PLAN)
    assert pages[Stage.PLAN].actions.model.rowCount() == len(stored.actions)
    wizard.jump_to(Stage.TEAM)
    assert pages[Stage.TEAM].lesson.toPlainText() == stored.lesson_to_share
    wizard.jump_to(Stage.REPAIR)
    assert pages[Stage.REPAIR].compensations.model.rowCount() == len(stored.compensations)
    wizard.jump_to(Stage.CLOSE)
    assert pages[Stage.CLOSE].summary.toPlainText() == stored.summary
    # jumping keeps Back working
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == Stage.REPAIR


def test_reopening_resumes_at_the_last_page(open_wizard, qtbot, services):
    wizard = open_wizard()
    case_id = wizard.case.id
    wizard.jump_to(Stage.INVESTIGATE)
    wizard.close()
    again = open_wizard(case_id)
    assert again.currentId() == Stage.INVESTIGATE


def test_an_empty_new_case_closed_at_once_is_discarded(open_wizard, services):
    from desktop.domain.case_query import CaseQuery

    wizard = open_wizard()
    wizard.reject()
    assert services.cases.discard_if_empty(wizard.case.id)
    assert services.cases.count(CaseQuery()) == 0


def test_line_edits_and_text_boxes_autosave_without_leaving_the_page(open_wizard, qtbot, services):
    wizard = open_wizard()
    intake = wizard.pages[Stage.INTAKE]
    type_text(qtbot, intake.project, "智慧校园")
    qtbot.waitUntil(
        lambda: services.cases.get(wizard.case.id).intake.project == "智慧校园", timeout=3000
    )
    assert isinstance(intake.project, QLineEdit)
    assert isinstance(intake.complaint_text, QPlainTextEdit)


def test_waiting_on_the_customer_pauses_and_resumes_the_clock(
    open_wizard, qtbot, services, clock, monkeypatch
):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王",
        complaint_text="数据丢失",
        received_at=clock.now,
    )
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.wizards.complaint.waiting_dialog import WaitingDialog

    before = services.cases.get(case.id).commitments[0].due_at
    wizard = open_wizard(case.id, stage=Stage.FIRST_RESPONSE)

    def answer(what: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WaitingDialog)
        if what is None:
            dialog.reject()
            return
        dialog.save()  # nothing named: refused beside the field
        assert dialog.form.errors["what"].isVisible()
        type_text(qtbot, dialog.what, what)
        dialog.save()

    QTimer.singleShot(0, lambda: answer(None))
    wizard.waiting.setChecked(True)  # and thought better of it
    assert not wizard.waiting.isChecked() and not services.cases.get(case.id).is_paused
    QTimer.singleShot(0, lambda: answer("服务器日志"))
    wizard.waiting.setChecked(True)
    assert services.cases.get(case.id).is_paused
    assert "服务器日志" in wizard.awaited.text()
    page = wizard.pages[Stage.FIRST_RESPONSE]
    page.update_countdown()
    assert "paused" in page.countdown.text() and "Overdue" not in page.countdown.text()
    clock.advance(hours=5)
    wizard.waiting.setChecked(False)  # asked whether it came: No (the tests' default)
    assert wizard.waiting.isChecked() and services.cases.get(case.id).is_paused
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    wizard.waiting.setChecked(False)  # it came
    after = services.cases.get(case.id)
    assert not after.is_paused
    assert after.commitments[0].due_at == before + timedelta(hours=5)
    assert after.customer_items[0].received_at == clock.now
    assert not wizard.awaited.isVisible()
    page.update_countdown()
    assert "paused" not in page.countdown.text()


def test_a_full_disk_keeps_the_text_says_so_and_saves_on_retry(
    open_wizard, qtbot, services, monkeypatch
):
    import sqlite3

    from desktop.store.cases import CaseStore

    wizard = open_wizard()
    intake = wizard.pages[Stage.INTAKE]
    wizard.save_now()
    real = CaseStore.update_section

    def full(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(CaseStore, "update_section", full)
    type_text(qtbot, intake.customer, "华信银行")
    assert not wizard.save_now()
    assert "disk is full" in wizard.save_state.text()
    assert intake.customer.text() == "华信银行"  # nothing typed is lost
    assert services.cases.get(wizard.case.id).intake.customer == ""
    monkeypatch.setattr(CaseStore, "update_section", real)
    qtbot.waitUntil(
        lambda: services.cases.get(wizard.case.id).intake.customer == "华信银行", timeout=10_000
    )  # the retry saves it


def test_the_plan_words_what_the_customer_still_owes_for_the_next_update(
    open_wizard, services, clock
):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王",
        complaint_text="月结数据丢失",
        received_at=clock.now,
    )
    services.cases.wait_for(case.id, "服务器日志")
    services.cases.wait_for(case.id, "测试账号")
    wizard = open_wizard(case.id, stage=Stage.PLAN)
    page = wizard.pages[Stage.PLAN]
    assert page.still_needed.text() == "我们仍需要您提供：服务器日志、测试账号。"
    page.copy_still_needed.click()
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == "我们仍需要您提供：服务器日志、测试账号。"
