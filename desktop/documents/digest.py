"""The lessons digest: selected lessons of the library on A4, for a team meeting."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from desktop.documents.fonts import mixed
from desktop.documents.paragraph import Paragraph
from desktop.documents.pdf import build_pdf
from desktop.documents.styles import styles_for
from desktop.domain.catalog import label, text
from desktop.domain.enums import Language
from desktop.domain.library import Lesson

SECTIONS = ("problem", "root_cause", "solution", "prevention")


def build_digest(lessons: list[Lesson], lang: Language, generated: str, author: str) -> bytes:
    """`generated` is the local date and time already written out for the reader."""
    styles = styles_for(lang)
    title = text("lesson.digest", lang)
    story: list[Flowable] = [
        Paragraph(mixed(title), styles.title),
        Paragraph(
            mixed(text("doc.generated", lang, date=generated) + (f" · {author}" if author else "")),
            styles.small,
        ),
        Spacer(1, 4 * mm),
    ]
    for number, lesson in enumerate(lessons, start=1):
        kind = (
            label(lesson.complaint_type, lang)
            if lesson.complaint_type
            else text("lesson.none", lang)
        )
        facts = [f"{text('lesson.type', lang)}: {kind}"]
        if lesson.tags:
            facts.append(f"{text('lesson.tags', lang)}: {', '.join(lesson.tags)}")
        if lesson.origin:
            facts.append(text("lesson.from", lang, origin=lesson.origin))
        story.append(CondPageBreak(40 * mm))  # a lesson's title never sits alone at a page foot
        story.append(Paragraph(mixed(f"{number}. {lesson.title}"), styles.heading))
        story.append(Paragraph(mixed(" · ".join(facts)), styles.small))
        story.append(Spacer(1, 2 * mm))
        for name in SECTIONS:
            value = getattr(lesson, name).strip()
            if value:
                story.append(
                    KeepTogether(
                        [
                            Paragraph(mixed(text(f"lesson.{name}", lang)), styles.cell_label),
                            Paragraph(mixed(value), styles.body),
                        ]
                    )
                )
    return build_pdf(
        story,
        title,
        f"{title} · {generated}",
        lambda page, pages: text("doc.page", lang, page=page, pages=pages),
        author=author,
        language=lang,
    )
