"""Settings keep what was typed without a click on Save: leaving the view or quitting saves it;
what cannot be saved (not valid) is asked about before quitting."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.domain.enums import Language
from desktop.views.main_window import MainWindow
from tests.typing import type_text


def window_on_settings(qtbot, services) -> MainWindow:
    window = MainWindow(services, Language.EN, first_view="settings")
    qtbot.addWidget(window)
    window.show()
    return window


def test_typed_profile_is_saved_after_a_moment(qtbot, services):
    window = window_on_settings(qtbot, services)
    profile = window.view("settings").profile
    type_text(qtbot, profile.name, "李明")
    qtbot.waitUntil(lambda: services.settings.profile().name == "李明")
    assert profile.saved_label.text() == "Saved."


def test_leaving_the_view_at_once_saves_what_was_typed(qtbot, services):
    window = window_on_settings(qtbot, services)
    view = window.view("settings")
    type_text(qtbot, view.profile.phone, "13800001234")
    view.first_response_hours.setValue(12)
    window.show_view("cases")
    assert services.settings.profile().phone == "13800001234"
    assert services.settings.deadlines().first_response_hours == 12


def test_quitting_at_once_saves_what_was_typed(qtbot, services):
    window = window_on_settings(qtbot, services)
    type_text(qtbot, window.view("settings").profile.title, "Consultant")
    window.close()
    assert services.settings.profile().title == "Consultant"


def test_an_invalid_entry_is_asked_about_before_quitting(qtbot, services, monkeypatch):
    window = window_on_settings(qtbot, services)
    type_text(qtbot, window.view("settings").profile.email, "not an address")
    asked: list[str] = []

    def answer(_parent, _title, question, *args, **kwargs):
        asked.append(question)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    window.close()
    assert asked and "not an address" not in asked[0] and "e-mail" in asked[0].lower()
    assert window.isVisible()  # No: stays open, on Settings, the text kept
    assert window.current_view_name() == "settings"
    assert window.view("settings").profile.email.text() == "not an address"
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.close()  # Yes: quits without it
    assert not window.isVisible()
    assert services.settings.profile().email == ""


def test_leaving_settings_with_an_invalid_entry_asks_and_keeps_or_drops_it(
    qtbot, services, monkeypatch
):
    window = window_on_settings(qtbot, services)
    profile = window.view("settings").profile
    type_text(qtbot, profile.name, "张三")
    type_text(qtbot, profile.email, "zhangsan@")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    window.show_view("cases")
    assert window.current_view_name() == "settings"  # No: stays, the text kept
    qtbot.waitUntil(lambda: window.navigation.currentRow() == 5)
    assert profile.email.text() == "zhangsan@"
    window.show_view("cases")
    assert window.current_view_name() == "cases"  # Yes: leaves without it
    assert profile.email.text() == "" and services.settings.profile().email == ""
