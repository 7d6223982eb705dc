"""After the passphrase is set, changed or made stronger: older backups still hold the journal as
it was. Offer to re-encrypt them with the new key or to remove them; the work runs off the GUI
thread with a progress bar, and then says what was done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Language
from desktop.domain.errors import user_message
from desktop.services import Services
from desktop.services.backup_privacy import Backup, BackupPrivacyResult, KeyChange
from desktop.views.background import Progress, run_in_background


class BackupPrivacyDialog(QDialog):
    completed = Signal(object)  # the BackupPrivacyResult or the error (QDialog has done())

    def __init__(
        self,
        services: Services,
        language: Language,
        change: KeyChange,
        backups: list[Backup],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.change = change
        self.backups = backups
        self.setWindowTitle(self.tr("Older backups"))
        archives = sum(backup.created_at is not None for backup in backups)
        copies = len(backups) - archives
        lines = [
            self.tr(
                "Backups made before now still hold your journal as it was then: unencrypted, "
                "or under the earlier passphrase. Backups: %1, in %2."
            )
            .replace("%1", str(archives))
            .replace("%2", str(services.backup_privacy.folder))
        ]
        if copies:
            lines.append(
                self.tr(
                    "Copies of the database taken before an upgrade: %1. They hold the journal "
                    "too, cannot be re-encrypted, and are removed with either choice."
                ).replace("%1", str(copies))
            )
        lines.append(self.tr("Re-encrypt the backups with the new passphrase, or remove them?"))
        self.text = QLabel("\n\n".join(lines))
        self.text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(backups))
        self.progress.hide()
        self.reencrypt_button = QPushButton(self.tr("Re-encrypt them"))
        self.reencrypt_button.setDefault(True)
        self.reencrypt_button.clicked.connect(self.reencrypt)
        self.remove_button = QPushButton(self.tr("Remove them"))
        self.remove_button.clicked.connect(self.remove)
        self.keep_button = QPushButton(self.tr("Keep them as they are"))
        self.keep_button.clicked.connect(self.reject)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.keep_button,
            self.remove_button,
            self.reencrypt_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(560, 240)
        self._relay = Progress(self)
        self._relay.advanced.connect(self._advanced)

    def reencrypt(self) -> None:
        self._start(
            self.tr("Re-encrypting the backups…"),
            self.services.backup_privacy.reencrypt_job(
                self.change,
                self.backups,
                self._relay.report,
            ),
        )

    def remove(self) -> None:
        self._start(
            self.tr("Removing the backups…"),
            self.services.backup_privacy.remove_job(self.backups, self._relay.report),
        )

    def _start(self, text: str, job: Callable[[], BackupPrivacyResult]) -> None:
        for button in (self.reencrypt_button, self.remove_button, self.keep_button):
            button.setEnabled(False)
        self.text.setText(text)
        self.progress.setValue(0)
        self.progress.show()
        run_in_background(job, self._finished, self._failed, parent=self)

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _finished(self, result: BackupPrivacyResult) -> None:
        lines = [
            self.tr("Backups re-encrypted: %1. Removed: %2.")
            .replace("%1", str(result.reencrypted))
            .replace("%2", str(result.removed))
        ]
        if result.left:
            lines.append(
                self.tr(
                    "Left as they were (made with another passphrase, or unreadable): %1."
                ).replace("%1", ", ".join(path.name for path in result.left))
            )
        self._show_end("\n\n".join(lines))
        self.completed.emit(result)

    def _failed(self, error: Exception) -> None:
        self._show_end(
            self.tr("The backups could not be changed: %1").replace(
                "%1", user_message(error, self.language)
            )
        )
        self.completed.emit(error)

    def _show_end(self, text: str) -> None:
        self.text.setText(text)
        for button in (self.reencrypt_button, self.remove_button, self.keep_button):
            button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)


def offer_backup_privacy(
    parent: QWidget, services: Services, language: Language, change: KeyChange | None
) -> BackupPrivacyDialog | None:
    """Open the offer (window-modal, not blocking) when there are older backups."""
    if change is None:
        return None
    backups = services.backup_privacy.outdated()
    if not backups:
        return None
    dialog = BackupPrivacyDialog(services, language, change, backups, parent)
    dialog.open()
    return dialog
