"""Keeping the data safe: backups and their thinning, restore, moving to a new laptop
(export/import of everything), and checking the database."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.errors import StoreError, ValidationError
from desktop.domain.retention import RetentionPolicy, to_keep
from desktop.paths import DataFolder
from desktop.services.clock import Clock
from desktop.store.archive import ArchiveInfo, extract_archive, info, write_archive
from desktop.store.integrity import check_file
from desktop.store.store import Store
from desktop.store.swap import incoming_folder, swap_in

log = logging.getLogger(__name__)
SUFFIX = ".turnaround"
RETENTION_KEYS = {name: f"backups.{name}" for name in RetentionPolicy.LIMITS}


class DataService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    @property
    def folder(self) -> DataFolder:
        assert self.store.folder is not None
        return self.store.folder

    # --- backups -------------------------------------------------------------------------------
    def retention(self) -> RetentionPolicy:
        defaults = RetentionPolicy()
        values = {}
        for name, key in RETENTION_KEYS.items():
            try:
                values[name] = int(self.store.settings.get(key, getattr(defaults, name)))
            except (TypeError, ValueError):
                values[name] = getattr(defaults, name)
        try:
            return RetentionPolicy(**values)
        except ValidationError:
            return defaults

    def set_retention(self, policy: RetentionPolicy) -> None:
        with self.store.transaction():
            for name, key in RETENTION_KEYS.items():
                self.store.settings.set(key, getattr(policy, name))

    def backup_now(self) -> Path:
        """A verified backup in the backups folder; older ones are thinned."""
        return self.backup_job()()

    def backup_job(self) -> Callable[[], Path]:
        """The backup as work for another thread: it reads the settings now, and then uses
        only a connection of its own."""
        now = self.clock()
        policy, store, root, backups = (
            self.retention(),
            self.store,
            self.folder.root,
            self.folder.backups,
        )

        def job() -> Path:
            target = free_backup_name(backups, now)
            with store.reader() as reader:
                write_archive(reader.conn, root, target, now)
            thin(backups, now, policy)
            log.info("backed up to %s", target)
            return target

        return job

    def backups(self) -> list[ArchiveInfo]:
        """The backups there are, newest first (unreadable files are left out)."""
        return backups_in(self.folder.backups)

    def thin(self) -> list[Path]:
        return thin(self.folder.backups, self.clock(), self.retention())

    def backup_is_due(self) -> bool:
        """No backup yet, or the newest is more than a day old."""
        newest = self.backups()[:1]
        return not newest or self.clock() - newest[0].created_at > timedelta(days=1)

    # --- export, import, restore ---------------------------------------------------------------
    def export_all(self, target: Path) -> Path:
        """Everything in one file, to carry to a new laptop."""
        with self.store.reader() as reader:
            return write_archive(reader.conn, self.folder.root, target, self.clock())

    def prepare_restore(self, archive: Path) -> Path:
        """Unpack, verify and migrate the archive beside the data (slow: may run off the GUI
        thread); nothing of the current data is touched. Returns what `swap_in` takes."""
        return prepare_incoming(self.folder, archive)

    def swap_in(self, incoming: Path, reason: str = "before-restore") -> Path:
        """Replace the data with a prepared archive; returns the folder where the previous
        data now is. The store is reopened on the restored database."""
        self.store.close()
        try:
            aside = swap_in(
                self.folder.root, incoming, aside_folder(self.folder, self.clock(), reason)
            )
        finally:
            self.store.reconnect()
        return aside

    def restore(self, archive: Path) -> Path:
        """Replace the data with the archive's; the current data is kept aside first.
        The archive is verified completely before anything changes."""
        return self.swap_in(self.prepare_restore(archive))

    import_all = restore  # moving to a new laptop is restoring the old laptop's export

    # --- checks --------------------------------------------------------------------------------
    def check(self, thorough: bool = True) -> list[str]:
        return check_file(self.folder.database, thorough)


def backups_in(folder: Path) -> list[ArchiveInfo]:
    """The readable backups in a folder, newest first: a file that is not one is skipped,
    whatever is wrong with it."""
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            found.append(info(path))
        except (StoreError, OSError) as error:
            log.warning("not a usable backup, skipped: %s (%s)", path.name, error)
    return sorted(found, key=lambda item: item.created_at, reverse=True)


def free_backup_name(folder: Path, now: datetime) -> Path:
    """A name no backup has yet: two backups in the same second both stay."""
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    candidate, number = folder / f"turnaround-{stamp}{SUFFIX}", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"turnaround-{stamp}-{number}{SUFFIX}"
    return candidate


def thin(folder: Path, now: datetime, policy: RetentionPolicy) -> list[Path]:
    """Remove the backups the policy does not keep; returns what was removed."""
    found = backups_in(folder)
    keep = to_keep([backup.created_at for backup in found], now, policy)
    removed = [backup.path for index, backup in enumerate(found) if index not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def aside_folder(folder: DataFolder, now: datetime, reason: str) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    candidate, number = folder.root / f"{reason}-{stamp}", 1
    while candidate.exists():
        number += 1
        candidate = folder.root / f"{reason}-{stamp}-{number}"
    return candidate


def prepare_incoming(folder: DataFolder, archive: Path) -> Path:
    incoming = incoming_folder(folder.root)
    try:
        extract_archive(archive, incoming)
    except BaseException:
        shutil.rmtree(incoming, ignore_errors=True)
        raise
    return incoming


def restore_folder(folder: DataFolder, archive: Path, now: datetime, reason: str) -> Path:
    """Restore without an open store (the database could not be opened or is damaged).
    The caller holds the folder's lock."""
    incoming = prepare_incoming(folder, archive)
    return swap_in(folder.root, incoming, aside_folder(folder, now, reason))


def latest_good_backup(folder: DataFolder) -> Path | None:
    found = backups_in(folder.backups)
    return found[0].path if found else None
