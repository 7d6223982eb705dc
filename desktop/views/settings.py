"""Settings: profile and letterhead, deadlines, working hours, language and colours, privacy,
data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.settings import Deadlines, Letterhead, Profile
from desktop.services import Services
from desktop.views.theme import apply_theme
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.field_form import FieldForm


class SettingsView(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(self._profile_tab()), self.tr("Profile and letterhead"))
        self.tabs.addTab(self._scrolled(self._deadlines_tab()), self.tr("Deadlines"))
        from desktop.views.working_hours import WorkingHoursTab

        self.working_hours = WorkingHoursTab(services, language)
        self.tabs.addTab(self._scrolled(self.working_hours), self.tr("Working hours"))
        self.tabs.addTab(self._scrolled(self._language_tab()), self.tr("Language and appearance"))
        from desktop.views.data_tab import DataTab
        from desktop.views.privacy_tab import PrivacyTab

        self.privacy_tab = PrivacyTab(services, language)
        self.tabs.addTab(self._scrolled(self.privacy_tab), self.tr("Privacy"))

        self.data_tab = DataTab(services, language)
        self.tabs.addTab(self.data_tab, self.tr("Data"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.load()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    # --- profile and letterhead ---------------------------------------------------------------
    def _profile_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Your name, title and company sign the apology letters and "
                "reports; the letterhead heads every printed page."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.profile_form = FieldForm()
        form = self.profile_form
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
        self.save_profile_button.setDefault(True)
        self.save_profile_button.clicked.connect(self.save_profile)
        buttons.addWidget(self.save_profile_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

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
        remove.clicked.connect(lambda: self._remove_image(role))
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
        for preview, relative in (
            (self.logo_preview, letterhead.logo_path),
            (self.signature_preview, letterhead.signature_path),
        ):
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

    def save_profile(self) -> bool:
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
            field = error.field.removesuffix("_en")
            self.profile_form.show_error(field, error.message(self.language))
            self.saved_label.setText("")
            return False
        self.saved_label.setText(self.tr("Saved."))
        return True

    # --- deadlines ------------------------------------------------------------------------
    def _deadlines_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr("Defaults for new commitments. Each case can still set its own dates.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.deadline_form = FieldForm()
        self.first_response_hours = self._spin(1, 720, self.tr(" h"))
        self.promise_hours = self._spin(1, 720, self.tr(" h"))
        self.update_every_days = self._spin(1, 60, self.tr(" days"))
        self.follow_up_days = self._spin(1, 365, self.tr(" days"))
        self.warning_hours = self._spin(0, 72, self.tr(" h"))
        form = self.deadline_form
        form.add(
            "first_response_hours", self.tr("First response within"), self.first_response_hours
        )
        form.add("promise_hours", self.tr("Promise a progress report within"), self.promise_hours)
        form.add("update_every_days", self.tr("Progress update every"), self.update_every_days)
        form.add("follow_up_days", self.tr("Follow-up visit after the fix"), self.follow_up_days)
        form.add("warning_hours", self.tr("Remind me before a deadline"), self.warning_hours)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.deadlines_saved = QLabel()
        buttons.addWidget(self.deadlines_saved)
        reset = QPushButton(self.tr("Reset to defaults"))
        reset.clicked.connect(lambda: self._show_deadlines(Deadlines()))
        buttons.addWidget(reset)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save_deadlines)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    @staticmethod
    def _spin(low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _show_deadlines(self, deadlines: Deadlines) -> None:
        self.first_response_hours.setValue(deadlines.first_response_hours)
        self.promise_hours.setValue(deadlines.promise_hours)
        self.update_every_days.setValue(deadlines.update_every_days)
        self.follow_up_days.setValue(deadlines.follow_up_days)
        self.warning_hours.setValue(deadlines.warning_hours)

    def save_deadlines(self) -> None:
        self.deadline_form.clear_errors()
        try:
            self.services.settings.save_deadlines(
                Deadlines(
                    first_response_hours=self.first_response_hours.value(),
                    promise_hours=self.promise_hours.value(),
                    update_every_days=self.update_every_days.value(),
                    follow_up_days=self.follow_up_days.value(),
                    warning_hours=self.warning_hours.value(),
                )
            )
        except ValidationError as error:
            self.deadline_form.show_error(error.field, error.message(self.language))
            return
        self.deadlines_saved.setText(self.tr("Saved."))

    # --- language -------------------------------------------------------------------------
    def _language_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = FieldForm()
        self.language_choice = ChoiceBox()
        self.language_choice.add_choice(self.tr("Follow the system"), "system")
        self.language_choice.add_choice("简体中文", "zh_CN")
        self.language_choice.add_choice("English", "en")
        form.add("language", self.tr("Language"), self.language_choice)
        self.theme_choice = ChoiceBox()
        self.theme_choice.add_choice(self.tr("Follow the system"), "system")
        self.theme_choice.add_choice(self.tr("Light"), "light")
        self.theme_choice.add_choice(self.tr("Dark"), "dark")
        form.add("theme", self.tr("Colours"), self.theme_choice)
        self.document_font_choice = ChoiceBox()
        self.document_font_choice.add_choice(self.tr("Serif (宋体-like)"), "serif")
        self.document_font_choice.add_choice(self.tr("Sans (黑体-like)"), "sans")
        form.add("document_font", self.tr("Document font"), self.document_font_choice)
        layout.addLayout(form)
        font_note = QLabel(
            self.tr(
                "The body text of the apology letter, the improvement report and the escalation "
                "brief. A serif is the convention for a formal letter; headings stay sans."
            )
        )
        font_note.setWordWrap(True)
        layout.addWidget(font_note)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        layout.addWidget(self.language_note)
        layout.addStretch(1)
        self.language_choice.currentIndexChanged.connect(self._language_chosen)
        self.theme_choice.currentIndexChanged.connect(self._theme_chosen)
        self.document_font_choice.currentIndexChanged.connect(self._document_font_chosen)
        return page

    def _document_font_chosen(self) -> None:
        choice = self.document_font_choice.value()
        if choice != self.services.settings.document_font():
            self.services.settings.set_document_font(choice)

    def _theme_chosen(self) -> None:
        choice = self.theme_choice.value()
        if choice == self.services.settings.theme():
            return
        self.services.settings.set_theme(choice)
        apply_theme(QApplication.instance(), choice)  # at once: no restart for colours

    def _language_chosen(self) -> None:
        choice = self.language_choice.value()
        if choice == self.services.settings.language():
            return
        self.services.settings.set_language(choice)
        self.language_note.setText(
            self.tr("Saved. Turnaround will use this language the next time it starts.")
        )

    # --- loading ------------------------------------------------------------------------
    def load(self) -> None:
        profile = self.services.settings.profile()
        letterhead = self.services.settings.letterhead()
        self.name.setText(profile.name)
        self.title.setText(profile.title)
        self.company.setText(profile.company)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.letterhead_company.setText(letterhead.company)
        self.address.setPlainText(letterhead.address)
        self.name_en.setText(profile.name_en)
        self.title_en.setText(profile.title_en)
        self.company_en.setText(profile.company_en)
        self.letterhead_company_en.setText(letterhead.company_en)
        self.address_en.setPlainText(letterhead.address_en)
        self._show_images()
        self._show_deadlines(self.services.settings.deadlines())
        self.language_choice.blockSignals(True)
        self.language_choice.set_value(self.services.settings.language())
        self.language_choice.blockSignals(False)
        self.theme_choice.blockSignals(True)
        self.theme_choice.set_value(self.services.settings.theme())
        self.theme_choice.blockSignals(False)
        font = self.services.settings.document_font()
        if font not in ("serif", "sans") and self.document_font_choice.count() == 2:
            # a TrueType font chosen by hand: shown, kept until another choice is made
            self.document_font_choice.add_choice(Path(font).name, font)
        self.document_font_choice.blockSignals(True)
        self.document_font_choice.set_value(font)
        self.document_font_choice.blockSignals(False)
