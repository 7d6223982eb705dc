"""Exporting a document from the GUI: the file dialog (remembering the folder, suggesting a
name), building off the GUI thread, then the choice to open or print it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.complaint import Case
from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, ValidationError, user_message
from desktop.domain.letter import LetterDraft, LetterFacts
from desktop.services import Services
from desktop.views.background import run_in_background

FOLDER_KEY = "export.folder"


class DocumentExporter(QObject):
    def __init__(self, services: Services, language: Language, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.widget = parent

    def choose_path(self, kind: str, case: Case, lang: Language | None = None) -> Path | None:
        folder = self.services.settings.get(FOLDER_KEY) or str(Path.home())
        name = self.services.documents.suggested_name(kind, case, lang or self.language)
        path, _ = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Export as PDF"),
            str(Path(folder) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.services.settings.set(FOLDER_KEY, str(Path(path).parent))
        return Path(path)

    def export(
        self,
        kind: str,
        case: Case,
        path: Path,
        on_done: Callable[[Path], None] | None = None,
    ) -> None:
        """The report or the brief: built off the GUI thread, then written and recorded."""
        documents = self.services.documents
        job = documents.job(kind, case, self.language)
        self._build(job, lambda data: documents.save(kind, case.id, path, data), on_done)

    def export_letter(
        self,
        case: Case,
        path: Path,
        draft: LetterDraft,
        facts: LetterFacts,
        on_done: Callable[[Path], None] | None = None,
    ) -> None:
        documents = self.services.documents
        try:
            job = documents.letter_job(case, draft)
        except ValidationError as error:
            self.failed(error.message(self.language))
            return
        self._build(
            job, lambda data: documents.save_letter(case.id, path, data, draft, facts), on_done
        )

    def _build(
        self,
        job: Callable[[], bytes],
        save: Callable[[bytes], Path],
        on_done: Callable[[Path], None] | None,
    ) -> None:
        def built(data: bytes) -> None:
            try:
                written = save(data)
            except (OSError, TurnaroundError) as error:
                self.failed(user_message(error, self.language))
                return
            if on_done is not None:
                on_done(written)
            self.offer_to_open(written)

        run_in_background(
            job, built, lambda error: self.failed(user_message(error, self.language)), parent=self
        )

    def failed(self, reason: str) -> None:
        QMessageBox.warning(
            self.widget,
            self.tr("Export"),
            self.tr("The document could not be written: %1").replace("%1", reason),
        )

    def offer_to_open(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export"),
            self.tr("Saved %1.").replace("%1", str(path)),
            QMessageBox.StandardButton.Close,
            self.widget,
        )
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print(self, kind: str, case: Case) -> None:
        from desktop.views.printing import print_pdf

        documents = self.services.documents
        data = documents.job(kind, case, self.language)()
        print_pdf(self.widget, data, documents.suggested_name(kind, case, self.language))

    def print_letter(self, case: Case, draft: LetterDraft) -> None:
        from desktop.views.printing import print_pdf

        documents = self.services.documents
        data = documents.letter_job(case, draft)()
        print_pdf(self.widget, data, documents.suggested_name("letter", case, draft.language))
