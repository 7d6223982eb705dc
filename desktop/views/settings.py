"""Settings: profile and letterhead, deadlines, working hours, customers, language and colours,
what the suggestions learned, privacy, data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.settings import Deadlines
from desktop.services import Services
from desktop.views.theme import apply_theme
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.pause import after_pause

SAVE_DELAY_MS = 600


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
        from desktop.views.customers_tab import CustomersTab

        self.customers_tab = CustomersTab(services, language)
        self.tabs.addTab(self._scrolled(self.customers_tab), self.tr("Customers"))
        self.tabs.addTab(self._scrolled(self._language_tab()), self.tr("Language and appearance"))
        from desktop.views.suggestions_tab import SuggestionsTab

        self.suggestions_tab = SuggestionsTab(services, language)
        self.tabs.addTab(self._scrolled(self.suggestions_tab), self.tr("Suggestions"))
        from desktop.views.templates_tab import TemplatesTab

        self.templates_tab = TemplatesTab(services, language)
        self.tabs.addTab(self._scrolled(self.templates_tab), self.tr("Templates"))
        from desktop.views.data_tab import DataTab
        from desktop.views.privacy_tab import PrivacyTab

        self.privacy_tab = PrivacyTab(services, language)
        self.tabs.addTab(self._scrolled(self.privacy_tab), self.tr("Privacy"))

        self.data_tab = DataTab(services, language)
        self.tabs.addTab(self.data_tab, self.tr("Data"))
        QVBoxLayout(self).addWidget(self.tabs)
        # saved as typed, a moment after the last key: nothing is lost by leaving or quitting
        self._loading = False
        self.deadlines_timer = after_pause(self, SAVE_DELAY_MS, self.save_deadlines)
        self.load()
        for spin in (
            self.first_response_hours,
            self.promise_hours,
            self.update_every_days,
            self.follow_up_days,
            self.warning_hours,
        ):
            spin.valueChanged.connect(self._deadlines_typed)

    def _deadlines_typed(self) -> None:
        if not self._loading:
            self.deadlines_saved.setText("")
            self.deadlines_timer.start()

    def flush(self) -> str:
        """Save what is waiting; the message of what could not be saved, else ""."""
        problems = [self.profile.flush()]
        if self.deadlines_timer.isActive():
            self.deadlines_timer.stop()
            if not self.save_deadlines():
                problems.append(self.deadlines_problem)
        return " ".join(filter(None, problems))

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # leaving the view saves what was typed
        super().hideEvent(event)

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    # --- profile and letterhead ---------------------------------------------------------------
    def _profile_tab(self) -> QWidget:
        from desktop.views.profile_form import ProfileForm

        self.profile = ProfileForm(self.services, self.language)
        return self.profile

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
        reset.clicked.connect(self.reset_deadlines)
        buttons.addWidget(reset)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save_deadlines)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def reset_deadlines(self) -> None:
        self._show_deadlines(Deadlines())
        self.deadlines_timer.stop()
        self.save_deadlines()

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

    def save_deadlines(self) -> bool:
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
            self.deadlines_problem = error.message(self.language)
            self.deadline_form.show_error(error.field, self.deadlines_problem)
            return False
        self.deadlines_problem = ""
        self.deadlines_saved.setText(self.tr("Saved."))
        return True

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
        self.stay_in_tray = QCheckBox(
            self.tr(
                "Keep running in the tray when the window is closed, so that reminders keep "
                "coming (Quit from the tray icon's menu)"
            )
        )
        self.stay_in_tray.toggled.connect(self._stay_in_tray_chosen)
        layout.addWidget(self.stay_in_tray)
        layout.addStretch(1)
        self.language_choice.currentIndexChanged.connect(self._language_chosen)
        self.theme_choice.currentIndexChanged.connect(self._theme_chosen)
        self.document_font_choice.currentIndexChanged.connect(self._document_font_chosen)
        return page

    def _stay_in_tray_chosen(self, chosen: bool) -> None:
        from desktop.views.tray import STAY_KEY

        if not self._loading:
            self.services.settings.set(STAY_KEY, chosen)

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
        """Show what is saved (what was typed and not saved is dropped)."""
        self.deadlines_timer.stop()
        self.deadlines_problem = ""
        self.deadline_form.clear_errors()
        self._loading = True
        try:
            self._load()
        finally:
            self._loading = False

    def _load(self) -> None:
        from desktop.views.tray import STAY_KEY

        self.stay_in_tray.setChecked(bool(self.services.settings.get(STAY_KEY)))
        self.profile.load()
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
