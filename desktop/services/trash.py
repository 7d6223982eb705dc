"""The Trash: deleting moves a case, lessons, a checklist or a journal item there for 30 days
(domain/trash.py); from there it is restored as it was, or deleted for good. The last delete
of this session is undone by `undo` (Ctrl+Z).

Each verb is one transaction. A case's attachment folder moves to trash/<item id> inside the
data folder and back: after the delete is committed, and before the restore is (a process
killed in between leaves the files in attachments/, never lost; trash/ only ever holds a
folder whose item is in the Trash, or one left over that the purge removes).
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Sequence
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.dates import local_text
from desktop.domain.trash import (
    JOURNAL_KINDS,
    ROOT_TABLES,
    TrashChange,
    TrashConflictError,
    TrashItem,
    TrashKind,
    purge_before,
)
from desktop.services.clock import Clock
from desktop.services.watchers import Watchers
from desktop.store.store import Store

if TYPE_CHECKING:
    from desktop.services.journal import JournalService

log = logging.getLogger(__name__)
Watcher = Callable[[TrashChange], None]


def _text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class TrashService:
    def __init__(
        self,
        store: Store,
        journal: Callable[[], JournalService],
        clock: Clock,
        zone: tzinfo,
        watchers: Watchers[TrashChange] | None = None,
    ) -> None:
        self.store = store
        self._journal = journal  # made when first needed: its cryptography costs start-up time
        self.clock = clock
        self.zone = zone
        # made before the session's first delete: what was deleted since can be undone
        self.started_at = clock()
        self._watchers = watchers if watchers is not None else Watchers()

    @property
    def journal(self) -> JournalService:
        return self._journal()

    def watch(self, callback: Watcher) -> Callable[[], None]:
        """Call `callback` with what changed after every delete, restore and removal; returns
        the call that stops watching."""
        return self._watchers.watch(callback)

    def _tell(self, change: TrashChange) -> TrashChange:
        self._watchers.tell(change)
        return change

    # --- moving to the Trash -------------------------------------------------------------------
    def delete_case(self, case_id: int) -> TrashChange:
        """The case with everything recorded in it; its attachments go with it."""
        from desktop.store import dependent_rows

        now = self.clock()
        with self.store.transaction():
            case = self.store.cases.get(case_id, with_parts=False)
            copy = dependent_rows.copy_out(self.store.conn, "cases", case_id)
            label = f"{case.number} · {case.title}" if case.title else case.number
            trash_id = self.store.trash.add(
                TrashKind.CASE,
                _text(copy),
                now,
                label=label,
                item_at=case.intake.received_at,
                reserved=case.number,
            )
            self.store.cases.delete(case_id)
        folder = self.store.folder
        if folder is not None:
            self._move(folder.attachments / case.number, folder.trash / str(trash_id))
        return self._tell(TrashChange(moved_in=tuple(self.store.trash.get([trash_id]))))

    def delete_lessons(self, lesson_ids: Sequence[int]) -> TrashChange:
        """Lessons chosen together: one delete, undone together."""
        return self._delete_rows(
            TrashKind.LESSON,
            [(lesson_id, self.store.library.get(lesson_id).title) for lesson_id in lesson_ids],
            lambda lesson_id: self.store.library.delete([lesson_id]),
        )

    def delete_checklist(self, checklist_id: int) -> TrashChange:
        checklist = self.store.checklists.get(checklist_id)
        name = checklist.name
        if checklist.project_note:
            name = f"{name} · {checklist.project_note}"
        return self._delete_rows(
            TrashKind.CHECKLIST, [(checklist_id, name)], self.store.checklists.delete
        )

    def delete_goal(self, goal_id: int) -> TrashChange:
        """A small goal with its check-ins and skipped periods."""
        return self._delete_rows(
            TrashKind.GOAL, [(goal_id, self.store.goals.title(goal_id))], self.store.goals.delete
        )

    def _delete_rows(
        self, kind: TrashKind, chosen: list[tuple[int, str]], delete: Callable[[int], None]
    ) -> TrashChange:
        from desktop.store import dependent_rows

        now = self.clock()
        table = ROOT_TABLES[kind]
        trash_ids: list[int] = []
        with self.store.transaction():
            for row_id, label in chosen:
                copy = dependent_rows.copy_out(self.store.conn, table, row_id)
                batch = trash_ids[0] if trash_ids else None
                trash_ids.append(
                    self.store.trash.add(kind, _text(copy), now, label=label, batch=batch)
                )
                delete(row_id)
        return self._tell(TrashChange(moved_in=tuple(self.store.trash.get(trash_ids))))

    def delete_journal_entry(self, entry_id: int) -> TrashChange:
        return self._delete_journal(TrashKind.JOURNAL_ENTRY, entry_id)

    def delete_thought_record(self, record_id: int) -> TrashChange:
        return self._delete_journal(TrashKind.THOUGHT_RECORD, record_id)

    def delete_self_review(self, review_id: int) -> TrashChange:
        return self._delete_journal(TrashKind.SELF_REVIEW, review_id)

    def _delete_journal(self, kind: TrashKind, row_id: int) -> TrashChange:
        """Sealed with the journal's key when it has one (JournalLockedError while locked)."""
        from desktop.store import journal_trash

        journal = self.journal.writer()
        table = ROOT_TABLES[kind]
        with self.store.transaction():
            data, written_at = journal_trash.copy_out(journal, table, row_id)
            trash_id = self.store.trash.add(
                kind,
                journal.seal(_text(data)),
                self.clock(),
                item_at=written_at,
                sealed=journal.encrypted,
            )
            journal.remove(table, row_id)
        return self._tell(TrashChange(moved_in=tuple(self.store.trash.get([trash_id]))))

    # --- what is in it -------------------------------------------------------------------------
    def _shown_kinds(self) -> list[TrashKind]:
        """The journal's items only while the journal may be read (not locked, not hidden);
        the goals' not while the privacy switch hides the goals."""
        readable = self.journal.is_readable()
        hidden = self.journal.is_hidden()
        return [
            kind
            for kind in TrashKind
            if (readable or kind not in JOURNAL_KINDS) and not (hidden and kind is TrashKind.GOAL)
        ]

    def items(self) -> list[TrashItem]:
        """Newest first."""
        return self.store.trash.items(self._shown_kinds())

    def undoable(self) -> list[TrashItem]:
        """What Ctrl+Z would restore: the last delete of this session still in the Trash."""
        return self.store.trash.last_batch(self.started_at, self._shown_kinds())

    def label(self, item: TrashItem) -> str:
        """What an item is called in a message: its label, or its date (the journal's)."""
        return item.label or local_text(item.item_at or item.deleted_at, self.zone)

    # --- getting it back -----------------------------------------------------------------------
    def undo(self) -> TrashChange:
        """Restore the last delete of this session (nothing when there is none)."""
        items = self.undoable()
        return self.restore([item.id for item in items]) if items else TrashChange()

    def restore(self, trash_ids: Sequence[int]) -> TrashChange:
        """Put the items back as they were, in one transaction: all of them or, when one
        cannot go back (TrashConflictError), none."""
        items = self.store.trash.get(trash_ids)
        if len(items) != len(set(trash_ids)):
            raise TrashConflictError("trash_gone")
        moved: list[tuple[Path, Path]] = []
        try:
            with self.store.transaction():
                for item in items:
                    self._put_back(item, moved)
                self.store.trash.remove([item.id for item in items])
        except BaseException:
            for trash_folder, attachments in reversed(moved):
                self._move(attachments, trash_folder)
            raise
        return self._tell(TrashChange(restored=tuple(items)))

    def _put_back(self, item: TrashItem, moved: list[tuple[Path, Path]]) -> None:
        from desktop.store.dependent_rows import RowConflictError

        payload, sealed = self.store.trash.payload(item.id)
        table = ROOT_TABLES[item.kind]
        try:
            if item.is_journal:
                from desktop.store import journal_trash

                journal = self.journal.writer()
                data = json.loads(journal.open(payload) if sealed else payload)
                journal_trash.put_back(journal, table, data)
                return
            from desktop.store import dependent_rows

            copy = json.loads(payload)
            row_id = dependent_rows.put_back(self.store.conn, copy)
        except RowConflictError as error:
            raise self._conflict(item, error) from error
        if item.kind is TrashKind.CASE:
            self.store.cases.mark_changed(row_id)  # its search text, not kept in the Trash
            folder = self.store.folder
            number = self.store.cases.get(row_id, with_parts=False).number
            if folder is not None:
                source, target = folder.trash / str(item.id), folder.attachments / number
                if self._move(source, target):
                    moved.append((source, target))

    def _conflict(self, item: TrashItem, error: Any) -> TrashConflictError:
        label = self.label(item)
        if item.kind is TrashKind.CASE and error.table == "cases" and error.column == "number":
            number = label.split(" · ", 1)[0]
            return TrashConflictError("trash_number_taken", label=label, number=number)
        if error.column == "uuid":
            return TrashConflictError("trash_already_there", label=label)
        return TrashConflictError("trash_conflict", label=label, detail=str(error))

    # --- for good ------------------------------------------------------------------------------
    def delete_forever(self, trash_ids: Sequence[int]) -> TrashChange:
        return self._remove(self.store.trash.get(trash_ids))

    def empty(self) -> TrashChange:
        """Everything the Trash shows now (the journal's items stay while it is locked)."""
        return self._remove(self.items())

    def purge(self) -> TrashChange:
        """What was deleted more than 30 days ago, of every kind; at start, after the window
        is up. The folders are removed by `sweep` (off the GUI thread: they may be large)."""
        expired = self.store.trash.older_than(purge_before(self.clock()))
        if expired:
            with self.store.transaction():
                self.store.trash.remove([item.id for item in expired])
        return self._tell(TrashChange(removed=tuple(expired))) if expired else TrashChange()

    def _remove(self, items: Sequence[TrashItem]) -> TrashChange:
        if not items:
            return TrashChange()
        with self.store.transaction():
            self.store.trash.remove([item.id for item in items])
        folder = self.store.folder
        if folder is not None:
            for item in items:
                shutil.rmtree(folder.trash / str(item.id), ignore_errors=True)
        return self._tell(TrashChange(removed=tuple(items)))

    def sweep_job(self) -> Callable[[], int]:
        """Removes the folders in trash/ whose item is no longer in the Trash; safe on any
        thread (it reads the database here, on the caller's). The number removed."""
        folder = self.store.folder
        if folder is None or not folder.trash.is_dir():
            return lambda: 0
        kept = self.store.trash.ids()
        # ids are never used twice: a folder above this one is of an item deleted meanwhile
        highest = self.store.trash.highest_id()
        root = folder.trash

        def is_stale(path: Path) -> bool:
            return path.name.isdigit() and int(path.name) <= highest and int(path.name) not in kept

        def sweep() -> int:
            stale = [path for path in root.iterdir() if is_stale(path)]
            for path in stale:
                shutil.rmtree(path, ignore_errors=True)
            return len(stale)

        return sweep

    def _move(self, source: Path, target: Path) -> bool:
        from desktop.store.attachments import move_folder

        try:
            return move_folder(source, target)
        except OSError as error:
            # the item is in (or out of) the Trash either way; its files stay where they are
            log.error("cannot move %s to %s: %s", source, target, error)
            return False
