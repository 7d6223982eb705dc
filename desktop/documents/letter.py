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
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer

from desktop.documents.fonts import mixed
from desktop.documents.furniture import HeadedPaper, fit_image
from desktop.documents.paragraph import Paragraph
from desktop.documents.pdf import build_pdf
from desktop.documents.styles import Styles, styles_for
from desktop.domain.catalog import text
from desktop.domain.dates import long_date
from desktop.domain.enums import Language
from desktop.domain.letter import LetterContent

SEAL_ROOM = 40 * mm  # over the company name and the date: where the company seal goes
_LIST_ITEM = re.compile(r"^\s*(\d+[.、)]|[-•])\s*")


def _image(path: Path | None, max_width: float, max_height: float) -> Image | None:
    """The signature scaled to fit, or None when it is missing or cannot be decoded."""
    fitted = fit_image(path, (max_width, max_height))
    if fitted is None:
        return None
    _reader, width, height = fitted
    return Image(str(path), width=width, height=height)


def _paper(content: LetterContent) -> HeadedPaper:
    """The letterhead in the letter's language, drawn as page furniture: in full on the first
    page, as a running head on the others (documents/furniture.py)."""
    company, address = content.letterhead.in_language(content.language is Language.EN)
    return HeadedPaper(
        company or content.signer.company,
        tuple((address or content.signer.address).splitlines()),
        content.logo,
    )


@dataclass(frozen=True)
class LetterStyles:
    """The shared letter styles (documents/styles.py) and the three the body's lists need."""

    shared: Styles
    lead_in: ParagraphStyle  # a paragraph that introduces a list: no gap after it
    item: ParagraphStyle
    paragraph_gap: float
    cjk: bool


def letter_styles(lang: Language) -> LetterStyles:
    shared = styles_for(lang)
    body = shared.letter_body
    cjk = lang is Language.ZH
    return LetterStyles(
        shared,
        ParagraphStyle("letter_lead_in", parent=body, spaceAfter=0),
        ParagraphStyle(
            "letter_item",
            parent=body,
            spaceAfter=0,
            firstLineIndent=body.firstLineIndent if cjk else 0,
            leftIndent=0 if cjk else body.fontSize,
        ),
        body.spaceAfter,
        cjk,
    )


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
            flowables.append(Paragraph(mixed("".join(prose)), styles.shared.letter_body))
        else:  # the block ended with its list: the usual gap before the next paragraph
            flowables.append(Spacer(1, styles.paragraph_gap))
    return flowables


def _chinese(content: LetterContent, styles: LetterStyles) -> list[Flowable]:
    shared = styles.shared
    story: list[Flowable] = [Paragraph(mixed(text("doc.letter", Language.ZH)), shared.letter_title)]
    if content.subject.strip():
        story.append(
            Paragraph(mixed(content.subject.strip()), shared.letter_subject, where="letter_subject")
        )
    story.append(Paragraph(mixed(content.salutation), shared.salutation, where="letter_salutation"))
    story.extend(body_flowables(content.body, styles))
    signer = content.signer
    closing: list[Flowable] = [
        Paragraph(mixed("此致"), shared.closing_indented),
        Paragraph(mixed("敬礼！"), shared.closing),
        Spacer(1, SEAL_ROOM / 2),
    ]
    picture = _image(content.signature, 45 * mm, 16 * mm)
    if picture is not None:
        picture.hAlign = "RIGHT"
        closing.append(picture)
    person = " ".join(part for part in (signer.name, signer.title) if part)
    for line in (signer.company, person):
        if line:
            closing.append(Paragraph(mixed(line), shared.signoff_right, where="signer"))
    closing.append(Spacer(1, SEAL_ROOM / 4))
    closing.append(Paragraph(mixed(long_date(content.date, Language.ZH)), shared.signoff_right))
    story.append(KeepTogether(closing))
    return story


def _english(content: LetterContent, styles: LetterStyles) -> list[Flowable]:
    shared = styles.shared
    body = shared.letter_body
    story: list[Flowable] = [Paragraph(mixed(long_date(content.date, Language.EN)), body)]
    if content.recipient_lines:
        address = mixed("\n".join(content.recipient_lines))
        story.append(Paragraph(address, body, where="recipient"))
    if content.subject.strip():
        subject = f"<b>{mixed(content.subject.strip())}</b>"
        story.append(Paragraph(subject, body, where="letter_subject"))
    story.append(Paragraph(mixed(content.salutation), shared.salutation, where="letter_salutation"))
    story.extend(body_flowables(content.body, styles))
    signer = content.signer
    closing: list[Flowable] = [Paragraph("Yours sincerely,", shared.closing)]
    picture = _image(content.signature, 45 * mm, 16 * mm)
    closing.append(picture if picture is not None else Spacer(1, 14 * mm))
    if picture is not None:
        picture.hAlign = "LEFT"
    for line in (signer.name, signer.title, signer.company, signer.phone, signer.email):
        if line:
            closing.append(Paragraph(mixed(line), shared.signoff_left, where="signer"))
    story.append(KeepTogether(closing))
    return story


def build_letter(content: LetterContent) -> bytes:
    lang = content.language
    styles = letter_styles(lang)
    story = _chinese(content, styles) if lang is Language.ZH else _english(content, styles)
    recipient = content.recipient_lines[-1] if content.recipient_lines else ""
    title = " · ".join(filter(None, [text("doc.letter", lang), recipient]))
    return build_pdf(
        story,
        title,
        "",  # the case number is internal: not in the customer's letter
        lambda page, pages: text("doc.page", lang, page=page, pages=pages) if pages > 1 else "",
        author=content.signer.name,
        subject=content.subject,
        language=lang,
        paper=_paper(content),
    )
