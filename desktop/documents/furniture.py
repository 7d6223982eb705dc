"""The letterhead as page furniture: drawn by the page templates (documents/pdf.py), not by the
story, so that it is on every page. The first page carries the full letterhead (logo, the company
in large type, address and contact lines, a rule), as headed paper does; later pages a running
head (small logo, company · address, a hairline)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import LATIN, mixed
from desktop.documents.paragraph import Paragraph
from desktop.documents.styles import MARGIN, MUTED, PAGE, RULE, TEXT_WIDTH

HEAD_TOP = 14 * mm  # from the top edge of the paper to the top of the letterhead
LOGO_FIRST = (40 * mm, 18 * mm)  # the largest logo, first page
LOGO_LATER = (24 * mm, 7 * mm)
GAP_FIRST = 8 * mm  # between the first page's rule and the text
GAP_LATER = 5 * mm
INK = colors.HexColor("#263238")

_COMPANY = ParagraphStyle(
    "letterhead_company", fontName=LATIN, fontSize=16, leading=20, textColor=INK
)
_DETAILS = ParagraphStyle(
    "letterhead_details", fontName=LATIN, fontSize=8.5, leading=12, textColor=MUTED
)
_RUNNING = ParagraphStyle("running_head", fontName=LATIN, fontSize=8, leading=10, textColor=MUTED)


@dataclass(frozen=True)
class HeadedPaper:
    """What the letterhead shows: the company's full name, detail lines (address, phone), the
    logo file (None when there is none or it cannot be read)."""

    company: str = ""
    details: tuple[str, ...] = ()
    logo: Path | None = None

    def __bool__(self) -> bool:
        return bool(self.company or any(self.details) or self.logo)


def fit_image(
    path: Path | None, box: tuple[float, float]
) -> tuple[ImageReader, float, float] | None:
    """The image scaled to fit the box, or None when it is missing or cannot be decoded."""
    if path is None:
        return None
    try:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
        reader.getRGBData()  # decode now, not half-way through building the PDF
    except Exception:  # a broken image must not stop the document
        return None
    ratio = min(box[0] / width, box[1] / height, 1.0)
    return reader, width * ratio, height * ratio


class Letterhead:
    """The letterhead of one document, measured once, drawn on each page."""

    def __init__(self, paper: HeadedPaper) -> None:
        self.paper = paper
        self.logo = fit_image(paper.logo, LOGO_FIRST)
        self.small_logo = fit_image(paper.logo, LOGO_LATER)
        self.text_left = self.logo[1] + 5 * mm if self.logo else 0.0
        width = TEXT_WIDTH - self.text_left
        self.block = (
            [Paragraph(mixed(paper.company), _COMPANY, where="doc.letterhead_company")]
            if paper.company
            else []
        )
        self.block += [
            Paragraph(mixed(line), _DETAILS, where="doc.letterhead_address")
            for line in paper.details
            if line
        ]
        self.block_height = sum(p.wrap(width, PAGE[1])[1] for p in self.block)
        running_width = TEXT_WIDTH - (self.small_logo[1] + 3 * mm if self.small_logo else 0)
        self.running = self._running_head(running_width)
        self.running_height = self.running.wrap(running_width, PAGE[1])[1] if self.running else 0

    def _running_head(self, width: float) -> Paragraph | None:
        """Company · first line of the address, on one line; the company alone when both do not
        fit."""
        paper = self.paper
        chosen = None
        for parts in ([paper.company, *paper.details[:1]], [paper.company]):
            words = " · ".join(part.replace("\n", " ") for part in parts if part)
            if words:
                chosen = Paragraph(mixed(words), _RUNNING, where="doc.letterhead_address")
                chosen.wrap(width, PAGE[1])
                # the lines of a wrapped paragraph: blPara, which reportlab's stubs leave out
                if len(chosen.blPara.lines) == 1:  # type: ignore[attr-defined]
                    break
        return chosen

    @property
    def first_height(self) -> float:
        """What the first page's letterhead takes below the top of the letterhead, gap included."""
        if not self.paper:
            return 0.0
        logo_height = self.logo[2] if self.logo else 0.0
        return max(logo_height, self.block_height) + 2.5 * mm + GAP_FIRST

    @property
    def later_height(self) -> float:
        if not self.paper:
            return 0.0
        logo_height = self.small_logo[2] if self.small_logo else 0.0
        return max(logo_height, self.running_height) + 1.5 * mm + GAP_LATER

    def draw_first(self, canvas: Canvas) -> None:
        if not self.paper:
            return
        top = PAGE[1] - HEAD_TOP
        height = self.first_height - GAP_FIRST - 2.5 * mm
        canvas.saveState()
        if self.logo:
            reader, width, logo_height = self.logo
            canvas.drawImage(
                reader, MARGIN, top - (height + logo_height) / 2, width, logo_height, mask="auto"
            )
        y = top - (height - self.block_height) / 2
        for paragraph in self.block:
            y -= paragraph.height
            paragraph.drawOn(canvas, MARGIN + self.text_left, y)
        rule = top - height - 2.5 * mm
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.9)
        canvas.line(MARGIN, rule, MARGIN + TEXT_WIDTH, rule)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, rule - 0.9 * mm, MARGIN + TEXT_WIDTH, rule - 0.9 * mm)
        canvas.restoreState()

    def draw_later(self, canvas: Canvas) -> None:
        if not self.paper:
            return
        top = PAGE[1] - HEAD_TOP
        height = self.later_height - GAP_LATER - 1.5 * mm
        canvas.saveState()
        left = MARGIN
        if self.small_logo:
            reader, width, logo_height = self.small_logo
            canvas.drawImage(
                reader, left, top - (height + logo_height) / 2, width, logo_height, mask="auto"
            )
            left += width + 3 * mm
        if self.running:
            self.running.drawOn(canvas, left, top - (height + self.running_height) / 2)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top - height - 1.5 * mm, MARGIN + TEXT_WIDTH, top - height - 1.5 * mm)
        canvas.restoreState()
