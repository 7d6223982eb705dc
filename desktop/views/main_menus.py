"""The main window's menus: File, Edit (undo a delete, the Trash), View (the views, the privacy
switch) and Help, with their shortcuts. The actions are kept on the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.views.icons import icon

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    from desktop.views.navigation import VIEW_NAMES

    window.new_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New complaint"),
        window.new_complaint,
        QKeySequence.StandardKey.New,
    )
    window.find_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find cases"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
    )
    quit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.quit_app,
        QKeySequence.StandardKey.Quit,
    )

    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.new_action)
    file_menu.addSeparator()
    window.ics_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Export commitments to a calendar file…"),
        window.export_calendar,
    )
    file_menu.addAction(window.ics_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    from desktop.views.trash_actions import add_edit_menu

    window.trash_actions = add_edit_menu(window, view_menu.menuAction())
    view_menu.addAction(window.find_action)
    for number in range(1, len(VIEW_NAMES) + 1):
        title = window.navigation.item(number - 1).text()
        view_menu.addAction(
            _action(
                window,
                title,
                _showing(window, VIEW_NAMES[number - 1]),
                QKeySequence(f"Ctrl+{number}"),
            )
        )
    window.privacy_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Privacy switch: hide the journal and goals"),
        window.toggle_privacy,
        QKeySequence("Ctrl+Shift+L"),
    )
    window.privacy_action.setIcon(icon("eye-off"))
    window.privacy_action.setCheckable(True)
    # from any window of the app: a wizard or a case file may be in front
    window.privacy_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    view_menu.addSeparator()
    view_menu.addAction(window.privacy_action)
    from desktop.views.help_menu import add_help_menu

    folder = str(window.services.folder.root) if window.services.folder else ""
    window.help_actions = add_help_menu(window, window.language, folder)


def _showing(window: MainWindow, name: str) -> Callable[[], None]:
    return lambda: window.show_view(name)


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    return action
