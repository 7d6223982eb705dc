"""The apology letter before export: the final text to edit, the placeholders the case could
not fill, the tone check, then export, print or open."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalog import WORDS, text
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.templates import fill
from desktop.domain.tone import check
from desktop.services import Services
from desktop.views.document_export import DocumentExporter
from desktop.views.widgets.field_form import FieldForm


class LetterDialog(QDialog):
    def __init__(
        self, services: Services, case_id: int, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.case = services.cases.get(case_id)
        self.exporter = DocumentExporter(services, language, self)
        self.setWindowTitle(self.tr("Apology letter · %1").replace("%1", self.case.number))
        draft = services.documents.letter_draft(self.case, language)

        self.editor = QPlainTextEdit(draft.text)
        self.editor.setObjectName("letterText")
        self.editor.setAccessibleName(self.tr("Letter text"))
        self.editor.textChanged.connect(self._changed)
        self.missing_form = FieldForm()
        self.missing_fields: dict[str, QLineEdit] = {}
        self.missing_box = QWidget()
        missing_layout = QVBoxLayout(self.missing_box)
        missing_layout.setContentsMargins(0, 0, 0, 0)
        self.missing_intro = QLabel(
            self.tr("The case could not fill these. Write them here, or edit the text directly:")
        )
        self.missing_intro.setWordWrap(True)
        missing_layout.addWidget(self.missing_intro)
        missing_layout.addLayout(self.missing_form)
        for name in draft.missing:
            key = f"placeholder.{name}"
            shown = text(key, language) if key in WORDS else name
            line = QLineEdit()
            line.editingFinished.connect(lambda n=name, w=line: self._fill(n, w.text()))
            self.missing_form.add(name, shown, line)
            self.missing_fields[name] = line
        self.missing_box.setVisible(bool(draft.missing))

        self.tone_title = QLabel()
        self.tone = QListWidget()
        self.tone.setObjectName("toneNotes")
        self.tone.setAccessibleName(self.tr("Tone check"))
        self.tone.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.missing_box)
        side.addWidget(self.tone_title)
        side.addWidget(self.tone, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(320)
        body = QHBoxLayout()
        body.addWidget(self.editor, 1)
        body.addWidget(side_widget)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Start again from the template"))
        self.reset_button.clicked.connect(self.reset)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(
            lambda: self.exporter.print("letter", self.case, self.editor.toPlainText())
        )
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.export_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1000, 680)
        self._tone_timer = QTimer(self)
        self._tone_timer.setSingleShot(True)
        self._tone_timer.setInterval(300)
        self._tone_timer.timeout.connect(self.update_checks)
        self.update_checks()

    def _changed(self) -> None:
        self._tone_timer.start()

    def _fill(self, name: str, value: str) -> None:
        if value.strip():
            self.editor.setPlainText(fill(self.editor.toPlainText(), {name: value.strip()}).text)
            self.update_checks()

    def missing(self) -> list[str]:
        return list(fill(self.editor.toPlainText(), {}).missing)

    def update_checks(self) -> None:
        body = self.editor.toPlainText()
        notes = check(body, self.language)
        self.tone.clear()
        for note in notes:
            self.tone.addItem(f"“{note.phrase}” — {note.reason}\n→ {note.suggestion}")
        self.tone_title.setText(
            self.tr("<b>Tone check</b>: nothing to change.")
            if not notes
            else self.tr(
                "<b>Tone check</b>: %1 phrase(s) worth another look. They do not stop the export."
            ).replace("%1", str(len(notes)))
        )
        missing = self.missing()
        self.export_button.setEnabled(not missing)
        self.print_button.setEnabled(not missing)
        if missing:
            self.status.setText(
                self.tr("Still to fill before export: %1").replace(
                    "%1", ", ".join("{" + name + "}" for name in missing)
                )
            )
            self.status.setStyleSheet("color: #c62828;")
        else:
            self.status.setText("")

    def reset(self) -> None:
        fresh = dataclasses.replace(self.case, letter_text="")  # the template, not the last edit
        self.editor.setPlainText(self.services.documents.letter_draft(fresh, self.language).text)

    def export(self) -> None:
        self.update_checks()
        if self.missing():
            return
        path = self.exporter.choose_path("letter", self.case)
        if path is None:
            return
        try:
            self.exporter.export(
                "letter",
                self.case,
                path,
                body=self.editor.toPlainText(),
                on_done=lambda written: self.status.setText(
                    self.tr("Exported to %1.").replace("%1", str(written))
                ),
            )
        except ValidationError as error:
            self.status.setText(error.message(self.language))
