"""Today: every commitment due today or overdue, across all cases; each opens its case."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.domain.catalog import label
from desktop.domain.commitments import LedgerSummary
from desktop.domain.customer_items import ItemState
from desktop.domain.dates import local_text
from desktop.domain.enums import Language
from desktop.domain.event_text import commitment_name
from desktop.services import Services
from desktop.views import style
from desktop.views.background import run_in_background
from desktop.views.roles import USER_ROLE
from desktop.views.state_colors import state_color
from desktop.views.widgets.card import Card

SHOWN = 100
FULL_TEXT_ROLE = USER_ROLE + 1  # the item's text before eliding


class _ResizingList(QListWidget):
    """Tells when its viewport's width changes (a scroll area's resizeEvent is its viewport's).
    Not an event filter on viewport(): that one call makes PySide load every QtWidgets class,
    about 9 ms of start-up."""

    def __init__(self, resized: Callable[[], None]) -> None:
        super().__init__()
        self.resized = resized
        self.viewport_width = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self.viewport_width:
            self.viewport_width = event.size().width()
            self.resized()


class TodayPanel(QWidget):
    open_case = Signal(int)
    goals_changed = Signal()

    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.today_card = Card(self.tr("Today"), "calendar-clock")  # and the count, when known
        self.heading = self.today_card.title
        self.heading.setObjectName("todayHeading")
        self.list = _ResizingList(self._fit_lines)
        self.list.setObjectName("todayList")
        self.list.setAccessibleName(self.tr("Due today and overdue"))
        self.list.setWordWrap(False)  # each line is elided to fit in _fit_lines
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.empty = QLabel(
            self.tr("Nothing is due today. Promises you make appear here on the day they fall due.")
        )
        self.empty.setWordWrap(True)
        self.today_card.body.addWidget(self.list, 1)
        self.today_card.body.addWidget(self.empty)
        self.goals_card = Card(self.tr("This week's goals"), "target")
        self.goals = QLabel()
        self.goals.setObjectName("todayGoals")
        self.goals.setWordWrap(True)
        self.goals_card.body.addWidget(self.goals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.GAP)
        layout.addWidget(self.today_card, 1)
        layout.addWidget(self.goals_card)
        self.show_goals = True
        self.setMinimumWidth(200)
        self.setMaximumWidth(340)
        self.resize(230, self.height())
        self.refresh()

    def refresh(self) -> None:
        entries = self.services.cases.due_today(SHOWN)
        run_in_background(
            lambda: self.services.cases.due_summary_detached(running=True),
            self._show_total,
            parent=self,
        )
        self.list.clear()
        for row, entry in entries:
            state = label(entry.state, self.language, hours=entry.hours_left)
            kind = commitment_name(entry.commitment, self.language)
            text = f"{state} · {kind}\n{row.number} {row.customer}"
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, row.id)
            item.setData(FULL_TEXT_ROLE, text)
            item.setForeground(state_color(entry.state))
            item.setToolTip(
                f"{row.customer}\n{row.title}\n{local_text(entry.due_at, self.services.zone)}"
            )
            self.list.addItem(item)
        if len(entries) > SHOWN:
            more = QListWidgetItem(
                self.tr("…and %1 more: tick “Overdue only” in the list").replace(
                    "%1", str(len(entries) - SHOWN)
                )
            )
            self.list.addItem(more)
        theirs = self.services.cases.overdue_customer_items()[:SHOWN]
        for row, awaited in theirs:
            # apart from ours, and not in red: the customer's lateness is not our failure
            late = label(ItemState.OVERDUE, self.language)
            text = f"{late} · {awaited.what}\n{row.number} {row.customer}"
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, row.id)
            item.setData(FULL_TEXT_ROLE, text)
            item.setForeground(self.palette().placeholderText().color())
            item.setToolTip(f"{row.customer}\n{row.title}\n{awaited.what}")
            self.list.addItem(item)
        shown = bool(entries) or bool(theirs)
        self.list.setVisible(shown)
        self._fit_lines()
        self.empty.setVisible(not shown)
        self.refresh_goals()

    def _show_total(self, summary: LedgerSummary) -> None:
        """Counted off the GUI thread: every open commitment is read (15 ms among 100,000)."""
        title = self.tr("Today")
        self.heading.setText(f"{title} · {summary.due_today + summary.overdue}")

    def _fit_lines(self) -> None:
        """Each line elided to the list's width on its own: left to Qt, a too-long second line
        hides the whole second line behind "…" on the first."""
        if not self.list.viewport_width:
            return  # not laid out yet: its first resize fits them
        metrics = self.list.fontMetrics()
        width = max(80, self.list.viewport_width - 2 * self.list.spacing() - 2)
        # a Latin-only line is shorter than a Chinese one: give every item room for two of the
        # taller, or Qt hides the second line of the Latin ones behind "…"
        line = max(metrics.lineSpacing(), metrics.boundingRect("国").height())
        height = 2 * line + 4
        for index in range(self.list.count()):
            item = self.list.item(index)
            full = item.data(FULL_TEXT_ROLE)
            if full:
                item.setSizeHint(QSize(width, height))
                item.setText(
                    "\n".join(
                        metrics.elidedText(line, Qt.TextElideMode.ElideRight, width - 10)
                        for line in full.split("\n")
                    )
                )

    def refresh_goals(self) -> None:
        goals = self.services.goals.this_period() if self.show_goals else []
        lines = [
            f"{'✔' if done >= target else '○'} {html.escape(goal.title)} · {done}/{target}"
            for goal, done, target in goals
        ]
        self.goals.setText("<br>".join(lines))
        self.goals_card.setVisible(bool(lines))
        self.goals_changed.emit()

    def has_goals(self) -> bool:
        return bool(self.goals.text())

    def set_goals_shown(self, shown: bool) -> None:
        self.show_goals = shown
        self.refresh_goals()

    def _open(self, item: QListWidgetItem) -> None:
        case_id = item.data(USER_ROLE)
        if case_id is not None:
            self.open_case.emit(int(case_id))
