"""The main window: navigation, New complaint, search, the commitments status line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.domain.enums import Language, Stage
from desktop.services import Services
from desktop.views.style import fitted, window_style

if TYPE_CHECKING:  # the views are imported when first shown
    from PySide6.QtWidgets import QSystemTrayIcon

    from desktop.views.case_list import CaseListView
    from desktop.views.inbox_watch import InboxWatch
    from desktop.views.journal import JournalView
    from desktop.views.library.view import LibraryView
    from desktop.views.reminders import Reminders
    from desktop.views.trash_actions import TrashActions
    from desktop.views.tray import TrayMenu
    from desktop.wizards.complaint.pages.intake import IntakePage
    from desktop.wizards.complaint.wizard import ComplaintWizard

from desktop.views.navigation import VIEW_NAMES

PRIVATE_VIEWS = ("journal", "goals")  # hidden by the privacy switch
GEOMETRY_KEY = "window.geometry"


PREFERRED_SIZE = QSize(1320, 800)


def first_size(available: QSize) -> QSize:
    """The window's size at its first start: the preferred size, or less on a small screen
    (on 1366×768 with a panel, 800 rows would put the status line off screen)."""
    return fitted(PREFERRED_SIZE.width(), PREFERRED_SIZE.height(), available)


class MainWindow(QMainWindow):
    # made by views/main_menus.py
    new_action: QAction
    find_action: QAction
    ics_action: QAction
    privacy_action: QAction
    help_actions: list[QAction]
    trash_actions: TrashActions
    # made by views/window_background.py once the window is on screen
    tray_menu: TrayMenu
    inbox: InboxWatch

    def __init__(
        self,
        services: Services,
        language: Language,
        first_view: str = "cases",
        parent: QWidget | None = None,
        sample: bool = False,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.sample = sample
        title = self.tr("Turnaround · 化危为机")
        if sample:
            title += " — " + self.tr("Sample data (not yours)")
        self.setWindowTitle(title)
        self.setMinimumSize(QSize(760, 480))
        self.setStyleSheet(window_style())  # before the children: each is polished once
        self._views: dict[str, QWidget] = {}
        self._wizards: list[ComplaintWizard] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh_cases)

        from desktop.views.navigation import Navigation

        self.navigation = Navigation()
        self.stack = QStackedWidget()
        for _ in VIEW_NAMES:
            self.stack.addWidget(QWidget())  # replaced by the real view on first visit
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        from desktop.views.commitments_status import CommitmentsStatus

        self.status_line = CommitmentsStatus(self.services, self._tray)
        self.statusBar().addWidget(self.status_line, 1)
        if sample:
            banner = QLabel(self.tr("Sample data: explore freely, your own cases are elsewhere."))
            banner.setObjectName("sampleBanner")
            self.statusBar().addPermanentWidget(banner)
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start(60_000)

        self.navigation.currentRowChanged.connect(self._show_view)
        self.show_view(first_view)
        self._restore_geometry()
        self.refresh_status()
        self.reminders: Reminders | None = None
        self._quitting = False
        self._reminder_start = QTimer(self)  # after the window is on screen
        self._reminder_start.setSingleShot(True)
        self._reminder_start.timeout.connect(self._start_reminders)
        self._reminder_start.start(1500)
        from desktop.views.idle import IdleWatch

        self.idle = IdleWatch(lambda: self.services.journal.auto_lock_minutes(), self)
        self.idle.idle.connect(self.lock_journal_when_idle)
        from desktop.views.widgets.mail_drop import MailDrop

        self.mail_drop = MailDrop(self)
        self.mail_drop.watch(self, with_children=False)
        self.mail_drop.dropped.connect(self.new_complaint_from_mail)

    def _start_reminders(self) -> None:
        """After the window is on screen: reminders, the tray's menu, the inbox folder."""
        from desktop.views.window_background import start_background

        start_background(self)

    # --- actions and menus --------------------------------------------------------------------
    def _build_actions(self) -> None:
        from desktop.views.main_menus import build_menus

        build_menus(self)
        from desktop.views.main_toolbar import MainToolbar

        self.toolbar = MainToolbar(self)
        self.addToolBar(self.toolbar)
        self.search = self.toolbar.search

    # --- views --------------------------------------------------------------------------
    def built_view(self, name: str) -> QWidget | None:
        """The view called `name` if it was built (views are built when first shown)."""
        return self._views.get(name)

    def view(self, name: str) -> QWidget:
        """The view called `name`, built the first time it is needed."""
        if name not in self._views:
            widget = self._build_view(name)
            index = VIEW_NAMES.index(name)
            placeholder = self.stack.widget(index)
            assert placeholder is not None
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(index, widget)
            self._views[name] = widget
        return self._views[name]

    def _build_view(self, name: str) -> QWidget:
        if name == "cases":
            from desktop.views.case_list import CaseListView

            cases = CaseListView(self.services, self.language)
            cases.new_case.connect(self.new_complaint)
            cases.open_case.connect(self.open_case)
            cases.deleting.connect(self.close_wizard_of)
            cases.table.selectionModel().selectionChanged.connect(self.toolbar.update_case_actions)
            return cases
        if name == "journal":
            from desktop.views.journal import JournalView

            return JournalView(self.services, self.language)
        if name == "goals":
            from desktop.views.goals import GoalsView

            return GoalsView(self.services, self.language)
        if name == "library":
            from desktop.views.library.view import LibraryView

            return LibraryView(self.services, self.language)
        if name == "insights":
            from desktop.views.insights import InsightsView

            return InsightsView(self.services, self.language)
        from desktop.views.settings import SettingsView

        settings = SettingsView(self.services, self.language)
        settings.data_tab.restored.connect(self.reload_views)
        return settings

    def open_file(self, path: Path) -> None:
        """A file from the file manager: its import preview (views/open_file.py)."""
        from desktop.views.open_file import open_in_window

        open_in_window(self, path)

    def reload_views(self) -> None:
        """The data was replaced (a restore): every view but the one in use is built anew."""
        current = self.current_view_name()
        for name in list(self._views):
            if name == current:
                continue
            widget = self._views.pop(name)
            index = VIEW_NAMES.index(name)
            self.stack.removeWidget(widget)
            self.stack.insertWidget(index, QWidget())
            widget.deleteLater()
        self.refresh_cases()

    def toggle_privacy(self) -> None:
        """Someone is looking at the screen: lock and hide the journal and goals at once."""
        hidden = self.privacy_action.isChecked()
        self.services.journal.set_hidden(hidden)
        for name in PRIVATE_VIEWS:
            self.navigation.item(VIEW_NAMES.index(name)).setHidden(hidden)
        if hidden and self.current_view_name() in PRIVATE_VIEWS:
            self.show_view("cases")
        if "journal" in self._views:
            cast("JournalView", self._views["journal"]).refresh()
        if "cases" in self._views:
            cast("CaseListView", self._views["cases"]).today.set_goals_shown(not hidden)
        self.statusBar().showMessage(
            self.tr("Journal and goals hidden (Ctrl+Shift+L shows them).") if hidden else "", 5000
        )

    def lock_journal_when_idle(self) -> None:
        if self.services.journal.has_passphrase() and not self.services.journal.is_locked():
            self.services.journal.lock()
            if "journal" in self._views:
                cast("JournalView", self._views["journal"]).refresh()

    def show_view(self, name: str) -> None:
        """Show a view; "checklists" is the library's second tab."""
        self.navigation.setCurrentRow(VIEW_NAMES.index("library" if name == "checklists" else name))
        if name == "checklists":
            library = cast("LibraryView", self.view("library"))
            library.tabs.setCurrentWidget(library.checklists)

    def _show_view(self, row: int) -> None:
        name = VIEW_NAMES[row]
        leaving_settings = self.current_view_name() == "settings" and name != "settings"
        if leaving_settings and "settings" in self._views and not self._settings_saved(True):
            # back to Settings in the list, after this signal (not from within it)
            QTimer.singleShot(0, self._mark_settings_current)
            return
        if name in PRIVATE_VIEWS and self.services.journal.is_hidden():
            self.navigation.setCurrentRow(0)  # not by a shortcut or the menu either
            return
        self.view(name)
        if name == "cases":  # a goal checked in, archived or deleted meanwhile
            self.refresh_goals()
        self.stack.setCurrentIndex(row)
        self.toolbar.view_shown(name)

    def current_view_name(self) -> str:
        return VIEW_NAMES[self.stack.currentIndex()]

    def help_topic(self) -> str:
        """What F1 explains: the view in front (the Library's checklists apart)."""
        name = self.current_view_name()
        if name == "library":
            library = cast("LibraryView", self.view("library"))
            if library.tabs.currentWidget() is library.checklists:
                return "checklists"
        return name

    # --- cases ----------------------------------------------------------------------------
    def new_complaint(self) -> None:
        case = self.services.cases.create()
        self.open_wizard(case.id, Stage.INTAKE)
        self.refresh_cases()

    def new_complaint_from_mail(self, path: Path) -> None:
        from desktop.views.mail_intake import case_from_mail

        made = case_from_mail(self.services, self.language, path, self)
        if made is not None:
            wizard = self.open_wizard(made[0], Stage.INTAKE)
            intake = cast("IntakePage", wizard.pages[Stage.INTAKE])
            intake.paste.show_filled(made[1], [])
            self.refresh_cases()

    def open_wizard(self, case_id: int, stage: Stage | None = None) -> ComplaintWizard:
        from desktop.wizards.complaint.wizard import ComplaintWizard

        wizard = ComplaintWizard(self.services, case_id, self.language, stage, self)
        wizard.case_changed.connect(self._case_saved)
        wizard.open_case.connect(self.open_case)
        wizard.open_lesson.connect(self.open_lesson)
        wizard.finished.connect(lambda _result, w=wizard: self._wizard_closed(w))
        self._wizards.append(wizard)
        wizard.show()
        wizard.activateWindow()  # typing goes into the new complaint at once
        return wizard

    def _wizard_closed(self, wizard: ComplaintWizard) -> None:
        if wizard in self._wizards:
            self._wizards.remove(wizard)
        self.services.cases.discard_if_empty(wizard.case.id)
        wizard.deleteLater()
        self.refresh_cases()

    def close_wizard_of(self, case_id: int) -> None:
        """A case about to be deleted: its wizard closes first, saving what was typed, and its
        case file with it (a file of a case in the Trash has nothing left to show)."""
        for wizard in list(self._wizards):
            if wizard.case.id == case_id:
                wizard.autosaver.forget_refused()
                wizard.close()
        from desktop.views.case_file import CaseFileDialog

        for case_file in self.findChildren(CaseFileDialog):
            if case_file.case_id == case_id and case_file.isVisible():
                case_file.close()

    def _case_saved(self, _case_id: int) -> None:
        self._refresh_timer.start()

    def open_case(self, case_id: int) -> None:
        """Show the case file."""
        from desktop.views.case_file import CaseFileDialog

        dialog = CaseFileDialog(self.services, case_id, self.language, self)
        dialog.continue_in_wizard.connect(self.open_wizard)
        dialog.deleting.connect(self.close_wizard_of)
        dialog.deleted.connect(lambda _id: self.refresh_cases())
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    def open_lesson(self, lesson_id: int) -> None:
        """Show a lesson in the library, in front of the wizard that pointed at it."""
        self.show_view("library")
        cast("LibraryView", self.view("library")).show_lesson(lesson_id)
        self.raise_()
        self.activateWindow()

    def refresh_goals(self) -> None:
        """The Today panel's goals of this period."""
        if "cases" in self._views:
            cast("CaseListView", self._views["cases"]).today.refresh_goals()

    def refresh_cases(self) -> None:
        if "cases" in self._views:
            cast("CaseListView", self._views["cases"]).refresh()
        self.toolbar.update_case_actions()  # a reset list tells no selection change
        self.refresh_status()

    def export_calendar(self) -> None:
        from desktop.views.calendar_export import export_commitments

        export_commitments(self)

    def focus_search(self) -> None:
        """Ctrl+F: the Library's lessons have a search of their own; everywhere else, cases."""
        box = self.search
        if self.current_view_name() == "library":
            library = cast("LibraryView", self.view("library"))
            library.tabs.setCurrentWidget(library.lessons)
            box = library.lessons.search
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def run_search(self) -> None:
        self.toolbar.stop_search_timer()
        self.show_view("cases")
        cast("CaseListView", self.view("cases")).set_search_text(self.search.text())

    # --- status line ----------------------------------------------------------------------
    def refresh_status(self) -> None:
        self.status_line.refresh()

    # --- geometry ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        stored = self.services.settings.get(GEOMETRY_KEY)
        if stored:
            self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))
        else:
            self.resize(first_size(self.screen().availableGeometry().size()))

    def _settings_saved(self, leaving: bool = False) -> bool:
        from desktop.views.settings_guard import settings_saved

        return settings_saved(self, leaving)

    def _mark_settings_current(self) -> None:
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(VIEW_NAMES.index("settings"))
        self.navigation.blockSignals(False)

    def come_forward(self) -> None:
        """From the tray, or a second start: the window in front, as it was."""
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        """File › Quit and the tray's Quit: the app ends, even when it stays in the tray."""
        self._quitting = True
        if self.close():
            from PySide6.QtWidgets import QApplication

            QApplication.quit()

    def stays_in_tray(self) -> bool:
        from desktop.views.tray import STAY_KEY

        tray = self.reminders.tray if self.reminders is not None else None
        return tray is not None and tray.isVisible() and bool(self.services.settings.get(STAY_KEY))

    def _tray(self) -> QSystemTrayIcon | None:
        reminders = getattr(self, "reminders", None)  # made after the window is on screen
        return reminders.tray if reminders is not None else None

    def restyle(self) -> None:
        """Light or dark chosen (views/theme.py): the style sheet names its colours."""
        self.setStyleSheet(window_style())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._settings_saved():
            event.ignore()
            return
        if not self._quitting and self.stays_in_tray():
            event.ignore()
            self.hide()
            assert self.reminders is not None and self.reminders.tray is not None
            self.reminders.tray.showMessage(
                self.tr("Turnaround is still running"),
                self.tr("Reminders keep coming. Quit from the tray icon's menu."),
                self.reminders.tray.icon(),
                5000,
            )
            return
        for wizard in list(self._wizards):
            if not wizard.close():  # each saves what is pending, or asks about what it cannot
                event.ignore()
                return
        self._reminder_start.stop()
        self.idle.stop()
        if self.reminders is not None:
            self.reminders.stop()
        self.status_timer.stop()
        self._refresh_timer.stop()
        self.toolbar.stop_search_timer()  # a search typed just now must not run after closing
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.services.settings.set(GEOMETRY_KEY, geometry)
        if "cases" in self._views:
            cast("CaseListView", self._views["cases"]).save_layout()
        super().closeEvent(event)
