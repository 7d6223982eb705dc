"""The formal apology letter, laid out as ../shared/LETTERS.md describes.

致歉函: letterhead; the title centred, a neutral subject under it; the salutation flush left;
paragraphs indented two characters; 此致 indented, 敬礼！ flush left; the sign-off on the right
(company, name and title, the date once) with room for the seal.
English: a block letter — letterhead, the date once, the inside address, "Re:" subject,
"Dear …,", paragraphs with a blank line between them, "Yours sincerely,", the signature, name,
title, company, phone and e-mail. The case number is not printed: it is internal.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.fonts import LATIN, mixed
from desktop.documents.letter_styles import LetterStyles, letter_styles
from desktop.documents.pdf import build_pdf
from desktop.documents.styles import RULE
from desktop.domain.catalog import text
from desktop.domain.dates import long_date
from desktop.domain.enums import Language
from desktop.domain.letter import LetterContent

SEAL_ROOM = 40 * mm  # over the company name and the date: where the company seal goes
_LIST_ITEM = re.compile(r"^\s*(\d+[.、)]|[-•])\s*")


def _image(path: object, max_width: float, max_height: float) -> Image | None:
    """The image scaled to fit, or None when it is missing or cannot be decoded."""
    if path is None:
        return None
    try:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
        reader.getRGBData()  # decode now, not half-way through building the PDF
    except Exception:  # a broken image must not stop the letter
        return None
    ratio = min(max_width / width, max_height / height, 1.0)
    return Image(str(path), width=width * ratio, height=height * ratio)


def _letterhead(content: LetterContent, styles: LetterStyles) -> list[Flowable]:
    company, address = content.letterhead.in_language(content.language is Language.EN)
    company = company or content.signer.company
    address = address or content.signer.address
    words = [Paragraph(mixed(company), styles.company)] if company else []
    if address:
        words.append(Paragraph(mixed(address), styles.small))
    logo = _image(content.logo, 40 * mm, 18 * mm)
    if not words and logo is None:
        return []
    row = [[logo or "", words]] if logo else [[words]]
    widths = [44 * mm, None] if logo else [None]
    table = Table(row, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONT", (0, 0), (-1, -1), LATIN, 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        table,
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=0.8, color=RULE),
        Spacer(1, 8 * mm),
    ]


def body_flowables(body: str, styles: LetterStyles) -> list[Flowable]:
    """Paragraphs from plain text: blank lines separate paragraphs; a numbered or "- " line is
    an item of its own, under the paragraph that introduces it."""
    flowables: list[Flowable] = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        prose: list[str] = []
        for line in lines:
            if _LIST_ITEM.match(line):
                if prose:
                    flowables.append(Paragraph(mixed("".join(prose)), styles.lead_in))
                    prose = []
                flowables.append(Paragraph(mixed(line), styles.item))
            else:
                prose.append(line if not prose or styles.cjk else " " + line)
        if prose:
            flowables.append(Paragraph(mixed("".join(prose)), styles.body))
        else:  # the block ended with its list: the usual gap before the next paragraph
            flowables.append(Spacer(1, styles.paragraph_gap))
    return flowables


def _chinese(content: LetterContent, styles: LetterStyles) -> list[Flowable]:
    story = _letterhead(content, styles)
    story.append(Paragraph(mixed(text("doc.letter", Language.ZH)), styles.title))
    if content.subject.strip():
        story.append(Paragraph(mixed(content.subject.strip()), styles.subject))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(mixed(content.salutation), styles.salutation))
    story.extend(body_flowables(content.body, styles))
    signer = content.signer
    closing: list[Flowable] = [
        Paragraph(mixed("此致"), styles.closing_indented),
        Paragraph(mixed("敬礼！"), styles.closing),
        Spacer(1, SEAL_ROOM / 2),
    ]
    picture = _image(content.signature, 45 * mm, 16 * mm)
    if picture is not None:
        picture.hAlign = "RIGHT"
        closing.append(picture)
    person = " ".join(part for part in (signer.name, signer.title) if part)
    for line in (signer.company, person):
        if line:
            closing.append(Paragraph(mixed(line), styles.signoff))
    closing.append(Spacer(1, SEAL_ROOM / 4))
    closing.append(Paragraph(mixed(long_date(content.date, Language.ZH)), styles.signoff))
    story.append(KeepTogether(closing))
    return story


def _english(content: LetterContent, styles: LetterStyles) -> list[Flowable]:
    story = _letterhead(content, styles)
    story.append(Paragraph(mixed(long_date(content.date, Language.EN)), styles.body))
    if content.recipient_lines:
        story.append(Paragraph(mixed("\n".join(content.recipient_lines)), styles.body))
    if content.subject.strip():
        story.append(Paragraph(f"<b>{mixed(content.subject.strip())}</b>", styles.body))
    story.append(Paragraph(mixed(content.salutation), styles.body))
    story.extend(body_flowables(content.body, styles))
    signer = content.signer
    closing: list[Flowable] = [Paragraph("Yours sincerely,", styles.closing)]
    picture = _image(content.signature, 45 * mm, 16 * mm)
    closing.append(picture if picture is not None else Spacer(1, 14 * mm))
    if picture is not None:
        picture.hAlign = "LEFT"
    for line in (signer.name, signer.title, signer.company, signer.phone, signer.email):
        if line:
            closing.append(Paragraph(mixed(line), styles.signature_line))
    story.append(KeepTogether(closing))
    return story


def build_letter(content: LetterContent) -> bytes:
    lang = content.language
    styles = letter_styles(lang)
    story = _chinese(content, styles) if lang is Language.ZH else _english(content, styles)
    title = content.subject.strip() or text("doc.letter", lang)
    return build_pdf(
        story,
        title,
        "",  # the case number is internal: not in the customer's letter
        lambda page, pages: text("doc.page", lang, page=page, pages=pages) if pages > 1 else "",
        author=content.signer.name,
    )
