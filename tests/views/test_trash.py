"""Undo and the Trash as the user meets them: Delete in the Cases list, Ctrl+Z, the Trash
dialog, and the journal's thought records and self-reviews."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.domain.goals import Goal
from desktop.domain.journal import ThinkingTrap, ThoughtRecord
from desktop.domain.trash import TrashKind
from desktop.views.case_list import CaseListView
from desktop.views.journal import JournalView
from tests.made import a_received_case
from tests.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def answer_yes(monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


def a_case(services, clock, text="月底报表查询太慢，一张报表要等十几分钟"):
    return a_received_case(services, clock, text)


def cases_view(window) -> CaseListView:
    window.show_view("cases")
    view = window.view("cases")
    assert isinstance(view, CaseListView)
    view.refresh()
    return view


def test_delete_in_the_cases_list_then_ctrl_z_brings_it_back(
    qtbot, window, services, clock, answer_yes
):
    case = a_case(services, clock)
    view = cases_view(window)
    undo = window.trash_actions.undo_action
    assert not undo.isEnabled()
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 0
    assert "Moved “C-2026-0001 · 月底报表查询太慢" in window.statusBar().currentMessage()
    assert undo.isEnabled() and undo.text().startswith("&Undo delete of “C-2026-0001 · ")
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert services.cases.get(case.id).number == case.number
    assert view.model.rowCount() == 1
    assert window.statusBar().currentMessage().startswith("Restored “C-2026-0001")
    assert not undo.isEnabled() and undo.text() == "&Undo delete"


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_delete(
    qtbot, window, services, clock, answer_yes
):
    a_case(services, clock)
    view = cases_view(window)
    view.table.selectRow(0)
    view.delete_selected()
    assert services.cases.count(CaseQuery()) == 0
    search: QLineEdit = window.search
    type_text(qtbot, search, "report")
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert search.text() == ""  # the typing was undone
    qtbot.keyClick(search, Qt.Key.Key_Return)  # searched now, not after the test
    assert services.cases.count(CaseQuery()) == 0  # and the case is still in the Trash
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert services.cases.count(CaseQuery()) == 1


def test_the_delete_asks_first_and_says_it_moves_to_the_trash(qtbot, window, services, clock):
    a_case(services, clock)
    view = cases_view(window)
    view.table.selectRow(0)
    asked = []

    def no(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", staticmethod(no))
        view.delete_selected()
    assert "to the Trash" in asked[0] and "30 days" in asked[0]
    assert services.cases.count(CaseQuery()) == 1


def test_a_case_open_in_the_wizard_is_saved_and_closed_before_it_goes(
    qtbot, window, services, clock, answer_yes
):
    from desktop.domain.enums import Stage

    case = a_case(services, clock)
    wizard = window.open_wizard(case.id, Stage.INTAKE)
    type_text(qtbot, wizard.pages[Stage.INTAKE].project, "二期")  # not saved yet
    view = cases_view(window)
    view.table.selectRow(0)
    view.delete_selected()
    assert wizard not in window._wizards
    [item] = services.trash.items()
    assert item.kind is TrashKind.CASE
    services.trash.undo()
    assert services.cases.get(case.id).intake.project == "二期"


def test_a_case_file_open_for_a_case_deleted_from_the_list_closes(
    qtbot, window, services, clock, answer_yes
):
    case = a_case(services, clock)
    window.open_case(case.id)
    from desktop.views.case_file import CaseFileDialog

    [case_file] = window.findChildren(CaseFileDialog)
    assert case_file.isVisible()
    view = cases_view(window)
    view.table.selectRow(0)
    view.delete_selected()
    assert not case_file.isVisible()


def test_the_trash_dialog_restores_and_deletes_forever_after_asking(
    qtbot, window, services, clock, monkeypatch
):
    lessons = [services.library.save(0, {"title": t}).id for t in ("升级前没有备份", "培训太快")]
    services.trash.delete_lessons([lessons[0]])
    services.trash.delete_lessons([lessons[1]])
    window.trash_actions.trash_action.trigger()
    dialog = window.trash_actions.dialog
    assert dialog is not None and dialog.isVisible()
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names == ["培训太快", "升级前没有备份"]  # the whole label, unquoted, in the list
    assert dialog.table.item(0, 1).text() == "Lesson"
    assert dialog.table.item(0, 3).text() == "30 days"
    # the newest is chosen at once: the row drawn as current is the one the buttons act on
    assert dialog.selected_ids() == [dialog.items[0].id] and dialog.restore_button.isEnabled()
    dialog.table.clearSelection()
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [lesson.title for lesson in services.library.lessons()] == ["升级前没有备份"]
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    dialog.delete_selected_forever()  # answered No
    assert dialog.table.rowCount() == 1
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(dialog.forever_button, Qt.MouseButton.LeftButton)
    assert services.trash.items() == [] and dialog.empty_note.isVisibleTo(dialog)
    assert not dialog.empty_button.isEnabled()


def test_emptying_the_trash_asks_first(qtbot, window, services, clock, monkeypatch):
    a_case(services, clock)
    services.trash.delete_case(services.cases.rows(CaseQuery(), 0, 1)[0].id)
    window.trash_actions.open_trash()
    dialog = window.trash_actions.dialog
    assert dialog is not None
    dialog.empty_trash()  # answered No
    assert len(services.trash.items()) == 1
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert services.trash.items() == []
    assert not window.trash_actions.undo_action.isEnabled()


def test_undoing_a_lesson_delete_shows_it_in_the_library_again(qtbot, window, services, answer_yes):
    services.library.save(0, {"title": "升级前没有备份"})
    window.show_view("library")
    library = window.view("library")
    lessons = library.lessons
    lessons.table.selectRow(0)
    lessons.delete_selected()
    assert lessons.table.rowCount() == 0
    lessons.table.setFocus()
    qtbot.keyClick(lessons.table, Qt.Key.Key_Z, CTRL)
    assert lessons.table.rowCount() == 1


def test_thought_records_are_edited_and_moved_to_the_trash(
    qtbot, services, answer_yes, monkeypatch
):
    from desktop.wizards.thought_record import ThoughtRecordWizard

    services.journal.add_record(
        ThoughtRecord(
            0,
            services.clock(),
            situation="客户在会上批评",
            thinking_traps=[ThinkingTrap.CATASTROPHISING],
        )
    )
    view = JournalView(services, Language.EN)
    qtbot.addWidget(view)
    tab = view.records
    assert tab.list.count() == 1 and "客户在会上批评" in tab.detail.toPlainText()
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()

    def edit(wizard: ThoughtRecordWizard) -> int:
        assert wizard.situation.editor.toPlainText() == "客户在会上批评"
        assert wizard.trap_boxes[ThinkingTrap.CATASTROPHISING].isChecked()
        wizard.balanced.editor.setPlainText("批评的是问题，不是我")
        wizard.accept()
        return 1

    monkeypatch.setattr(ThoughtRecordWizard, "exec", edit)
    tab.edit_selected()
    [record] = services.journal.records()
    assert record.balanced_thought == "批评的是问题，不是我"
    assert record.situation == "客户在会上批评"
    assert "批评的是问题，不是我" in tab.detail.toPlainText()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert services.journal.records() == [] and tab.list.count() == 0
    assert not tab.edit_button.isEnabled()
    assert [item.kind for item in services.trash.items()] == [TrashKind.THOUGHT_RECORD]


def test_a_closed_case_offers_a_self_review_that_is_then_edited_and_deleted(
    qtbot, window, services, clock, answer_yes
):
    case = a_case(services, clock)
    services.store.conn.execute("UPDATE cases SET status = 'closed' WHERE id = ?", (case.id,))
    view = cases_view(window)
    menu = view.context_menu(0)
    titles = [action.text() for action in menu.actions() if action.text()]
    assert titles == ["Open the case file", "Blameless self-review…", "Move to the Trash…"]
    [review_action] = [a for a in menu.actions() if a.text() == "Blameless self-review…"]
    review_action.trigger()
    from desktop.views.self_review import SelfReviewDialog

    [dialog] = [w for w in window.findChildren(SelfReviewDialog) if w.isVisible()]
    type_text(qtbot, dialog.fields["went_well"], "当天就回应了客户")
    dialog.save()
    [review] = services.journal.reviews(case.id)
    assert review.went_well == "当天就回应了客户"
    # started again from the case, the same review is changed, not a second one made
    view.self_review(case.id)
    [dialog] = [w for w in window.findChildren(SelfReviewDialog) if w.isVisible()]
    assert dialog.fields["went_well"].toPlainText() == "当天就回应了客户"
    dialog.fields["differently"].setPlainText("先确认需求再配置")
    dialog.save()
    assert [r.differently for r in services.journal.reviews(case.id)] == ["先确认需求再配置"]
    journal = JournalView(services, Language.EN)
    qtbot.addWidget(journal)
    assert "C-2026-0001" in journal.reviews.list.item(0).text()
    journal.reviews.delete_selected()
    assert services.journal.reviews() == []
    [item] = services.trash.items()
    assert item.kind is TrashKind.SELF_REVIEW and item.label == ""


def test_an_open_case_offers_no_self_review(qtbot, window, services, clock):
    a_case(services, clock)
    menu = cases_view(window).context_menu(0)
    assert "Blameless self-review…" not in [action.text() for action in menu.actions()]


def test_the_menu_and_the_trash_speak_chinese(qtbot, window, services, clock, speak):
    from desktop.domain.journal import Emotion, JournalEntry

    speak(Language.ZH)
    entry = services.journal.save_entry(
        JournalEntry(0, clock.now, [(Emotion.TIRED, 50)], body="今天很累")
    )
    services.trash.delete_journal_entry(entry.id)
    undo = window.trash_actions.undo_action
    assert undo.text() == "撤销删除日志（2026-11-24 10:00）(&U)"
    window.trash_actions.open_trash()
    dialog = window.trash_actions.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "回收站"
    assert dialog.table.item(0, 1).text() == "日志"
    assert "今天很累" not in dialog.table.item(0, 0).text()
    case = a_case(services, clock)
    services.trash.delete_case(case.id)
    assert undo.text() == "撤销删除「C-2026-0001 · 月底报表查询太慢，一张报表…」(&U)"


def test_the_housekeeping_after_start_purges_what_was_kept_30_days(
    qtbot, window, services, clock, tmp_path
):
    from desktop.views.startup import Housekeeping

    case = a_case(services, clock)
    evidence = tmp_path / "log.txt"
    evidence.write_text("ERROR\n")
    services.cases.add_evidence_file(case.id, evidence)
    [item] = services.trash.delete_case(case.id).moved_in
    clock.advance(days=31)
    housekeeping = Housekeeping(services, window)
    housekeeping.stop()
    housekeeping.purge_trash()
    assert services.trash.items() == []
    qtbot.waitUntil(lambda: not (services.folder.trash / str(item.id)).exists())


def test_a_deleted_goal_leaves_today_and_ctrl_z_brings_it_back_to_both(
    qtbot, window, services, answer_yes
):
    services.goals.save(Goal(0, "<b>每周回访</b> & 复盘"))
    today = cases_view(window).today
    assert today.goals.text() == "○ &lt;b&gt;每周回访&lt;/b&gt; &amp; 复盘 · 0/1"  # as typed
    window.show_view("goals")
    goals = window.view("goals")
    qtbot.mouseClick(goals.cards_layout.itemAt(0).widget().delete_button, Qt.MouseButton.LeftButton)
    assert goals.empty.isVisible()
    assert "“<b>每周回访</b> & 复盘”" in window.statusBar().currentMessage()
    window.show_view("cases")
    assert today.goals_card.isHidden()
    qtbot.keyClick(window.view("cases").table, Qt.Key.Key_Z, CTRL)
    assert not today.goals_card.isHidden()
    assert not goals.empty.isVisibleTo(goals)  # the goals view shows it again too
    assert [g.title for g in services.goals.goals()] == ["<b>每周回访</b> & 复盘"]
