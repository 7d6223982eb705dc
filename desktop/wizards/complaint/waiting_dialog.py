"""Waiting on the customer: what they are to send or do, and by when (optional). The case's
clock pauses until it comes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.services import Services
from desktop.views.widgets.datetime_edit import DateTimeField
from desktop.views.widgets.field_form import FieldForm


class WaitingDialog(QDialog):
    def __init__(
        self, services: Services, case_id: int, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.language = language
        self.setWindowTitle(self.tr("Waiting on the customer"))
        intro = QLabel(
            self.tr(
                "What is the customer to send or do? While you wait, this case's deadlines "
                "stand still; when it comes, mark it received and they run again."
            )
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("e.g. the server logs of 24 November"))
        self.form.add("what", self.tr("What we need"), self.what, required=True)
        self.due = DateTimeField(services.zone, optional=True)
        self.due.set_value(services.clock() + timedelta(days=2))
        self.due.enabled.setChecked(False)
        self.form.add("due_at", self.tr("They said by"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(480, 220)

    def save(self) -> None:
        self.form.clear_errors()
        try:
            self.services.cases.wait_for(self.case_id, self.what.text(), self.due.value())
        except ValidationError as error:
            self.form.show_error("what", error.message(self.language))
            return
        self.accept()
