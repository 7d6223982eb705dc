"""Before lessons leave in a file (a digest or a lessons file): what may still name a customer,
for the user to replace in the file or keep. The library itself is not changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.anonymise import Finding
from desktop.domain.enums import Language
from desktop.services import Services
from desktop.views.widgets.findings_table import FindingsTable
from desktop.views.widgets.status_line import set_tone


class SharingCheckDialog(QDialog):
    def __init__(
        self, findings: list[Finding], language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check before sharing"))
        intro = QLabel(
            self.tr(
                "These lessons may still name a customer or a person. Ticked rows are replaced "
                "in the file only; your library stays as it is. Highlighted rows are guesses: "
                "tick each one to replace it or clear it to keep it."
            )
        )
        intro.setWordWrap(True)
        self.table = FindingsTable(language)
        self.table.decisions_changed.connect(self.update_state)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.replace_guesses = QPushButton(self.tr("Replace every guess"))
        self.replace_guesses.clicked.connect(lambda: self.table.decide_all_undecided(True))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.replace_guesses)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.table.set_findings(findings)

    def update_state(self) -> None:
        waiting = len(self.table.undecided())
        self.export_button.setEnabled(not waiting)
        self.replace_guesses.setVisible(bool(waiting))
        if waiting:
            self.status.setText(
                self.tr("Guesses to confirm: %1. Tick to replace, clear to keep.").replace(
                    "%1", str(waiting)
                )
            )
            set_tone(self.status, "warning")
        else:
            self.status.setText(self.tr("Every finding has a decision."))
            set_tone(self.status, "")

    def accept(self) -> None:
        if not self.table.undecided():
            super().accept()


def review_before_sharing(
    parent: QWidget, services: Services, language: Language, lesson_ids: list[int]
) -> list[Finding] | None:
    """What to replace in the file: nothing when nothing was found; None when the user
    cancelled."""
    findings = services.library.sharing_findings(lesson_ids, language)
    if not findings:
        return []
    dialog = SharingCheckDialog(findings, language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.table.chosen()
