"""Keeping the data safe: backups and their retention, restore, moving to a new laptop
(export/import of everything), and checking the database."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.errors import StoreError
from desktop.paths import DB_FILE, DataFolder
from desktop.services.clock import Clock
from desktop.store.archive import FOLDERS, ArchiveInfo, extract_archive, info, write_archive
from desktop.store.integrity import check_file
from desktop.store.store import Store

log = logging.getLogger(__name__)
SUFFIX = ".turnaround"
KEEP_KEY = "backups.keep"
DEFAULT_KEEP = 14


class DataService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    @property
    def folder(self) -> DataFolder:
        assert self.store.folder is not None
        return self.store.folder

    # --- backups -------------------------------------------------------------------------------
    def keep(self) -> int:
        return int(self.store.settings.get(KEEP_KEY, DEFAULT_KEEP))

    def set_keep(self, count: int) -> None:
        from desktop.domain.validation import clean_int

        count = clean_int("backups_keep", count, 1, 365, required=True)
        with self.store.transaction():
            self.store.settings.set(KEEP_KEY, count)

    def backup_now(self) -> Path:
        """A verified backup in the backups folder; the oldest beyond the limit are removed."""
        return self.backup_job()()

    def backup_job(self) -> Callable[[], Path]:
        """The backup as work for another thread: it reads the settings now, and then uses
        only a connection of its own."""
        now = self.clock()
        stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H%M%SZ")
        target = self.folder.backups / f"turnaround-{stamp}{SUFFIX}"
        keep, store, root = self.keep(), self.store, self.folder.root

        def job() -> Path:
            with store.reader() as reader:
                write_archive(reader.conn, root, target, now)
            prune(self.folder.backups, keep)
            log.info("backed up to %s", target)
            return target

        return job

    def backups(self) -> list[ArchiveInfo]:
        """The backups there are, newest first (unreadable files are left out)."""
        return backups_in(self.folder.backups)

    def prune(self) -> None:
        prune(self.folder.backups, self.keep())

    def backup_is_due(self) -> bool:
        """No backup yet, or the newest is more than a day old."""
        newest = self.backups()[:1]
        return not newest or self.clock() - newest[0].created_at > timedelta(days=1)

    # --- export, import, restore ---------------------------------------------------------------
    def export_all(self, target: Path) -> Path:
        """Everything in one file, to carry to a new laptop."""
        with self.store.reader() as reader:
            return write_archive(reader.conn, self.folder.root, target, self.clock())

    def restore(self, archive: Path) -> Path:
        """Replace the data with the archive's; the current data is kept aside first.

        Returns the folder where the previous data now is. The archive is verified completely
        before anything changes; the store is reopened on the restored database.
        """
        with tempfile.TemporaryDirectory(dir=self.folder.root, prefix=".restoring-") as scratch:
            extract_archive(archive, Path(scratch))
            self.store.close()
            try:
                aside = replace_data(self.folder, Path(scratch), self.clock(), "before-restore")
            finally:
                self.store.reconnect()
        return aside

    import_all = restore  # moving to a new laptop is restoring the old laptop's export

    # --- checks --------------------------------------------------------------------------------
    def check(self, thorough: bool = True) -> list[str]:
        return check_file(self.folder.database, thorough)


def backups_in(folder: Path) -> list[ArchiveInfo]:
    """The readable backups in a folder, newest first."""
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            found.append(info(path))
        except StoreError:
            continue
    return sorted(found, key=lambda item: item.created_at, reverse=True)


def prune(folder: Path, keep: int) -> None:
    for old in backups_in(folder)[keep:]:
        old.path.unlink(missing_ok=True)


def replace_data(folder: DataFolder, unpacked: Path, now: datetime, reason: str) -> Path:
    """Move the current database and files into a dated folder, and the unpacked ones in."""
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    aside = folder.root / f"{reason}-{stamp}"
    aside.mkdir(mode=0o700)
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{folder.database}{suffix}")
        if current.exists():
            os.replace(current, aside / current.name)
    for name in FOLDERS:
        if (folder.root / name).exists():
            os.replace(folder.root / name, aside / name)
    os.replace(unpacked / DB_FILE, folder.database)
    for name in FOLDERS:
        if (unpacked / name).exists():
            os.replace(unpacked / name, folder.root / name)
    folder.attachments.mkdir(exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder.database, 0o600)
    return aside


def restore_folder(folder: DataFolder, archive: Path, now: datetime, reason: str) -> Path:
    """Restore without an open store (the database could not be opened or is damaged)."""
    with tempfile.TemporaryDirectory(dir=folder.root, prefix=".restoring-") as scratch:
        extract_archive(archive, Path(scratch))
        return replace_data(folder, Path(scratch), now, reason)


def latest_good_backup(folder: DataFolder) -> Path | None:
    found = backups_in(folder.backups)
    return found[0].path if found else None
