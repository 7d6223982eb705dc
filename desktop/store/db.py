"""Opening the database: the one place that connects, checks, backs up and migrates."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.errors import StoreError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATION_SET = "turnaround"  # also in migrations.py, which is imported only when needed
PRE_MIGRATION_PREFIX = "before-migration-"  # copies of the database taken before migrating


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are opened explicitly by `transaction()`."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def connect_reader(path: Path | str) -> sqlite3.Connection:
    """A read-only connection for work off the GUI thread (WAL lets it read while we write)."""
    conn = sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None, timeout=10
    )
    conn.execute("PRAGMA query_only = ON")
    return conn


def open_db(path: Path, backups: Path | None = None) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at `path`.

    Refuses, without writing anything, a file that is not an SQLite database and a database made
    by a newer version of the app. Copies the database into `backups` before migrating it.
    """
    _refuse_foreign_file(path)
    try:
        conn = connect(path)
        applied = applied_migrations(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a Turnaround database ({error})") from error
    known = known_migrations()
    unknown = [name for name in applied if name not in known]
    if unknown:
        conn.close()
        raise StoreError(
            f"{path} was written by a newer version of Turnaround (it has {unknown[-1]}); "
            "please update the app. The file was left untouched."
        )
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a saved edit must survive a power cut, not only a killed process.
        conn.execute("PRAGMA synchronous = FULL")
        # deleted and overwritten text is zeroed, so a journal's plain text does not linger
        # in free pages once it has been encrypted
        conn.execute("PRAGMA secure_delete = ON")
        if len(applied) < len(known):
            if applied and backups is not None:
                _copy_before_migrating(conn, backups)
            _migrate(conn)
    except sqlite3.OperationalError as error:
        conn.close()
        raise StoreError(f"cannot write {path}: {error}") from error
    if os.name == "posix":
        for suffix in ("", "-wal", "-shm"):
            candidate = Path(f"{path}{suffix}")
            if candidate.exists():
                os.chmod(candidate, 0o600)
    return conn


def _refuse_foreign_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not an SQLite database; it was left untouched")


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    )
    return [name for (name,) in rows]


def known_migrations() -> list[str]:
    """Names of the migrations this version knows, read without importing sqlite-utils."""
    from desktop.store import schema_names

    return schema_names.NAMES


def _migrate(conn: sqlite3.Connection, stop_before: str | None = None) -> None:
    from sqlite_utils import Database

    from desktop.store.migrations import migrations

    log.info("migrating the database")
    migrations.apply(Database(conn), stop_before=stop_before)


def _copy_before_migrating(conn: sqlite3.Connection, backups: Path) -> None:
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{PRE_MIGRATION_PREFIX}{stamp}.db"
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy)
    finally:
        copy.close()
    log.info("copied the database to %s before migrating", target)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction; nested calls join the outer one."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
