"""The demo library: lessons made from closed demo cases the way the app makes them (the
case's texts, anonymised), and a few from a colleague's file."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, tzinfo

from desktop.demo.cases import CaseMaker
from desktop.demo.team import of_role
from desktop.domain.complaint import Case
from desktop.domain.enums import Language
from desktop.domain.letter import text_language
from desktop.domain.letter_phrases import ISSUE, pick
from desktop.domain.library import Lesson, draft_lesson, lesson_from_case

OWN_LESSONS = 12
COLLEAGUE_LESSONS = 3


def lesson_of(case: Case) -> Lesson:
    """The lesson of a closed case, every name the anonymiser finds replaced, in the case's
    own language, with the title the engineer gave it in the preview: what went wrong and
    why, in a few words (the complaint's first words may be a greeting, or praise)."""
    lang = text_language(case.intake.complaint_text)
    texts = draft_lesson(case, lang).automatic()
    subtype = case.classification.subtype
    if subtype is not None and case.factors:
        issue = pick(ISSUE[subtype], lang)
        why = case.factors[0].note
        if lang is Language.ZH:
            texts["title"] = f"{issue}：{why}"
        else:
            texts["title"] = f"{issue[0].upper()}{issue[1:]}: {why[0].lower()}{why[1:]}"
    return lesson_from_case(case, lang, texts)


def colleague_lessons(seed: int, now: datetime, zone: tzinfo) -> list[Lesson]:
    """Lessons from cases a colleague closed (made here, never stored as cases), imported
    from their file some weeks ago."""
    maker = CaseMaker(seed + 7919, now, zone)
    rng = random.Random(seed)
    colleagues = [c for role in ("consultant", "pm") for c in of_role(role)]
    lessons = []
    for index in range(COLLEAGUE_LESSONS):
        received = now - timedelta(days=150 + 40 * index)
        case = maker.case(received)
        lesson = lesson_of(case)
        lesson.case_id = None
        colleague = rng.choice(colleagues)
        lesson.origin = colleague.name(text_language(case.intake.complaint_text))
        lesson.created_at = lesson.updated_at = now - timedelta(days=20 + 3 * index)
        lessons.append(lesson)
    return lessons
