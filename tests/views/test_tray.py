"""The tray: its menu (open, new complaint, today's commitments, hide the journal, quit), a
click bringing the window forward, a translated tooltip, and staying in the tray on close."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.domain.commitments import LedgerSummary
from desktop.domain.enums import Language
from desktop.views.tray import STAY_KEY, TrayMenu, attach, tooltip


def _overdue_case(services, clock):
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王经理",
        complaint_text="月结报表对不上",
        received_at=clock.now - timedelta(hours=30),
    )
    return case


def test_the_menu_opens_the_window_and_a_new_complaint(window, monkeypatch):
    menu = TrayMenu(window)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[:3] == ["Open Turnaround", "New complaint", "Today's commitments"]
    assert window.privacy_action in menu.actions() and menu.quit_action.text() == "Quit"
    window.hide()
    menu.open_action.trigger()
    assert window.isVisible()
    started: list[bool] = []
    monkeypatch.setattr(window, "new_complaint", lambda: started.append(True))
    menu.new_action.trigger()
    assert started == [True]


def test_todays_commitments_each_open_their_case(window, services, clock, monkeypatch):
    case = _overdue_case(services, clock)
    menu = TrayMenu(window)
    menu.fill_today()
    [item] = menu.today.actions()
    assert "Overdue" in item.text() and case.number in item.text()
    opened: list[int] = []
    monkeypatch.setattr(window, "open_case", opened.append)
    item.trigger()
    assert opened == [case.id]
    services.trash.delete_case(case.id)
    menu.fill_today()
    [nothing] = menu.today.actions()
    assert nothing.text() == "Nothing due today" and not nothing.isEnabled()


def test_a_click_on_the_icon_shows_the_window_and_the_tooltip_counts(window, speak):
    tray = QSystemTrayIcon(window.windowIcon(), window)
    attach(tray, window)
    window.hide()
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible()
    assert tooltip(LedgerSummary(2, 1, 0, 0)) == "Turnaround · 2 due today · 1 overdue"
    speak(Language.ZH)
    assert tooltip(LedgerSummary(2, 1, 0, 0)) == "化危为机 · 今天到期 2 项 · 已逾期 1 项"


def test_with_stay_in_tray_closing_hides_and_quit_really_quits(window, services, monkeypatch):
    services.settings.set(STAY_KEY, True)
    monkeypatch.setattr(window, "stays_in_tray", lambda: bool(services.settings.get(STAY_KEY)))
    messages: list[str] = []

    class Tray:
        def showMessage(self, title, *_args):
            messages.append(title)

        def icon(self):
            return window.windowIcon()

        def setToolTip(self, _text):
            pass

    class Reminders:
        tray = Tray()

        def stop(self):
            pass

    monkeypatch.setattr(window, "reminders", Reminders())
    window.close()
    assert not window.isVisible() and messages == ["Turnaround is still running"]
    quit_calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quit_calls.append(True)))
    window.quit_app()
    assert quit_calls == [True]


def test_the_setting_is_in_language_and_appearance(qtbot, services):
    from desktop.views.settings import SettingsView

    view = SettingsView(services, Language.EN)
    qtbot.addWidget(view)
    assert not view.stay_in_tray.isChecked()
    view.stay_in_tray.setChecked(True)
    assert services.settings.get(STAY_KEY) is True
