"""Our PDFs as page images, rendered by PDFium (pypdfium2): the letter's live preview and
printing draw the very same pages the exported file holds."""

from __future__ import annotations

import threading

from PySide6.QtGui import QImage

# PDFium is not thread-safe: one rendering at a time, whichever thread asks
_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return [tuple(document[index].get_size()) for index in range(len(document))]
        finally:
            document.close()


def render_pages(data: bytes, dpi: float, first: int = 0, count: int | None = None) -> list[QImage]:
    """The pages as images at `dpi` (safe off the GUI thread: QImage is not a widget)."""
    import pypdfium2 as pdfium

    images = []
    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            last = len(document) if count is None else min(len(document), first + count)
            for index in range(first, last):
                page = document[index]
                bitmap = page.render(
                    scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True
                )
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBX8888,
                )
                images.append(image.copy())  # its own pixels: the bitmap goes away
                bitmap.close()
                page.close()
        finally:
            document.close()
    return images
