"""The case library: lessons to search and edit, digests for a team meeting, and swapping
lessons with colleagues through a file."""

from __future__ import annotations

import dataclasses
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from desktop.domain.dates import local_text
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.library import (
    CONTENT,
    Lesson,
    MergePlan,
    clean_lesson,
    lessons_markdown,
    merge_plan,
)
from desktop.domain.share import lesson_to_dict, lessons_from_json
from desktop.safe_write import write_atomically
from desktop.services.clock import Clock
from desktop.services.settings import SettingsService
from desktop.store.share_file import read_share, write_share
from desktop.store.store import Store


@dataclasses.dataclass(frozen=True)
class ImportResult:
    added: int
    replaced: int
    kept: int  # conflicts where the user kept their own
    unchanged: int


@dataclasses.dataclass(frozen=True)
class SharePreview:
    path: Path
    author: str
    created_at: str
    plan: MergePlan


class LibraryService:
    def __init__(self, store: Store, settings: SettingsService, clock: Clock, zone: tzinfo) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.zone = zone

    # --- lessons -----------------------------------------------------------------------------
    def lessons(self, search: str = "") -> list[Lesson]:
        return self.store.library.search(search) if search.strip() else self.store.library.all()

    def get(self, lesson_id: int) -> Lesson:
        return self.store.library.get(lesson_id)

    def count(self) -> int:
        return self.store.library.count()

    def save(self, lesson_id: int, values: dict[str, Any]) -> Lesson:
        """Create (lesson_id 0) or change a lesson; ValidationError changes nothing."""
        if not lesson_id and "title" not in values:
            raise ValidationError("title", "required")  # a new lesson needs its title
        cleaned = clean_lesson(values)
        with self.store.transaction():
            if lesson_id:
                self.store.library.update(lesson_id, cleaned, self.clock())
            else:
                lesson_id = self.store.library.add(Lesson(id=0, uuid="", **cleaned), self.clock())
        return self.get(lesson_id)

    def delete(self, lesson_ids: list[int]) -> None:
        with self.store.transaction():
            self.store.library.delete(lesson_ids)

    def _chosen(self, lesson_ids: list[int] | None) -> list[Lesson]:
        lessons = self.store.library.all()
        if lesson_ids is None:
            return lessons
        wanted = set(lesson_ids)
        return [lesson for lesson in lessons if lesson.id in wanted]

    # --- the digest --------------------------------------------------------------------------
    def _now_text(self) -> str:
        return local_text(self.clock(), self.zone)

    def markdown(self, lesson_ids: list[int] | None, lang: Language) -> str:
        return lessons_markdown(self._chosen(lesson_ids), lang, self._now_text())

    def export_markdown(self, lesson_ids: list[int] | None, lang: Language, path: Path) -> Path:
        write_atomically(path, self.markdown(lesson_ids, lang).encode("utf-8"))
        return path

    def digest_pdf(self, lesson_ids: list[int] | None, lang: Language) -> bytes:
        from desktop.documents.digest import build_digest
        from desktop.documents.fonts import register

        register(self.settings.get("documents.cjk_font") or None)
        return build_digest(self._chosen(lesson_ids), lang, self._now_text(), self._author())

    def export_digest(self, lesson_ids: list[int] | None, lang: Language, path: Path) -> Path:
        write_atomically(path, self.digest_pdf(lesson_ids, lang))
        return path

    # --- sharing -----------------------------------------------------------------------------
    def _author(self) -> str:
        return self.settings.profile().name

    def export_share(self, lesson_ids: list[int] | None, path: Path) -> int:
        """Write the chosen lessons (None: all) to a file for colleagues; how many were written.
        Lessons written by the user are signed with their name from the profile."""
        author = self._author()
        lessons = [
            lesson_to_dict(dataclasses.replace(lesson, origin=lesson.origin or author))
            for lesson in self._chosen(lesson_ids)
        ]
        write_share(path, lessons, author, self.clock())
        return len(lessons)

    def preview_share(self, path: Path) -> SharePreview:
        """What importing the file would do; reads and checks everything, changes nothing."""
        manifest, body = read_share(path)
        author = str(manifest.get("author") or "")[:100]
        theirs = lessons_from_json(body, author)
        plan = merge_plan(self.store.library.by_uuid(), theirs)
        return SharePreview(path, author, self._local(manifest.get("created_at")), plan)

    def _local(self, moment: object) -> str:
        """The file's own time, in the user's zone; as written when it cannot be read."""
        try:
            return local_text(datetime.fromisoformat(str(moment)), self.zone)
        except ValueError:
            return str(moment or "")[:40]

    def import_share(self, preview: SharePreview, take_theirs: set[str]) -> ImportResult:
        """Apply a preview: add the new lessons; for each conflict, take theirs when its UUID is
        in `take_theirs`, else keep mine. The local link to a case is always kept."""
        plan = preview.plan
        replaced = 0
        me = self._author()

        def mine_if_me(lesson: Lesson) -> Lesson:
            # a lesson of mine coming back from a colleague is not "from" me
            return dataclasses.replace(lesson, origin="") if me and lesson.origin == me else lesson

        with self.store.transaction():
            current = self.store.library.by_uuid()
            for lesson in plan.new:
                if lesson.uuid not in current:
                    self.store.library.add(mine_if_me(lesson), self.clock())
            for conflict in plan.conflicts:
                mine = current.get(conflict.mine.uuid)
                if conflict.theirs.uuid in take_theirs and mine is not None:
                    values = {name: getattr(conflict.theirs, name) for name in CONTENT}
                    values["origin"] = mine_if_me(conflict.theirs).origin
                    values["updated_at"] = conflict.theirs.updated_at or self.clock()
                    self.store.library.update(mine.id, values, None)
                    replaced += 1
        return ImportResult(
            len(plan.new), replaced, len(plan.conflicts) - replaced, len(plan.unchanged)
        )
