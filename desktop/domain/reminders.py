"""Which commitments deserve a reminder now: each once when it comes due soon, once when late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain.commitments import LedgerEntry
from desktop.domain.complaint import CaseRow
from desktop.domain.enums import CommitmentState

SOON, LATE = "soon", "late"


@dataclass(frozen=True)
class Reminder:
    key: str  # "<commitment id>:soon" or "<commitment id>:late"; each is sent once
    row: CaseRow
    entry: LedgerEntry
    late: bool


def due_reminders(
    entries: list[tuple[CaseRow, LedgerEntry]],
    now: datetime,
    warning: timedelta,
    already_sent: set[str],
) -> list[Reminder]:
    reminders = []
    for row, entry in entries:
        if entry.state is CommitmentState.PAUSED or not entry.is_open:
            continue
        late = entry.due_at <= now
        if not late and entry.due_at - now > warning:
            continue
        key = f"{entry.commitment.id}:{LATE if late else SOON}"
        if key not in already_sent:
            reminders.append(Reminder(key, row, entry, late))
    return reminders
