"""A rotating log file in the platform's log folder (or the data folder's logs/), readable by
the owner only: it names customers and cases."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Every file it opens, the first and each one after a rotation, is made owner-only."""

    def _open(self) -> IO[str]:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(descriptor, 0o600)  # a file made by an earlier version with 0644
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def start_logging(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(folder, 0o700)
        handler: logging.Handler = PrivateRotatingFileHandler(
            folder / "turnaround.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # logging must never stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
