"""Settings › Data: where the data is, backups (now, automatic, how many), restore, moving to a
new laptop (export everything / import), and a check of the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, ValidationError, user_message
from desktop.domain.retention import RetentionPolicy
from desktop.services import Services
from desktop.services.data import SUFFIX
from desktop.views.background import run_in_background
from desktop.views.icons import icon
from desktop.views.roles import USER_ROLE
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.status_line import set_tone


class DataTab(QWidget):
    restored = Signal()  # the data was replaced: every view must read it again

    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        folder = services.data.folder
        layout = QVBoxLayout(self)
        where = QLabel(
            self.tr("Your data is in %1. Only you can read it.").replace("%1", str(folder.root))
        )
        where.setWordWrap(True)
        open_folder = QPushButton(icon("folder-open"), self.tr("Open the data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder.root)))
        )
        layout.addWidget(where)
        layout.addWidget(open_folder)

        layout.addWidget(
            QLabel(
                self.tr(
                    "A backup is made each day the app runs. Older backups are thinned out, "
                    "so that a mistake noticed weeks later can still be undone:"
                )
            )
        )
        self.form = FieldForm()
        policy = services.data.retention()
        self.retention: dict[str, QSpinBox] = {}
        for name, text, suffix in (
            ("recent_days", self.tr("Keep every backup of the last"), self.tr(" days")),
            ("daily", self.tr("then one a day for"), self.tr(" days")),
            ("weekly", self.tr("then one a week for"), self.tr(" weeks")),
            ("monthly", self.tr("then one a month for"), self.tr(" months")),
        ):
            box = QSpinBox()
            low, high = RetentionPolicy.LIMITS[name]
            box.setRange(low, high)
            box.setSuffix(suffix)
            box.setValue(getattr(policy, name))
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            box.setMinimumWidth(110)
            box.valueChanged.connect(self._retention_changed)
            self.retention[name] = box
            self.form.add(f"backups_{name}", text, box)
        layout.addLayout(self.form)
        self.backups = QListWidget()
        self.backups.setObjectName("backupList")
        self.backups.setAccessibleName(self.tr("Backups"))
        layout.addWidget(QLabel(self.tr("<b>Backups</b>, newest first:")))
        layout.addWidget(self.backups, 1)
        row = QHBoxLayout()
        self.backup_button = QPushButton(icon("hard-drive-download"), self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(icon("history"), self.tr("Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(
            icon("archive-restore"), self.tr("Restore from a file…")
        )
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Moving to a new laptop</b>: export everything to one file here; there, "
                    "replace the new laptop's data with it."
                )
            )
        )
        row = QHBoxLayout()
        self.export_button = QPushButton(icon("file-output"), self.tr("Export everything…"))
        self.export_button.clicked.connect(self.export_all)
        self.import_button = QPushButton(icon("import"), self.tr("Replace with an exported file…"))
        self.import_button.clicked.connect(self.restore_from_file)
        self.check_button = QPushButton(self.tr("Check the database"))
        self.check_button.clicked.connect(self.check)
        for button in (self.export_button, self.import_button, self.check_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list_backups()

    def list_backups(self) -> None:
        self.backups.clear()
        for backup in self.services.data.backups():
            when = backup.created_at.astimezone(self.services.zone).strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(
                self.tr("%1 · %2 cases · %3 MB")
                .replace("%1", when)
                .replace("%2", str(backup.cases))
                .replace("%3", f"{max(backup.size / 1e6, 0.1):.1f}")
            )
            item.setData(USER_ROLE, str(backup.path))
            self.backups.addItem(item)
        if not self.backups.count():
            self.backups.addItem(
                self.tr(
                    "No backup yet. One is made each day when Turnaround "
                    "starts; or press Back up now."
                )
            )

    def _retention_changed(self) -> None:
        self.form.clear_errors()
        try:
            policy = RetentionPolicy(**{name: box.value() for name, box in self.retention.items()})
            self.services.data.set_retention(policy)
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
        except TurnaroundError as error:
            self._idle(user_message(error, self.language), True)

    def _busy(self, text: str) -> None:
        set_tone(self.status, "")
        self.status.setText(text)
        for button in (
            self.backup_button,
            self.restore_button,
            self.export_button,
            self.import_button,
            self.check_button,
            self.restore_file_button,
        ):
            button.setEnabled(False)

    def _idle(self, text: str, error: bool = False) -> None:
        set_tone(self.status, "error" if error else "")
        self.status.setText(text)
        for button in (
            self.backup_button,
            self.restore_button,
            self.export_button,
            self.import_button,
            self.check_button,
            self.restore_file_button,
        ):
            button.setEnabled(True)

    def backup_now(self) -> None:
        self._busy(self.tr("Backing up…"))
        run_in_background(
            self.services.data.backup_job(),
            self._backed_up,
            lambda error: self._idle(user_message(error, self.language), True),
            parent=self,
        )

    def _backed_up(self, path: Path) -> None:
        self.list_backups()
        self._idle(self.tr("Backed up and verified: %1").replace("%1", path.name))

    def export_all(self) -> None:
        if self.services.journal.readable_by_anyone_with_the_file():
            answer = QMessageBox.question(
                self,
                self.tr("Export everything"),
                self.tr(
                    "The file will hold your private journal too, unencrypted: anyone who has "
                    "the file can read it. To protect it, set a journal passphrase first "
                    "(Settings › Privacy). Export anyway?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        folder = self.services.settings.get("export.folder") or str(Path.home())
        name = f"turnaround-{self.services.clock().date().isoformat()}{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export everything"),
            str(Path(folder) / name),
            self.tr("Turnaround files (*%1)").replace("%1", SUFFIX),
        )
        if not path:
            return
        self._busy(self.tr("Exporting…"))
        target = Path(path)
        data = self.services.data

        def work() -> Path:
            return data.export_all(target)

        run_in_background(
            work,
            lambda written: self._idle(
                self.tr(
                    "Exported everything to %1. On the new laptop, open Settings › Data › "
                    "Replace with an exported file."
                ).replace("%1", str(written))
            ),
            lambda error: self._idle(user_message(error, self.language), True),
            parent=self,
        )

    def restore_selected(self) -> None:
        items = self.backups.selectedItems()
        path = items[0].data(USER_ROLE) if items else None
        if path:
            self.restore(Path(path))

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore or import"),
            str(Path.home()),
            self.tr("Turnaround files (*%1)").replace("%1", SUFFIX),
        )
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Replace your data"),
            self.tr(
                "Replace all your data (%2 cases, the journal, goals and settings) with %1? "
                "Nothing is added to it: what is here now is set aside in the data folder "
                "first, so this can be undone by hand."
            )
            .replace("%1", path.name)
            .replace("%2", str(self.services.cases.count(CaseQuery()))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._busy(self.tr("Checking %1…").replace("%1", path.name))
        data = self.services.data
        run_in_background(
            lambda: data.prepare_restore(path),
            lambda incoming: self._swap_in(path, incoming),
            self._not_restored,
            parent=self,
        )
        return True

    def _swap_in(self, path: Path, incoming: Path) -> None:
        """The archive is unpacked, verified and migrated: the swap itself is a few renames."""
        try:
            aside = self.services.data.swap_in(incoming)
        except (TurnaroundError, OSError) as error:
            self._not_restored(error)
            return
        self.restored.emit()
        self.list_backups()
        self._idle(
            self.tr("Restored %1. Your previous data is in %2.")
            .replace("%1", path.name)
            .replace("%2", str(aside))
        )

    def _not_restored(self, error: BaseException) -> None:
        self._idle(
            self.tr("Nothing was changed: %1").replace("%1", user_message(error, self.language)),
            True,
        )

    def check(self) -> None:
        self._busy(self.tr("Checking…"))
        run_in_background(
            lambda: self.services.data.check(thorough=True),
            self._checked,
            lambda error: self._idle(user_message(error, self.language), True),
            parent=self,
        )

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self._idle(
                self.tr("The database is damaged: %1. Restore a backup.").replace(
                    "%1", problems[0]
                ),
                True,
            )
        else:
            self._idle(self.tr("The database is sound."))
