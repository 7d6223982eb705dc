"""Adding a case to the library from the close page: the preview shows what will be replaced,
waits for the user on the guesses, takes the customer's other names, and saves the lesson as
the user edited it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from desktop.domain.complaint import Action
from desktop.domain.enums import ActionHorizon, ActionStatus, Language, Stage
from desktop.wizards.complaint.pages.lesson_preview import LessonPreviewDialog
from tests.typing import type_text

COMPLAINT = (
    "华信银行核心账务系统批量跑到凌晨四点还没结束，影响了早上开门营业。华信这边的王经理说，"
    "小王打了三次电话都没人接，手机13800138000。"
)


@pytest.fixture
def case_id(services, clock):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王建国",
        received_at=clock.now - timedelta(hours=3),
        complaint_text=COMPLAINT,
    )
    services.cases.set_investigation(case.id, root_cause="批量作业在华信的生产库上没有建索引。")
    services.cases.add_part(
        case.id, Action(0, ActionHorizon.SHORT_TERM, "补建索引", status=ActionStatus.DONE)
    )
    return case.id


def drive(monkeypatch, qtbot, steps):
    """Run `steps(dialog)` on the preview when the page opens it, instead of a modal loop."""
    seen: list[LessonPreviewDialog] = []

    def exec_(dialog: LessonPreviewDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(LessonPreviewDialog, "exec", exec_)
    return seen


def row_of(table, original: str) -> int:
    return next(row for row, f in enumerate(table.findings) if f.original == original)


def test_the_user_confirms_the_guesses_edits_the_preview_and_that_is_saved(
    open_wizard, qtbot, services, case_id, monkeypatch
):
    wizard = open_wizard(case_id, Language.ZH, Stage.CLOSE)
    page = wizard.pages[Stage.CLOSE]

    def steps(dialog: LessonPreviewDialog) -> None:
        table = dialog.table
        shown = {f.original: f for f in table.findings}
        # sure ones are ticked; the guess waits for the user, highlighted, and blocks saving
        assert {"华信银行", "华信", "王经理", "13800138000"} <= set(shown)
        assert [f.original for f in table.undecided()] == ["小王"]
        assert table.cell(row_of(table, "小王"), 0).checkState() == Qt.CheckState.PartiallyChecked
        assert table.cell(row_of(table, "华信"), 0).checkState() == Qt.CheckState.Checked
        assert not dialog.add_button.isEnabled()
        assert "1" in dialog.status.text()
        problem = dialog.editors["problem"]
        assert isinstance(problem, QPlainTextEdit)
        assert "【客户】这边的某经理说" in problem.toPlainText()
        assert "小王" in problem.toPlainText() and "13800138000" not in problem.toPlainText()
        # the user ticks the guess with the keyboard: it is replaced and saving is possible
        table.setFocus()
        table.setCurrentCell(row_of(table, "小王"), 0)
        qtbot.keyClick(table, Qt.Key.Key_Space)
        assert table.undecided() == []
        assert dialog.add_button.isEnabled()
        assert "小王" not in problem.toPlainText()
        # the user edits the final text of two fields
        title = dialog.editors["title"]
        title.selectAll()
        type_text(qtbot, title, "批量作业超时影响营业")
        root = dialog.editors["root_cause"]
        assert isinstance(root, QPlainTextEdit)
        root.selectAll()
        type_text(qtbot, root, "生产库缺索引，上线前没有做性能测试。")
        # keeping a sure finding puts it back in the fields not edited by hand only
        table.setFocus()
        table.setCurrentCell(row_of(table, "13800138000"), 0)
        qtbot.keyClick(table, Qt.Key.Key_Space)
        assert "13800138000" in problem.toPlainText()
        qtbot.keyClick(table, Qt.Key.Key_Space)
        assert "13800138000" not in problem.toPlainText()
        assert root.toPlainText() == "生产库缺索引，上线前没有做性能测试。"
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    seen = drive(monkeypatch, qtbot, steps)
    qtbot.mouseClick(page.library_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    lesson = services.library.lesson_for(case_id)
    assert lesson.title == "批量作业超时影响营业"
    assert lesson.root_cause == "生产库缺索引，上线前没有做性能测试。"
    assert lesson.problem == (
        "【客户】核心账务系统批量跑到凌晨四点还没结束，影响了早上开门营业。【客户】这边的某经理说，"
        "【人员】打了三次电话都没人接，手机【电话】。"
    )
    assert not page.library_button.isEnabled()


def test_another_name_of_the_customer_is_remembered_and_replaced(
    open_wizard, qtbot, services, case_id, monkeypatch
):
    services.cases.set_investigation(case_id, root_cause="HX 核心系统的批量没有建索引。")
    wizard = open_wizard(case_id, Language.EN, Stage.CLOSE)

    def steps(dialog: LessonPreviewDialog) -> None:
        root = dialog.editors["root_cause"]
        assert isinstance(root, QPlainTextEdit)
        assert "HX" in root.toPlainText()
        type_text(qtbot, dialog.aliases, "HX")
        qtbot.keyClick(dialog.aliases, Qt.Key.Key_Return)
        assert "HX" not in root.toPlainText()
        assert root.toPlainText().startswith("[Customer]")  # in the window's language
        dialog.table.decide_all_undecided(False)  # the guess 小王 is kept
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, qtbot, steps)
    qtbot.mouseClick(wizard.pages[Stage.CLOSE].library_button, Qt.MouseButton.LeftButton)
    assert services.settings.customer_aliases("华信银行") == ["HX"]
    lesson = services.library.lesson_for(case_id)
    assert "HX" not in lesson.root_cause and "小王" in lesson.problem


def test_cancelling_the_preview_saves_nothing(open_wizard, qtbot, services, case_id, monkeypatch):
    wizard = open_wizard(case_id, Language.ZH, Stage.CLOSE)
    drive(monkeypatch, qtbot, lambda dialog: dialog.reject())
    qtbot.mouseClick(wizard.pages[Stage.CLOSE].library_button, Qt.MouseButton.LeftButton)
    assert services.library.lesson_for(case_id) is None
    assert services.library.lessons() == []
