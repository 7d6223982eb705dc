"""The Trash: what a delete moves there, how long it is kept, and what one delete includes.

Deleting a case, a lesson, a checklist, a journal entry, a thought record, a self-review or a
small goal moves it to the Trash, where it is kept for thirty days and can be restored as it was.
The last delete of the session can be undone at once (Ctrl+Z).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.domain.errors import CatalogError

KEPT_FOR = timedelta(days=30)


class TrashKind(StrEnum):
    CASE = "case"
    LESSON = "lesson"
    CHECKLIST = "checklist"
    JOURNAL_ENTRY = "journal_entry"
    THOUGHT_RECORD = "thought_record"
    SELF_REVIEW = "self_review"
    GOAL = "goal"


# the row a kind is; with it goes every row that would go with it (ON DELETE CASCADE), and the
# links other rows had to it (ON DELETE SET NULL) are given back when it is restored
ROOT_TABLES: dict[TrashKind, str] = {
    TrashKind.CASE: "cases",
    TrashKind.LESSON: "library_lessons",
    TrashKind.CHECKLIST: "checklists",
    TrashKind.JOURNAL_ENTRY: "journal_entries",
    TrashKind.THOUGHT_RECORD: "thought_records",
    TrashKind.SELF_REVIEW: "self_reviews",
    TrashKind.GOAL: "goals",
}

# kept as the journal keeps them: sealed with its passphrase when it has one, and labelled by
# their date alone (a label is never sealed, so it never holds a word of the journal)
JOURNAL_KINDS = frozenset(
    {TrashKind.JOURNAL_ENTRY, TrashKind.THOUGHT_RECORD, TrashKind.SELF_REVIEW}
)
JOURNAL_TABLES = frozenset({"journal_entries", "thought_records", "self_reviews"})

# rebuilt from the case when it comes back, not kept: the case's search text
DERIVED_TABLES = frozenset({"case_text"})

# references that the schema does not declare as foreign keys; when a restored row's id was
# taken meanwhile and it gets a new one, these follow it like the declared ones
UNDECLARED_REFERENCES: dict[tuple[str, str], str] = {("commitments", "source_id"): "actions"}


@dataclass(frozen=True)
class TrashItem:
    id: int
    kind: TrashKind
    label: str  # the case's number and title, the lesson's or goal's title, the checklist's name
    item_at: datetime | None  # the item's own date: when a journal entry was written
    deleted_at: datetime
    batch: int  # the items one delete moved to the Trash share it

    @property
    def expires_at(self) -> datetime:
        return self.deleted_at + KEPT_FOR

    def days_left(self, now: datetime) -> int:
        """Whole days until it is purged, counting a day begun: 30 just after the delete."""
        left = (self.expires_at - now) / timedelta(days=1)
        return max(0, math.ceil(left))

    @property
    def is_journal(self) -> bool:
        return self.kind in JOURNAL_KINDS


def purge_before(now: datetime) -> datetime:
    """Items deleted before this are purged."""
    return now - KEPT_FOR


@dataclass(frozen=True)
class TrashChange:
    """What one verb did to the Trash, for the views to show: moved in by a delete, restored,
    or removed for good (deleted forever, emptied, purged)."""

    moved_in: tuple[TrashItem, ...] = ()
    restored: tuple[TrashItem, ...] = ()
    removed: tuple[TrashItem, ...] = ()

    @property
    def kinds(self) -> set[TrashKind]:
        return {item.kind for item in (*self.moved_in, *self.restored, *self.removed)}


class TrashConflictError(CatalogError):
    """An item cannot be restored: something now in its place holds what it must hold alone.
    `code` names the catalog message: "trash_number_taken" (another case has the case's
    number), "trash_already_there" (the same item was imported again since), "trash_conflict"."""
