"""The blameless self-review offered when a case closes: for the engineer alone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.journal import SelfReview
from desktop.services import Services
from desktop.services.backup_privacy import KeyChange
from desktop.views.backup_privacy import BackupPrivacyDialog, offer_backup_privacy
from desktop.views.busy import busy_cursor
from desktop.views.widgets.field_form import FieldForm


class SelfReviewDialog(QDialog):
    def __init__(
        self, services: Services, language: Language, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.case_id = case_id
        self.setWindowTitle(self.tr("Blameless self-review"))
        intro = QLabel(
            self.tr(
                "Look back without blame: what happened, not who is at fault. "
                "This stays in your private journal; it is never part of a "
                "letter, a report or the case library."
            )
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.fields: dict[str, QPlainTextEdit] = {}
        for name, title in (
            ("went_well", self.tr("What went well")),
            ("went_wrong", self.tr("What went wrong")),
            ("lucky", self.tr("Where I was lucky")),
            ("differently", self.tr("What I will do differently")),
        ):
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(80)
            self.form.add(name, title, box)
            self.fields[name] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self._key_change: KeyChange | None = None
        self.backup_dialog: BackupPrivacyDialog | None = None

    def save(self) -> None:
        self.form.clear_errors()
        if self.services.journal.is_locked() and not self._unlock():
            return
        review = SelfReview(
            0,
            self.case_id,
            self.services.clock(),
            **{name: box.toPlainText() for name, box in self.fields.items()},
        )
        try:
            self.services.journal.add_review(review)
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return
        self.accept()
        parent = self.parentWidget()
        if parent is not None:  # the offer outlives this dialog
            self.backup_dialog = offer_backup_privacy(
                parent, self.services, self.language, self._key_change
            )

    def _unlock(self) -> bool:
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Unlock your journal"),
            self.tr("Journal passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        try:
            with busy_cursor():
                # made again with a stronger key: the older backups hold it as it was
                self._key_change = self.services.journal.unlock(passphrase)
        except ValidationError as error:
            self.form.show_error("went_well", error.message(self.language))
            return False
        return True
