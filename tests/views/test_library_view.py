"""The Library screens driven through their widgets: lessons, sharing, checklists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from desktop.domain.enums import ComplaintType, Language
from desktop.domain.settings import Profile
from desktop.i18n import install_translators
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.views.library.checklists_tab import ChecklistsTab
from desktop.views.library.import_dialog import ImportDialog
from desktop.views.library.lesson_dialog import LessonDialog
from desktop.views.library.view import LibraryView
from tests.conftest import SHANGHAI
from tests.typing import type_text


def add(services, title, **values):
    return services.library.save(0, {"title": title, **values})


def test_an_empty_library_says_how_to_start(qtbot, services):
    view = LibraryView(services, Language.ZH)
    qtbot.addWidget(view)
    view.show()
    assert view.lessons.empty.isVisible()
    assert view.lessons.empty.button.isVisible()


def test_a_lesson_is_written_in_the_dialog(qtbot, services):
    dialog = LessonDialog(services, Language.ZH)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.form.errors["title"].isVisible()  # the title is required
    assert services.library.lessons() == []
    type_text(qtbot, dialog.title, "升级前没有备份")
    dialog.kind.set_value(ComplaintType.TECHNICAL)
    type_text(qtbot, dialog.tags, "备份，升级")
    type_text(qtbot, dialog.texts["prevention"], "升级前强制备份校验")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [lesson] = services.library.lessons()
    assert (lesson.title, lesson.tags, lesson.prevention) == (
        "升级前没有备份",
        ["备份", "升级"],
        "升级前强制备份校验",
    )


def test_search_filters_and_the_markdown_digest_has_only_the_selection(
    qtbot, services, tmp_path, monkeypatch
):
    add(services, "报表在月底结账时超时")
    add(services, "升级前没有备份", prevention="强制备份校验")
    add(services, "培训不足")
    view = LibraryView(services, Language.ZH)
    qtbot.addWidget(view)
    view.show()
    tab = view.lessons
    assert tab.table.rowCount() == 3
    type_text(qtbot, tab.search, "备份")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 0).text() == "升级前没有备份"
    assert "1" in tab.count.text() and "3" in tab.count.text()
    tab.table.selectRow(0)
    assert "强制备份校验" in tab.reader.toPlainText()
    target = tmp_path / "digest.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export_markdown()
    text = target.read_text(encoding="utf-8")
    assert "升级前没有备份" in text and "报表在月底" not in text


def test_deleting_asks_first(qtbot, services, monkeypatch):
    add(services, "升级前没有备份")
    view = LibraryView(services, Language.EN)
    qtbot.addWidget(view)
    view.lessons.table.selectRow(0)
    view.lessons.delete_selected()  # the autouse patch answers No
    assert len(services.library.lessons()) == 1
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    view.lessons.delete_selected()
    assert services.library.lessons() == []
    assert view.lessons.empty.isVisibleTo(view)


def test_a_colleagues_file_is_previewed_and_conflicts_can_take_theirs(
    qtbot, services, clock, tmp_path
):
    colleague = Services.open(DataFolder(tmp_path / "colleague").ensure(), clock, SHANGHAI)
    colleague.settings.save_profile(Profile(name="李工"))
    mine = add(services, "升级前没有备份")
    services.library.export_share(None, tmp_path / "mine.zip")
    colleague.library.import_share(colleague.library.preview_share(tmp_path / "mine.zip"), set())
    [theirs] = colleague.library.lessons()
    colleague.library.save(theirs.id, {"prevention": "每次升级前演练恢复"})
    add(colleague, "需求没有书面确认")
    colleague.library.export_share(None, tmp_path / "theirs.zip")
    colleague.close()

    dialog = ImportDialog(services.library.preview_share(tmp_path / "theirs.zip"), Language.ZH)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.new_list.rowCount() == 1 and dialog.conflicts.rowCount() == 1
    assert "每次升级前演练恢复" in dialog.theirs.toPlainText()
    assert dialog.take_theirs() == set()  # keep mine unless told otherwise
    dialog.choices[0].set_value(True)
    assert dialog.take_theirs() == {mine.uuid}


@pytest.fixture
def chinese_ui(qapp):
    translators = install_translators(qapp, Language.ZH)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_a_bad_file_is_refused_in_the_users_language(
    qtbot, services, tmp_path, monkeypatch, chinese_ui
):
    add(services, "升级前没有备份")
    bad = tmp_path / "notes.zip"
    bad.write_text("不是压缩包", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    view = LibraryView(services, Language.ZH)
    qtbot.addWidget(view)
    view.lessons.import_file(bad)
    assert warnings and "不是 zip 文件" in warnings[0] and "没有任何改动" in warnings[0]
    assert len(services.library.lessons()) == 1


def test_a_template_is_used_for_a_project_and_ticked_off(qtbot, services, monkeypatch):
    tab = ChecklistsTab(services, Language.ZH)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.current is not None and tab.current.name == "实施前调研"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("华信银行二期", True))
    tab.use_for_project()
    [copy] = services.checklists.copies()
    assert copy.project_note == "华信银行二期"
    assert tab.current.id == copy.id and tab.progress.isVisible()
    tab.items.item(0).setCheckState(Qt.CheckState.Checked)
    assert services.checklists.get(copy.id).progress == (1, len(copy.items))
    assert tab.progress.value() == 1
    assert tab.tree.currentItem().text(1) == f"1/{len(copy.items)}"


def test_a_copy_for_an_unknown_case_is_refused(qtbot, services, monkeypatch):
    tab = ChecklistsTab(services, Language.EN)
    qtbot.addWidget(tab)
    warnings = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("C-2026-9999", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    tab.use_for_case()
    assert warnings and services.checklists.copies() == []


def test_a_lesson_is_added_to_a_new_checklist(qtbot, services, monkeypatch):
    add(services, "升级前没有备份", prevention="升级前先备份")
    view = LibraryView(services, Language.ZH)
    qtbot.addWidget(view)
    view.lessons.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[-1], True))
    view.lessons.add_to_checklist()
    own = [c for c in services.checklists.templates(Language.ZH) if c.id]
    assert [item.text for item in own[0].items] == ["升级前先备份"]
    names = [view.checklists.tree.topLevelItem(0).child(i).text(0) for i in range(3)]
    assert own[0].name in names


def test_lessons_added_elsewhere_appear_when_the_library_is_shown_again(qtbot, services):
    view = LibraryView(services, Language.EN)
    qtbot.addWidget(view)
    view.show()
    view.hide()
    add(services, "升级前没有备份")
    view.show()
    assert view.lessons.table.rowCount() == 1


def test_my_own_template_is_made_filled_and_renamed(qtbot, services, monkeypatch):
    tab = ChecklistsTab(services, Language.ZH)
    qtbot.addWidget(tab)
    answers = iter([("上线清单", True), ("备份已验证", True), ("", True), ("上线前清单", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    tab.new_template()
    assert tab.current.name == "上线清单" and tab.buttons["add"].isEnabled()
    tab.add_item()
    tab.add_item()  # an empty item is refused with a message
    tab.rename()
    [own] = [c for c in services.checklists.templates(Language.ZH) if c.id]
    assert (own.name, [i.text for i in own.items]) == ("上线前清单", ["备份已验证"])
    assert len(warnings) == 1 and tab.current.name == "上线前清单"


def test_a_digest_is_checked_for_names_before_it_leaves(qtbot, services, tmp_path, monkeypatch):
    """A lesson written by hand names a customer the cases know and a guessed person: the user
    sees both before the file is written, decides the guess, and only the file is anonymised."""
    from datetime import timedelta

    from desktop.views.library.share_check import SharingCheckDialog

    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王建国",
        received_at=services.clock() - timedelta(hours=1),
        complaint_text="批量超时",
    )
    add(services, "华信银行的批量超时", problem="王建国反映批量超时，小王加班到深夜。")
    view = LibraryView(services, Language.ZH)
    qtbot.addWidget(view)
    view.show()
    shown: list[SharingCheckDialog] = []

    def exec_(dialog: SharingCheckDialog) -> int:
        dialog.show()  # a child of the view: closed with it
        shown.append(dialog)
        found = {f.original: f.sure for f in dialog.table.findings}
        assert found == {"华信银行": True, "王建国": True, "小王": False}
        assert not dialog.export_button.isEnabled()  # the guess waits for the user
        qtbot.mouseClick(dialog.replace_guesses, Qt.MouseButton.LeftButton)
        assert dialog.export_button.isEnabled()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SharingCheckDialog, "exec", exec_)
    target = tmp_path / "digest.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.lessons.export_markdown()
    assert shown
    text = target.read_text(encoding="utf-8")
    assert "华信" not in text and "王建国" not in text and "小王" not in text
    assert "【客户】的批量超时" in text
    assert services.library.lessons()[0].problem.startswith("王建国反映")


def test_a_cancelled_check_writes_no_file(qtbot, services, tmp_path, monkeypatch):
    from desktop.views.library.share_check import SharingCheckDialog

    add(services, "小王的报表", problem="手机13800138000")
    view = LibraryView(services, Language.ZH)
    qtbot.addWidget(view)
    monkeypatch.setattr(SharingCheckDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    view.lessons.export_share()
    assert asked == []


def test_an_item_leaves_a_checklist_only_when_the_user_says_so(qtbot, services, monkeypatch):
    tab = ChecklistsTab(services, Language.ZH)
    qtbot.addWidget(tab)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("上线清单", True))
    tab.new_template()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("备份已验证", True))
    tab.add_item()
    tab.items.setCurrentRow(0)
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *args):
            asked.append(text)
            return reply

        return staticmethod(question)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    tab.remove_item()
    assert "备份已验证" in asked[0] and [i.text for i in tab.current.items] == ["备份已验证"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    tab.remove_item()
    assert list(services.checklists.get(tab.current.id).items) == []
