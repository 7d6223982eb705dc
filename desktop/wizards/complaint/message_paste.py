"""Paste the customer's message: what the clipboard (or a dropped mail file) holds fills the
intake fields that are empty; typed text is replaced only when the user agrees. A line then
says what was filled, for the user to check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.errors import TurnaroundError, ValidationError, user_message
from desktop.domain.inbound import InboundMessage, field_names, filled_note
from desktop.views.theme import muted_html_colour
from desktop.views.widgets.mail_drop import mail_paths
from desktop.views.widgets.status_line import set_tone

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.wizards.complaint.base_page import CasePage


class MessagePaste(QWidget):
    filled = Signal(list)  # the intake fields filled

    def __init__(self, page: CasePage, blank: Callable[[], set[str]]) -> None:
        super().__init__()
        self.page = page
        self.blank = blank  # fields whose value the user never chose
        self.button = QPushButton(self.tr("Paste the customer's message"))
        self.button.setToolTip(
            self.tr(
                "Fills the empty fields from a mail or chat message you copied: who wrote it, "
                "their e-mail and phone, when, and the complaint in their words."
            )
        )
        self.button.clicked.connect(self.paste)
        hint = QLabel(self.tr("or drop a mail file (.eml) here"))
        hint.setStyleSheet(f"color: {muted_html_colour()};")
        self.note = QLabel()
        self.note.setObjectName("pasteNote")
        self.note.setWordWrap(True)
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(hint, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.addLayout(row)
        column.addWidget(self.note)

    @property
    def services(self) -> Services:
        return self.page.services

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        files = mail_paths(mime)
        if files:  # a mail file copied in the file manager
            self.take_file(files[0])
            return
        text = mime.text() if mime is not None and mime.hasText() else ""
        self._fill(lambda: self.services.inbound.read_text(text))

    def take_file(self, path: Path) -> None:
        self._fill(lambda: self.services.inbound.read_file(path))

    def _fill(self, read: Callable[[], InboundMessage]) -> None:
        page = self.page
        try:
            message = read()
        except TurnaroundError as error:
            self.tell(user_message(error, page.language), error=True)
            return
        page.owner.save_now()  # what was typed a moment ago counts as typed
        case_id = page.case.id
        plan = self.services.inbound.plan(case_id, message, self.blank())
        replace = bool(plan.conflicts) and self._agrees_to_replace(list(plan.conflicts))
        values = plan.values(replace)
        if values:
            try:
                self.services.inbound.fill(case_id, values)
            except ValidationError as error:
                self.tell(user_message(error, page.language), error=True)
                return
            page.owner.reload()
            page.refresh()
            page.owner.case_changed.emit(case_id)
        kept = [] if replace else list(plan.conflicts)
        self.show_filled(list(values), kept)
        self.filled.emit(list(values))

    def _agrees_to_replace(self, fields: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace what you typed?"),
            self.tr(
                "The message differs from what you typed in: %1. Replace your text with the "
                "message's? (No keeps what you typed and fills only the empty fields.)"
            ).replace("%1", field_names(fields, self.page.language)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_filled(self, filled: list[str], kept: list[str]) -> None:
        self.tell(filled_note(filled, kept, self.page.language))

    def tell(self, text: str, error: bool = False) -> None:
        set_tone(self.note, "error" if error else "")
        self.note.setText(text)
        self.note.show()
