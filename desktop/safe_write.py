"""Writing an exported file so that a failure never leaves half of it: temp file, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ExportError(OSError):
    """The file could not be written; the message says where and why."""


def write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as writer:
            writer.write(data)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
