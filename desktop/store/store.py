"""The store: one connection and the repositories over it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

from desktop.domain.errors import DataError
from desktop.paths import DataFolder
from desktop.store.cases import CaseStore
from desktop.store.db import connect_reader, is_disk_full, open_db, transaction
from desktop.store.settings import SettingsStore
from desktop.store.swap import interrupted

if TYPE_CHECKING:
    from desktop.store.checklists import ChecklistStore
    from desktop.store.corrections import CorrectionStore
    from desktop.store.customers import CustomerStore
    from desktop.store.goals import GoalStore
    from desktop.store.journal import JournalStore
    from desktop.store.library import LibraryStore
    from desktop.store.precedents import PrecedentStore
    from desktop.store.trash import TrashStore

# made on first use (their modules cost start-up time), made again on a new connection
_LAZY_REPOSITORIES = (
    "library",
    "precedents",
    "checklists",
    "journal",
    "goals",
    "corrections",
    "customers",
    "trash",
)


class Store:
    def __init__(self, conn: sqlite3.Connection, folder: DataFolder | None = None) -> None:
        self.folder = folder
        self._bind(conn)
        self.damaged = False  # set when a check finds the file damaged: nothing is written then

    @classmethod
    def open(cls, folder: DataFolder) -> Store:
        """Open the folder's database. A restore that a killed process left half done must be
        finished first, by whoever holds the folder (see desktop.services.folder)."""
        folder.ensure()
        if interrupted(folder.root):
            raise DataError("swap_in_progress", path=folder.root)
        return cls(open_db(folder.database, folder.backups), folder)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; the search text of changed cases is rebuilt inside it."""
        if self.damaged:
            raise DataError("db_damaged_stopped")
        try:
            with transaction(self.conn):
                yield
                self.cases.flush_search()
        except sqlite3.OperationalError as error:
            # a full disk, a read-only file, a lock held too long: nothing was written
            self.cases.forget_changes()
            if is_disk_full(error):
                raise DataError("disk_full", path=self.conn_path()) from error
            raise DataError("db_write_failed", detail=error) from error
        except BaseException:
            self.cases.forget_changes()
            raise

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only store on its own connection, for slow reads off the GUI thread."""
        assert self.folder is not None
        conn = connect_reader(self.folder.database)
        try:
            yield Store(conn, self.folder)
        finally:
            conn.close()

    def reconnect(self) -> None:
        """Open the database again (after a restore replaced the file)."""
        assert self.folder is not None
        self._bind(open_db(self.folder.database, self.folder.backups))

    def _bind(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.cases = CaseStore(conn)
        self.settings = SettingsStore(conn)
        for name in _LAZY_REPOSITORIES:
            self.__dict__.pop(name, None)

    @cached_property
    def customers(self) -> CustomerStore:
        from desktop.store.customers import CustomerStore

        return CustomerStore(self.conn)

    @cached_property
    def library(self) -> LibraryStore:
        from desktop.store.library import LibraryStore

        return LibraryStore(self.conn)

    @cached_property
    def precedents(self) -> PrecedentStore:
        from desktop.store.precedents import PrecedentStore

        return PrecedentStore(self.conn)

    @cached_property
    def checklists(self) -> ChecklistStore:
        from desktop.store.checklists import ChecklistStore

        return ChecklistStore(self.conn)

    @cached_property
    def journal(self) -> JournalStore:
        from desktop.store.journal import JournalStore

        return JournalStore(self.conn)

    @cached_property
    def goals(self) -> GoalStore:
        from desktop.store.goals import GoalStore

        return GoalStore(self.conn)

    @cached_property
    def corrections(self) -> CorrectionStore:
        from desktop.store.corrections import CorrectionStore

        return CorrectionStore(self.conn)

    @cached_property
    def trash(self) -> TrashStore:
        from desktop.store.trash import TrashStore

        return TrashStore(self.conn)

    def conn_path(self) -> str:
        return str(self.folder.root) if self.folder else ""

    def checkpoint(self) -> None:
        """Copy the WAL into the database file and empty it (nothing stale stays in it)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.conn.close()
