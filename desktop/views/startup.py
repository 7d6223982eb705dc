"""What happens around the window's start and end: one instance per data folder, a check of the
database (at once after a crash, in the background otherwise), the daily backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.paths import DataFolder
from desktop.services import Services
from desktop.services.clock import system_clock
from desktop.services.data import latest_good_backup, restore_folder
from desktop.store.integrity import check_file
from desktop.views.background import run_in_background

log = logging.getLogger(__name__)
RUNNING = ".running"  # present while the app runs: found at start, the last run did not end well


def lock_data_folder(folder: DataFolder) -> QLockFile | None:
    """The lock that keeps a second window off the same data; None when another one has it.

    A lock left by a crashed run names a process that no longer exists and is taken over.
    """
    lock = QLockFile(str(folder.root / ".lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    if lock.tryLock(200):
        return lock
    if lock.removeStaleLockFile() and lock.tryLock(200):
        return lock
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

    def damaged_no_backup(self, problem: str, database: Path) -> str:
        return (
            self.tr(
                "The database is damaged (%1) and there is no backup to restore. Nothing "
                "has been changed; the file is %2."
            )
            .replace("%1", problem)
            .replace("%2", str(database))
        )

    def damaged_offer(self, problem: str, backup: str) -> str:
        return (
            self.tr(
                "The database is damaged (%1).\n\nRestore the latest good backup, %2? "
                "The damaged file is kept aside, with the date in its folder's name."
            )
            .replace("%1", problem)
            .replace("%2", backup)
        )


def offer_restore(parent: QWidget | None, folder: DataFolder, problem: str) -> bool:
    """The database is damaged: offer the latest good backup. True when it was restored."""
    words = StartupText()
    backup = latest_good_backup(folder)
    if backup is None:
        QMessageBox.critical(
            parent, "Turnaround", words.damaged_no_backup(problem, folder.database)
        )
        return False
    answer = QMessageBox.warning(
        parent,
        "Turnaround",
        words.damaged_offer(problem, backup.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore_folder(folder, backup, system_clock(), "damaged")
    return True


def check_now(folder: DataFolder) -> list[str]:
    return check_file(folder.database, thorough=False)


class Housekeeping(QObject):
    """After the window is up: check the database and make the daily backup, off the GUI
    thread. A damaged database stops all writing and says so."""

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start)
        self.timer.start(3000)

    def start(self) -> None:
        folder = self.services.folder
        assert folder is not None
        run_in_background(lambda: check_file(folder.database), self._checked, parent=self)

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.services.store.damaged = True
            log.error("the database is damaged: %s", problems[:3])
            QMessageBox.critical(
                self.window,
                "Turnaround",
                self.tr(
                    "The database is damaged (%1). Nothing more will be written to it. Restore the "
                    "latest backup from Settings › Data, then restart."
                ).replace("%1", problems[0]),
            )
            return
        if self.services.data.backup_is_due():
            run_in_background(
                self.services.data.backup_job(),
                self._backed_up,
                lambda error: log.error("daily backup failed: %s", error),
                parent=self,
            )

    def _backed_up(self, path: Path) -> None:
        log.info("daily backup %s", path)

    def stop(self) -> None:
        self.timer.stop()
