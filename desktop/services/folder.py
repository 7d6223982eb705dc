"""Holding the data folder: one window per folder, and no import, restore or demo beside it.

Whoever holds the folder first finishes a restore that a killed process left half done and
removes the scratch copies killed processes left behind.
"""

from __future__ import annotations

import logging

from desktop.domain.errors import DataError
from desktop.folder_lock import WINDOW, FolderLock
from desktop.paths import DataFolder
from desktop.store.swap import finish_interrupted_swap, interrupted, remove_leftovers

log = logging.getLogger(__name__)


class FolderBusyError(DataError):
    """Another process holds the data folder."""

    def __init__(self, doing: str, holder: str, path: object) -> None:
        # the window: say to close it first; another command: say which one is running
        if holder in (WINDOW, ""):
            super().__init__(f"busy_{doing}", path=path)
        else:
            super().__init__("busy_command", command=holder, path=path)
        self.holder = holder


def hold_folder(folder: DataFolder, holder: str) -> FolderLock | None:
    """The folder's lock, or None when another process holds it. Tidies up once held."""
    lock = FolderLock(folder.root)
    if not lock.acquire(holder):
        return None
    tidy(folder)
    return lock


def hold_folder_or_refuse(folder: DataFolder, doing: str) -> FolderLock:
    lock = FolderLock(folder.root)
    if not lock.acquire(doing):
        raise FolderBusyError(doing, lock.holder(), folder.root)
    tidy(folder)
    return lock


def tidy_when_free(folder: DataFolder) -> None:
    """For commands that work beside the window: finish an interrupted restore if nobody
    holds the folder (if somebody does, they have finished it)."""
    if not interrupted(folder.root):
        return
    lock = hold_folder(folder, "tidy")
    if lock is not None:
        lock.release()


def tidy(folder: DataFolder) -> None:
    aside = finish_interrupted_swap(folder.root)
    if aside is not None:
        log.warning("an interrupted restore was finished; the earlier data is in %s", aside)
    remove_leftovers(folder.root)


def check_database(folder: DataFolder, thorough: bool = False) -> list[str]:
    """What is wrong with the folder's database file (empty: nothing), without opening the
    store: at start-up after a crash, and in the background once the window is up."""
    from desktop.store.integrity import check_file

    return check_file(folder.database, thorough)
