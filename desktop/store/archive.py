"""One file that holds a whole data folder: the database (a consistent snapshot), the evidence
files (of the cases in the Trash too), the letterhead images and the user's templates, with a
manifest of checksums.

Backups, restore, and moving to a new laptop all use it. Reading one never trusts it: every
name is checked to stay inside the folder, sizes are bounded, checksums and the database's own
integrity are verified before anything in the data folder is touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from desktop import __version__
from desktop.domain.errors import DataError, StoreError
from desktop.paths import DB_FILE
from desktop.store.db import applied_migrations, is_disk_full, known_migrations, open_db
from desktop.store.swap import PARTIAL_PREFIX

FORMAT = "turnaround-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FOLDERS = ("attachments", "letterhead", "templates", "trash")
MAX_TOTAL = 20 * 1024**3  # 20 GB unpacked: more than any real data folder
MAX_FILES = 200_000
MAX_MANIFEST = 32 * 1024**2  # a manifest lists checksums: 200,000 of them fit in 32 MB
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ArchiveError(DataError):
    """A file that is not a usable Turnaround archive, or one that cannot be written."""


@dataclass(frozen=True)
class ArchiveInfo:
    path: Path
    created_at: datetime
    app_version: str
    size: int
    cases: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def snapshot(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the open database (the online backup API), then verified."""
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        copy.close()
    if result != "ok":
        raise ArchiveError("archive_copy_damaged", detail=result)


def partial_folder(parent: Path) -> Path:
    """A scratch folder named so that a later start can tell it was left by a dead process."""
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return Path(tempfile.mkdtemp(dir=parent, prefix=f"{PARTIAL_PREFIX}{os.getpid()}-"))


def write_archive(
    conn: sqlite3.Connection, root: Path, target: Path, created_at: datetime | None = None
) -> Path:
    """Write the archive to `target` via a temporary file, so it is whole or absent.

    A full disk is told as such (ArchiveError "disk_full"), never as damage.
    """
    scratch = partial_folder(target.parent)
    try:
        partial = _write_partial(conn, root, scratch, created_at)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        if is_disk_full(error):
            raise ArchiveError("disk_full", path=target.parent) from error
        if isinstance(error, sqlite3.Error):
            raise ArchiveError("archive_copy_damaged", detail=error) from error
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target


def _write_partial(
    conn: sqlite3.Connection, root: Path, scratch: Path, created_at: datetime | None
) -> Path:
    database = scratch / DB_FILE
    snapshot(conn, database)
    counter = sqlite3.connect(str(database))
    try:
        (cases,) = counter.execute("SELECT COUNT(*) FROM cases").fetchone()
    finally:
        counter.close()
    files = {DB_FILE: _sha256(database)}
    members: list[tuple[Path, str]] = [(database, DB_FILE)]
    for folder in FOLDERS:
        base = root / folder
        if base.is_dir():
            for path in sorted(base.rglob("*")):
                if path.is_file() and not path.name.startswith(".incoming-"):
                    name = path.relative_to(root).as_posix()
                    files[name] = _sha256(path)
                    members.append((path, name))
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": (created_at or datetime.now(UTC))
        .astimezone(UTC)
        .isoformat(timespec="seconds"),
        "cases": cases,
        "files": files,
    }
    partial = scratch / "archive.part"
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for path, name in members:
            archive.write(path, name)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    return partial


def _safe_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or ":" in name:
        raise ArchiveError("archive_outside", name=name[:80])
    if name != DB_FILE and name != MANIFEST and path.parts[0] not in FOLDERS:
        raise ArchiveError("archive_unexpected", name=name[:80])
    return name


def _regular_file(path: Path) -> os.stat_result:
    """Only a regular file is read: a device such as /dev/zero never ends."""
    try:
        status = os.stat(path)
    except OSError as error:
        raise ArchiveError(
            "archive_unreadable", path=path, detail=error.strerror or error
        ) from error
    if not stat.S_ISREG(status.st_mode):
        raise ArchiveError("archive_not_file", path=path)
    return status


def read_manifest(path: Path) -> dict:
    """The manifest, checked field by field: a file that is not exactly ours is refused."""
    _regular_file(path)
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                entry = archive.getinfo(MANIFEST)
            except KeyError:
                raise ArchiveError("archive_not_ours", path=path) from None
            if entry.file_size > MAX_MANIFEST:
                raise ArchiveError("archive_not_ours", path=path)
            with archive.open(entry) as reader:
                raw = reader.read(MAX_MANIFEST + 1)
            if len(raw) > MAX_MANIFEST:
                raise ArchiveError("archive_not_ours", path=path)
            manifest = json.loads(raw.decode("utf-8"))
    except zipfile.BadZipFile as error:
        raise ArchiveError("archive_not_zip", path=path) from error
    except RecursionError:
        raise ArchiveError("archive_not_ours", path=path) from None
    except (OSError, EOFError, UnicodeDecodeError, ValueError, zlib_error()) as error:
        raise ArchiveError("archive_unreadable", path=path, detail=error) from error
    return check_manifest(manifest, path)


