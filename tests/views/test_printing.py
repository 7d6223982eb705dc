"""Printing renders each page with PDFium onto the printer: printed here to a PDF file through
QPrinter and read back."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.enums import Language
from desktop.views.pdf_pages import page_sizes, render_pages
from desktop.views.printing import print_to
from tests.documents.conftest import make_case


def test_every_page_reaches_the_printer(qapp, services, clock, tmp_path):
    case = make_case(services, clock, actions=30, long_text="这是一段很长的说明。" * 12)
    data = services.documents.report_job(case, Language.ZH)()
    pages = len(page_sizes(data))
    assert pages >= 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert print_to(printer, data)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    assert printed.pages[0]["/Resources"]["/XObject"]  # each page is the rendered picture


def test_a_rendered_page_is_the_a4_page_with_ink_on_it(qapp, services, clock):
    case = make_case(services, clock)
    data = services.documents.report_job(case, Language.EN)()
    [image] = render_pages(data, 50, count=1)
    assert abs(image.width() - 413) <= 1 and abs(image.height() - 585) <= 1  # A4 at 50 dpi
    inked = sum(
        1
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert inked > 50
