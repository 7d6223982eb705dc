"""The main window: navigation, New complaint, search, the commitments status line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.domain.commitments import LedgerSummary
from desktop.domain.enums import Language, Stage
from desktop.domain.errors import user_message
from desktop.services import Services
from desktop.views.icons import icon
from desktop.views.roles import USER_ROLE
from desktop.views.style import window_style

if TYPE_CHECKING:  # the views are imported when first shown
    from desktop.views.case_list import CaseListView
    from desktop.views.journal import JournalView
    from desktop.views.library.view import LibraryView
    from desktop.views.reminders import Reminders
    from desktop.views.settings import SettingsView
    from desktop.wizards.complaint.pages.intake import IntakePage
    from desktop.wizards.complaint.wizard import ComplaintWizard

VIEW_NAMES = ("cases", "journal", "goals", "library", "insights", "settings")
VIEW_ICONS = ("inbox", "notebook-pen", "target", "library", "chart-column", "settings")
PRIVATE_VIEWS = ("journal", "goals")  # hidden by the privacy switch
GEOMETRY_KEY = "window.geometry"


class MainWindow(QMainWindow):
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

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(148)
        self.navigation.setIconSize(QSize(18, 18))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        titles = (
            self.tr("Cases"),
            self.tr("Journal"),
            self.tr("Goals"),
            self.tr("Library"),
            self.tr("Insights"),
            self.tr("Settings"),
        )
        for name, title, icon_name in zip(VIEW_NAMES, titles, VIEW_ICONS, strict=True):
            item = QListWidgetItem(icon(icon_name, "text", "accent"), title)
            item.setData(USER_ROLE, name)
            item.setSizeHint(QSize(100, 36))
            self.navigation.addItem(item)
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
        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
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
        from desktop.views.reminders import Reminders

        self.reminders = Reminders(self.services, self.language, self.windowIcon(), self)
        self.reminders.open_case.connect(self.open_case)
        self.reminders.open_journal.connect(self._open_journal)
        self.reminders.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 60_000)
        )
        if self.reminders.tray is not None:
            from desktop.views.tray import attach

            self.tray_menu = attach(self.reminders.tray, self)
            self.refresh_status()
        self.reminders.check()
        from desktop.views.inbox_watch import InboxWatch

        self.inbox = InboxWatch(self.services, self.language, self)
        self.inbox.filed.connect(self._filed_from_inbox)
        self.inbox.file_now()  # what was handed over while the window was starting

    def _open_journal(self) -> None:
        self.come_forward()
        self.show_view("journal")

    def _filed_from_inbox(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 120_000)
        self.refresh_cases()

    # --- actions and menus --------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New complaint"), self.new_complaint, QKeySequence.StandardKey.New
        )
        self.find_action = self._action(
            self.tr("&Find cases"), self.focus_search, QKeySequence.StandardKey.Find
        )
        quit_action = self._action(self.tr("&Quit"), self.quit_app, QKeySequence.StandardKey.Quit)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        self.ics_action = self._action(
            self.tr("Export commitments to a calendar file…"), self.export_calendar
        )
        file_menu.addAction(self.ics_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        from desktop.views.trash_actions import add_edit_menu

        self.trash_actions = add_edit_menu(self, view_menu.menuAction())
        view_menu.addAction(self.find_action)
        for number in range(1, len(VIEW_NAMES) + 1):
            title = self.navigation.item(number - 1).text()
            view_menu.addAction(
                self._action(
                    title, self._showing(VIEW_NAMES[number - 1]), QKeySequence(f"Ctrl+{number}")
                )
            )
        self.privacy_action = self._action(
            self.tr("&Privacy switch: hide the journal and goals"),
            self.toggle_privacy,
            QKeySequence("Ctrl+Shift+L"),
        )
        self.privacy_action.setCheckable(True)
        # from any window of the app: a wizard or a case file may be in front
        self.privacy_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        view_menu.addSeparator()
        view_menu.addAction(self.privacy_action)
        from desktop.views.help_menu import add_help_menu

        folder = str(self.services.folder.root) if self.services.folder else ""
        self.help_actions = add_help_menu(self, self.language, folder)

        from desktop.views.main_toolbar import MainToolbar

        self.toolbar = MainToolbar(self)
        self.addToolBar(self.toolbar)
        self.search = self.toolbar.search

    def _showing(self, name: str) -> Callable[[], None]:
        return lambda: self.show_view(name)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

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
        self.stack.setCurrentIndex(row)
        self.toolbar.update_case_actions()

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
        """A case about to be deleted: its wizard closes first, saving what was typed."""
        for wizard in list(self._wizards):
            if wizard.case.id == case_id:
                wizard.close()

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

    def refresh_cases(self) -> None:
        if "cases" in self._views:
            cast("CaseListView", self._views["cases"]).refresh()
        self.refresh_status()

    def export_calendar(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.safe_write import ExportError

        folder = self.services.settings.get("export.folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export commitments"),
            str(Path(folder) / "turnaround-commitments.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        try:
            count = self.services.cases.export_calendar(Path(path), self.language)
        except ExportError as error:
            QMessageBox.warning(
                self, self.tr("Export commitments"), user_message(error, self.language)
            )
            return
        self.services.settings.set("export.folder", str(Path(path).parent))
        self.statusBar().showMessage(
            self.tr("Exported %1 commitments to %2.").replace("%1", str(count)).replace("%2", path),
            8000,
        )

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
        """Counted off the GUI thread: every open commitment is read (15 ms among 100,000)."""
        from desktop.views.background import run_in_background

        cases = self.services.cases
        run_in_background(
            cases.due_summaries_detached,
            lambda both: self._show_status(*both),
            parent=self,
        )

    def _show_status(self, summary: LedgerSummary, with_running: LedgerSummary) -> None:
        if self.reminders is not None and self.reminders.tray is not None:
            from desktop.views.tray import tooltip

            self.reminders.tray.setToolTip(tooltip(summary))
        if summary.due_today == 0 and summary.overdue == 0:
            text = self.tr("No commitments due today.")
        elif summary.overdue == 0:
            text = self.tr("Commitments due today: %1").replace("%1", str(summary.due_today))
        else:
            text = (
                self.tr("Commitments due today: %1 · overdue: %2")
                .replace("%1", str(summary.due_today))
                .replace("%2", str(summary.overdue))
            )
        running = with_running.due_today - summary.due_today
        if running > 0 and summary.due_today == 0 and summary.overdue == 0:
            text = self.tr("Nothing due today; first responses under way: %1").replace(
                "%1", str(running)
            )
        elif running > 0:
            text += " · " + self.tr("first responses under way: %1").replace("%1", str(running))
        self.status_line.setText(text)

    # --- geometry ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        stored = self.services.settings.get(GEOMETRY_KEY)
        if stored:
            self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))
        else:
            self.resize(1320, 800)

    def _settings_saved(self, leaving: bool = False) -> bool:
        """What was typed in Settings is saved; when it cannot be (not valid), ask first: Yes
        drops it (the form shows what is saved again), No stays in Settings."""
        settings = self._views.get("settings")
        problem = cast("SettingsView", settings).flush() if settings is not None else ""
        if not problem:
            return True
        from PySide6.QtWidgets import QMessageBox

        question = (
            self.tr("A setting you typed cannot be saved: %1\n\nLeave Settings without it?")
            if leaving
            else self.tr("A setting you typed cannot be saved: %1\n\nQuit without it?")
        )
        answer = QMessageBox.question(
            self, self.tr("Settings not saved"), question.replace("%1", problem)
        )
        if answer == QMessageBox.StandardButton.Yes:
            cast("SettingsView", settings).load()
            return True
        if not leaving:
            self.show_view("settings")
        return False

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
            wizard.close()  # each saves what is pending
        self._reminder_start.stop()
        self.idle.stop()
        if self.reminders is not None:
            self.reminders.stop()
        self.status_timer.stop()
        self._refresh_timer.stop()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.services.settings.set(GEOMETRY_KEY, geometry)
        if "cases" in self._views:
            cast("CaseListView", self._views["cases"]).save_layout()
        super().closeEvent(event)
