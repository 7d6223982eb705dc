"""The real pages beside the text: the letter's PDF is built and rendered off the GUI thread a
moment after the last keystroke, exactly as it will be exported and printed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.views.background import run_in_background
from desktop.views.pdf_pages import render_pages

DEBOUNCE_MS = 500
PREVIEW_DPI = 72


class LetterPreview(QScrollArea):
    """Call `request(job)` with a function that builds the PDF bytes (it runs off the GUI
    thread); the newest request wins, older results are dropped."""

    def __init__(
        self, describe: Callable[[Exception], str] = str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.describe = describe  # an error as the user is told it
        self.setObjectName("letterPreview")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages = QWidget()
        self.column = QVBoxLayout(self.pages)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("previewMessage")
        self.column.addWidget(self.message)
        self.setWidget(self.pages)
        self.page_labels: list[QLabel] = []
        self.shown_pdf = b""
        self._job: Callable[[], bytes] | None = None
        self._generation = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def request(self, job: Callable[[], bytes]) -> None:
        self._job = job
        self._generation += 1
        self._timer.start()

    def stop(self) -> None:
        """No more previews (the dialog is closing)."""
        self._timer.stop()
        self._job = None
        self._generation += 1

    def show_message(self, text: str) -> None:
        """Instead of pages: why there is nothing to show yet."""
        self._job = None
        self._generation += 1
        self.message.setText(text)
        self.message.show()
        for label in self.page_labels:
            label.hide()

    def _start(self) -> None:
        if self._job is None:
            return
        if self._busy:  # one at a time; the newest request runs when this one ends
            self._timer.start()
            return
        job, generation = self._job, self._generation
        self._busy = True
        # the page as wide as the pane (A4 is 8.27 in), sharp on a high-density screen
        dpi = max(36.0, min(PREVIEW_DPI * 2, (self.viewport().width() - 30) / 8.27))
        ratio = self.devicePixelRatioF()

        def work() -> tuple[bytes, list[QImage]]:
            data = job()
            return data, render_pages(data, dpi * ratio)

        run_in_background(
            work,
            lambda result: self._show(generation, *result),
            lambda error: self._failed(generation, error),
            parent=self,
        )

    def _show(self, generation: int, data: bytes, images: list[QImage]) -> None:
        self._busy = False
        if generation != self._generation:
            return  # the text changed meanwhile: a newer preview is on its way
        self.shown_pdf = data
        self.message.hide()
        while len(self.page_labels) < len(images):
            label = QLabel()
            label.setObjectName(f"previewPage{len(self.page_labels) + 1}")
            label.setStyleSheet("background: white; border: 1px solid #b0bec5;")
            self.column.addWidget(label)
            self.page_labels.append(label)
        for index, label in enumerate(self.page_labels):
            if index < len(images):
                pixmap = QPixmap.fromImage(images[index])
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                label.setPixmap(pixmap)
                label.show()
            else:
                label.hide()

    def _failed(self, generation: int, error: Exception) -> None:
        self._busy = False
        if generation == self._generation:
            self.message.setText(self.describe(error))
            self.message.show()

    @property
    def page_count(self) -> int:
        return sum(1 for label in self.page_labels if not label.isHidden())
