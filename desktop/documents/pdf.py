"""Building a PDF into bytes, with "Page N of M" and a generation line on every page."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from desktop.documents.fonts import LATIN, mixed_plain_font
from desktop.documents.styles import MARGIN, MUTED, PAGE


def numbered_canvas(footer_left: str, page_label: Callable[[int, int], str]) -> type:
    """A canvas that knows the page count when it draws each footer (two passes over pages)."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            # the page preamble names a font: ours, so Helvetica never appears in the PDF
            kwargs["initialFontName"] = LATIN
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFillColor(MUTED)
            width, _ = PAGE
            y = 12 * mm
            font = mixed_plain_font(footer_left)
            self.setFont(font, 8)
            self.drawString(MARGIN, y, footer_left)
            label = page_label(self._pageNumber, total)
            self.setFont(mixed_plain_font(label), 8)
            self.drawRightString(width - MARGIN, y, label)
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    title: str,
    footer_left: str,
    page_label: Callable[[int, int], str],
    author: str = "",
) -> bytes:
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=author,
        creator="Turnaround",
        subject=title,
        initialFontName=LATIN,
    )
    document.build(story, canvasmaker=numbered_canvas(footer_left, page_label))
    return buffer.getvalue()
