"""The formal apology letter (致歉函): letterhead, date, recipient, body, signature."""

from __future__ import annotations

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
from desktop.documents.pdf import build_pdf
from desktop.documents.styles import RULE, Styles, styles_for
from desktop.domain.catalog import text
from desktop.domain.dates import long_date
from desktop.domain.letter import LetterContent


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


def _letterhead(content: LetterContent, styles: Styles) -> list[Flowable]:
    head = content.letterhead
    company = head.company or content.signer.company
    words = [Paragraph(mixed(company), styles.company)] if company else []
    if head.address:
        words.append(Paragraph(mixed(head.address), styles.small))
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
        Spacer(1, 6 * mm),
    ]


def body_flowables(body: str, styles: Styles) -> list[Flowable]:
    """Paragraphs from plain text: blank lines separate paragraphs; "- " lines are bullets."""
    flowables: list[Flowable] = []
    for block in body.strip().split("\n\n"):
        lines = block.split("\n")
        bullets = [line for line in lines if line.lstrip().startswith("- ")]
        plain = [line for line in lines if not line.lstrip().startswith("- ")]
        if plain:
            flowables.append(Paragraph(mixed("\n".join(plain)), styles.body))
        for line in bullets:
            flowables.append(Paragraph(mixed(line.lstrip()[2:]), styles.body, bulletText="•"))
    return flowables


def build_letter(content: LetterContent) -> bytes:
    lang = content.language
    styles = styles_for(lang)
    story: list[Flowable] = _letterhead(content, styles)
    story.append(Paragraph(mixed(long_date(content.date, lang)), styles.right))
    story.append(Spacer(1, 4 * mm))
    if content.recipient_organisation:
        story.append(
            Paragraph(
                mixed(text("doc.to", lang, organisation=content.recipient_organisation)),
                styles.body,
            )
        )
    if content.recipient_contact:
        story.append(
            Paragraph(mixed(text("doc.attn", lang, contact=content.recipient_contact)), styles.body)
        )
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(mixed(content.subject), styles.title))
    story.extend(body_flowables(content.body, styles))
    signature: list[Flowable] = [Spacer(1, 6 * mm)]
    picture = _image(content.signature, 45 * mm, 18 * mm)
    if picture is not None:
        picture.hAlign = "RIGHT"
        signature.append(picture)
    signer = content.signer
    for line in (
        signer.name,
        signer.title,
        content.letterhead.company or signer.company,
        long_date(content.date, lang),
    ):
        if line:
            signature.append(Paragraph(mixed(line), styles.right))
    story.append(KeepTogether(signature))
    document_title = text("doc.letter", lang)
    return build_pdf(
        story,
        f"{document_title} {content.case_number}",
        content.case_number,
        lambda page, pages: text("doc.page", lang, page=page, pages=pages),
        author=signer.name,
    )
