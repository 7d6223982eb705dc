"""Help in the menu bar: the guide (F1), the keyboard shortcuts, About. Their dialogs
(desktop/views/help.py) are imported when first opened: start-up need not make their classes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.domain.enums import Language


def add_help_menu(window: QMainWindow, language: Language, folder: str) -> list[QAction]:
    """Help › Guide (F1), Keyboard shortcuts, About; the actions, for the window to keep."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Help", "&Help"))
    guide = QAction(QCoreApplication.translate("Help", "Turnaround &guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    guide.triggered.connect(lambda: _open_guide(window, language))
    shortcuts = QAction(QCoreApplication.translate("Help", "&Keyboard shortcuts"), window)
    shortcuts.triggered.connect(lambda: _open_shortcuts(window))
    about = QAction(QCoreApplication.translate("Help", "&About Turnaround"), window)
    about.triggered.connect(lambda: _open_about(window, folder))
    from desktop.views.icons import icon

    for action, name in ((guide, "circle-question-mark"), (shortcuts, "keyboard"), (about, "info")):
        action.setIcon(icon(name))
        menu.addAction(action)
    return [guide, shortcuts, about]


def _open_guide(window: QMainWindow, language: Language) -> None:
    """The guide at the passage on what is in front: the wizard's stage, or the window's view."""
    from PySide6.QtWidgets import QApplication

    from desktop.views.help import GuideDialog, show_dialog

    active = QApplication.activeWindow()
    asked = getattr(active, "help_topic", None) or getattr(window, "help_topic", None)
    topic = asked() if callable(asked) else ""
    show_dialog(GuideDialog(language, window, topic))


def _open_shortcuts(window: QMainWindow) -> None:
    from desktop.views.help import ShortcutsDialog, show_dialog

    show_dialog(ShortcutsDialog(window))


def _open_about(window: QMainWindow, folder: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.help import about_html

    QMessageBox.about(
        window, QCoreApplication.translate("Help", "About Turnaround"), about_html(folder)
    )
