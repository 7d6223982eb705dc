"""The formal apology letter (致歉函): letterhead, date, recipient, body, signature."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Spacer,
)

from desktop.documents.fonts import mixed
from desktop.documents.furniture import HeadedPaper
from desktop.documents.paragraph import Paragraph
from desktop.documents.pdf import build_pdf
from desktop.documents.styles import Styles, styles_for
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


def _paper(content: LetterContent) -> HeadedPaper:
    """The letterhead, drawn as page furniture: in full on the first page, as a running head on
    the others (documents/furniture.py)."""
    head = content.letterhead
    return HeadedPaper(
        head.company or content.signer.company, tuple(head.address.splitlines()), content.logo
    )


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
    story: list[Flowable] = []
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
    recipient = content.recipient_organisation or content.recipient_contact
    return build_pdf(
        story,
        " · ".join(filter(None, [document_title, recipient])),
        "",  # no internal case number on what the customer receives
        lambda page, pages: text("doc.page", lang, page=page, pages=pages) if pages > 1 else "",
        author=signer.name,
        subject=content.subject,
        language=lang,
        paper=_paper(content),
    )
