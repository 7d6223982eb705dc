"""Filling a data folder with demo data."""

from __future__ import annotations

import itertools

from desktop import demo
from desktop.domain.checklists import COPY, builtin_templates
from desktop.domain.enums import Language
from desktop.services.clock import Clock
from desktop.store.bulk import insert_cases
from desktop.store.store import Store

BATCH = 5000


def fill_demo(store: Store, clock: Clock, cases: int, seed: int) -> int:
    """Add `cases` demo cases (deterministic for `seed`); returns how many were added."""
    if not store.settings.get("profile"):
        with store.transaction():
            store.settings.set("profile", demo.PROFILE)
            store.settings.set("letterhead", demo.LETTERHEAD)
    generated = demo.generate(cases, seed, clock(), store.cases.last_numbers())
    added = 0
    with store.transaction():
        while batch := list(itertools.islice(generated, BATCH)):
            added += insert_cases(store.conn, batch)
        store.customers.make_from_cases()
    _journal_and_goals(store, clock, seed)
    _lessons_and_checklists(store, clock)
    return added


def _lessons_and_checklists(store: Store, clock: Clock) -> None:
    """Library lessons and a checklist in use, the first time only."""
    if store.library.count():
        return
    now = clock()
    with store.transaction():
        for lesson in demo.demo_lessons(now):
            store.library.add(lesson, now)
        research = builtin_templates(Language.ZH)[0]
        research.source, research.uuid, research.project_note = (
            COPY,
            "",
            "华信银行 核心账务系统二期",
        )
        checklist_id = store.checklists.add(research, now)
        for item in store.checklists.get(checklist_id).items[:4]:
            store.checklists.set_done(item.id, True)


def _journal_and_goals(store: Store, clock: Clock, seed: int) -> None:
    """Journal entries and goals, the first time only, and never into a locked journal."""
    if store.settings.get("journal.vault") or store.journal.entries(with_text=False):
        return
    now = clock()
    with store.transaction():
        for entry in demo.journal_entries(seed, now):
            store.journal.add_entry(entry, now)
        if not store.goals.all():
            for goal, checkins in demo.demo_goals(now):
                goal_id = store.goals.add(goal, now)
                for moment in checkins:
                    store.goals.add_checkin(goal_id, moment, "")
