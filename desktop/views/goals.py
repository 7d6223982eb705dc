"""Small goals (小目标) for recovery and growth: progress this period and a forgiving habit
strength, check-ins with a note, "skipped, no guilt"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import local_text
from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, ValidationError
from desktop.domain.goals import Goal, recent_record
from desktop.services import Services
from desktop.views import style
from desktop.views.goal_dialog import GoalDialog
from desktop.views.icons import icon
from desktop.views.widgets.empty_state import EmptyState

HISTORY_SHOWN = 5  # check-ins listed on a card


class GoalCard(QFrame):
    changed = Signal()
    archived = Signal(str)  # what to tell the user

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
        note = QLabel(
            self.tr("Archived: no check-ins are asked for.")
            if goal.archived
            else self.tr("Skipped this period, no guilt.")
            if skipped
            else ""
        )
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
        if done >= target and not skipped:  # met: nothing to excuse
            self.skip_button.setEnabled(False)
            self.skip_button.setToolTip(self.tr("You met the goal this period."))
        edit = QPushButton(icon("pencil"), self.tr("Edit…"))
        edit.clicked.connect(self.edit)
        self.archive_button = QPushButton(
            self.tr("Restore") if goal.archived else self.tr("Archive")
        )
        self.archive_button.setToolTip(
            self.tr("Back among the goals you check in on")
            if goal.archived
            else self.tr("Put it away, with its check-ins: “Show archived goals” shows it again")
        )
        self.archive_button.clicked.connect(self.archive)
        self.delete_button = QPushButton(icon("trash-2"), self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        shown = (
            [self.archive_button, self.delete_button]
            if goal.archived
            else [
                self.check_in_button,
                self.undo_button,
                self.skip_button,
                edit,
                self.archive_button,
                self.delete_button,
            ]
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(style.space(4), style.space(3), style.space(4), style.space(3))
        grid.setSpacing(style.GAP)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(progress, 1, 0)
        grid.addWidget(strength_label, 1, 1)
        grid.addWidget(note, 2, 0)
        note.setVisible(bool(note.text()))
        grid.addWidget(self.explanation, 4, 0, 1, 2)
        grid.addWidget(self.history, 5, 0, 1, 2)
        grid.addWidget(self.link, 6, 0, 1, 2)
        self.link.setVisible(bool(self.link.text()))
        buttons = QHBoxLayout()
        for button in shown:
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
        note = ""
        while True:  # a note refused is offered again as typed, never lost
            note, ok = QInputDialog.getText(
                self,
                self.tr("Check in"),
                self.tr("A note, if you like:"),
                QLineEdit.EchoMode.Normal,
                note,
            )
            if not ok:
                return
            try:
                self.services.goals.check_in(self.goal.id, note)
            except ValidationError as error:
                QMessageBox.warning(self, self.tr("Check in"), error.message(self.language))
                continue
            self.changed.emit()
            return

    def undo(self) -> None:
        self.services.goals.undo_check_in(self.goal.id)
        self.changed.emit()

    def edit(self) -> None:
        if GoalDialog(self.services, self.language, self, self.goal).exec():
            self.changed.emit()

    def archive(self) -> None:
        self.services.goals.archive(self.goal.id, not self.goal.archived)
        text = (
            self.tr("“%1” is back among your goals.")
            if self.goal.archived
            else self.tr("“%1” archived. “Show archived goals” brings it back.")
        )
        self.archived.emit(text.replace("%1", self.goal.title))
        self.changed.emit()

    def delete(self) -> None:
        count = len(self.goal.checkins)
        answer = QMessageBox.question(
            self,
            self.tr("Delete goal"),
            self.tr(
                "Move the goal “%1” and its %2 check-in(s) to the Trash? The Trash keeps it "
                "30 days; Ctrl+Z brings it back at once."
            )
            .replace("%1", self.goal.title)
            .replace("%2", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.trash.delete_goal(self.goal.id)
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
        self.show_archived = QCheckBox(self.tr("Show archived goals"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.show_archived)
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
        archived = self.services.goals.goals(archived=True)
        self.show_archived.setText(
            self.tr("Show archived goals (%1)").replace("%1", str(len(archived)))
        )
        self.show_archived.setVisible(bool(archived))
        shown = goals + (archived if self.show_archived.isChecked() and archived else [])
        for goal in shown:
            if goal.archived and goal is archived[0]:
                heading = QLabel(self.tr("Archived"))
                style.set_type(heading, "caption")
                self.cards_layout.addWidget(heading)
            card = GoalCard(self.services, self.language, goal)
            card.changed.connect(self.refresh)
            card.archived.connect(self._tell)
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch(1)
        self.empty.setVisible(not shown)
        self.scroll_area.setVisible(bool(shown))

    def _tell(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def new_goal(self) -> None:
        if GoalDialog(self.services, self.language, self).exec():
            self.refresh()
