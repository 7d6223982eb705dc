"""Reading and writing the lessons file (a zip: manifest.json and lessons.json).

Nothing in a colleague's file is trusted: its size is bounded before it is opened, only the two
expected names are read (any path that could escape a folder is refused), the unpacked size is
bounded while reading, and lessons.json must match the checksum in the manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
import zlib
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from desktop import __version__
from desktop.domain.errors import ValidationError
from desktop.domain.share import FORMAT, FORMAT_VERSION, check_manifest
from desktop.safe_write import write_atomically

MANIFEST = "manifest.json"
LESSONS = "lessons.json"
MAX_FILE_MB = 64
MAX_FILE = MAX_FILE_MB * 1024**2
MAX_UNPACKED = 256 * 1024**2
_ZIP_MAGIC = b"PK\x03\x04"


def write_share(target: Path, lessons: list[dict[str, Any]], author: str, now: datetime) -> Path:
    """Write the file whole or not at all."""
    body = json.dumps(lessons, ensure_ascii=False, indent=1).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": now.isoformat(timespec="seconds"),
        "author": author,
        "lessons": len(lessons),
        "files": {LESSONS: hashlib.sha256(body).hexdigest()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr(LESSONS, body)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, buffer.getvalue())
    return target


def _refuse(code: str, **params: object) -> ValidationError:
    return ValidationError("file", code, **params)


def _check_names(archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        name = info.filename
        path = PurePosixPath(name.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts or ":" in name:
            raise _refuse("share_unsafe_path", name=name[:80])
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_UNPACKED:
        raise _refuse("share_too_large", size=total // 1024**2, limit=MAX_UNPACKED // 1024**2)


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        with archive.open(name) as member:
            data = member.read(MAX_UNPACKED + 1)
    except KeyError:
        raise _refuse("share_not_lessons") from None
    if len(data) > MAX_UNPACKED:  # the header understated the size: a zip bomb
        raise _refuse("share_too_large", size=len(data) // 1024**2, limit=MAX_UNPACKED // 1024**2)
    return data


def read_share(path: Path) -> tuple[dict[str, Any], Any]:
    """The manifest and the parsed lessons.json, or ValidationError saying what is wrong."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # /dev/zero never ends: only files are read
            raise _refuse("share_not_lessons")
        size = status.st_size
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError as error:
        raise _refuse("share_damaged", detail=error.strerror or str(error)) from None
    if size > MAX_FILE:
        raise _refuse("share_too_large", size=size // 1024**2, limit=MAX_FILE_MB)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_names(archive)
            manifest = check_manifest(_json(_read(archive, MANIFEST)))
            body = _read(archive, LESSONS)
    except zipfile.BadZipFile:
        raise _refuse("share_truncated" if magic == _ZIP_MAGIC else "share_not_zip") from None
    except (OSError, EOFError, zlib.error, zipfile.LargeZipFile, NotImplementedError):
        raise _refuse("share_truncated") from None
    expected = (manifest.get("files") or {}).get(LESSONS)
    if expected != hashlib.sha256(body).hexdigest():
        raise _refuse("share_truncated")
    return manifest, _json(body)


def _json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _refuse("share_not_lessons") from None
