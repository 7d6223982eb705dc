"""What happens around the window's start and end: one instance per data folder, a check of the
database (at once after a crash, in the background otherwise), the daily backup."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop import APP_NAME
from desktop.domain.enums import Language
from desktop.domain.errors import DataError
from desktop.folder_lock import WINDOW, FolderLock
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.services.folder import check_database, hold_folder

# Dialogs and the background runner are imported where they are used: a normal start needs
# neither before the window is painted.

log = logging.getLogger(__name__)
RUNNING = ".running"  # present while the app runs: found at start, the last run did not end well


def lock_data_folder(folder: DataFolder) -> FolderLock | None:
    """The lock that keeps a second window (and an import) off the same data; None when
    another process has it. The system lets it go when its process ends, however it ends."""
    return hold_folder(folder, WINDOW)


def refuse_second_start(folder: DataFolder, quiet: bool, open_file: str | None = None) -> int:
    """Another process holds the folder: bring its window forward, or say what holds it."""
    words = StartupText()
    holder = FolderLock(folder.root).holder()
    if holder not in (WINDOW, ""):
        message = words.command_running(holder, folder.root)
    else:
        from desktop.views.single_instance import ask_first_to_show

        if not quiet and ask_first_to_show(folder, open_file):
            print(f"turnaround: {words.brought_forward(folder.root)}", file=sys.stderr)
            return 1
        message = words.already_open(folder.root)
    print(f"turnaround: {message}", file=sys.stderr)
    if not quiet:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, APP_NAME, message)
    return 1


def open_services(folder: DataFolder, language: Language, interactive: bool) -> Services | None:
    """The services on the folder's database, or None after telling the user why not (in a
    dialog, in their language). An empty or damaged database is offered a restore."""
    for _attempt in range(2):
        try:
            return Services.open(folder)
        except DataError as error:
            told = error.message(language)
            log.error("cannot open the database: %s", error)
            print(f"turnaround: {error}", file=sys.stderr)
            if not interactive:
                return None
            from PySide6.QtWidgets import QMessageBox

            from desktop.views.recovery_dialog import offer_recovery

            if error.code not in ("db_empty", "db_damaged"):
                QMessageBox.critical(None, APP_NAME, told)
                return None
            if not offer_recovery(folder, told, language, empty=error.code == "db_empty"):
                return None
    return None


def last_run_crashed(folder: DataFolder) -> bool:
    marker = folder.root / RUNNING
    crashed = marker.exists()
    marker.write_text("")
    return crashed


def ended_cleanly(folder: DataFolder) -> None:
    (folder.root / RUNNING).unlink(missing_ok=True)


class StartupText(QObject):
    """The words of start-up messages, in one translation context."""

    def already_open(self, folder: Path) -> str:
        return self.tr(
            "Turnaround is already open for this data folder (%1). Switch to its window."
        ).replace("%1", str(folder))

    def brought_forward(self, folder: Path) -> str:
        return self.tr(
            "Turnaround is already open for this data folder (%1); its window was brought to "
            "the front."
        ).replace("%1", str(folder))

    def command_running(self, command: str, folder: Path) -> str:
        return (
            self.tr(
                'Turnaround\'s command "%1" is working on this data folder (%2). Open the '
                "window again when it has finished."
            )
            .replace("%1", command)
            .replace("%2", str(folder))
        )


def check_now(folder: DataFolder) -> list[str]:
    return check_database(folder)


def recover_if_damaged(folder: DataFolder, language: Language, interactive: bool) -> bool:
    """After a crash: a quick check at once, and a way back when it fails. True to go on."""
    if folder.database.is_file() and folder.database.stat().st_size == 0:
        return True  # an empty file is told as such when it is opened, with its own choices
    problems = check_now(folder)
    if not problems:
        return True
    print(f"turnaround: the database is damaged: {problems[0]}", file=sys.stderr)
    if not interactive:
        return False
    told = DataError("db_damaged", path=folder.database, detail=problems[0]).message(language)
    from desktop.views.recovery_dialog import offer_recovery

    return offer_recovery(folder, told, language)


class Housekeeping(QObject):
    """After the window is up: check the database, empty the Trash of what it kept 30 days,
    and make the daily backup, off the GUI thread. A damaged database stops all writing and
    says so."""

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start)
        self.timer.start(3000)

    def start(self) -> None:
        from desktop.views.background import run_in_background

        folder = self.services.folder
        assert folder is not None
        run_in_background(lambda: check_database(folder), self._checked, parent=self)

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.services.store.damaged = True
            log.error("the database is damaged: %s", problems[:3])
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                self.window,
                "Turnaround",
                self.tr(
                    "The database is damaged (%1). Nothing more will be written to it. Restore the "
                    "latest backup from Settings › Data, then restart."
                ).replace("%1", problems[0]),
            )
            return
        self.purge_trash()
        if self.services.data.backup_is_due():
            from desktop.views.background import run_in_background

            run_in_background(
                self.services.data.backup_job(), self._backed_up, self._not_backed_up, parent=self
            )

    def purge_trash(self) -> None:
        """A few rows go at once; their folders, which may be large, off the GUI thread."""
        from desktop.views.background import run_in_background

        self.services.trash.purge()
        run_in_background(self.services.trash.sweep_job(), self._swept, parent=self)

    def _swept(self, removed: int) -> None:
        if removed:
            log.info("removed %d folders of items gone from the Trash", removed)

    def _backed_up(self, path: Path) -> None:
        log.info("daily backup %s", path)

    def _not_backed_up(self, error: Exception) -> None:
        """Said where the user looks, not only in the log: a backup that silently stops is
        found out on the day it is needed."""
        log.error("daily backup failed: %s", error)
        if isinstance(self.window, QMainWindow):
            from desktop.domain.errors import user_message

            language = getattr(self.window, "language", Language.EN)
            self.window.statusBar().showMessage(
                self.tr("The daily backup failed: %1").replace("%1", user_message(error, language))
            )

    def stop(self) -> None:
        self.timer.stop()
