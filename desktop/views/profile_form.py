"""Who signs: name, title and company in Chinese and in English, phone, e-mail, the letterhead
and the signature image. Saved as typed, a moment after the last key (Settings and the welcome
page share it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.settings import Letterhead, Profile
from desktop.services import Services
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.pause import after_pause

SAVE_DELAY_MS = 600


class ProfileForm(QWidget):
    saved = Signal()

    def __init__(
        self,
        services: Services,
        language: Language,
        parent: QWidget | None = None,
        letterhead: bool = True,
    ) -> None:
        """`letterhead`: also the letterhead's company name and address (Settings); the welcome
        page asks only who signs, and the images."""
        super().__init__(parent)
        self.services = services
        self.language = language
        self.problem = ""
        self._loading = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your name, title and company sign the apology letters and "
                "reports; the letterhead heads every printed page."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.profile_form = form = FieldForm()
        self.remove_buttons: dict[str, QPushButton] = {}
        # in Chinese and in English: an English letter is signed in English
        self.name, self.name_en = self._pair("name", self.tr("Your name"))
        self.title, self.title_en = self._pair("title", self.tr("Job title"))
        self.company, self.company_en = self._pair("company", self.tr("Company"))
        self.phone = form.add("phone", self.tr("Phone"), QLineEdit())
        self.email = form.add("email", self.tr("E-mail"), QLineEdit())
        self.letterhead_company, self.letterhead_company_en = self._pair(
            "letterhead_company", self.tr("Letterhead company name")
        )
        self.address, self.address_en = self._pair("address", self.tr("Address"), lines=3)
        for name in ("letterhead_company", "address"):
            if not letterhead:
                cell = form.widgets[name].parentWidget()
                if cell is not None:
                    form.setRowVisible(cell, False)
        self.logo_preview, logo_row = self._image_row("logo")
        form.add("logo_path", self.tr("Logo image"), logo_row)
        self.signature_preview, signature_row = self._image_row("signature")
        form.add("signature_path", self.tr("Signature image"), signature_row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saved_label = QLabel()
        buttons.addWidget(self.saved_label)
        self.save_profile_button = QPushButton(self.tr("Save"))
        self.save_profile_button.clicked.connect(self.save)
        buttons.addWidget(self.save_profile_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.timer = after_pause(self, SAVE_DELAY_MS, self.save)
        for edit in (
            self.name,
            self.title,
            self.company,
            self.phone,
            self.email,
            self.name_en,
            self.title_en,
            self.company_en,
            self.letterhead_company,
            self.letterhead_company_en,
        ):
            edit.textEdited.connect(self._typed)
        for box in (self.address, self.address_en):
            box.textChanged.connect(self._typed)

    def _pair(self, name: str, label: str, lines: int = 1) -> tuple[Any, Any]:
        """One row, two boxes: the Chinese form and the English form of the same thing."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edits: list[Any] = []
        for suffix, hint in (("", self.tr("in Chinese")), ("_en", self.tr("in English"))):
            edit: Any
            if lines > 1:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
            else:
                edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setObjectName(f"{name}{suffix}")
            edit.setAccessibleName(f"{label} ({hint})")
            line.addWidget(edit, 1)
            edits.append(edit)
        self.profile_form.add(name, label, row)
        return edits[0], edits[1]

    def _image_row(self, role: str) -> tuple[QLabel, QWidget]:
        """A preview, Choose… and Remove (enabled only when there is an image to remove)."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        preview = QLabel(self.tr("(none)"))
        preview.setFixedSize(160, 60)
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self._choose_image(role))
        remove = QPushButton(self.tr("Remove"))
        self.remove_buttons[role] = remove
        remove.clicked.connect(lambda: self._remove_image(role))
        for button in (choose, remove):
            button.setAutoDefault(False)  # Enter in a field means the dialog's own button
        line.addWidget(preview)
        line.addWidget(choose)
        line.addWidget(remove)
        line.addStretch(1)
        return preview, row

    def _choose_image(self, role: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.use_image(role, Path(path))

    def use_image(self, role: str, path: Path) -> None:
        self.profile_form.clear_error(f"{role}_path")
        try:
            self.services.settings.store_letterhead_image(role, path)
        except ValidationError as error:
            self.profile_form.show_error(error.field, error.message(self.language))
            return
        self._show_images()

    def _remove_image(self, role: str) -> None:
        self.services.settings.clear_letterhead_image(role)
        self._show_images()

    def _show_images(self) -> None:
        letterhead = self.services.settings.letterhead()
        root = self.services.folder.root if self.services.folder else Path()
        for role, preview, relative in (
            ("logo", self.logo_preview, letterhead.logo_path),
            ("signature", self.signature_preview, letterhead.signature_path),
        ):
            self.remove_buttons[role].setEnabled(bool(relative))
            pixmap = QPixmap(str(root / relative)) if relative else QPixmap()
            if pixmap.isNull():
                preview.setPixmap(QPixmap())
                preview.setText(self.tr("(none)"))
            else:
                preview.setPixmap(
                    pixmap.scaled(
                        preview.size(),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )

    # --- saving ------------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self._loading:
            self.saved_label.setText("")
            self.timer.start()

    def flush(self) -> str:
        """Save what is waiting; the message of what could not be saved, else ""."""
        if self.timer.isActive():
            self.timer.stop()
            self.save()
        return self.problem

    def save(self) -> bool:
        self.timer.stop()
        self.profile_form.clear_errors()
        current = self.services.settings.letterhead()
        try:
            self.services.settings.save_profile(
                Profile(
                    name=self.name.text(),
                    title=self.title.text(),
                    company=self.company.text(),
                    phone=self.phone.text(),
                    email=self.email.text(),
                    name_en=self.name_en.text(),
                    title_en=self.title_en.text(),
                    company_en=self.company_en.text(),
                )
            )
            self.services.settings.save_letterhead(
                Letterhead(
                    company=self.letterhead_company.text(),
                    address=self.address.toPlainText(),
                    logo_path=current.logo_path,
                    signature_path=current.signature_path,
                    company_en=self.letterhead_company_en.text(),
                    address_en=self.address_en.toPlainText(),
                )
            )
        except ValidationError as error:
            self.problem = error.message(self.language)
            self.profile_form.show_error(error.field.removesuffix("_en"), self.problem)
            self.saved_label.setText("")
            return False
        self.problem = ""
        self.saved_label.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def load(self) -> None:
        """Show what is saved (what was typed and not saved is dropped)."""
        self.timer.stop()
        self.problem = ""
        self.profile_form.clear_errors()
        self._loading = True
        try:
            profile = self.services.settings.profile()
            letterhead = self.services.settings.letterhead()
            for edit, value in (
                (self.name, profile.name),
                (self.title, profile.title),
                (self.company, profile.company),
                (self.phone, profile.phone),
                (self.email, profile.email),
                (self.name_en, profile.name_en),
                (self.title_en, profile.title_en),
                (self.company_en, profile.company_en),
                (self.letterhead_company, letterhead.company),
                (self.letterhead_company_en, letterhead.company_en),
            ):
                edit.setText(value)
            self.address.setPlainText(letterhead.address)
            self.address_en.setPlainText(letterhead.address_en)
            self._show_images()
        finally:
            self._loading = False
