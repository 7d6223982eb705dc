"""Settings › Privacy: the journal's passphrase (set, change, remove) and when it locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.services import Services
from desktop.views.backup_privacy import BackupPrivacyDialog, offer_backup_privacy
from desktop.views.busy import busy_cursor
from desktop.views.widgets.field_form import FieldForm


class PrivacyTab(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        warning = QLabel(
            self.tr(
                "<b>Remember it.</b> The passphrase is not stored anywhere. If "
                "you lose it, nobody — not even us — can read your journal "
                "again."
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.form = FieldForm()
        self.current = self._secret()
        self.form.add("current_passphrase", self.tr("Current passphrase"), self.current)
        self.new = self._secret()
        self.form.add("passphrase", self.tr("New passphrase"), self.new)
        self.repeat = self._secret()
        self.form.add("repeat_passphrase", self.tr("New passphrase again"), self.repeat)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(services.journal.auto_lock_minutes())
        self.minutes.valueChanged.connect(
            lambda value: services.journal.set_auto_lock_minutes(value)
        )
        self.form.add("auto_lock_minutes", self.tr("Lock the journal after idle"), self.minutes)
        layout.addLayout(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove the passphrase…"))
        self.remove_button.clicked.connect(self.remove)
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self.set_passphrase)
        row.addWidget(self.remove_button)
        row.addWidget(self.set_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.backup_dialog: BackupPrivacyDialog | None = None
        self.show_state()

    @staticmethod
    def _secret() -> QLineEdit:
        line = QLineEdit()
        line.setEchoMode(QLineEdit.EchoMode.Password)
        return line

    def show_state(self) -> None:
        has = self.services.journal.has_passphrase()
        self.state.setText(
            self.tr(
                "Your journal, thought records and self-reviews are encrypted with your "
                "passphrase: their text, feelings and intensities, thinking traps and links "
                "to cases."
            )
            if has
            else self.tr(
                "Your journal is not protected by a passphrase. Set one to encrypt it on disk "
                "(text, feelings, thinking traps and links to cases) and to lock it when you "
                "step away."
            )
        )
        self.current.setEnabled(has)
        self.minutes.setEnabled(has)  # nothing locks without a passphrase
        self.minutes.setToolTip("" if has else self.tr("Takes effect once a passphrase is set."))
        self.remove_button.setVisible(has)
        self.set_button.setText(
            self.tr("Change the passphrase") if has else self.tr("Set the passphrase")
        )
        for line in (self.current, self.new, self.repeat):
            line.clear()

    def set_passphrase(self) -> bool:
        self.form.clear_errors()
        if self.new.text() != self.repeat.text():
            self.form.show_error(
                "repeat_passphrase",
                ValidationError("repeat_passphrase", "passphrases_differ").message(self.language),
            )
            return False
        try:
            with busy_cursor():
                change = self.services.journal.set_passphrase(
                    self.new.text(), self.current.text() or None
                )
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return False
        self.show_state()
        self.message.setText(self.tr("Done. Your journal is encrypted with the new passphrase."))
        self.backup_dialog = offer_backup_privacy(self, self.services, self.language, change)
        return True

    def remove(self) -> bool:
        self.form.clear_errors()
        answer = QMessageBox.question(
            self, self.tr("Remove the passphrase"), self.tr("Store your journal unencrypted again?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with busy_cursor():
                self.services.journal.remove_passphrase(self.current.text())
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return False
        self.show_state()
        self.message.setText(
            self.tr("The passphrase is removed; the journal is stored unencrypted.")
        )
        return True
