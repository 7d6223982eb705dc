"""The letter's paragraph styles, per ../shared/LETTERS.md: a Chinese letter indents its
paragraphs two characters at a leading of about 1.5; an English block letter does not indent
and leaves a blank line between paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop.documents.fonts import LATIN, LATIN_BOLD, register
from desktop.documents.styles import MUTED
from desktop.domain.enums import Language

SIZE = 11.5


@dataclass(frozen=True)
class LetterStyles:
    cjk: bool
    body: ParagraphStyle
    lead_in: ParagraphStyle  # a paragraph that introduces a list: no gap after it
    item: ParagraphStyle
    title: ParagraphStyle
    subject: ParagraphStyle
    salutation: ParagraphStyle
    closing_indented: ParagraphStyle
    closing: ParagraphStyle
    signoff: ParagraphStyle
    signature_line: ParagraphStyle
    company: ParagraphStyle
    small: ParagraphStyle
    paragraph_gap: float


def letter_styles(language: Language) -> LetterStyles:
    register()
    cjk = language is Language.ZH
    leading = SIZE * (1.5 if cjk else 1.35)
    gap = 0 if cjk else leading  # English: a blank line between paragraphs
    body = ParagraphStyle(
        "letter_body",
        fontName=LATIN,
        fontSize=SIZE,
        leading=leading,
        wordWrap="CJK" if cjk else None,
        alignment=TA_JUSTIFY if cjk else TA_LEFT,
        firstLineIndent=2 * SIZE if cjk else 0,
        spaceAfter=gap,
    )
    return LetterStyles(
        cjk=cjk,
        body=body,
        lead_in=ParagraphStyle("letter_lead_in", parent=body, spaceAfter=0),
        item=ParagraphStyle(
            "letter_item",
            parent=body,
            firstLineIndent=2 * SIZE if cjk else 0,
            leftIndent=0 if cjk else SIZE,
            spaceAfter=0,
        ),
        title=ParagraphStyle(
            "letter_title",
            parent=body,
            fontName=LATIN_BOLD,
            fontSize=20,
            leading=28,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=2,
        ),
        subject=ParagraphStyle(
            "letter_subject",
            parent=body,
            fontSize=SIZE + 0.5,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=6,
        ),
        salutation=ParagraphStyle(
            "letter_salutation", parent=body, firstLineIndent=0, alignment=TA_LEFT
        ),
        closing_indented=ParagraphStyle(
            "letter_closing_indented",
            parent=body,
            firstLineIndent=2 * SIZE,
            spaceBefore=leading / 2,
            spaceAfter=0,
        ),
        closing=ParagraphStyle(
            "letter_closing", parent=body, firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0
        ),
        signoff=ParagraphStyle(
            "letter_signoff", parent=body, firstLineIndent=0, alignment=TA_RIGHT, spaceAfter=0
        ),
        signature_line=ParagraphStyle(
            "letter_signature_line", parent=body, firstLineIndent=0, spaceAfter=0
        ),
        company=ParagraphStyle(
            "letter_company",
            parent=body,
            fontName=LATIN_BOLD,
            fontSize=14,
            leading=18,
            firstLineIndent=0,
            alignment=TA_LEFT,
            spaceAfter=2,
        ),
        small=ParagraphStyle(
            "letter_small",
            parent=body,
            fontSize=8.5,
            leading=8.5 * 1.4,
            textColor=MUTED,
            firstLineIndent=0,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        paragraph_gap=gap or leading * 0.0,
    )
