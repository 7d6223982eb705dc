"""Prevention checklists: templates (shipped and the user's own), copies for a case or a
project, ticking items off, and lessons turned into items."""

from __future__ import annotations

from datetime import tzinfo

from desktop.domain.checklists import (
    COPY,
    TEMPLATE,
    Checklist,
    ChecklistItem,
    builtin_templates,
    clean_item_text,
    clean_name,
    clean_target,
    item_text_from_lesson,
)
from desktop.domain.enums import Language
from desktop.domain.errors import NotFoundError
from desktop.services.clock import Clock
from desktop.store.store import Store


class ChecklistService:
    def __init__(self, store: Store, clock: Clock, zone: tzinfo) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone

    def templates(self, lang: Language) -> list[Checklist]:
        """The shipped templates, then the user's own."""
        own = [c for c in self.store.checklists.all() if c.is_template]
        return [*builtin_templates(lang), *own]

    def copies(self, case_id: int | None = None) -> list[Checklist]:
        return [c for c in self.store.checklists.all(case_id) if not c.is_template]

    def get(self, checklist_id: int) -> Checklist:
        return self.store.checklists.get(checklist_id)

    def find_template(self, uuid: str, lang: Language) -> Checklist:
        for checklist in self.templates(lang):
            if checklist.uuid == uuid:
                return checklist
        raise NotFoundError(f"checklist {uuid}")

    def new_template(self, name: str, source: Checklist | None = None) -> Checklist:
        """An empty template of the user's own, or one made from another (a shipped one too)."""
        items = [ChecklistItem(0, 0, item.text) for item in source.items] if source else []
        checklist = Checklist(0, "", clean_name(name), TEMPLATE, items=items)
        with self.store.transaction():
            checklist_id = self.store.checklists.add(checklist, self.clock())
        return self.get(checklist_id)

    def copy_to(
        self, template: Checklist, case_id: int | None = None, project_note: str = ""
    ) -> Checklist:
        """A copy of the template to tick off, for a case or a project (a note naming it)."""
        note = clean_target(case_id, project_note)
        if case_id is not None:
            self.store.cases.get(case_id, with_parts=False)  # NotFoundError if it went
        items = [
            ChecklistItem(0, 0, item.text, lesson_id=item.lesson_id, case_id=item.case_id)
            for item in template.items
        ]
        copy = Checklist(0, "", template.name, COPY, case_id, note, items=items)
        with self.store.transaction():
            checklist_id = self.store.checklists.add(copy, self.clock())
        return self.get(checklist_id)

    def rename(self, checklist_id: int, name: str) -> Checklist:
        name = clean_name(name)
        with self.store.transaction():
            self.store.checklists.rename(checklist_id, name)
        return self.get(checklist_id)

    def add_item(self, checklist_id: int, text: str) -> Checklist:
        text = clean_item_text(text)
        with self.store.transaction():
            self.store.checklists.add_item(checklist_id, text)
        return self.get(checklist_id)

    def set_item_text(self, item_id: int, text: str) -> None:
        text = clean_item_text(text)
        with self.store.transaction():
            self.store.checklists.set_text(item_id, text)

    def tick(self, item_id: int, done: bool) -> None:
        with self.store.transaction():
            self.store.checklists.set_done(item_id, done)

    def delete_item(self, item_id: int) -> None:
        with self.store.transaction():
            self.store.checklists.delete_item(item_id)

    def add_lesson(self, checklist_id: int, lesson_id: int, text: str = "") -> Checklist:
        """The lesson becomes an item of the checklist that remembers the lesson and its case."""
        lesson = self.store.library.get(lesson_id)
        text = clean_item_text(text or item_text_from_lesson(lesson))
        with self.store.transaction():
            self.store.checklists.add_item(
                checklist_id, text, lesson_id=lesson.id, case_id=lesson.case_id
            )
        return self.get(checklist_id)
