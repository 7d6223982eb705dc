"""The blameless self-review, for the engineer alone: offered when a case closes, started
again (or changed) from any closed case, edited and deleted in the journal."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
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
from desktop.views.discard import may_discard
from desktop.views.widgets.field_form import FieldForm


class SelfReviewDialog(QDialog):
    def __init__(
        self,
        services: Services,
        language: Language,
        case_id: int | None,
        parent: QWidget | None = None,
        review: SelfReview | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.case_id = case_id
        self.review = review  # the one being changed; None for a new one
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
            if review is not None:
                box.setPlainText(getattr(review, name))
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
        self._loaded = self._texts()

    def _texts(self) -> dict[str, str]:
        return {name: box.toPlainText() for name, box in self.fields.items()}

    def reject(self) -> None:
        if may_discard(self, self._texts() != self._loaded):
            super().reject()

    def save(self) -> None:
        self.form.clear_errors()
        if self.services.journal.is_locked() and not self._unlock():
            return
        texts = self._texts()
        if self.review is not None:
            review = SelfReview(
                self.review.id, self.review.case_id, self.review.created_at, **texts
            )
        else:
            review = SelfReview(0, self.case_id, self.services.clock(), **texts)
        try:
            self.services.journal.save_review(review)
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
        unlocked = unlock_journal(self, self.services, self.language)
        if isinstance(unlocked, str):
            self.form.show_error("went_well", unlocked)
            return False
        self._key_change = unlocked.change if unlocked else None
        return unlocked is not None


@dataclasses.dataclass(frozen=True)
class Unlocked:
    change: KeyChange | None  # the vault made again with a stronger key, if it was


def unlock_journal(
    parent: QWidget, services: Services, language: Language
) -> Unlocked | str | None:
    """Ask for the passphrase and unlock: None when the user cancelled, the message when it
    was wrong."""
    passphrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SelfReviewDialog", "Unlock your journal"),
        QCoreApplication.translate("SelfReviewDialog", "Journal passphrase:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        with busy_cursor():
            # made again with a stronger key: the older backups hold it as it was
            return Unlocked(services.journal.unlock(passphrase))
    except ValidationError as error:
        return error.message(language)


def open_self_review(
    parent: QWidget, services: Services, language: Language, case_id: int
) -> SelfReviewDialog | None:
    """The case's self-review to change, or a new one when it has none; None when the journal
    cannot be opened (hidden by the privacy switch, or the passphrase not given)."""
    journal = services.journal
    title = QCoreApplication.translate("SelfReviewDialog", "Blameless self-review")
    if journal.is_hidden():
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "SelfReviewDialog",
                "The journal is hidden by the privacy switch (Ctrl+Shift+L shows it again).",
            ),
        )
        return None
    change: KeyChange | None = None
    if journal.is_locked():
        unlocked = unlock_journal(parent, services, language)
        if isinstance(unlocked, str):
            QMessageBox.warning(parent, title, unlocked)
        if not isinstance(unlocked, Unlocked):
            return None
        change = unlocked.change
    existing = journal.reviews(case_id)
    dialog = SelfReviewDialog(
        services, language, case_id, parent, existing[0] if existing else None
    )
    dialog._key_change = change
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
