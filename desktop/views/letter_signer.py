"""Nobody sends an unsigned letter: when the profile lacks what the letter's language needs
(name, title, company, a phone or an e-mail), it is asked for right here and saved to
Settings as it is typed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.services import Services
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.pause import after_pause

SAVE_DELAY_MS = 400

# the profile's field for each part of the signature, per letter language
FIELDS = {
    Language.ZH: {"name": "name", "title": "title", "company": "company"},
    Language.EN: {"name": "name_en", "title": "title_en", "company": "company_en"},
}


class SignerForm(QGroupBox):
    changed = Signal()  # the profile was saved: the letter can be drafted again

    def __init__(
        self,
        services: Services,
        window_language: Language,
        parent: QWidget | None = None,
        purpose: str = "letter",
    ) -> None:
        super().__init__(parent)
        self.purpose = purpose  # "letter" or "message": what is signed
        self.setObjectName("signerForm")
        self.services = services
        self.window_language = window_language
        self.letter_language = Language.ZH
        self.form = FieldForm()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Your name"),
            "title": self.tr("Your job title"),
            "company": self.tr("Your company"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
        }
        # saved a moment after the last key (and at once on leaving the field): the letter can
        # go out as soon as the signature is whole, without a click elsewhere first
        self.timer = after_pause(self, SAVE_DELAY_MS, self.save)
        self._asked = False  # once asked for, the form stays while the user types in it
        for key, label in labels.items():
            edit = QLineEdit()
            edit.textEdited.connect(self.timer.start)
            edit.editingFinished.connect(self.save)
            self.form.add(
                f"signer_{key}", label, edit, required=key in ("name", "title", "company")
            )
            self.edits[key] = edit
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)

    def show_for(self, language: Language) -> None:
        """Fill in what the profile has for this language; shown only when something lacks."""
        self.letter_language = language
        english = language is Language.EN
        titles = {
            ("letter", True): self.tr("Sign the letter (in English; saved to Settings)"),
            ("letter", False): self.tr("Sign the letter (in Chinese; saved to Settings)"),
            ("message", True): self.tr("Sign the message (in English; saved to Settings)"),
            ("message", False): self.tr("Sign the message (in Chinese; saved to Settings)"),
        }
        self.setTitle(titles[self.purpose, english])
        profile = self.services.settings.profile()
        for key, edit in self.edits.items():
            value = getattr(profile, FIELDS[language].get(key, key))
            if edit.text().strip() != value:  # what is being typed keeps its spaces and cursor
                edit.blockSignals(True)
                edit.setText(value)
                edit.blockSignals(False)
        self._asked = self._asked or bool(self.services.documents.unsigned(language))
        self.setVisible(self._asked)

    def save(self) -> None:
        self.timer.stop()
        profile = self.services.settings.profile()
        values = {
            FIELDS[self.letter_language].get(key, key): edit.text().strip()
            for key, edit in self.edits.items()
        }
        self.form.clear_errors()
        try:
            self.services.settings.save_profile(dataclasses.replace(profile, **values))
        except ValidationError as error:
            fields = FIELDS[self.letter_language]
            shown = next((key for key in self.edits if fields.get(key, key) == error.field), "")
            shown = shown or error.field
            self.form.show_error(f"signer_{shown}", error.message(self.window_language))
            return
        self.changed.emit()

    def is_complete(self) -> bool:
        return not self.services.documents.unsigned(self.letter_language)
