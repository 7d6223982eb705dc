"""You have seen this before: while a complaint is typed or pasted, up to three closed cases or
library lessons like it, each with its root cause and what fixed it, one click to open."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCursor, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.enums import Language
from desktop.domain.similarity import Precedent, PrecedentKind
from desktop.services import Services
from desktop.views.theme import muted_html_colour
from desktop.views.widgets.pause import after_pause

DELAY_MS = 400  # after the last keystroke: a query per pause in typing, not per key
SHOWN_CHARACTERS = 90


def shortened(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class PrecedentEntry(QWidget):
    """One precedent: its title as a link-like button, then the cause and the fix."""

    def __init__(self, precedent: Precedent) -> None:
        super().__init__()
        self.precedent = precedent
        candidate = precedent.candidate
        where = candidate.reference if candidate.kind is PrecedentKind.CASE else self.tr("Lesson")
        self.button = QPushButton(f"{where} · {shortened(precedent.title, 60)}")
        self.button.setFlat(True)
        self.button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.button.setStyleSheet("text-align: left; text-decoration: underline; padding: 2px;")
        self.button.setToolTip(self.tr("Open it"))
        lines = []
        if candidate.root_cause.strip():
            lines.append(
                self.tr("<b>Cause:</b> %1").replace(
                    "%1", html.escape(shortened(candidate.root_cause))
                )
            )
        if candidate.fix.strip():
            lines.append(
                self.tr("<b>Fixed by:</b> %1").replace("%1", html.escape(shortened(candidate.fix)))
            )
        self.details = QLabel("<br>".join(lines))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setContentsMargins(8, 0, 0, 0)
        self.details.setVisible(bool(lines))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.details)


class PrecedentsPanel(QFrame):
    open_case = Signal(int)
    open_lesson = Signal(int)

    def __init__(
        self, services: Services, language: Language, current_case: Callable[[], int]
    ) -> None:
        super().__init__()
        self.setObjectName("precedents")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.services = services
        self.language = language
        self.current_case = current_case
        self.entries: list[PrecedentEntry] = []
        self._text = ""
        self._timer = after_pause(self, DELAY_MS, self._typing_paused)
        heading = QLabel(self.tr("<b>You have seen this before</b>"))
        hint = QLabel(self.tr("Closed cases and lessons like this complaint:"))
        hint.setStyleSheet(f"color: {muted_html_colour()};")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 6, 8, 6)
        self.column.setSpacing(4)
        self.column.addWidget(heading)
        self.column.addWidget(hint)
        self.hide()

    def sizeHint(self) -> QSize:
        # the height its wrapped lines take at its width: a wrapped label's own hint assumes a
        # narrow column, and the form would stretch every line of the panel apart to fill it
        hint = super().sizeHint()
        if self.width() > 0:
            hint.setHeight(self.column.totalHeightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def schedule(self, text: str) -> None:
        """The complaint changed: look again once typing pauses."""
        self._text = text
        self._timer.start()

    def show_for(self, text: str) -> None:
        """Look now (a case was loaded, a message pasted)."""
        self._text = text
        self._timer.stop()
        self.refresh()

    def _typing_paused(self) -> None:
        if self.window().isVisible():  # not after the wizard was closed
            self.refresh()

    def refresh(self) -> None:
        found = self.services.precedents.similar(self._text, self.current_case())
        for entry in self.entries:
            self.column.removeWidget(entry)
            entry.deleteLater()
        self.entries = []
        for precedent in found:
            entry = PrecedentEntry(precedent)
            entry.button.clicked.connect(lambda _=False, p=precedent: self._open(p))
            self.column.addWidget(entry)
            self.entries.append(entry)
        self.setVisible(bool(found))

    def _open(self, precedent: Precedent) -> None:
        if precedent.kind is PrecedentKind.CASE:
            self.open_case.emit(precedent.id)
        else:
            self.open_lesson.emit(precedent.id)
