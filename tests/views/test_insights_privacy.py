"""The mood trend in Insights comes from the private journal: it shows only while the journal
can be read (unlocked, or no passphrase) and the privacy switch is off, and goes at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.domain.enums import Language
from desktop.domain.journal import Emotion, JournalEntry
from desktop.views.main_window import MainWindow
from tests.typing import type_text
from tests.views.test_insights_view import complaint

PASSPHRASE = "correct horse battery"


@pytest.fixture
def window(qtbot, services, clock):
    complaint(services, clock, 2)
    for days in (0, 1, 9):
        services.journal.save_entry(
            JournalEntry(0, clock.now - timedelta(days=days), [(Emotion.ANXIOUS, 70 + days)])
        )
    shown = MainWindow(services, Language.EN)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def open_insights(window, qtbot):
    view = window.view("insights")
    with qtbot.waitSignal(view.counted):
        window.show_view("insights")
    return view


def press_privacy_switch(window, qtbot):
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_L, modifiers)


def mood_shown(view) -> bool:
    return view.mood.isVisible() and bool(view.mood.points)


def mood_gone(view) -> bool:
    return not view.mood.isVisible() and view.mood.points == []


def settle() -> None:
    """Let every count already started off the GUI thread report back."""
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def test_the_privacy_switch_hides_the_mood_trend_at_once_and_brings_it_back(window, qtbot):
    view = open_insights(window, qtbot)
    assert mood_shown(view)
    press_privacy_switch(window, qtbot)
    assert window.privacy_action.isChecked()
    # no waiting: gone the moment the switch is pressed
    assert mood_gone(view)
    assert not view.mood_hint.isVisible()  # nothing on screen even mentions the journal
    settle()
    assert mood_gone(view)
    assert view.tiles["cases"].text() == "1"  # the numbers about cases stay
    with qtbot.waitSignal(view.counted):
        press_privacy_switch(window, qtbot)
    assert mood_shown(view)


def test_a_count_started_before_the_switch_does_not_show_the_mood(window, qtbot, services):
    view = open_insights(window, qtbot)
    view.refresh()  # counting now, off the GUI thread
    press_privacy_switch(window, qtbot)
    settle()  # the earlier count reports back after the switch
    assert mood_gone(view)
    assert view.tiles["cases"].text() == "1"


def test_a_locked_journal_shows_no_mood_until_it_is_unlocked(window, qtbot, services):
    services.journal.set_passphrase(PASSPHRASE)
    services.journal.lock()
    view = open_insights(window, qtbot)
    assert mood_gone(view)
    assert view.mood_hint.isVisible()  # says where the trend went, with no figure
    window.show_view("journal")
    journal = window.view("journal")
    type_text(qtbot, journal.passphrase, PASSPHRASE)
    journal.unlock()
    with qtbot.waitSignal(view.counted):
        window.show_view("insights")
    assert mood_shown(view)
    # the idle lock takes it away again at once, while Insights is on screen
    window.lock_journal_when_idle()
    assert mood_gone(view)


def test_switching_back_leaves_a_passphrase_journal_locked_and_its_mood_hidden(
    window, qtbot, services
):
    services.journal.set_passphrase(PASSPHRASE)
    view = open_insights(window, qtbot)
    assert mood_shown(view)
    press_privacy_switch(window, qtbot)
    press_privacy_switch(window, qtbot)
    settle()
    assert services.journal.is_locked()
    assert mood_gone(view)


def test_the_mood_chart_cannot_be_exported_while_hidden(window, qtbot, tmp_path, monkeypatch):
    view = open_insights(window, qtbot)
    target = tmp_path / "mood-trend.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    press_privacy_switch(window, qtbot)
    view.export(view.mood, "mood-trend")
    assert not target.exists()


def test_while_hidden_no_shortcut_or_menu_opens_the_journal_or_goals(window, qtbot, services):
    press_privacy_switch(window, qtbot)
    for key in (Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_name() == "cases"
    window.show_view("journal")
    assert window.current_view_name() == "cases"
    assert not services.journal.is_readable()


def test_the_journal_view_behind_the_switch_asks_for_nothing(window, qtbot, services):
    window.show_view("journal")
    journal = window.view("journal")
    assert journal.pages.currentIndex() == 1  # no passphrase: open
    press_privacy_switch(window, qtbot)
    assert journal.pages.currentIndex() == 0
    assert "hidden" in journal.lock_title.text()
    assert journal.passphrase.isHidden()  # there is no passphrase to ask for


def test_closing_a_case_behind_the_switch_offers_no_self_review(
    window, qtbot, services, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desktop.domain.enums import Stage
    from desktop.wizards.complaint.wizard import ComplaintWizard

    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a) or 0))
    wizard = ComplaintWizard(services, services.cases.create().id, Language.EN, Stage.CLOSE)
    qtbot.addWidget(wizard)
    press_privacy_switch(window, qtbot)
    wizard.pages[Stage.CLOSE].offer_self_review()
    assert asked == []
    press_privacy_switch(window, qtbot)
    wizard.pages[Stage.CLOSE].offer_self_review()
    assert len(asked) == 1


def test_behind_the_switch_the_repeat_complaints_take_the_whole_row(window, qtbot):
    view = open_insights(window, qtbot)
    beside = view.repeats_box.width()
    press_privacy_switch(window, qtbot)
    qtbot.waitUntil(lambda: view.repeats_box.width() > beside * 1.5)
    press_privacy_switch(window, qtbot)
    qtbot.waitUntil(lambda: view.repeats_box.width() == beside)
