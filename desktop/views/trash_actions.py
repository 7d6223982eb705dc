"""Edit › Undo delete (Ctrl+Z) and Edit › Trash…, and what the window shows when something is
moved to the Trash or restored from it.

Ctrl+Z is the window's shortcut: a text field that has the focus takes Ctrl+Z for its own undo
first (Qt asks the focused widget before the window's shortcuts), so typing is undone there and
a delete only from anywhere else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, user_message
from desktop.services import Services
from desktop.views.icons import icon

if TYPE_CHECKING:  # the Trash's modules are imported at its first use: start-up need not
    from desktop.domain.trash import TrashChange, TrashKind
    from desktop.views.main_window import MainWindow
    from desktop.views.trash_dialog import TrashDialog

MESSAGE_MS = 15_000


def restore_failed(parent: QWidget, error: Exception, language: Language) -> None:
    """Why nothing was restored: something holds the item's place, or the journal is locked."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.journal import JournalLockedError

    if isinstance(error, JournalLockedError):
        text = QCoreApplication.translate(
            "Trash", "Unlock the journal first: what was deleted from it is restored only then."
        )
    else:
        text = user_message(error, language)
    QMessageBox.warning(parent, QCoreApplication.translate("Trash", "Not restored"), text)


class TrashActions(QObject):
    """The Edit menu's two actions, kept in step with the Trash."""

    def __init__(self, window: MainWindow, services: Services, language: Language) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.language = language
        self.dialog: TrashDialog | None = None
        self._watching_journal = False
        self.undo_action = QAction(
            icon("undo-2"), QCoreApplication.translate("Trash", "&Undo delete"), window
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)  # nothing deleted yet in this session
        self.undo_action.triggered.connect(self.undo)
        self.trash_action = QAction(
            icon("trash-2"), QCoreApplication.translate("Trash", "&Trash…"), window
        )
        self.trash_action.triggered.connect(self.open_trash)
        unwatch = services.trash_watchers.watch(self._changed)
        self.destroyed.connect(lambda *_: unwatch())

    def add_menu(self, before: QAction) -> QMenu:
        """Edit, in the menu bar before `before` (the View menu's)."""
        menu = QMenu(QCoreApplication.translate("Trash", "&Edit"), self.window)
        menu.addAction(self.undo_action)
        menu.addSeparator()
        menu.addAction(self.trash_action)
        menu.aboutToShow.connect(self.refresh)
        self.window.menuBar().insertMenu(before, menu)
        return menu

    def refresh(self) -> None:
        """The Undo names what it would restore, and is off when there is nothing."""
        from desktop.views.trash_words import undo_text

        items = self.services.trash.undoable()
        self.undo_action.setText(undo_text(items, self.services.zone))
        self.undo_action.setEnabled(bool(items))

    def undo(self) -> None:
        try:
            self.services.trash.undo()
        except TurnaroundError as error:
            restore_failed(self.window, error, self.language)
        self.refresh()

    def open_trash(self) -> None:
        from desktop.views.trash_dialog import TrashDialog

        if self.dialog is None:
            self.dialog = TrashDialog(self.services, self.language, self.window)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _changed(self, change: TrashChange) -> None:
        from desktop.domain.trash import JOURNAL_KINDS, TrashKind
        from desktop.views.trash_words import moved_text, restored_text

        zone = self.services.zone
        status = self.window.statusBar()
        if change.moved_in:
            status.showMessage(moved_text(change.moved_in, zone), MESSAGE_MS)
            if TrashKind.CASE in change.kinds:
                self.window.refresh_cases()  # the list, the Today panel, the status line
        if change.restored:
            status.showMessage(restored_text(change.restored, zone), MESSAGE_MS)
            self._refresh_views(change.kinds)
        if change.kinds & JOURNAL_KINDS and not self._watching_journal:
            # what Undo offers depends on whether the journal may be read
            self._watching_journal = True
            unwatch = self.services.journal.watch(self.refresh)
            self.destroyed.connect(lambda *_: unwatch())
        self.refresh()

    def _refresh_views(self, kinds: set[TrashKind]) -> None:
        """The views that show what came back (a case is linked from the library and the
        journal too)."""
        from desktop.domain.trash import JOURNAL_KINDS, TrashKind

        if TrashKind.CASE in kinds:
            self.window.refresh_cases()
        elif TrashKind.GOAL in kinds:
            self.window.refresh_goals()
        for name, shown in (
            ("library", {TrashKind.CASE, TrashKind.LESSON, TrashKind.CHECKLIST}),
            ("journal", {TrashKind.CASE, *JOURNAL_KINDS}),
            ("goals", {TrashKind.CASE, TrashKind.GOAL}),
        ):
            view = self.window.built_view(name)
            refresh = getattr(view, "refresh", None)
            if kinds & shown and callable(refresh):
                refresh()


def add_edit_menu(window: MainWindow, before: QAction) -> TrashActions:
    """Edit › Undo delete, Trash… in the menu bar before `before`; kept by the window."""
    actions = TrashActions(window, window.services, window.language)
    actions.add_menu(before)
    return actions
