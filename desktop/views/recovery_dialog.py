"""The database cannot be used (damaged, or an empty file): say so plainly and offer a way back —
the latest backup, a file the user chooses, or, for an empty file, starting with no data."""

from __future__ import annotations

import logging
import os
from datetime import UTC
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from desktop import APP_NAME
from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, user_message
from desktop.paths import DataFolder
from desktop.services.clock import system_clock
from desktop.services.data import SUFFIX, latest_good_backup, restore_folder

log = logging.getLogger(__name__)
LATEST, FILE, AFRESH, QUIT = "latest", "file", "afresh", "quit"


class RecoveryDialog(QMessageBox):
    def __init__(
        self,
        folder: DataFolder,
        explanation: str,
        language: Language,
        empty: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.language = language
        self.backup = latest_good_backup(folder)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(APP_NAME)
        self.setText(explanation)
        if self.backup is not None:
            self.setInformativeText(
                self.tr(
                    "Restore the latest backup, %1? What is there now is kept aside in the data "
                    "folder, with the date in its folder's name."
                ).replace("%1", self.backup.name)
            )
        else:
            self.setInformativeText(
                self.tr("There is no backup in the data folder. Nothing has been changed.")
            )
        self.choices: dict[str, QPushButton] = {}
        if self.backup is not None:
            self._choice(LATEST, self.tr("Restore the latest backup"), True)
        self._choice(FILE, self.tr("Restore from a file…"))
        if empty:
            self._choice(AFRESH, self.tr("Start with no data"))
        self._choice(QUIT, self.tr("Quit"))
        self.setEscapeButton(self.choices[QUIT])

    def _choice(self, name: str, text: str, default: bool = False) -> None:
        role = (
            QMessageBox.ButtonRole.RejectRole if name == QUIT else QMessageBox.ButtonRole.AcceptRole
        )
        button = self.addButton(text, role)
        button.setObjectName(name)
        self.choices[name] = button
        if default:
            self.setDefaultButton(button)

    def choose(self) -> str:
        self.exec()
        clicked = self.clickedButton()
        return next((name for name, button in self.choices.items() if button is clicked), QUIT)

    def act(self, choice: str) -> bool:
        """Do what was chosen; True when the database may now be opened again."""
        try:
            if choice == LATEST and self.backup is not None:
                restore_folder(self.folder, self.backup, system_clock(), "damaged")
                return True
            if choice == FILE:
                path, _ = QFileDialog.getOpenFileName(
                    self.parentWidget(),
                    self.tr("Restore from a file"),
                    str(Path.home()),
                    self.tr("Turnaround files (*%1)").replace("%1", SUFFIX),
                )
                if not path:
                    return False
                restore_folder(self.folder, Path(path), system_clock(), "damaged")
                return True
            if choice == AFRESH:
                set_empty_file_aside(self.folder)
                return True
        except (TurnaroundError, OSError) as error:
            log.error("recovery failed: %s", error)
            QMessageBox.critical(
                self.parentWidget(),
                APP_NAME,
                self.tr("Nothing was changed: %1").replace(
                    "%1", user_message(error, self.language)
                ),
            )
        return False


def set_empty_file_aside(folder: DataFolder) -> Path:
    """The empty file is kept (renamed), never deleted: it is evidence of what went wrong."""
    stamp = system_clock().astimezone(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    target = folder.root / f"empty-{stamp}.db"
    os.replace(folder.database, target)
    return target


def offer_recovery(
    folder: DataFolder, explanation: str, language: Language, empty: bool = False
) -> bool:
    """Ask, then act; True when the database may be opened again."""
    dialog = RecoveryDialog(folder, explanation, language, empty)
    return dialog.act(dialog.choose())
