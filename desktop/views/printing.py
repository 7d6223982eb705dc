"""Printing our PDFs: pages rendered with QtPdf onto the printer chosen in the print dialog."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget


def print_pdf(parent: QWidget, data: bytes, title: str) -> bool:
    """Show the print dialog and print every page; False when cancelled or nothing printed."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page_rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            scale = min(page_rect.width() / size.width(), page_rect.height() / size.height())
            image = document.render(
                index, QSize(int(size.width() * scale), int(size.height() * scale))
            )
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True
