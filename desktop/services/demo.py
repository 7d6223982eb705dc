"""Filling a data folder with demo data: customers with their people and calendars, cases,
the user's journal and goals in their language, lessons and checklists in use."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, tzinfo

from desktop import demo
from desktop.demo.companies import every_company, languages
from desktop.demo.journal import (
    CaseMoment,
    demo_goals,
    journal_entries,
    self_reviews,
    thought_records,
)
from desktop.demo.lessons import OWN_LESSONS, colleague_lessons, lesson_of
from desktop.domain.checklists import COPY, builtin_templates
from desktop.domain.complaint import Case
from desktop.domain.enums import EventKind, Language, Severity, Subtype
from desktop.services.calendars import CalendarService
from desktop.services.clock import Clock, local_zone
from desktop.services.customers import CustomerService
from desktop.store.bulk import insert_cases
from desktop.store.store import Store

BATCH = 5000


def fill_demo(
    store: Store,
    clock: Clock,
    cases: int,
    seed: int,
    language: Language = Language.ZH,
    zone: tzinfo | None = None,
) -> int:
    """Add `cases` demo cases (deterministic for `seed`); returns how many were added. The
    journal, goals and checklists are written in `language`, the user's; what the user does
    happens in the working day of `zone` (the system's time zone when None)."""
    zone = zone or local_zone()
    now = clock()
    if not store.settings.get("profile"):
        with store.transaction():
            store.settings.set("profile", demo.PROFILE)
            store.settings.set("letterhead", demo.LETTERHEAD)
    _customers(store, clock, zone)
    generated = demo.generate(cases, seed, now, store.cases.last_numbers(), zone)
    recent = Recent(now)
    added = 0
    with store.transaction():
        while batch := list(itertools.islice(generated, BATCH)):
            added += insert_cases(store.conn, batch)
            recent.keep(batch)
        store.customers.make_from_cases()
    moments = recent.moments(store)
    _journal_and_goals(store, now, seed, language, zone, moments)
    _lessons(store, now, seed, zone, recent)
    _checklists(store, now, language, moments)
    return added


class Recent:
    """The cases of the journal's weeks that the journal may speak of, and the last closed
    case of each subtype and language, for the library."""

    def __init__(self, now: datetime) -> None:
        self.since = now.timestamp() - 95 * 86400
        self.cases: list[Case] = []
        self.closed: dict[tuple[Subtype, Language], Case] = {}
        self.languages = languages()

    def keep(self, batch: list[Case]) -> None:
        for case in batch:
            received = case.intake.received_at
            recent = received is not None and received.timestamp() >= self.since
            if recent and case.intake.severity in (Severity.HIGH, Severity.CRITICAL):
                self.cases.append(case)
            subtype = case.classification.subtype
            if case.is_closed and subtype is not None:
                self.closed[(subtype, self.languages[case.intake.customer])] = case

    def moments(self, store: Store) -> list[CaseMoment]:
        return [
            CaseMoment.of(c, self.languages[c.intake.customer], store.cases.id_for_number(c.number))
            for c in self.cases
        ]


def _customers(store: Store, clock: Clock, zone: tzinfo) -> None:
    """A record for each demo customer, with its people and its working calendar, unless the
    folder has one of that name already."""
    customers = CustomerService(store)
    calendars = CalendarService(store, clock, zone)
    with store.transaction():
        for company in every_company():
            if store.customers.find(company.name) is not None:
                continue
            record = company.record()
            made = customers.create(
                record.name, record.aliases, record.document_language, record.address
            )
            assert made.id is not None
            for contact in record.contacts:
                customers.add_contact(
                    made.id, contact.name, contact.title, contact.email, contact.phone
                )
            if company.calendar is not None and calendars.setting(company.name) is None:
                calendars.save(company.name, company.calendar)


def _journal_and_goals(
    store: Store,
    now: datetime,
    seed: int,
    language: Language,
    zone: tzinfo,
    moments: list[CaseMoment],
) -> None:
    """Journal entries, thought records, self-reviews and goals, the first time only, and
    never into a locked journal."""
    if store.settings.get("journal.vault") or store.journal.entries(with_text=False):
        return
    with store.transaction():
        for entry in journal_entries(seed, now, language, zone, moments):
            store.journal.add_entry(entry, now)
        for record in thought_records(now, language, zone, moments):
            store.journal.add_record(record, now)
        for review in self_reviews(now, language, zone, moments):
            store.journal.add_review(review, review.created_at)  # written then
        if not store.goals.all():
            open_ones = [
                m
                for m in moments
                if m.closed is None and m.fixed is not None and m.lang is language
            ]
            for plan in demo_goals(now, language, zone, open_ones[-1] if open_ones else None):
                goal_id = store.goals.add(plan.goal, now)
                for moment, note in plan.checkins:
                    store.goals.add_checkin(goal_id, moment, note)
                for period in plan.skipped:
                    store.goals.skip(goal_id, period, True)


def _lessons(store: Store, now: datetime, seed: int, zone: tzinfo, recent: Recent) -> None:
    """Lessons from a dozen closed cases of different kinds, and a colleague's few, the first
    time only."""
    if store.library.count():
        return
    chosen = sorted(recent.closed.values(), key=lambda c: c.closed_at or now)[-OWN_LESSONS:]
    with store.transaction():
        for case in chosen:
            case.id = store.cases.id_for_number(case.number)
            assert case.closed_at is not None
            added = min(case.closed_at + timedelta(days=1), now)
            store.library.add(lesson_of(case), added)
            store.cases.add_event(case.id, EventKind.ADDED_TO_LIBRARY, added)
        for lesson in colleague_lessons(seed, now, zone):
            store.library.add(lesson, now)


def _checklists(store: Store, now: datetime, language: Language, moments: list[CaseMoment]) -> None:
    """Prevention checklists in use, the first time only: the research list for a project
    about to start, the delivery standards for a case being repaired, partly ticked."""
    if store.checklists.all():
        return
    research, delivery = builtin_templates(language)[:2]
    with store.transaction():
        research.source, research.uuid = COPY, ""
        research.project_note = (
            "华信银行 核心业务系统二期"
            if language is Language.ZH
            else ("Harbourside Bank core banking phase 2")
        )
        checklist_id = store.checklists.add(research, now)
        for item in store.checklists.get(checklist_id).items[:4]:
            store.checklists.set_done(item.id, True)
        open_case = next((m for m in reversed(moments) if m.closed is None and m.case_id), None)
        if open_case is not None:
            delivery.source, delivery.uuid, delivery.case_id = COPY, "", open_case.case_id
            checklist_id = store.checklists.add(delivery, now)
            for item in store.checklists.get(checklist_id).items[:3]:
                store.checklists.set_done(item.id, True)
