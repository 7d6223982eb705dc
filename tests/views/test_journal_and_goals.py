"""The journal, thought record, goals and privacy screens, driven through their widgets."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWizard

from desktop.domain.enums import Language
from desktop.domain.goals import Goal
from desktop.domain.journal import Emotion, JournalEntry, ThinkingTrap
from desktop.views.goal_dialog import GoalDialog
from desktop.views.goals import GoalCard, GoalsView
from desktop.views.journal import JournalView
from desktop.views.journal_entry import JournalEntryDialog
from desktop.views.main_window import MainWindow
from desktop.views.privacy_tab import PrivacyTab
from desktop.views.self_review import SelfReviewDialog
from desktop.wizards.thought_record import ThoughtRecordWizard
from tests.typing import type_text


def test_a_mood_and_one_line_make_an_entry(qtbot, services):
    dialog = JournalEntryDialog(services, Language.ZH)
    qtbot.addWidget(dialog)
    box, slider, _ = dialog.feelings.rows[Emotion.ANXIOUS]
    box.setChecked(True)
    slider.setValue(75)
    type_text(qtbot, dialog.body, "客户又打电话来了，我有点慌。")
    dialog.support_boxes[next(iter(dialog.support_boxes))].setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [entry] = services.journal.entries()
    assert entry.feelings == [(Emotion.ANXIOUS, 75)]
    assert entry.body == "客户又打电话来了，我有点慌。"


def test_an_empty_entry_is_refused_beside_the_field(qtbot, services):
    dialog = JournalEntryDialog(services, Language.EN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.form.errors["body"].isVisible()
    assert services.journal.entries() == []


def test_the_journal_lists_filters_and_deletes_with_confirmation(qtbot, services, monkeypatch):
    now = services.clock()
    services.journal.save_entry(JournalEntry(0, now, [(Emotion.ANGRY, 60)], body="生气"))
    services.journal.save_entry(
        JournalEntry(0, now - timedelta(hours=1), [(Emotion.CALM, 40)], body="平静")
    )
    view = JournalView(services, Language.ZH)
    qtbot.addWidget(view)
    assert view.entries.rowCount() == 2
    view.emotion_filter.set_value(Emotion.CALM)
    assert view.entries.rowCount() == 1 and view.entries.item(0, 2).text() == "平静"
    view.entries.selectRow(0)
    view.delete_selected()  # answered No by default
    assert len(services.journal.entries()) == 2
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    view.delete_selected()
    assert [e.body for e in services.journal.entries()] == ["生气"]


def test_the_mood_chart_has_points_and_exports_a_png(qtbot, services, tmp_path, monkeypatch):
    services.journal.save_entry(JournalEntry(0, services.clock(), [(Emotion.SAD, 70)]))
    view = JournalView(services, Language.EN)
    qtbot.addWidget(view)
    view.tabs.setCurrentIndex(3)
    assert len(view.chart.points) == 1 and view.chart.points[0].distress == 70
    target = tmp_path / "mood.png"
    monkeypatch.setattr(
        "desktop.views.journal.QFileDialog.getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "")),
    )
    view.export_chart()
    assert target.read_bytes().startswith(b"\x89PNG")


def test_a_thought_record_with_re_rating(qtbot, services):
    wizard = ThoughtRecordWizard(services, Language.ZH)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.situation.editor, "客户在会上当众批评了我的方案")
    wizard.next()
    type_text(qtbot, wizard.thoughts.editor, "我做什么都不行")
    wizard.next()
    box, slider, _ = wizard.before.rows[Emotion.ASHAMED]
    box.setChecked(True)
    slider.setValue(80)
    wizard.next()
    wizard.trap_boxes[ThinkingTrap.ALL_OR_NOTHING].setChecked(True)
    for _ in range(4):
        wizard.next()
    assert wizard.currentPage() is wizard.after_page
    wizard.after.rows[Emotion.ASHAMED][1].setValue(45)
    assert "80 → 45 (-35)" in wizard.change.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    [record] = services.journal.records()
    assert record.thinking_traps == [ThinkingTrap.ALL_OR_NOTHING]
    assert record.changes() == [(Emotion.ASHAMED, 80, 45)]


def test_a_thought_record_needs_the_situation(qtbot, services):
    wizard = ThoughtRecordWizard(services, Language.EN)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.situation
    assert wizard.situation.message.text()


def test_goals_from_a_suggestion_check_in_and_skip(qtbot, services, monkeypatch):
    view = GoalsView(services, Language.ZH)
    qtbot.addWidget(view)
    view.show()
    assert view.empty.isVisible()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GoalDialog)
        dialog.title.setCurrentIndex(2)  # "每天写一句心情日志", five a week
        dialog.save()

    QTimer.singleShot(0, fill)
    view.new_goal()
    [goal] = services.goals.goals()
    assert (goal.title, goal.target_count) == ("每天写一句心情日志", 5)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("写了", True)))
    card = view.cards_layout.itemAt(0).widget()
    card.check_in()
    assert services.goals.this_period()[0][1:] == (1, 5)
    card = view.cards_layout.itemAt(0).widget()
    qtbot.mouseClick(card.skip_button, Qt.MouseButton.LeftButton)
    goal = services.goals.goals()[0]
    assert goal.period_start(services.goals.today()) in goal.skipped


def test_setting_a_passphrase_locks_the_journal_and_the_privacy_switch_hides_it(qtbot, services):
    tab = PrivacyTab(services, Language.EN)
    qtbot.addWidget(tab)
    assert not tab.minutes.isEnabled()  # nothing to lock yet
    type_text(qtbot, tab.new, "correct horse battery")
    type_text(qtbot, tab.repeat, "correct horse battery")
    assert tab.set_passphrase()
    assert services.journal.has_passphrase() and not services.journal.is_locked()
    assert tab.minutes.isEnabled()
    tab.close()  # its fields held the keyboard focus
    window = MainWindow(services, Language.EN)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.navigation.setFocus()
    window.show_view("journal")
    assert window.privacy_action.shortcut().toString() == "Ctrl+Shift+L"
    assert window.privacy_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    window.privacy_action.trigger()
    assert services.journal.is_locked()
    assert window.current_view_name() == "cases"
    assert window.navigation.item(1).isHidden() and window.navigation.item(2).isHidden()
    window.privacy_action.trigger()
    assert not window.navigation.item(1).isHidden()
    window.show_view("journal")
    journal = window.view("journal")
    assert journal.pages.currentIndex() == 0  # the lock screen
    type_text(qtbot, journal.passphrase, "wrong one")
    journal.unlock()
    assert "not the right one" in journal.lock_message.text()
    journal.passphrase.clear()
    type_text(qtbot, journal.passphrase, "correct horse battery")
    journal.unlock()
    assert journal.pages.currentIndex() == 1
    window.close()


def test_mismatched_passphrases_are_refused(qtbot, services):
    tab = PrivacyTab(services, Language.ZH)
    qtbot.addWidget(tab)
    type_text(qtbot, tab.new, "correct horse battery")
    type_text(qtbot, tab.repeat, "correct horse")
    assert not tab.set_passphrase()
    assert "不一致" in tab.form.errors["repeat_passphrase"].text()
    assert not services.journal.has_passphrase()


def test_the_self_review_is_kept_in_the_journal_only(qtbot, services, tmp_path):
    from tests.documents.conftest import make_case

    case = make_case(services, services.clock)
    dialog = SelfReviewDialog(services, Language.ZH, case.id)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.fields["differently"], "下次升级前先做备份演练")
    dialog.save()
    assert services.journal.reviews(case.id)[0].differently == "下次升级前先做备份演练"
    import io

    from pypdf import PdfReader

    from desktop.domain.enums import Language as Lang

    report = PdfReader(io.BytesIO(services.documents.report_job(case, Lang.ZH)()))
    assert "备份演练" not in "".join(page.extract_text() for page in report.pages)


def test_edit_and_delete_wait_for_a_selection_and_lists_follow_the_language(qtbot, services):
    now = services.clock()
    services.journal.save_entry(
        JournalEntry(0, now, [(Emotion.ANGRY, 60), (Emotion.ANXIOUS, 40)], body="angry")
    )
    view = JournalView(services, Language.EN)
    qtbot.addWidget(view)
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    view.entries.selectRow(0)
    assert view.edit_button.isEnabled() and view.delete_button.isEnabled()
    feelings = view.entries.item(0, 1).text()
    assert ", " in feelings and "、" not in feelings


def test_the_entry_dialog_never_scrolls_sideways(qtbot, services, clock):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行股份有限公司信息科技部",
        contact_name="王经理",
        complaint_text="上线第一天财务报表模板就出错，月结数据对不上，打了三次电话也没人给个说法"
        * 3,
        received_at=clock.now,
    )
    dialog = JournalEntryDialog(services, Language.EN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    body = dialog.scroll_area.widget()
    assert body.minimumSizeHint().width() <= dialog.scroll_area.viewport().width()


def test_a_goal_explains_its_strength_shows_its_check_ins_and_links_to_an_action(
    qtbot, services, clock, monkeypatch
):
    from desktop.domain.complaint import Action
    from desktop.domain.enums import ActionHorizon

    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王",
        complaint_text="报表慢",
        received_at=clock.now,
    )
    services.cases.add_part(case.id, Action(0, ActionHorizon.SHORT_TERM, "重建索引"))
    action_id = services.cases.add_part(case.id, Action(0, ActionHorizon.LONG_TERM, "上线前压测"))
    view = GoalsView(services, Language.EN)
    qtbot.addWidget(view)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GoalDialog)
        dialog.title.setCurrentText("Check the load test plan every week")
        dialog.case.set_value(case.id)
        assert [dialog.action.itemText(i) for i in range(dialog.action.count())] == [
            "(no action)",
            "上线前压测",  # the lasting improvement, not the quick fix
        ]
        dialog.action.set_value(action_id)
        dialog.save()

    QTimer.singleShot(0, fill)
    view.new_goal()
    [goal] = services.goals.goals()
    assert (goal.case_id, goal.action_id) == (case.id, action_id)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("done", True)))
    view.cards_layout.itemAt(0).widget().check_in()
    card = view.cards_layout.itemAt(0).widget()
    assert "first period" in card.explanation.text()
    assert card.history.text().startswith("Check-ins: ") and "— done" in card.history.text()
    assert card.link.text() == f"About {case.number} 华信银行 · 上线前压测"
    clock.advance(days=8)
    view.refresh()
    card = view.cards_layout.itemAt(0).widget()
    assert "You met it in 1 of the last 1 weeks" in card.explanation.text()


def test_one_tap_notes_a_feeling_with_undo_and_words_to_add(qtbot, services, monkeypatch):
    view = JournalView(services, Language.EN)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.check_in.buttons[Emotion.TIRED], Qt.MouseButton.LeftButton)
    [entry] = services.journal.entries()
    assert entry.feelings == [(Emotion.TIRED, 60)] and entry.body == ""
    assert view.entries.rowCount() == 1
    assert (
        view.check_in.noted.text().startswith("Noted at")
        and "tired" in view.check_in.noted.text().lower()
    )
    opened: list[int] = []
    monkeypatch.setattr(view, "edit_entry", opened.append)
    view.check_in.add_words.disconnect()
    view.check_in.add_words.connect(view.edit_entry)
    view.check_in.words_button.click()
    assert opened == [entry.id]
    view.check_in.undo_button.click()
    assert services.journal.entries() == [] and view.entries.rowCount() == 0


def test_the_thought_records_tab_counts_the_traps(qtbot, services):
    from desktop.domain.journal import ThoughtRecord

    now = services.clock()
    services.journal.add_record(
        ThoughtRecord(
            0,
            now,
            situation="客户在会上批评",
            thinking_traps=[ThinkingTrap.CATASTROPHISING, ThinkingTrap.MIND_READING],
        )
    )
    view = JournalView(services, Language.EN)
    qtbot.addWidget(view)
    html = view.records.detail.toPlainText()
    assert "How often each thinking trap came up" in html


def test_the_daily_reminder_is_set_beside_the_check_in_and_reminds_once(qtbot, services, clock):
    from datetime import time

    from desktop.views.reminders import Reminders

    view = JournalView(services, Language.EN)
    qtbot.addWidget(view)
    assert not view.check_in.remind.isChecked() and not view.check_in.remind_at.isEnabled()
    view.check_in.remind_at.setTime(view.check_in.remind_at.time().fromString("09:30", "HH:mm"))
    view.check_in.remind.setChecked(True)
    assert services.journal.daily_reminder() == time(9, 30)
    reminders = Reminders(services, Language.EN, view.windowIcon())
    reminders.tray = None  # the notice goes to the status line here
    told: list[str] = []
    reminders.status_message.connect(told.append)
    reminders.check()  # 10:00 in Shanghai, nothing written today
    reminders.check()
    assert len(told) == 1 and told[0].startswith("How are you today?")
    services.journal.set_hidden(True)
    clock.advance(days=1)
    reminders.check()
    assert len(told) == 1  # the privacy switch is on: nothing about the journal
    reminders.stop()


def test_a_goal_is_archived_shown_again_restored_and_deleted_with_undo(
    qtbot, services, monkeypatch, speak
):
    speak(Language.ZH)
    services.goals.save(Goal(0, "每周回访一次客户"))
    services.goals.check_in(services.goals.goals()[0].id, "回访了")
    view = GoalsView(services, Language.ZH)
    qtbot.addWidget(view)
    view.show()
    assert not view.show_archived.isVisible()  # nothing archived yet

    qtbot.mouseClick(view.cards_layout.itemAt(0).widget().archive_button, Qt.LeftButton)
    assert services.goals.goals() == []
    assert view.empty.isVisible()
    assert view.show_archived.isVisible()
    assert view.show_archived.text() == "显示已归档的目标（1）"
    view.show_archived.setChecked(True)
    card = next(w for w in _widgets(view) if isinstance(w, GoalCard))
    assert card.archive_button.text() == "恢复"
    assert not card.check_in_button.isVisible()
    qtbot.mouseClick(card.archive_button, Qt.LeftButton)
    [goal] = services.goals.goals()
    assert goal.title == "每周回访一次客户"

    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    card = view.cards_layout.itemAt(0).widget()
    qtbot.mouseClick(card.delete_button, Qt.LeftButton)
    assert services.goals.goals() == [goal]  # answered No: nothing changes
    assert "每周回访一次客户" in asked[0] and "1" in asked[0]
    qtbot.mouseClick(view.cards_layout.itemAt(0).widget().delete_button, Qt.LeftButton)
    assert services.goals.goals() == []
    assert view.empty.isVisible()
    services.trash.undo()
    assert services.goals.goals() == [goal]  # with its check-in


def _widgets(view):
    return [view.cards_layout.itemAt(i).widget() for i in range(view.cards_layout.count())]


def test_a_refused_check_in_note_is_offered_again_as_typed_and_a_met_week_is_not_skipped(
    qtbot, services, monkeypatch
):
    services.goals.save(Goal(0, "每周回访一次客户"))
    view = GoalsView(services, Language.EN)
    qtbot.addWidget(view)
    long_note = "回访" * 1500  # over 2,000 characters
    offered: list[str] = []
    typed = iter([long_note, "回访了华信银行"])

    def ask(_parent, _title, _label, _mode, text=""):
        offered.append(text)
        return next(typed), True

    warned: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(ask))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, m: warned.append(m)))
    view.cards_layout.itemAt(0).widget().check_in()
    assert offered == ["", long_note]  # the refused note comes back to be shortened
    assert len(warned) == 1 and "2000" in warned[0]
    [goal] = services.goals.goals()
    assert [c.note for c in goal.checkins] == ["回访了华信银行"]
    card = view.cards_layout.itemAt(0).widget()
    assert not card.skip_button.isEnabled()  # met this week: nothing to skip
