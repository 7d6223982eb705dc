"""Small goals (小目标) for recovery and growth: progress this period and a forgiving habit
strength, check-ins with a note, "skipped, no guilt"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
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

from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.goals import TEMPLATES, Goal
from desktop.services import Services
from desktop.views.widgets.empty_state import EmptyState
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(520, 200)

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
            base.case_id,
            base.action_id,
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
        self.setFrameShape(QFrame.Shape.StyledPanel)
        today = services.goals.today()
        done, target = goal.progress(today, services.zone)
        skipped = goal.period_start(today) in goal.skipped
        title = QLabel(f"<b>{goal.title}</b>")
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
        note = QLabel(self.tr("Skipped this period, no guilt.") if skipped else "")
        self.check_in_button = QPushButton(self.tr("Check in…"))
        self.check_in_button.clicked.connect(self.check_in)
        self.undo_button = QPushButton(self.tr("Undo last"))
        self.undo_button.setEnabled(bool(goal.checkins))
        self.undo_button.clicked.connect(self.undo)
        self.skip_button = QPushButton(
            self.tr("Do not skip") if skipped else self.tr("Skip this period")
        )
        self.skip_button.clicked.connect(
            lambda: self._act(lambda: services.goals.skip(goal.id, not skipped))
        )
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit)
        archive = QPushButton(self.tr("Archive"))
        archive.clicked.connect(lambda: self._act(lambda: services.goals.archive(goal.id)))
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(progress, 1, 0)
        grid.addWidget(strength_label, 1, 1)
        grid.addWidget(note, 2, 0)
        buttons = QHBoxLayout()
        for button in (self.check_in_button, self.undo_button, self.skip_button, edit, archive):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)

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
        self.new_button = QPushButton(self.tr("New goal…"))
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
