"""Opening the database: the one place that connects, checks, backs up and migrates."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.errors import DataError

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


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made (sqlite3 types lastrowid as optional)."""
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def connect_reader(path: Path | str) -> sqlite3.Connection:
    """A read-only connection for work off the GUI thread (WAL lets it read while we write)."""
    conn = sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None, timeout=10
    )
    conn.execute("PRAGMA query_only = ON")
    return conn


def open_db(path: Path, backups: Path | None = None) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at `path`.

    Refuses, without writing anything, a folder or device in its place, a file the user may not
    read and write, an empty file (0 bytes: something went wrong, it is not a new database),
    a file that is not an SQLite database and a database made by a newer version of the app.
    Copies the database into `backups` before migrating it. A new database is made whole
    beside its place and then renamed into it, so a zero-byte file is never ours.
    """
    if not os.path.lexists(path):
        _create(path)
    refuse_unusable_file(path)
    try:
        conn = connect(path)
        applied = applied_migrations(conn)
    except sqlite3.DatabaseError as error:
        raise _problem(error, path, "db_foreign") from error
    known = known_migrations()
    unknown = [name for name in applied if name not in known]
    if unknown:
        conn.close()
        raise DataError("db_newer", path=path, migration=unknown[-1])
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
    except (sqlite3.Error, OSError) as error:
        conn.close()
        raise _problem(error, path, "db_cannot_write") from error
    _owner_only(path)
    return conn


def _create(path: Path) -> None:
    partial = path.with_name(f".{path.name}.new")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    try:
        conn = connect(partial)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            _migrate(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, path)
    except (sqlite3.Error, OSError) as error:
        raise _problem(error, path, "db_cannot_write") from error
    finally:
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)


def refuse_unusable_file(path: Path) -> None:
    try:
        status = os.stat(path)
    except OSError as error:
        raise DataError("db_no_access", path=path, detail=error.strerror or error) from error
    if stat.S_ISDIR(status.st_mode):
        raise DataError("db_is_folder", path=path)
    if not stat.S_ISREG(status.st_mode):
        raise DataError("db_not_file", path=path)
    if not os.access(path, os.R_OK):
        raise DataError("db_no_access", path=path, detail=_owner_and_mode(status))
    if status.st_size == 0:
        raise DataError("db_empty", path=path)
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DataError("db_foreign", path=path)
    if not os.access(path, os.W_OK):
        raise DataError("db_read_only", path=path, detail=_owner_and_mode(status))


def _owner_and_mode(status: os.stat_result) -> str:
    owner = str(status.st_uid)
    if os.name == "posix":
        import pwd

        with contextlib.suppress(KeyError):
            owner = pwd.getpwuid(status.st_uid).pw_name
    return f"{owner}, {stat.filemode(status.st_mode)}"


def _owner_only(path: Path) -> None:
    """Nobody but the owner reads the data; the owner's own bits are left as they are."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(os.stat(candidate).st_mode)
            if mode & 0o077:
                os.chmod(candidate, mode & 0o700)


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or (
            "disk is full" in str(error)
        )
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


def _problem(error: BaseException, path: Path, code: str) -> DataError:
    """What went wrong, named truly: a full disk is not a damaged file."""
    if is_disk_full(error):
        return DataError("disk_full", path=path.parent)
    sqlite_code = getattr(error, "sqlite_errorcode", None)
    if sqlite_code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return DataError("db_read_only", path=path, detail=error)
    if sqlite_code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DataError("db_damaged", path=path, detail=error)
    return DataError(code, path=path, detail=error)


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
