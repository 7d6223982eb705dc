"""Paragraph styles shared by the documents: the report's and the brief's, and the letter's
(per LETTERS.md: a centred title and subject, a serif body with a two-character first-line indent
in Chinese and block paragraphs in English, the closing and the sign-off)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop.documents.fonts import LATIN, LATIN_BOLD, body_fonts
from desktop.domain.enums import Language

PAGE = A4
MARGIN = 20 * mm
TEXT_WIDTH = PAGE[0] - 2 * MARGIN  # the frames have no padding: text and tables use all of it
ACCENT = colors.HexColor("#1565c0")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b0bec5")
LABEL = colors.HexColor("#546e7a")
LETTER_SIZE = {Language.ZH: 12.0, Language.EN: 11.0}  # 小四 for Chinese letters


@dataclass(frozen=True)
class Styles:
    # the report, the brief and the digest
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    company: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_label: ParagraphStyle
    cell_key: ParagraphStyle  # the label column of a label–value table
    # the letter
    letter_title: ParagraphStyle  # 致歉函, centred, 20 pt, sans bold
    letter_subject: ParagraphStyle  # 关于……的说明, centred, smaller
    salutation: ParagraphStyle  # 华东制造有限公司： / Dear Ms Ortega, flush left
    letter_body: ParagraphStyle  # zh: indent of two characters, leading 1.5; en: a blank line after
    closing_indented: ParagraphStyle  # 此致, indented two characters; kept with what follows
    closing: ParagraphStyle  # 敬礼！ / Yours sincerely, flush left; kept with what follows
    signoff_right: ParagraphStyle  # the Chinese sign-off (落款), right-aligned
    signoff_left: ParagraphStyle  # the English sign-off, flush left


def styles_for(language: Language) -> Styles:
    fonts = body_fonts()
    zh = language is Language.ZH
    leading = 1.6 if zh else 1.4
    body = ParagraphStyle(
        "body",
        fontName=fonts.latin,
        bulletFontName=fonts.latin,
        fontSize=10.5,
        leading=10.5 * leading,
        wordWrap="CJK" if zh else None,  # Chinese lines break between any two characters
        alignment=TA_LEFT,
        spaceAfter=6,
    )
    size = LETTER_SIZE[language]
    letter_body = ParagraphStyle(
        "letter_body",
        parent=body,
        fontSize=size,
        leading=size * (1.5 if zh else 1.35),
        firstLineIndent=2 * size if zh else 0,
        spaceAfter=0 if zh else size * 1.35,  # English: a blank line between paragraphs
    )
    heading = ParagraphStyle(
        "heading",
        parent=body,
        fontName=LATIN_BOLD,
        fontSize=12,
        leading=18,
        spaceBefore=10,
        spaceAfter=4,
        textColor=ACCENT,
    )
    return Styles(
        body=body,
        small=ParagraphStyle(
            "small",
            parent=body,
            fontName=LATIN,
            fontSize=8.5,
            leading=8.5 * 1.4,
            textColor=MUTED,
            spaceAfter=0,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=LATIN_BOLD,
            fontSize=16,
            leading=22,
            spaceAfter=8,
            textColor=colors.black,
        ),
        heading=heading,
        company=ParagraphStyle(
            "company", parent=body, fontName=LATIN_BOLD, fontSize=14, leading=18, spaceAfter=2
        ),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=9, leading=9 * 1.45, spaceAfter=0, fontName=LATIN
        ),
        cell_head=ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=LATIN_BOLD,
            fontSize=9,
            leading=9 * 1.45,
            spaceAfter=0,
            textColor=colors.white,
        ),
        cell_label=ParagraphStyle(
            "cell_label",
            parent=body,
            fontName=LATIN_BOLD,
            spaceBefore=2,
            spaceAfter=1,
            textColor=LABEL,
        ),
        cell_key=ParagraphStyle(
            "cell_key",
            parent=body,
            fontName=LATIN_BOLD,
            fontSize=9,
            leading=9 * 1.45,
            spaceAfter=0,
            textColor=LABEL,
        ),
        letter_title=ParagraphStyle(
            "letter_title",
            parent=body,
            fontName=LATIN_BOLD,
            fontSize=20,
            leading=28,
            alignment=TA_CENTER,
            spaceBefore=0,
            spaceAfter=4,
            keepWithNext=1,
        ),
        letter_subject=ParagraphStyle(
            "letter_subject",
            parent=body,
            fontName=LATIN,
            fontSize=size + 1,
            leading=(size + 1) * 1.5,
            alignment=TA_CENTER,
            spaceAfter=size * 1.5,
            keepWithNext=1,
        ),
        salutation=ParagraphStyle(
            "salutation",
            parent=letter_body,
            firstLineIndent=0,
            spaceBefore=0,
            spaceAfter=0 if zh else size * 1.35,
            keepWithNext=1,
        ),
        letter_body=letter_body,
        closing_indented=ParagraphStyle(
            "closing_indented",
            parent=letter_body,
            firstLineIndent=2 * size,
            spaceBefore=size * 0.5,
            spaceAfter=0,
            keepWithNext=1,
        ),
        closing=ParagraphStyle(
            "closing",
            parent=letter_body,
            firstLineIndent=0,
            spaceBefore=0,
            spaceAfter=0,
            keepWithNext=1,
        ),
        signoff_right=ParagraphStyle(
            "signoff_right",
            parent=letter_body,
            firstLineIndent=0,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
        signoff_left=ParagraphStyle(
            "signoff_left", parent=letter_body, firstLineIndent=0, spaceAfter=0
        ),
    )


TABLE_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), LATIN, 9),  # not reportlab's default, Helvetica
    ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f6f9")]),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]
