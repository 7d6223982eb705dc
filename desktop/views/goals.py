"""Small goals (小目标) for recovery and growth: progress this period and a forgiving habit
strength, check-ins with a note, "skipped, no guilt"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_query import CaseQuery
from desktop.domain.dates import local_text
from desktop.domain.enums import ActionHorizon, Language
from desktop.domain.errors import TurnaroundError, ValidationError
from desktop.domain.goals import TEMPLATES, Goal, recent_record
from desktop.services import Services
from desktop.views import style
from desktop.views.icons import icon
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.field_form import FieldForm

HISTORY_SHOWN = 5  # check-ins listed on a card


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


class GoalCard(QFrame):
    changed = Signal()

    def __init__(
        self, services: Services, language: Language, goal: Goal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.goal = goal
        self.setObjectName("card")
        today = services.goals.today()
        done, target = goal.progress(today, services.zone)
        skipped = goal.period_start(today) in goal.skipped
        title = QLabel(goal.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        style.set_type(title, "title")
        title.setWordWrap(True)
        period = (
            self.tr("this week")
            if goal.period_days == 7
            else self.tr("this period of %1 days").replace("%1", str(goal.period_days))
        )
        progress = QProgressBar()
        progress.setRange(0, target)
        progress.setValue(min(done, target))
        progress.setFormat(
            self.tr("%1 of %2 %3")
            .replace("%1", str(done))
            .replace("%2", str(target))
            .replace("%3", period)
        )
        progress.setAccessibleName(goal.title)
        strength = round(goal.strength(today, services.zone) * 100)
        strength_label = QLabel(self.tr("Habit strength %1%").replace("%1", str(strength)))
        strength_label.setToolTip(
            self.tr(
                "Grows with every period you meet the goal; one "
                "missed period lowers it a little, never to zero."
            )
        )
        self.explanation = QLabel(self._explained(goal, today))
        self.explanation.setWordWrap(True)
        self.history = QLabel(self._history(goal))
        self.history.setWordWrap(True)
        self.history.setObjectName("goalHistory")
        style.set_type(self.history, "caption")
        self.link = QLabel(self._link(goal))
        self.link.setWordWrap(True)
        note = QLabel(self.tr("Skipped this period, no guilt.") if skipped else "")
        self.check_in_button = QPushButton(icon("check"), self.tr("Check in…"))
        self.check_in_button.clicked.connect(self.check_in)
        self.undo_button = QPushButton(icon("undo-2"), self.tr("Undo last"))
        self.undo_button.setEnabled(bool(goal.checkins))
        self.undo_button.clicked.connect(self.undo)
        self.skip_button = QPushButton(
            self.tr("Do not skip") if skipped else self.tr("Skip this period")
        )
        self.skip_button.clicked.connect(
            lambda: self._act(lambda: services.goals.skip(goal.id, not skipped))
        )
        edit = QPushButton(icon("pencil"), self.tr("Edit…"))
        edit.clicked.connect(self.edit)
        archive = QPushButton(self.tr("Archive"))
        archive.clicked.connect(lambda: self._act(lambda: services.goals.archive(goal.id)))
        grid = QGridLayout(self)
        grid.setContentsMargins(style.space(4), style.space(3), style.space(4), style.space(3))
        grid.setSpacing(style.GAP)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(progress, 1, 0)
        grid.addWidget(strength_label, 1, 1)
        grid.addWidget(note, 2, 0)
        note.setVisible(skipped)
        grid.addWidget(self.explanation, 4, 0, 1, 2)
        grid.addWidget(self.history, 5, 0, 1, 2)
        grid.addWidget(self.link, 6, 0, 1, 2)
        self.link.setVisible(bool(self.link.text()))
        buttons = QHBoxLayout()
        for button in (self.check_in_button, self.undo_button, self.skip_button, edit, archive):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def _explained(self, goal: Goal, today: date) -> str:
        """The habit strength in a sentence: what it stands on and what a miss does."""
        met, counted = recent_record(goal, today, self.services.zone)
        if counted == 0:
            return self.tr(
                "Habit strength grows each period you meet the goal; this is its first period."
            )
        if goal.period_days == 7:
            sentence = self.tr(
                "You met it in %1 of the last %2 weeks. Each week met makes the habit "
                "stronger, the latest weeks most; a missed one lowers it a little, a skipped "
                "one not at all."
            )
        else:
            sentence = self.tr(
                "You met it in %1 of the last %2 periods. Each period met makes the habit "
                "stronger, the latest periods most; a missed one lowers it a little, a skipped "
                "one not at all."
            )
        return sentence.replace("%1", str(met)).replace("%2", str(counted))

    def _history(self, goal: Goal) -> str:
        """The last check-ins, newest first, with their notes."""
        if not goal.checkins:
            return self.tr("No check-ins yet.")
        latest = sorted(goal.checkins, key=lambda c: c.at, reverse=True)[:HISTORY_SHOWN]
        shown = [
            f"{local_text(c.at, self.services.zone)}" + (f" — {c.note}" if c.note else "")
            for c in latest
        ]
        return self.tr("Check-ins: %1").replace("%1", "; ".join(shown))

    def _link(self, goal: Goal) -> str:
        if goal.case_id is None:
            return ""
        try:
            case = self.services.cases.get(goal.case_id)
        except TurnaroundError:
            return ""
        text = self.tr("About %1").replace("%1", f"{case.number} {case.intake.customer}")
        action = next((a for a in case.actions if a.id == goal.action_id), None)
        if action is not None:
            text += " · " + action.description
        return text

    def _act(self, action: Callable[[], object]) -> None:
        action()
        self.changed.emit()

    def check_in(self) -> None:
        note, ok = QInputDialog.getText(self, self.tr("Check in"), self.tr("A note, if you like:"))
        if ok:
            try:
                self.services.goals.check_in(self.goal.id, note)
            except ValidationError as error:
                QMessageBox.warning(self, self.tr("Check in"), error.message(self.language))
                return
            self.changed.emit()

    def undo(self) -> None:
        self.services.goals.undo_check_in(self.goal.id)
        self.changed.emit()

    def edit(self) -> None:
        if GoalDialog(self.services, self.language, self, self.goal).exec():
            self.changed.emit()


class GoalsView(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        bar = QHBoxLayout()
        self.new_button = QPushButton(icon("plus"), self.tr("New goal…"))
        self.new_button.clicked.connect(self.new_goal)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        self.empty = EmptyState(
            self.tr("Small goals"),
            self.tr(
                'Set a small weekly goal, such as "complete one high-quality follow-up '
                'visit this week", and check in when you do it. A missed week lowers the '
                "habit score but never wipes it out."
            ),
            self.tr("Set the first goal"),
        )
        self.empty.button.clicked.connect(self.new_goal)
        self.cards = QWidget()
        self.cards_layout = QVBoxLayout(self.cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.refresh()

    def refresh(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            card = item.widget() if item is not None else None
            if card is not None:
                card.deleteLater()
        goals = self.services.goals.goals()
        for goal in goals:
            card = GoalCard(self.services, self.language, goal)
            card.changed.connect(self.refresh)
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch(1)
        self.empty.setVisible(not goals)
        self.scroll_area.setVisible(bool(goals))

    def new_goal(self) -> None:
        if GoalDialog(self.services, self.language, self).exec():
            self.refresh()
