"""Pasting the customer's message on the intake page, and dropping a mail file on it or on the
main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.enums import Channel, Language, Stage
from tests.conftest import SHANGHAI
from tests.domain import inbound_samples as samples
from tests.typing import type_text


def paste(qtbot, page, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    qtbot.mouseClick(page.paste.button, Qt.MouseButton.LeftButton)


def drop_file(widget, path: Path) -> bool:
    """Drag a file over `widget` and drop it, as a file manager does; True when it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_pasting_a_chinese_mail_fills_the_empty_fields_and_says_what_it_filled(
    open_wizard, qtbot, services, clock
):
    clock.advance(hours=1)  # 11:00 in Shanghai: the mail came at 10:32
    wizard = open_wizard(language=Language.ZH)
    page = wizard.pages[Stage.INTAKE]
    paste(qtbot, page, samples.OUTLOOK_ZH)
    assert page.customer.text() == "华信银行"
    assert page.contact_name.text() == "王建国"
    assert page.contact_email.text() == "wangjg@huaxin-bank.example.cn"
    assert page.contact_phone.text() == "139 1234 5678"
    assert page.channel.value() is Channel.EMAIL
    assert page.complaint_text.toPlainText().startswith("李工：")
    assert page.paste.note.text() == (
        "已从客户原话填入：客户单位、联系人、电子邮件、电话、投诉渠道、收到时间、投诉内容、简短标题。"
        "请核对。"
    )
    assert page.title.text() == "报销系统升级后数据丢失"  # the subject, without "答复:"
    saved = services.cases.get(wizard.case.id).intake
    assert saved.received_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") == "2026-11-24 10:32"
    assert saved.contact_name == "王建国"
    assert page.received_at.value() == saved.received_at  # the default time was replaced


def test_typed_text_is_kept_unless_the_user_agrees_to_replace_it(
    open_wizard, qtbot, services, monkeypatch
):
    wizard = open_wizard(language=Language.EN)
    page = wizard.pages[Stage.INTAKE]
    type_text(qtbot, page.customer, "Northwind")
    type_text(qtbot, page.title, "Expenses gone")
    asked = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    paste(qtbot, page, samples.OUTLOOK_EN)
    assert "customer" in asked[0] and "title" not in asked[0]  # a typed title is never asked about
    assert page.customer.text() == "Northwind"
    assert page.title.text() == "Expenses gone"
    assert page.contact_name.text() == "Sarah Miller"
    assert "Kept what you had typed: customer." in page.paste.note.text()

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    paste(qtbot, page, samples.OUTLOOK_EN)
    assert page.customer.text() == "Northwind Traders Ltd."
    assert services.cases.get(wizard.case.id).intake.customer == "Northwind Traders Ltd."


@pytest.mark.parametrize("clipboard", ["", "   \n", "—— 123 ——"])
def test_an_empty_or_useless_clipboard_is_told_and_nothing_changes(
    open_wizard, qtbot, services, clipboard
):
    wizard = open_wizard(language=Language.ZH)
    page = wizard.pages[Stage.INTAKE]
    type_text(qtbot, page.complaint_text, "报表很慢")
    paste(qtbot, page, clipboard)
    assert page.paste.note.isVisible()
    assert "未做任何更改" in page.paste.note.text()
    assert page.complaint_text.toPlainText() == "报表很慢"
    wizard.save_now()
    assert services.cases.get(wizard.case.id).intake.contact_name == ""


def test_a_mail_file_dropped_on_the_complaint_box_fills_the_page(open_wizard, qtbot, tmp_path):
    mail = tmp_path / "complaint.eml"
    mail.write_bytes(samples.GMAIL_EML)
    wizard = open_wizard(language=Language.EN)
    page = wizard.pages[Stage.INTAKE]
    assert drop_file(page.complaint_text.viewport(), mail)
    assert page.contact_name.text() == "Chloe Martin"
    assert page.complaint_text.toPlainText().startswith("Maria, the month-end report")
    assert "Filled in from the customer's message" in page.paste.note.text()


def test_a_mail_dropped_on_the_main_window_opens_a_new_case_in_the_wizard(
    qtbot, services, tmp_path, monkeypatch
):
    from desktop.views.main_window import MainWindow

    window = MainWindow(services, Language.ZH)
    qtbot.addWidget(window)
    window.show()
    mail = tmp_path / "qq.eml"
    mail.write_bytes(samples.QQ_EML)
    assert drop_file(window, mail)
    [wizard] = window._wizards
    page = wizard.pages[Stage.INTAKE]
    assert wizard.currentId() == Stage.INTAKE
    assert page.contact_name.text() == "王喆"
    assert page.customer.text() == "恒远集团有限公司"
    assert page.paste.note.text().startswith("已从客户原话填入：客户单位、联系人")
    assert services.cases.get(wizard.case.id).intake.contact_email == "wangzhe@hengyuan.example.cn"

    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: warnings.append(text))
    )
    bad = tmp_path / "notes.eml"
    bad.write_bytes(b"hello\n")
    assert drop_file(window, bad)
    assert "不是邮件" in warnings[0]
    assert len(window._wizards) == 1  # no case, no wizard
    wizard.close()
