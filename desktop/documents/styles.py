"""Paragraph styles and page furniture shared by the documents."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop.documents.fonts import LATIN, LATIN_BOLD, register
from desktop.domain.enums import Language

PAGE = A4
MARGIN = 20 * mm
ACCENT = colors.HexColor("#1565c0")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b0bec5")
LABEL = colors.HexColor("#546e7a")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    company: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_label: ParagraphStyle


def styles_for(language: Language) -> Styles:
    register()
    # Chinese lines may break between any two characters; English only between words
    wrap = "CJK" if language is Language.ZH else None
    leading = 1.6 if language is Language.ZH else 1.4
    body = ParagraphStyle(
        "body",
        fontName=LATIN,
        bulletFontName=LATIN,
        fontSize=10.5,
        leading=10.5 * leading,
        wordWrap=wrap,
        alignment=TA_LEFT,
        spaceAfter=6,
    )
    return Styles(
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=8.5, leading=8.5 * 1.4, textColor=MUTED, spaceAfter=0
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
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=LATIN_BOLD,
            fontSize=12,
            leading=18,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
        ),
        company=ParagraphStyle(
            "company", parent=body, fontName=LATIN_BOLD, fontSize=14, leading=18, spaceAfter=2
        ),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=9 * 1.45, spaceAfter=0),
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
    )


TABLE_STYLE = [
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
