"""From the first launch to a signed letter, as a new user walks it, in Chinese and in English:
welcome and profile, Ctrl+N, three fields, the suggested type, the first-response message, the
investigate page's missing field made visible, a short-term fix done, the letter exported and
read back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.domain.enums import ActionStatus, Language, Stage
from desktop.services.welcome import needs_welcome
from desktop.views.letter_dialog import LetterDialog
from desktop.views.main_window import MainWindow
from desktop.views.welcome import WelcomeDialog
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.part_table import PartDialog
from tests.journeys.steps import Hands

USERS = {
    Language.ZH: dict(
        profile={"name": "李明", "title": "实施顾问", "company": "远航软件有限公司"},
        customer="华信银行",
        contact="王经理",
        complaint="上线第一天系统就报错，月结报表数据对不上，财务没法结账，打电话也没人给个说法！",
        root="报表模板的科目映射在上线前没有按贵行的新科目表更新",
        action="按新科目表重新配置报表模板并重跑月结",
        needed="还需填写：根本原因",
    ),
    Language.EN: dict(
        profile={"name_en": "Li Ming", "title_en": "Consultant", "company_en": "Voyage Software"},
        customer="Northwind Traders Ltd",
        contact="Sarah Miller",
        complaint="Since the upgrade the nightly sync fails and our orders are missing. "
        "Nobody called us back.",
        root="The upgrade changed the sync job's schedule and nobody checked it",
        action="Restore the sync schedule and re-run last night's orders",
        needed="Still needed: Root cause",
        mail="From: Sarah Miller <sarah.miller@northwind.example>\n"
        "Sent: Tuesday, November 24, 2026 9:12 AM\n"
        "To: Li Ming <li.ming@voyage.example>\n"
        "Subject: Nightly sync broken AGAIN\n"
        "\n"
        "Since the upgrade the nightly sync fails and our orders are missing. "
        "Nobody called us back.\n"
        "\n"
        "Regards,\n"
        "Sarah Miller\n"
        "Operations Manager\n"
        "Northwind Traders Ltd\n"
        "\n"
        "-----Original Message-----\n"
        "From: Support <support@voyage.example>\n"
        "Subject: Upgrade tonight\n"
        "\n"
        "We will upgrade your system tonight.\n",
    ),
}


def in_view(page, widget) -> bool:
    viewport = page.scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + 20 <= viewport.height()


@pytest.mark.parametrize("language", [Language.ZH, Language.EN])
def test_first_launch_to_a_signed_letter(
    services, clock, qtbot, speak, tmp_path, monkeypatch, language
):
    speak(language)
    user = USERS[language]
    hands = Hands(qtbot)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # "Saved …: Open / Close"

    # 1. the welcome page: who signs, and a phone
    assert needs_welcome(services)
    welcome = WelcomeDialog(services, language)
    qtbot.addWidget(welcome)
    welcome.show()
    hands.saw("welcome")
    for name, value in user["profile"].items():
        hands.type(getattr(welcome.profile, name), value)
    hands.type(welcome.profile.phone, "13800001234")
    hands.click(welcome.start_button)
    assert not welcome.isVisible()

    # 2. the main window, Ctrl+N
    window = MainWindow(services, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    hands.saw("cases")
    hands.press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window._wizards))
    wizard = window._wizards[-1]
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.resize(960, 600)

    # 3. intake: three fields typed, or the customer's mail pasted
    hands.saw("intake")
    intake = wizard.pages[Stage.INTAKE]
    if "mail" in user:
        QApplication.clipboard().setText(user["mail"])
        hands.click(intake.paste.button)
        assert intake.customer.text() == user["customer"]
        assert intake.contact_name.text() == user["contact"]
        assert intake.contact_email.text() == "sarah.miller@northwind.example"
        assert intake.complaint_text.toPlainText().startswith(user["complaint"][:30])
        assert "Regards" not in intake.complaint_text.toPlainText()
    else:
        hands.type(intake.customer, user["customer"])
        hands.type(intake.contact_name, user["contact"])
        hands.type(intake.complaint_text, user["complaint"])
    hands.next(wizard)
    assert wizard.currentId() == Stage.CLASSIFY

    # 4. classify: the suggestion taken
    hands.saw("classify")
    classify = wizard.pages[Stage.CLASSIFY]
    assert classify.use_suggestion.isEnabled(), classify.suggestion_text.text()
    hands.click(classify.use_suggestion)
    hands.next(wizard)
    assert wizard.currentId() == Stage.FIRST_RESPONSE

    # 5. the first-response message: filled, nothing raw, copied
    hands.saw("first response")
    response = wizard.pages[Stage.FIRST_RESPONSE]
    script = response.script.toPlainText()
    assert "{" not in script and "【" not in script, script
    assert user["contact"] in script and "13800001234" in script
    assert user["complaint"] not in script
    hands.click(response.copy_button)
    assert QApplication.clipboard().text() == script
    hands.click(response.now_button)
    hands.next(wizard)
    assert wizard.currentId() == Stage.INVESTIGATE

    # 6. investigate: Next shows what is missing, where it is
    hands.saw("investigate")
    investigate = wizard.pages[Stage.INVESTIGATE]
    hands.next(wizard)
    assert wizard.currentId() == Stage.INVESTIGATE
    assert in_view(investigate, investigate.root_cause)
    assert investigate.root_cause.hasFocus()
    assert investigate.missing_line.text().startswith(user["needed"])
    hands.type(investigate.root_cause, user["root"])
    hands.next(wizard)
    assert wizard.currentId() == Stage.PLAN

    # 7. a short-term fix, done
    hands.saw("plan")
    plan = wizard.pages[Stage.PLAN]

    def add_action() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PartDialog)
        hands.type(dialog.editors["description"], user["action"])
        status = dialog.editors["status"]
        assert isinstance(status, ChoiceBox)
        status.set_value(ActionStatus.DONE)
        hands.clicks += 2  # open the status list, pick Done
        dialog.save()
        hands.clicks += 1  # OK

    QTimer.singleShot(0, add_action)
    hands.click(plan.actions.add_button)
    [action] = wizard.case.actions
    assert action.status is ActionStatus.DONE and action.done_at == clock.now

    # 8. the letter: from the wizard's side, at the stage the user is at
    def export_letter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LetterDialog)
        hands.saw("letter")
        qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)
        assert not dialog.signer.isVisible()  # signed from the welcome page
        hands.click(dialog.export_button)
        qtbot.waitUntil(target.exists, timeout=20_000)
        dialog.accept()
        hands.clicks += 1  # Close

    QTimer.singleShot(0, export_letter)
    hands.click(wizard.letter_button)
    assert target.exists()

    # the letter as the customer reads it
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages
    )
    signer = next(iter(user["profile"].values()))
    assert signer in text, text
    assert "{" not in text and "【" not in text
    assert user["complaint"][:12] not in text
    assert user["contact"] in text
    print("\n" + hands.report(f"first letter ({language.value})"))
    assert len(hands.screens) <= 8
    assert hands.clicks <= 25
    Path(tmp_path / "journey.txt").write_text(hands.report(language.value))
