"""The dialog that sets or changes a small goal: a suggestion or the user's own words, how
often, and the case (and lasting improvement) it is about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import ActionHorizon, Language
from desktop.domain.errors import ValidationError
from desktop.domain.goals import TEMPLATES, Goal
from desktop.services import Services
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.field_form import FieldForm


class GoalDialog(QDialog):
    def __init__(
        self,
        services: Services,
        language: Language,
        parent: QWidget | None = None,
        goal: Goal | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.goal = goal
        self.setWindowTitle(self.tr("Small goal"))
        self.form = FieldForm()
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems([title for title, _, _ in TEMPLATES[language.value]])
        self.title.setCurrentText(goal.title if goal else "")
        line = self.title.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Choose a suggestion or write your own"))
        self.title.currentIndexChanged.connect(self._suggested)
        self.form.add("title", self.tr("Goal"), self.title, required=True)
        self.target = QSpinBox()
        self.target.setRange(1, 100)
        self.target.setValue(goal.target_count if goal else 1)
        self.form.add("target_count", self.tr("Times per period"), self.target)
        self.period = QSpinBox()
        self.period.setRange(1, 365)
        self.period.setSuffix(self.tr(" days"))
        self.period.setValue(goal.period_days if goal else 7)
        self.form.add("period_days", self.tr("Period"), self.period)
        self.case = ChoiceBox()
        self.case.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.case.setMinimumContentsLength(24)
        self.case.add_choice(self.tr("(no case)"), None)
        for row in services.cases.rows(CaseQuery(), 0, 100):
            self.case.add_choice(f"{row.number} {row.customer} · {row.title}", row.id)
        if goal and goal.case_id is not None and not self.case.has_value(goal.case_id):
            linked = services.cases.get(goal.case_id)
            self.case.add_choice(f"{linked.number} {linked.intake.customer}", linked.id)
        self.form.add("case_id", self.tr("About a case"), self.case)
        self.action = ChoiceBox()
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action.setMinimumContentsLength(24)
        self.form.add("action_id", self.tr("Prevention action"), self.action)
        self.case.currentIndexChanged.connect(lambda _index: self._fill_actions(None))
        self.case.set_value(goal.case_id if goal else None)
        self._fill_actions(goal.action_id if goal else None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(560, 280)

    def _fill_actions(self, chosen: int | None) -> None:
        """The chosen case's lasting improvements: a goal can be to see one through."""
        self.action.clear_choices()
        case_id = self.case.value()
        self.action.add_choice(
            self.tr("(no action)") if case_id is not None else self.tr("(choose a case first)"),
            None,
        )
        if case_id is not None:
            for action in self.services.cases.get(case_id).actions:
                if action.horizon is not ActionHorizon.SHORT_TERM:
                    self.action.add_choice(action.description, action.id)
        self.action.set_value(chosen)
        self.action.setEnabled(self.action.count() > 1)

    def _suggested(self, index: int) -> None:
        suggestions = TEMPLATES[self.language.value]
        if 0 <= index < len(suggestions):
            _, target, days = suggestions[index]
            self.target.setValue(target)
            self.period.setValue(days)

    def save(self) -> None:
        self.form.clear_errors()
        base = self.goal or Goal(0, "", starts_on=self.services.goals.today())
        goal = Goal(
            base.id,
            self.title.currentText(),
            self.target.value(),
            self.period.value(),
            base.starts_on,
            self.case.value(),
            self.action.value(),
            base.archived,
            base.uuid,
        )
        try:
            self.saved = self.services.goals.save(goal)
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return
        self.accept()
