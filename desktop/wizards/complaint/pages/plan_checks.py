"""The Plan page's effectiveness checks: each done action's check (due, what must hold) and
"Record check: held / failed"; a failed check asks for a new action."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaint import Action, Case, Commitment
from desktop.domain.dates import local_day
from desktop.domain.effectiveness import FINISHED, awaiting_new_action
from desktop.domain.enums import CheckResult, CommitmentKind, Language
from desktop.domain.errors import ValidationError
from desktop.views.widgets.status_line import set_tone

# (action id, held, note) → raises ValidationError when refused
RecordCheck = Callable[[int, bool, str], None]
SaveCriterion = Callable[[int, str], None]


class CheckRow(QWidget):
    """One done action's check: what it is, when it is due, and how to record it."""

    def __init__(
        self,
        action: Action,
        check: Commitment | None,
        closed: bool,
        language: Language,
        zone: tzinfo,
        record: RecordCheck,
        save_criterion: SaveCriterion,
    ) -> None:
        super().__init__()
        self.action = action
        self.language = language
        self._record = record
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        due = local_day(check.due_at, zone, language) if check else ""
        self.title = QLabel(
            self.tr("%1 — check due %2").replace("%1", action.description).replace("%2", due)
            if due
            else action.description
        )
        self.title.setWordWrap(True)
        grid.addWidget(self.title, 0, 0, 1, 4)
        self.criterion = QLineEdit(action.check_criterion)
        self.criterion.setObjectName("checkCriterion")
        self.criterion.setAccessibleName(self.tr("Success criterion"))
        self.criterion.setPlaceholderText(
            self.tr("What must hold, e.g. no repeat of the fault for 30 days")
        )
        self.criterion.setReadOnly(closed or action.check_result is not None)
        self._save_criterion = save_criterion
        self.criterion.editingFinished.connect(self._criterion_edited)
        grid.addWidget(QLabel(self.tr("Success criterion")), 1, 0)
        grid.addWidget(self.criterion, 1, 1, 1, 3)
        self.result = QLabel()
        self.result.setObjectName("checkResult")
        self.result.setWordWrap(True)
        if action.check_result is None:
            self._recording(grid)
        else:
            when = local_day(action.checked_at, zone, language)
            if action.check_result is CheckResult.HELD:
                text = self.tr("Held (checked %1)").replace("%1", when)
                tone = "success"
            else:
                text = self.tr("Failed (checked %1): not effective").replace("%1", when)
                tone = "error"
            if action.check_note:
                text += f" — {action.check_note}"
            self.result.setText(text)
            set_tone(self.result, tone)
            grid.addWidget(self.result, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)

    def _recording(self, grid: QGridLayout) -> None:
        """A note, Held and Failed…, and the message beside them when a check is refused."""
        self.note = QLineEdit()
        self.note.setObjectName("checkNote")
        self.note.setAccessibleName(self.tr("What the check found"))
        self.note.setPlaceholderText(self.tr("What the check found (why, when it failed)"))
        self.held = QPushButton(self.tr("Held"))
        self.held.setObjectName("checkHeld")
        self.failed = QPushButton(self.tr("Failed…"))
        self.failed.setObjectName("checkFailed")
        self.error = QLabel()
        self.error.setObjectName("checkError")
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.error.hide()
        grid.addWidget(QLabel(self.tr("Record check:")), 2, 0)
        grid.addWidget(self.note, 2, 1)
        grid.addWidget(self.held, 2, 2)
        grid.addWidget(self.failed, 2, 3)
        grid.addWidget(self.error, 3, 1, 1, 3)
        self.held.clicked.connect(lambda: self._save(True))
        self.failed.clicked.connect(lambda: self._save(False))
        self.note.textEdited.connect(self.error.hide)

    def _criterion_edited(self) -> None:
        if self.criterion.isModified():
            self.criterion.setModified(False)
            self._save_criterion(self.action.id, self.criterion.text())

    def _save(self, held: bool) -> None:
        try:
            self._record(self.action.id, held, self.note.text())
        except ValidationError as error:
            self.error.setText(error.message(self.language))
            self.error.show()
            self.note.setFocus()


class ChecksPanel(QGroupBox):
    """Every done action's effectiveness check, and the prompt a failed check leaves."""

    def __init__(
        self, language: Language, zone: tzinfo, record: RecordCheck, save_criterion: SaveCriterion
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Effectiveness checks: fixes proven to hold"))
        self.setObjectName("checksPanel")
        self.language, self.zone = language, zone
        self._record, self._save_criterion = record, save_criterion
        layout = QVBoxLayout(self)
        self.prompt = QLabel()
        self.prompt.setObjectName("newActionPrompt")
        self.prompt.setWordWrap(True)
        set_tone(self.prompt, "warning", bold=True)
        layout.addWidget(self.prompt)
        self.empty = QLabel(
            self.tr(
                "When an action is done, its check falls due: the fix at the follow-up "
                "visit, other actions 30 days later."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.rows: dict[int, CheckRow] = {}

    def show_case(self, case: Case) -> None:
        for row in self.rows.values():
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        checks = {
            c.source_id: c for c in case.commitments if c.kind is CommitmentKind.EFFECTIVENESS_CHECK
        }
        for action in case.actions:
            if action.status not in FINISHED:
                continue
            row = CheckRow(
                action,
                checks.get(action.id),
                case.is_closed,
                self.language,
                self.zone,
                self._record,
                self._save_criterion,
            )
            self.rows_box.addWidget(row)
            self.rows[action.id] = row
        self.empty.setVisible(not self.rows)
        failed = awaiting_new_action(case.actions)
        self.prompt.setVisible(failed is not None)
        if failed is not None:
            self.prompt.setText(
                self.tr(
                    "The check of “%1” failed: %2. The action was not effective: add a new "
                    "action to the plan above."
                )
                .replace("%1", failed.description)
                .replace("%2", failed.check_note)
            )
