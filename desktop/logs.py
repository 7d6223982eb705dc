"""A rotating log file in the platform's log folder (or the data folder's logs/), readable by
the owner only: it names customers and cases."""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 3


class PrivateRotatingFileHandler(logging.FileHandler):
    """Rotates like logging.handlers.RotatingFileHandler (turnaround.log, .1, .2, .3), whose
    module costs 5 ms of start-up (it brings sockets and pickle). Every file it opens, the first
    and each one after a rotation, is made owner-only."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def _open(self) -> TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(descriptor, 0o600)  # a file made by an earlier version with 0644
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = len(f"{self.format(record)}{self.terminator}".encode(self.encoding or "utf-8"))
        return self.stream.tell() + size > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened by the next emit
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")


def start_logging(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(folder, 0o700)
        handler: logging.Handler = PrivateRotatingFileHandler(folder / "turnaround.log")
    except OSError:
        handler = logging.NullHandler()  # logging must never stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
