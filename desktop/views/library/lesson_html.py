"""A lesson as rich text for the reading pane."""

from __future__ import annotations

import html

from desktop.domain.catalog import label, text
from desktop.domain.enums import Language
from desktop.domain.library import Lesson
from desktop.views.theme import muted_html_colour


def lesson_html(lesson: Lesson, lang: Language, case_number: str = "") -> str:
    def esc(value: str) -> str:
        return html.escape(value).replace("\n", "<br>")

    kind = (
        label(lesson.complaint_type, lang) if lesson.complaint_type else text("lesson.none", lang)
    )
    facts = [f"{text('lesson.type', lang)}: {esc(kind)}"]
    if lesson.tags:
        facts.append(f"{text('lesson.tags', lang)}: {esc('，'.join(lesson.tags))}")
    if lesson.origin:
        facts.append(esc(text("lesson.from", lang, origin=lesson.origin)))
    if case_number:
        facts.append(esc(case_number))
    parts = [
        f"<h3>{esc(lesson.title)}</h3>",
        f"<p style='color:{muted_html_colour()}'>{' · '.join(facts)}</p>",
    ]
    for name in ("problem", "root_cause", "solution", "prevention"):
        value = getattr(lesson, name).strip()
        if value:
            parts.append(f"<p><b>{esc(text(f'lesson.{name}', lang))}</b><br>{esc(value)}</p>")
    return "".join(parts)
