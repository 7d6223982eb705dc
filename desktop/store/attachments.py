"""Evidence files: copied into the data folder with their SHA-256, never linked."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

CHUNK = 1 << 20


def copy_with_digest(source: Path, folder: Path) -> tuple[str, int, Path]:
    """Copy `source` into `folder` (via a temporary file, then rename); (sha256, size, path)."""
    digest = hashlib.sha256()
    size = 0
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with open(source, "rb") as reader, os.fdopen(handle, "wb") as writer:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                writer.write(chunk)
                size += len(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        target = folder / f"{digest.hexdigest()[:12]}-{source.name}"
        os.replace(temporary, target)
        if os.name == "posix":
            os.chmod(target, 0o600)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return digest.hexdigest(), size, target


def copy_private(source: Path, target: Path) -> None:
    """Copy a file that only the owner may read (a signature image, a logo)."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(source, "rb") as reader, os.fdopen(descriptor, "wb") as writer:
        shutil.copyfileobj(reader, writer, CHUNK)


def remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def move_folder(source: Path, target: Path) -> bool:
    """Move a case's attachment folder (to the Trash and back): a rename, on the same file
    system. When `target` exists already (what a process killed half-way left), the files it
    lacks join it and the rest stay where they were. True when `source` was renamed whole."""
    if not source.is_dir():
        return False
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not target.exists():
        os.replace(source, target)
        return True
    for child in source.iterdir():
        if not (target / child.name).exists():
            os.replace(child, target / child.name)
    with contextlib.suppress(OSError):
        source.rmdir()  # only when it is empty
    return False
