"""Printing our PDFs: each page rendered by PDFium at the printer's resolution and drawn onto the
printer chosen in the print dialog (no QtPdf: PySide6-Addons is not needed)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.views.pdf_pages import page_sizes, render_pages


def print_pdf(parent: QWidget, data: bytes, title: str) -> bool:
    """Show the print dialog and print every page; False when cancelled or nothing printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return print_to(printer, data)


def print_to(printer: QPrinter, data: bytes) -> bool:
    """Every page onto `printer` (a QPrinter), scaled to fit its page, one page at a time."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page_rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        dpi = min(printer.resolution(), 600)
        for index, (width, height) in enumerate(page_sizes(data)):
            if index:
                printer.newPage()
            [image] = render_pages(data, dpi, first=index, count=1)
            scale = min(page_rect.width() / width, page_rect.height() / height)
            target = QRectF(0, 0, width * scale, height * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
