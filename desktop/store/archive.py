"""One file that holds a whole data folder: the database (a consistent snapshot), the evidence
files, the letterhead images and the user's templates, with a manifest of checksums.

Backups, restore, and moving to a new laptop all use it. Reading one never trusts it: every
name is checked to stay inside the folder, sizes are bounded, checksums and the database's own
integrity are verified before anything in the data folder is touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from desktop import __version__
from desktop.domain.catalog import text
from desktop.domain.enums import Language
from desktop.domain.errors import StoreError
from desktop.paths import DB_FILE

FORMAT = "turnaround-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FOLDERS = ("attachments", "letterhead", "templates")
MAX_TOTAL = 20 * 1024**3  # 20 GB unpacked: more than any real data folder
MAX_FILES = 200_000


class ArchiveError(StoreError):
    """A file that is not a usable Turnaround archive; `code` names the catalog message."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message(Language.EN))

    def message(self, lang: Language) -> str:
        return text(f"error.{self.code}", lang, **self.params)


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


def write_archive(
    conn: sqlite3.Connection, root: Path, target: Path, created_at: datetime | None = None
) -> Path:
    """Write the archive to `target` via a temporary file, so it is whole or absent."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        database = Path(scratch) / DB_FILE
        snapshot(conn, database)
        (cases,) = sqlite3.connect(str(database)).execute("SELECT COUNT(*) FROM cases").fetchone()
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
        partial = Path(scratch) / "archive.part"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for path, name in members:
                archive.write(path, name)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target


def _safe_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or ":" in name:
        raise ArchiveError("archive_outside", name=name[:80])
    if name != DB_FILE and name != MANIFEST and path.parts[0] not in FOLDERS:
        raise ArchiveError("archive_unexpected", name=name[:80])
    return name


def read_manifest(path: Path) -> dict:
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            except KeyError:
                raise ArchiveError("archive_not_ours", path=path) from None
    except zipfile.BadZipFile as error:
        raise ArchiveError("archive_not_zip", path=path) from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArchiveError("archive_unreadable", path=path, detail=error) from error
    if manifest.get("format") != FORMAT:
        raise ArchiveError("archive_not_ours", path=path)
    if int(manifest.get("version", 0)) > FORMAT_VERSION:
        raise ArchiveError("archive_newer", path=path)
    return manifest


def info(path: Path) -> ArchiveInfo:
    manifest = read_manifest(path)
    return ArchiveInfo(
        path,
        datetime.fromisoformat(manifest["created_at"]),
        manifest.get("app_version", "?"),
        path.stat().st_size,
        int(manifest.get("cases", 0)),
    )


def extract_archive(path: Path, destination: Path) -> dict:
    """Unpack and verify everything into `destination` (which must be empty)."""
    manifest = read_manifest(path)
    files: dict[str, str] = manifest.get("files", {})
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_FILES:
                raise ArchiveError("archive_too_large", path=path)
            if sum(entry.file_size for entry in entries) > MAX_TOTAL:
                raise ArchiveError("archive_too_large", path=path)
            free = shutil.disk_usage(destination).free
            if sum(entry.file_size for entry in entries) > free:
                raise ArchiveError("archive_no_space")
            names = {entry.filename for entry in entries if not entry.is_dir()}
            if DB_FILE not in names or set(files) - names:
                raise ArchiveError("archive_incomplete", path=path)
            for entry in entries:
                if entry.is_dir() or entry.filename == MANIFEST:
                    continue
                name = _safe_name(entry.filename)
                target = destination / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(entry) as reader, open(target, "wb") as writer:
                    shutil.copyfileobj(reader, writer, 1 << 20)
    except zipfile.BadZipFile as error:
        raise ArchiveError("archive_damaged", path=path, detail=error) from error
    except (zipfile.LargeZipFile, EOFError, zlib_error()) as error:
        raise ArchiveError("archive_damaged", path=path, detail=error) from error
    for name, digest in files.items():
        if _sha256(destination / _safe_name(name)) != digest:
            raise ArchiveError("archive_damaged", path=path, detail=name)
    conn = sqlite3.connect(str(destination / DB_FILE))
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise ArchiveError("archive_db_damaged", path=path, detail=error) from error
    finally:
        conn.close()
    if result != "ok":
        raise ArchiveError("archive_db_damaged", path=path, detail=result)
    return manifest


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error
