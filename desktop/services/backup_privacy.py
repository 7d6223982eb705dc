"""Backups made before the journal got its passphrase (or a new or stronger one) still hold the
journal as it was then: in clear, or sealed with the earlier key. This re-encrypts them with the
new key, or removes them.

Re-encrypting a backup unpacks it (verified), seals its journal with the new key as the data
folder's is sealed, writes it again in its place with its own date, and checks the written file
before it replaces the old one: a backup is whole and readable at every moment, old or new.
Copies of the database taken before an upgrade (backups/before-migration-*.db) hold the journal
too; they are for going back to the earlier version, cannot be re-encrypted for it, and are
removed with either choice.

Only `backups_in`, `extract_archive` and `write_archive` are used of the backup code.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import StoreError
from desktop.domain.trash import JOURNAL_KINDS
from desktop.paths import DB_FILE
from desktop.services.data import backups_in
from desktop.services.journal import VAULT_KEY
from desktop.store.archive import extract_archive, write_archive
from desktop.store.db import PRE_MIGRATION_PREFIX, open_db, transaction
from desktop.store.journal import ALL_SEALED, JournalStore
from desktop.store.settings import SettingsStore
from desktop.store.store import Store
from desktop.store.trash import TrashStore
from desktop.store.vault import KeyChange, VaultError, VaultParameters

__all__ = ["Backup", "BackupPrivacyResult", "BackupPrivacyService", "KeyChange"]
log = logging.getLogger(__name__)
SCRATCH_PREFIX = ".reencrypting-"
Progress = Callable[[int, int], None]  # (done, total), called from the worker thread


@dataclass(frozen=True)
class Backup:
    path: Path
    created_at: datetime | None  # None: a copy taken before an upgrade


@dataclass
class BackupPrivacyResult:
    reencrypted: int = 0
    removed: int = 0
    left: list[Path] = field(default_factory=list)  # another passphrase, or unreadable


class BackupPrivacyService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def folder(self) -> Path:
        assert self.store.folder is not None
        return self.store.folder.backups

    def outdated(self) -> list[Backup]:
        """Every backup there is now, and the copies taken before an upgrade; call it right
        after the passphrase changed: each of them holds the journal as it was before."""
        archives = [Backup(found.path, found.created_at) for found in backups_in(self.folder)]
        copies = sorted(self.folder.glob(f"{PRE_MIGRATION_PREFIX}*.db"))
        return archives + [Backup(path, None) for path in copies]

    def reencrypt_job(
        self, change: KeyChange, backups: list[Backup], progress: Progress | None = None
    ) -> Callable[[], BackupPrivacyResult]:
        """The work, for another thread: each backup re-encrypted with the key after `change`
        (the copies before an upgrade removed). Uses no connection of the app's."""
        folder = self.folder

        def job() -> BackupPrivacyResult:
            _clear_scratch(folder)
            result = BackupPrivacyResult()
            for done, backup in enumerate(backups, start=1):
                if backup.created_at is None:
                    result.removed += _remove(backup.path)
                elif _reencrypt(backup, change, folder):
                    result.reencrypted += 1
                else:
                    result.left.append(backup.path)
                if progress is not None:
                    progress(done, len(backups))
            return result

        return job

    def remove_job(
        self, backups: list[Backup], progress: Progress | None = None
    ) -> Callable[[], BackupPrivacyResult]:
        folder = self.folder

        def job() -> BackupPrivacyResult:
            _clear_scratch(folder)
            result = BackupPrivacyResult()
            for done, backup in enumerate(backups, start=1):
                result.removed += _remove(backup.path)
                if progress is not None:
                    progress(done, len(backups))
            return result

        return job


def _remove(path: Path) -> int:
    try:
        path.unlink()
    except FileNotFoundError:
        return 0  # gone already (the retention of automatic backups)
    return 1


def _clear_scratch(folder: Path) -> None:
    """What an interrupted run left: unpacked backups, their journal possibly in clear."""
    for stale in folder.glob(f"{SCRATCH_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)


def _reencrypt(backup: Backup, change: KeyChange, folder: Path) -> bool:
    """True when the backup now holds its journal sealed with the new key (it may have been
    made so); False when it was left as it was."""
    with tempfile.TemporaryDirectory(dir=folder, prefix=SCRATCH_PREFIX) as scratch:
        unpacked = Path(scratch) / "unpacked"
        unpacked.mkdir()
        try:
            extract_archive(backup.path, unpacked)
            conn = open_db(unpacked / DB_FILE)  # an older backup gets today's schema
        except (StoreError, OSError) as error:
            log.warning("cannot re-encrypt %s: %s", backup.path, error)
            return False
        try:
            if not _seal(conn, change):
                return False
            written = write_archive(conn, unpacked, Path(scratch) / "archive", backup.created_at)
        finally:
            conn.close()
        try:
            _verify(written, Path(scratch) / "check", change)
        except StoreError as error:
            log.error(
                "the re-encrypted %s failed its check, kept as it was: %s", backup.path, error
            )
            return False
        if not backup.path.exists():
            return False  # removed meanwhile (retention): do not bring it back
        os.replace(written, backup.path)
    log.info("re-encrypted the journal in %s", backup.path)
    return True


def _seal(conn: sqlite3.Connection, change: KeyChange) -> bool:
    """Seal the unpacked backup's journal with the new key; False when no key of the change
    can read it."""
    settings, journal = SettingsStore(conn), JournalStore(conn)
    stored = settings.get(VAULT_KEY)
    parameters = VaultParameters.from_json(stored) if stored else None
    opener = change.opener_for(parameters)
    if opener is None:
        return False
    try:
        with transaction(conn):
            journal.rewrite_all(opener, change.after.cipher.encrypt, True)
            settings.set(VAULT_KEY, change.after.parameters.to_json())
    except VaultError as error:
        log.warning("the journal in a backup cannot be read: %s", error)
        return False
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")  # no page of the journal as it was stays in the file
    return True


def _verify(archive: Path, scratch: Path, change: KeyChange) -> None:
    """Read the written backup back: whole (checksums, integrity), the journal sealed wholly
    with the new key and readable with it. Raises StoreError otherwise."""
    scratch.mkdir()
    extract_archive(archive, scratch)
    conn = sqlite3.connect(scratch / DB_FILE)
    try:
        stored = SettingsStore(conn).get(VAULT_KEY)
        unsealed = sum(
            conn.execute(
                f"SELECT COUNT(*) FROM {table} WHERE encrypted != ?", (ALL_SEALED,)
            ).fetchone()[0]
            for table in ("journal_entries", "thought_records", "self_reviews")
        )
        clear = conn.execute("SELECT COUNT(*) FROM journal_emotions").fetchone()[0]
        clear += sum(not sealed for _, _, sealed in TrashStore(conn).payloads(JOURNAL_KINDS))
        if stored != change.after.parameters.to_json() or unsealed or clear:
            raise StoreError(f"the re-encrypted backup {archive.name} is not sealed wholly")
        journal = JournalStore(conn)
        journal.open = change.after.cipher.decrypt
        journal.entries(), journal.records(), journal.reviews()
    except VaultError as error:
        raise StoreError(f"the re-encrypted backup cannot be read: {error}") from error
    finally:
        conn.close()
