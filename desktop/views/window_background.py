"""What the main window starts once it is on screen: the reminders and the tray's menu, and the
inbox folder that files what other programs handed over."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def start_background(window: MainWindow) -> None:
    from desktop.views.reminders import Reminders

    window.reminders = Reminders(window.services, window.language, window.windowIcon(), window)
    window.reminders.open_case.connect(window.open_case)
    window.reminders.open_journal.connect(lambda: _open_journal(window))
    window.reminders.status_message.connect(
        lambda text: window.statusBar().showMessage(text, 60_000)
    )
    if window.reminders.tray is not None:
        from desktop.views.tray import attach

        window.tray_menu = attach(window.reminders.tray, window)
        window.refresh_status()
    window.reminders.check()
    from desktop.views.inbox_watch import InboxWatch

    window.inbox = InboxWatch(window.services, window.language, window)
    window.inbox.filed.connect(lambda sentence: _filed(window, sentence))
    window.inbox.file_now()  # what was handed over while the window was starting


def _open_journal(window: MainWindow) -> None:
    window.come_forward()
    window.show_view("journal")


def _filed(window: MainWindow, sentence: str) -> None:
    window.statusBar().showMessage(sentence, 120_000)
    window.refresh_cases()
