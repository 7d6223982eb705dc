"""How the Trash's items are named in the menu, the status line and the Trash: by their label,
or, for the journal's, by their kind and date alone (never a word of what was written)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from desktop.domain.anonymise import shorten
from desktop.domain.dates import local_text
from desktop.domain.trash import TrashItem, TrashKind


def kind_name(kind: TrashKind) -> str:
    names = {
        TrashKind.CASE: QCoreApplication.translate("Trash", "Case"),
        TrashKind.LESSON: QCoreApplication.translate("Trash", "Lesson"),
        TrashKind.CHECKLIST: QCoreApplication.translate("Trash", "Checklist"),
        TrashKind.JOURNAL_ENTRY: QCoreApplication.translate("Trash", "Journal entry"),
        TrashKind.THOUGHT_RECORD: QCoreApplication.translate("Trash", "Thought record"),
        TrashKind.SELF_REVIEW: QCoreApplication.translate("Trash", "Self-review"),
        TrashKind.GOAL: QCoreApplication.translate("Trash", "Small goal"),
    }
    return names[kind]


MENU_LABEL = 28  # characters of a label in the Edit menu and the status line


def item_name(item: TrashItem, zone: tzinfo, in_sentence: bool = True) -> str:
    """In a sentence, “C-2026-0003 · 报表错误…” (cut short); in the Trash's list, the whole
    label; a journal entry by its date."""
    when = local_text(item.item_at or item.deleted_at, zone)
    if not in_sentence:
        return item.label or when  # the kind has a column of its own
    if item.kind is TrashKind.JOURNAL_ENTRY:
        return QCoreApplication.translate("Trash", "the journal entry of %1").replace("%1", when)
    if item.kind is TrashKind.THOUGHT_RECORD:
        return QCoreApplication.translate("Trash", "the thought record of %1").replace("%1", when)
    if item.kind is TrashKind.SELF_REVIEW:
        return QCoreApplication.translate("Trash", "the self-review of %1").replace("%1", when)
    return QCoreApplication.translate("Trash", "“%1”").replace(
        "%1", shorten(item.label, MENU_LABEL)
    )


def undo_text(items: Sequence[TrashItem], zone: tzinfo) -> str:
    """The Edit menu's Undo: what it would restore."""
    if not items:
        return QCoreApplication.translate("Trash", "&Undo delete")
    if len(items) > 1:  # lessons deleted together
        return QCoreApplication.translate("Trash", "&Undo delete of %1 items").replace(
            "%1", str(len(items))
        )
    return QCoreApplication.translate("Trash", "&Undo delete of %1").replace(
        "%1", item_name(items[0], zone)
    )


def moved_text(items: Sequence[TrashItem], zone: tzinfo) -> str:
    if len(items) > 1:
        return QCoreApplication.translate(
            "Trash", "Moved %1 items to the Trash. Ctrl+Z undoes it; the Trash keeps them 30 days."
        ).replace("%1", str(len(items)))
    return QCoreApplication.translate(
        "Trash", "Moved %1 to the Trash. Ctrl+Z undoes it; the Trash keeps it 30 days."
    ).replace("%1", item_name(items[0], zone))


def restored_text(items: Sequence[TrashItem], zone: tzinfo) -> str:
    if len(items) > 1:
        return QCoreApplication.translate("Trash", "Restored %1 items.").replace(
            "%1", str(len(items))
        )
    return QCoreApplication.translate("Trash", "Restored %1.").replace(
        "%1", item_name(items[0], zone)
    )