def check_manifest(manifest: object, path: Path) -> dict:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError("archive_not_ours", path=path)
    version = manifest.get("version")
    if type(version) is not int or version < 1:
        raise ArchiveError("archive_not_ours", path=path)
    if version > FORMAT_VERSION:
        raise ArchiveError("archive_newer", path=path)
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(name, str) and isinstance(digest, str) and _SHA256.match(digest)
        for name, digest in files.items()
    ):
        raise ArchiveError("archive_not_ours", path=path)
    created_at = manifest.get("created_at")
    try:
        moment = datetime.fromisoformat(created_at) if isinstance(created_at, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ArchiveError("archive_not_ours", path=path)
    cases = manifest.get("cases", 0)
    if type(cases) is not int or cases < 0:
        raise ArchiveError("archive_not_ours", path=path)
    if not isinstance(manifest.get("app_version", ""), str):
        raise ArchiveError("archive_not_ours", path=path)
    return manifest


def info(path: Path) -> ArchiveInfo:
    manifest = read_manifest(path)
    return ArchiveInfo(
        path,
        datetime.fromisoformat(manifest["created_at"]),
        manifest.get("app_version", "?"),
        path.stat().st_size,
        manifest.get("cases", 0),
    )


def extract_archive(path: Path, destination: Path) -> dict:
    """Unpack and verify everything into `destination` (which must be empty), and bring its
    database up to this version there: a file that cannot become this version's data is
    refused before anything in the data folder is touched."""
    manifest = read_manifest(path)
    try:
        _unpack(path, destination, manifest["files"])
    except OSError as error:
        if is_disk_full(error):
            raise ArchiveError("disk_full", path=destination.parent) from error
        raise
    _adopt_database(path, destination / DB_FILE)
    return manifest


def _unpack(path: Path, destination: Path, files: dict[str, str]) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = [entry for entry in archive.infolist() if not entry.is_dir()]
            if len(entries) > MAX_FILES:
                raise ArchiveError("archive_too_large", path=path)
            unpacked = sum(entry.file_size for entry in entries)
            if unpacked > MAX_TOTAL:
                raise ArchiveError("archive_too_large", path=path)
            if unpacked > shutil.disk_usage(destination).free:
                raise ArchiveError("archive_no_space")
            names = [entry.filename for entry in entries if entry.filename != MANIFEST]
            if DB_FILE not in names or set(files) - set(names):
                raise ArchiveError("archive_incomplete", path=path)
            unlisted = [name for name in names if name not in files]
            if unlisted or len(set(names)) != len(names):
                raise ArchiveError("archive_damaged", path=path, detail=(unlisted or names)[0])
            for entry in entries:
                if entry.filename == MANIFEST:
                    continue
                target = destination / _safe_name(entry.filename)
                _private_folders(destination, target.parent)
                with archive.open(entry) as reader, _private_file(target) as writer:
                    shutil.copyfileobj(reader, writer, 1 << 20)
    except zipfile.BadZipFile as error:
        raise ArchiveError("archive_damaged", path=path, detail=error) from error
    except (zipfile.LargeZipFile, EOFError, NotImplementedError, zlib_error()) as error:
        raise ArchiveError("archive_damaged", path=path, detail=error) from error
    for name, digest in files.items():
        if _sha256(destination / _safe_name(name)) != digest:
            raise ArchiveError("archive_damaged", path=path, detail=name)


def _private_folders(base: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        while folder != base and base in folder.parents:
            os.chmod(folder, 0o700)
            folder = folder.parent


def _private_file(target: Path) -> BinaryIO:
    return os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")


def _adopt_database(archive: Path, database: Path) -> None:
    """The unpacked database is sound, is ours, is not from a newer version, and migrates."""
    conn = sqlite3.connect(str(database))
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        applied = applied_migrations(conn)
    except sqlite3.DatabaseError as error:
        raise ArchiveError("archive_db_damaged", path=archive, detail=error) from error
    finally:
        conn.close()
    if result != "ok":
        raise ArchiveError("archive_db_damaged", path=archive, detail=result)
    known = known_migrations()
    if not applied or applied[0] != known[0]:
        raise ArchiveError("archive_db_foreign", path=archive)
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise ArchiveError("archive_db_newer", path=archive, migration=unknown[-1])
    try:
        conn = open_db(database)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone holds everything
        finally:
            conn.close()
    except (StoreError, sqlite3.Error) as error:
        if is_disk_full(error) or is_disk_full(error.__cause__ or error):
            raise ArchiveError("disk_full", path=database.parent) from error
        raise ArchiveError("archive_db_damaged", path=archive, detail=error) from error


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error
