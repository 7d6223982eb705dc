"""Building a PDF into bytes: the letterhead on every page (documents/furniture.py), "Page N of M"
and a footer line on every page, and the document's metadata (title, author, subject, language,
creator)."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop import APP_NAME, __version__
from desktop.documents.fonts import LATIN, mixed
from desktop.documents.furniture import HEAD_TOP, HeadedPaper, Letterhead
from desktop.documents.paragraph import Paragraph
from desktop.documents.styles import MARGIN, MUTED, PAGE, TEXT_WIDTH
from desktop.domain.enums import Language

FOOTER_Y = 12 * mm
BOTTOM = MARGIN + 6 * mm
PDF_LANGUAGE = {Language.ZH: "zh-CN", Language.EN: "en"}
_FOOTER = ParagraphStyle("footer", fontName=LATIN, fontSize=8, leading=10, textColor=MUTED)
_PAGE_LABEL = ParagraphStyle("page_label", parent=_FOOTER, alignment=TA_RIGHT)
LABEL_WIDTH = 40 * mm


def creator() -> str:
    return f"{APP_NAME} {__version__}"


def numbered_canvas(footer_left: str, page_label: Callable[[int, int], str]) -> type[canvas.Canvas]:
    """A canvas that knows the page count when it draws each footer (two passes over pages)."""
    left = Paragraph(mixed(footer_left), _FOOTER, where="doc.footer") if footer_left else None

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # the page preamble names a font: ours, so Helvetica never appears in the PDF
            kwargs["initialFontName"] = LATIN
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's, unexported

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            words = page_label(self._pageNumber, total)  # type: ignore[attr-defined]  # ditto
            if words:
                label = Paragraph(mixed(words), _PAGE_LABEL)
                label.wrap(LABEL_WIDTH, FOOTER_Y)
                label.drawOn(self, MARGIN + TEXT_WIDTH - LABEL_WIDTH, FOOTER_Y)
            if left is not None:
                left.wrap(TEXT_WIDTH - LABEL_WIDTH - 4 * mm, FOOTER_Y)
                left.drawOn(self, MARGIN, FOOTER_Y)
            self.restoreState()

    return NumberedCanvas


def _frame(name: str, head: float) -> Frame:
    top = PAGE[1] - (HEAD_TOP + head if head else MARGIN)
    return Frame(
        MARGIN,
        BOTTOM,
        TEXT_WIDTH,
        top - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def build_pdf(
    story: list[Flowable],
    title: str,
    footer_left: str,
    page_label: Callable[[int, int], str],
    author: str = "",
    *,
    subject: str = "",
    language: Language | None = None,
    paper: HeadedPaper | None = None,
) -> bytes:
    """The PDF of `story`, with `paper`'s letterhead on every page (full on the first) and the
    metadata a viewer and a screen reader show: title, author, subject, /Lang, creator."""
    letterhead = Letterhead(paper or HeadedPaper())
    buffer = BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM,
        title=title,
        author=author,
        subject=subject or title,
        creator=creator(),
        lang=PDF_LANGUAGE.get(language) if language else None,
        initialFontName=LATIN,
    )
    document.addPageTemplates(
        [
            PageTemplate(
                "first",
                [_frame("first", letterhead.first_height)],
                onPage=lambda page, doc: letterhead.draw_first(page),
                autoNextPageTemplate="later",
            ),
            PageTemplate(
                "later",
                [_frame("later", letterhead.later_height)],
                onPage=lambda page, doc: letterhead.draw_later(page),
            ),
        ]
    )
    document.build(story, canvasmaker=numbered_canvas(footer_left, page_label))
    return buffer.getvalue()
