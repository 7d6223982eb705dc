"""The case library: lessons to search and edit, digests for a team meeting, and swapping
lessons with colleagues through a file."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from desktop.domain import anonymise
from desktop.domain.anonymise import Finding
from desktop.domain.dates import local_text
from desktop.domain.enums import EventKind, Language
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.library import (
    CONTENT,
    FIELDS,
    Lesson,
    LessonDraft,
    MergePlan,
    case_parties,
    clean_lesson,
    draft_lesson,
    lesson_from_case,
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

    def lesson_for(self, case_id: int) -> Lesson | None:
        """The lesson a case was added to the library as, if it was."""
        return self.store.library.for_case(case_id)

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

    def _chosen(self, lesson_ids: list[int] | None) -> list[Lesson]:
        lessons = self.store.library.all()
        if lesson_ids is None:
            return lessons
        wanted = set(lesson_ids)
        return [lesson for lesson in lessons if lesson.id in wanted]

    # --- a closed case becomes a lesson --------------------------------------------------------
    def draft_from_case(self, case_id: int, lang: Language) -> LessonDraft:
        """The case's lesson before it is saved, with what the anonymiser found in it (the
        customer's aliases from the settings included) for the user to review."""
        case = self.store.cases.get(case_id)
        aliases = self.settings.customer_aliases(case.intake.customer)
        return draft_lesson(case, lang, aliases)

    def add_case(
        self, case_id: int, lang: Language, texts: Mapping[str, str] | None = None
    ) -> Lesson:
        """Make the case a lesson from the reviewed texts (title, problem, root_cause, solution,
        prevention) as the user left them; without texts, every finding is replaced. Once per
        case: a second call returns the lesson already made."""
        if texts is None:
            texts = self.draft_from_case(case_id, lang).automatic()
        unknown = set(texts) - set(FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], "unknown_field")
        now = self.clock()
        with self.store.transaction():
            existing = self.store.library.for_case(case_id)
            if existing is not None:
                return existing
            case = self.store.cases.get(case_id)
            self.store.library.add(lesson_from_case(case, lang, texts), now)
            self.store.cases.add_event(case_id, EventKind.ADDED_TO_LIBRARY, now)
        lesson = self.store.library.for_case(case_id)
        assert lesson is not None
        return lesson

    # --- what leaves in a file: checked again -------------------------------------------------
    def sharing_findings(self, lesson_ids: list[int] | None, lang: Language) -> list[Finding]:
        """What may still name a customer in the chosen lessons (written by hand, edited, from a
        colleague, or added before the anonymiser knew better), before they leave in a file.
        Every customer and contact the cases know is looked for, and each lesson's own case
        in full (short names, people involved)."""
        lessons = self._chosen(lesson_ids)
        if not lessons:
            return []
        everyone = self._everyone()
        findings: dict[str, Finding] = {}
        for lesson in lessons:
            parties = self._parties_of(lesson, everyone)
            for finding in anonymise.find(_lesson_fields(lesson), parties, lang):
                known = findings.get(finding.original)
                if known is None or (finding.sure and not known.sure):
                    findings[finding.original] = finding
        return sorted(findings.values(), key=lambda f: f.sure)

    def _everyone(self) -> anonymise.Parties:
        # the customer records name organisations and people no case may have typed
        records = self.store.customers.all()
        return anonymise.Parties(
            other_customers=sorted(
                set(self.store.cases.customers()) | {record.name for record in records}
            ),
            aliases=[alias for record in records for alias in record.aliases],
            other_contacts=sorted(
                set(self.store.cases.contacts())
                | {contact.name for record in records for contact in record.contacts}
            ),
        )

    def _parties_of(self, lesson: Lesson, everyone: anonymise.Parties) -> anonymise.Parties:
        if lesson.case_id is None:
            return everyone
        try:
            case = self.store.cases.get(lesson.case_id)
        except NotFoundError:
            return everyone
        own = case_parties(case, self.settings.customer_aliases(case.intake.customer))
        return dataclasses.replace(
            own,
            other_customers=everyone.other_customers,
            aliases=[*own.aliases, *everyone.aliases],
            other_contacts=everyone.other_contacts,
        )

    def _shared(
        self, lesson_ids: list[int] | None, lang: Language, replace: Sequence[Finding] | None
    ) -> list[Lesson]:
        """The chosen lessons as they leave: with `replace` (the user's review) replaced, or,
        when nobody reviewed them, everything the anonymiser finds. The library is unchanged."""
        if replace is None:
            replace = self.sharing_findings(lesson_ids, lang)
        return [_anonymised(lesson, replace) for lesson in self._chosen(lesson_ids)]

    # --- the digest --------------------------------------------------------------------------
    def _now_text(self) -> str:
        return local_text(self.clock(), self.zone)

    def markdown(
        self,
        lesson_ids: list[int] | None,
        lang: Language,
        replace: Sequence[Finding] | None = None,
    ) -> str:
        return lessons_markdown(self._shared(lesson_ids, lang, replace), lang, self._now_text())

    def export_markdown(
        self,
        lesson_ids: list[int] | None,
        lang: Language,
        path: Path,
        replace: Sequence[Finding] | None = None,
    ) -> Path:
        write_atomically(path, self.markdown(lesson_ids, lang, replace).encode("utf-8"))
        return path

    def digest_pdf(
        self,
        lesson_ids: list[int] | None,
        lang: Language,
        replace: Sequence[Finding] | None = None,
    ) -> bytes:
        from desktop.documents.digest import build_digest
        from desktop.documents.fonts import register

        register(self.settings.get("documents.cjk_font") or None)
        lessons = self._shared(lesson_ids, lang, replace)
        return build_digest(lessons, lang, self._now_text(), self._author())

    def export_digest(
        self,
        lesson_ids: list[int] | None,
        lang: Language,
        path: Path,
        replace: Sequence[Finding] | None = None,
    ) -> Path:
        write_atomically(path, self.digest_pdf(lesson_ids, lang, replace))
        return path

    # --- sharing -----------------------------------------------------------------------------
    def _author(self) -> str:
        return self.settings.profile().name

    def export_share(
        self,
        lesson_ids: list[int] | None,
        path: Path,
        replace: Sequence[Finding] | None = None,
        lang: Language = Language.ZH,
    ) -> int:
        """Write the chosen lessons (None: all) to a file for colleagues; how many were written.
        Lessons written by the user are signed with their name from the profile. `replace` is
        what the user chose to replace after reviewing `sharing_findings`; without it every
        finding is replaced (with placeholders in `lang`)."""
        author = self._author()
        lessons = [
            lesson_to_dict(dataclasses.replace(lesson, origin=lesson.origin or author))
            for lesson in self._shared(lesson_ids, lang, replace)
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


def _lesson_fields(lesson: Lesson) -> list[str]:
    return [
        lesson.title,
        *lesson.tags,
        lesson.problem,
        lesson.root_cause,
        lesson.solution,
        lesson.prevention,
    ]


def _anonymised(lesson: Lesson, replace: Sequence[Finding]) -> Lesson:
    if not replace:
        return lesson
    texts: dict[str, Any] = {
        name: anonymise.render(getattr(lesson, name), replace) for name in FIELDS[1:]
    }
    return dataclasses.replace(
        lesson,
        title=anonymise.render(lesson.title, replace),
        tags=[anonymise.render(tag, replace) for tag in lesson.tags],
        **texts,
    )
