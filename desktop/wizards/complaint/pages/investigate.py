"""Stage 4, 深入调查 / Investigate: the checklist, evidence, interviews, factors, root cause."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from desktop.domain.complaint import Case, Evidence, Factor, Interview
from desktop.domain.enums import EvidenceKind, FactorKind, FactorNature, Stage
from desktop.domain.errors import ValidationError
from desktop.domain.templates import investigation_checklist
from desktop.views.widgets.part_table import Column, PartTable
from desktop.wizards.complaint.base_page import CasePage

if TYPE_CHECKING:
    from desktop.wizards.complaint.wizard import ComplaintWizard

WHYS = 5


class InvestigatePage(CasePage):
    stage = Stage.INVESTIGATE

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "Find the root cause with the project manager and the "
                "developers. Review how the work was done, read the records, "
                "talk to the people."
            )
        )
        self.checklist_box = QGroupBox(self.tr("Checklist"))
        self.checklist_grid = QGridLayout(self.checklist_box)
        self.layout_.addWidget(self.checklist_box)
        self.checks: dict[str, tuple[QCheckBox, QLineEdit]] = {}

        self.evidence = PartTable(
            self.tr("Evidence"),
            [
                Column("kind", self.tr("Kind"), "choice", EvidenceKind, editable=False, width=80),
                Column("title", self.tr("Title"), width=200),
                Column("note", self.tr("Note")),
                Column("sha256", self.tr("File checksum"), editable=False, width=130),
            ],
            self.language,
            self.zone,
            on_add=lambda values: self._add(Evidence(0, EvidenceKind.NOTE, **values)),
            on_edit=lambda part, field, value: self._edit(Evidence, part.id, field, value),
            on_delete=lambda part: self._delete(Evidence, part.id),
        )
        self.evidence.add_button.setText(self.tr("Add note…"))
        self.add_file_button = QPushButton(self.tr("Add file…"))
        self.add_file_button.clicked.connect(self.choose_evidence_file)
        self.open_file_button = QPushButton(self.tr("Open"))
        self.open_file_button.clicked.connect(self.open_evidence_file)
        top = self.evidence.top_row
        top.insertWidget(2, self.add_file_button)
        top.insertWidget(3, self.open_file_button)
        self.layout_.addWidget(self.evidence)

        self.interviews = PartTable(
            self.tr("Interviews"),
            [
                Column("person", self.tr("Person"), required=True, width=120),
                Column("role", self.tr("Role"), width=110),
                Column("held_on", self.tr("Date"), "date", width=100),
                Column("summary", self.tr("Summary"), "text"),
            ],
            self.language,
            self.zone,
            on_add=lambda values: self._add(Interview(0, **values)),
            on_edit=lambda part, field, value: self._edit(Interview, part.id, field, value),
            on_delete=lambda part: self._delete(Interview, part.id),
            defaults=lambda: {"held_on": self.services.clock()},
        )
        self.layout_.addWidget(self.interviews)
        self.factors = PartTable(
            self.tr("Contributing factors"),
            [
                Column("kind", self.tr("Factor"), "choice", FactorKind, required=True, width=220),
                Column(
                    "nature",
                    self.tr("Subjective or objective"),
                    "choice",
                    FactorNature,
                    required=True,
                    width=150,
                ),
                Column("note", self.tr("Note"), "text"),
            ],
            self.language,
            self.zone,
            on_add=lambda values: self._add(Factor(0, **values)),
            on_edit=lambda part, field, value: self._edit(Factor, part.id, field, value),
            on_delete=lambda part: self._delete(Factor, part.id),
        )
        self.layout_.addWidget(self.factors)

        form = self.new_form(at=0)  # the one field Next needs comes first, not below the tables
        self.root_cause = form.add(
            "root_cause", self.tr("Root cause"), self.text_box(80), required=True
        )
        # the letter gives it as the cause: a newcomer should know before writing it
        self.root_cause.setPlaceholderText(
            self.tr(
                "The apology letter gives this as the cause: write it as you would say it to the "
                "customer, in their language, naming no colleague."
            )
        )
        self.escape_point = form.add(
            "escape_point",
            self.tr("Why our process did not catch it (the escape point)"),
            self.text_box(50),
        )
        self.whys: list[QLineEdit] = []
        for number in range(1, WHYS + 1):
            line = QLineEdit()
            if number == 1:
                line.setPlaceholderText(
                    self.tr("Why did it happen? Then ask why of each answer, up to five times.")
                )
            self.whys.append(line)
            form.add(f"why_{number}", self.tr("Why? (%1)").replace("%1", str(number)), line)
            self.watch(f"why_{number}", line, self._save_whys)
        self.watch(
            "root_cause",
            self.root_cause,
            lambda: self.services.cases.set_investigation(
                self.case.id, root_cause=self.root_cause.toPlainText()
            ),
        )
        self.watch(
            "escape_point",
            self.escape_point,
            lambda: self.services.cases.set_investigation(
                self.case.id, escape_point=self.escape_point.toPlainText()
            ),
        )
        self.layout_.addStretch(1)

    # --- parts -----------------------------------------------------------------------------
    def _add(self, part: object) -> None:
        self.services.cases.add_part(self.case.id, part)
        self.owner.reload()
        self.load_parts(self.case)

    def _edit(self, cls: type, part_id: int, field: str, value: object) -> None:
        self.services.cases.update_part(cls, part_id, **{field: value})

    def _delete(self, cls: type, part_id: int) -> None:
        self.services.cases.delete_part(cls, part_id)
        self.owner.reload()
        self.load_parts(self.case)

    def choose_evidence_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a file as evidence"), str(Path.home())
        )
        if path:
            self.add_evidence_file(Path(path))

    def add_evidence_file(self, path: Path) -> None:
        try:
            self.services.cases.add_evidence_file(self.case.id, path)
        except (ValidationError, OSError) as error:
            text = (
                error.message(self.language) if isinstance(error, ValidationError) else str(error)
            )
            QMessageBox.warning(self, self.tr("Evidence"), text)
            return
        self.owner.reload()
        self.load_parts(self.case)

    def open_evidence_file(self) -> None:
        rows = self.evidence.view.selectionModel().selectedRows()
        if not rows:
            return
        evidence = self.evidence.model.parts[rows[0].row()]
        path = self.services.cases.attachment_path(evidence)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- checklist and text ----------------------------------------------------------------
    def _build_checklist(self, case: Case) -> None:
        while self.checklist_grid.count():
            taken = self.checklist_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.checks.clear()
        saved = {item.key: item for item in case.checklist}
        items = investigation_checklist(case.classification.complaint_type, self.language)
        for row, item in enumerate(items):
            box = QCheckBox(item.text)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Note"))
            note.setAccessibleName(self.tr("Note: %1").replace("%1", item.text))
            if item.key in saved:
                box.setChecked(saved[item.key].done)
                note.setText(saved[item.key].note)
            self.checklist_grid.addWidget(box, row, 0)
            self.checklist_grid.addWidget(note, row, 1)
            self.checks[item.key] = (box, note)
            save = self._checklist_saver(item.key)
            self.watch(f"check_{item.key}", box, save)
            self.watch(f"check_{item.key}_note", note, save)
        self.checklist_grid.setColumnStretch(1, 1)
        if not items:
            self.checklist_grid.addWidget(QLabel(self.tr("No checklist items.")), 0, 0)

    def _checklist_saver(self, key: str) -> Callable[[], None]:
        def save() -> None:
            box, note = self.checks[key]
            self.services.cases.set_checklist_item(self.case.id, key, box.isChecked(), note.text())

        return save

    def _save_whys(self) -> None:
        whys = [line.text() for line in self.whys]
        while whys and not whys[-1].strip():
            whys.pop()
        self.services.cases.set_investigation(self.case.id, five_whys=whys)

    def load_parts(self, case: Case) -> None:
        self.evidence.set_parts(case.evidence)
        self.interviews.set_parts(case.interviews)
        self.factors.set_parts(case.factors)

    def load(self, case: Case) -> None:
        self._build_checklist(case)
        self.load_parts(case)
        investigation = case.investigation
        if self.root_cause.toPlainText() != investigation.root_cause:
            self.root_cause.setPlainText(investigation.root_cause)
        if self.escape_point.toPlainText() != investigation.escape_point:
            self.escape_point.setPlainText(investigation.escape_point)
        for index, line in enumerate(self.whys):
            whys = investigation.five_whys
            line.setText(whys[index] if index < len(whys) else "")
