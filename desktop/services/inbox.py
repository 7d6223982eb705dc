"""Messages handed to the open window: `turnaround intake` cannot write while the window holds
the data folder, so it leaves the message in the folder's inbox and the window files it (a mail
client's filter keeps working whether or not the window is open)."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.complaint import Case
from desktop.domain.errors import TurnaroundError
from desktop.paths import DataFolder
from desktop.safe_write import write_atomically
from desktop.services import Services

log = logging.getLogger(__name__)

INBOX = "inbox"
REFUSED = "refused"  # a message the window could not read is kept here, never deleted


def inbox_of(folder: DataFolder) -> Path:
    return folder.root / INBOX


def hand_over(folder: DataFolder, data: bytes, name: str) -> Path:
    """Leave a message (already read once, so known to be usable) for the window to file."""
    inbox = inbox_of(folder)
    inbox.mkdir(mode=0o700, exist_ok=True)
    suffix = ".eml" if name.lower().endswith(".eml") else ".txt"
    path = inbox / f"{time.time_ns()}-{os.getpid()}{suffix}"
    write_atomically(path, data)
    os.chmod(path, 0o600)
    return path


def file_handed_over(services: Services) -> list[Case]:
    """Every message in the inbox becomes a case, oldest first; the cases made."""
    if services.folder is None:
        return []
    inbox = inbox_of(services.folder)
    if not inbox.is_dir():
        return []
    made = []
    for path in sorted(inbox.glob("*[0-9].eml")) + sorted(inbox.glob("*[0-9].txt")):
        try:
            message = services.inbound.read_file(path)
            if message.received_at is None:  # undated: received when it was handed over
                handed = min(datetime.fromtimestamp(path.stat().st_mtime, UTC), services.clock())
                message = replace(message, received_at=handed.astimezone(services.zone))
            case, _filled = services.inbound.create_case(message)
        except (TurnaroundError, OSError):
            log.exception("a message handed to the window could not be filed: %s", path)
            refused = inbox / REFUSED
            refused.mkdir(mode=0o700, exist_ok=True)
            path.replace(refused / path.name)
            continue
        path.unlink()
        made.append(case)
    return made
