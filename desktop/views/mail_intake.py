"""A mail file dropped on the main window becomes a new case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, user_message
from desktop.services import Services


def case_from_mail(
    services: Services, language: Language, path: Path, parent: QWidget
) -> tuple[int, list[str]] | None:
    """The new case's id and the fields the mail filled; None (the user told why) when the file
    cannot be read — nothing is created then."""
    try:
        message = services.inbound.read_file(path)
        case, filled = services.inbound.create_case(message)
    except TurnaroundError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MailIntake", "New complaint from a mail"),
            user_message(error, language),
        )
        return None
    return case.id, filled
