"""Insights (统计): how complaints are handled over time, with a period to choose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalog import label
from desktop.domain.enums import ComplaintType, Language
from desktop.domain.stats import Insights, kept_on_time
from desktop.services import Services
from desktop.views import style
from desktop.views.background import run_in_background
from desktop.views.charts import Line, StackedBars
from desktop.views.icons import icon
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.empty_state import EmptyState


class InsightsView(QWidget):
    counted = Signal()  # the numbers on screen are up to date

    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self._request = 0
        bar = QHBoxLayout()
        self.period = ChoiceBox()
        self.period.setAccessibleName(self.tr("Period"))
        for months, text in (
            (3, self.tr("Last 3 months")),
            (6, self.tr("Last 6 months")),
            (12, self.tr("Last 12 months")),
            (None, self.tr("All time")),
        ):
            self.period.add_choice(text, months)
        self.period.set_value(12)
        self.period.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.empty = EmptyState(
            self.tr("Insights"),
            self.tr(
                "Complaints by type per month, first responses within 24 hours, promises "
                "kept on time, time to close, satisfaction and NPS will be charted here "
                "once you have handled a few cases."
            ),
        )
        body = QWidget()
        grid = QGridLayout(body)
        self.tiles: dict[str, QLabel] = {}
        names = (
            ("first", self.tr("First responses on time")),
            ("kept", self.tr("Commitments kept on time")),
            ("close", self.tr("Mean time to close")),
            ("csat", self.tr("Satisfaction (CSAT)")),
            ("nps", self.tr("Net promoter score")),
            ("cases", self.tr("Complaints in the period")),
            ("fixes", self.tr("Fixes that held")),
        )
        tiles = QGridLayout()
        grid.addLayout(tiles, 0, 0, 2, 3)
        for index, (key, title) in enumerate(names):
            tile = QFrame()
            tile.setObjectName("card")
            layout = QVBoxLayout(tile)
            caption = QLabel(title)
            value = QLabel()
            value.setObjectName(f"tile_{key}")
            style.set_type(value, "display")
            layout.addWidget(caption)
            layout.addWidget(value)
            tiles.addWidget(tile, index // 4, index % 4)
            self.tiles[key] = value
        self.by_month = StackedBars()
        self.no_complaints_text = self.tr("No complaints in this period.")
        self.no_feelings_text = self.tr("No feelings recorded in the journal in this period.")
        self.counting_text = self.tr("Counting…")
        grid.addWidget(
            self._boxed(
                self.tr("Complaints by type per month"), self.by_month, "complaints-by-month"
            ),
            2,
            0,
            1,
            3,
        )
        self.mood = Line()
        self.mood_box = self._boxed(
            self.tr("Mood trend (weekly distress, from the journal)"), self.mood, "mood-trend"
        )
        grid.addWidget(self.mood_box, 3, 0, 1, 2)
        self.mood_hint = QLabel(
            self.tr("Your mood trend is shown here while the journal is unlocked.")
        )
        self.mood_hint.setWordWrap(True)
        grid.addWidget(self.mood_hint, 3, 0, 1, 2)
        self.repeats = QTableWidget(0, 2)
        self.repeats.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Complaints")])
        self.repeats.verticalHeader().hide()
        header = self.repeats.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.repeats.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.repeats_box = self._boxed(self.tr("Repeat complaints"), self.repeats, "")
        grid.addWidget(self.repeats_box, 3, 2)
        self.trends = QTableWidget(0, len(TREND_COLUMNS))
        self.trends.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Complaints"),
                self.tr("First responses on time"),
                self.tr("Kept on time"),
                self.tr("Kept late"),
                self.tr("Missed"),
                self.tr("CSAT"),
                self.tr("NPS"),
                self.tr("Fixes that held"),
            ]
        )
        self.trends.verticalHeader().hide()
        self.trends.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # every heading whole (the table scrolls sideways on a narrow window)
        self.trends.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.trends.horizontalHeader().setStretchLastSection(True)
        self.trends.setMinimumHeight(220)
        self.trends.setToolTip(
            self.tr(
                "On time as the promise ledger counts it: in the customer's working hours "
                "where they count, with the time spent waiting on the customer left out."
            )
        )
        grid.addWidget(self._boxed(self.tr("Month by month"), self.trends, ""), 4, 0, 1, 3)
        self.grid = grid
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        self.empty.hide()  # until the first count says there is nothing
        layout.addWidget(scroll, 1)
        self._show_mood(services.journal.is_readable())
        unwatch = services.journal.watch(self._journal_changed)
        self.destroyed.connect(lambda *_: unwatch())

    def showEvent(self, event: QShowEvent) -> None:
        # cases change elsewhere; the numbers are counted afresh each time the view is opened
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def _journal_changed(self) -> None:
        """Locked, hidden by the privacy switch, unlocked or shown again: the mood goes at once,
        and comes back with a fresh count."""
        readable = self.services.journal.is_readable()
        self._show_mood(readable)
        if readable and self.isVisible():
            self.refresh()

    def _show_mood(self, shown: bool) -> None:
        if not shown:
            self.mood.set_data([])
        self.mood_box.setVisible(shown)
        # while the privacy switch is on, nothing here even mentions the journal
        hint = not shown and not self.services.journal.is_hidden()
        self.mood_hint.setVisible(hint)
        # with nothing beside it, the table of repeat complaints takes the whole row
        self.grid.removeWidget(self.repeats_box)
        if shown or hint:
            self.grid.addWidget(self.repeats_box, 3, 2)
        else:
            self.grid.addWidget(self.repeats_box, 3, 0, 1, 3)

    def _boxed(self, title: str, chart: QWidget, name: str) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(chart)
        if name:
            export = QPushButton(icon("file-output"), self.tr("Export as PNG…"))
            export.clicked.connect(lambda: self.export(chart, name))
            layout.addWidget(export)
        return box

    def refresh(self) -> None:
        """Count afresh off the GUI thread; a later request wins over an earlier one."""
        self._request += 1
        request = self._request
        self.show_counting()
        job = self.services.insights.insights_job(self.period.value())
        run_in_background(
            job,
            lambda insights: self._counted(request, insights),
            parent=self,
        )

    def show_counting(self) -> None:
        """Until the numbers arrive: say so, rather than show zeros that are not true."""
        for tile in self.tiles.values():
            tile.setText("…")
        self.by_month.empty_text = self.mood.empty_text = self.counting_text
        self.by_month.set_data([], [], [])
        self.mood.set_data([])

    def _counted(self, request: int, insights: Insights) -> None:
        if request != self._request:
            return
        nothing = insights.cases == 0 and not self.services.insights.any_cases()
        self.empty.setVisible(nothing)
        self.scroll_area.setVisible(not nothing)
        self.by_month.empty_text = self.no_complaints_text
        self.mood.empty_text = self.no_feelings_text
        self.display(insights)
        self.counted.emit()

    def display(self, insights: Insights) -> None:
        self.tiles["first"].setText(_percent(insights.first_response_pct))
        self.tiles["kept"].setText(_percent(insights.kept_on_time_pct))
        close = insights.mean_close
        self.tiles["close"].setText(
            "—"
            if close is None
            else self.tr("%1 days").replace("%1", f"{close.total_seconds() / 86400:.1f}")
        )
        self.tiles["csat"].setText("—" if insights.csat is None else f"{insights.csat:.1f} / 5")
        self.tiles["nps"].setText(_nps(insights.nps))
        self.tiles["cases"].setText(str(insights.cases))
        self.tiles["fixes"].setText(_percent(insights.fixes_held_pct))
        kinds: list[ComplaintType | None] = [*ComplaintType, None]
        names = [
            label(kind, self.language) if kind else self.tr("Not classified") for kind in kinds
        ]
        months = list(insights.by_month)
        self.by_month.set_data(
            months, names, [[insights.by_month[m].get(k, 0) for k in kinds] for m in months]
        )
        # the journal may have been locked or hidden while this was counted
        mood = insights.mood if self.services.journal.is_readable() else None
        self._show_mood(mood is not None)
        self.mood.set_data(mood or [])
        self._show_trends(insights)
        self.repeats.setRowCount(len(insights.repeat_customers))
        for row, (customer, count) in enumerate(insights.repeat_customers):
            self.repeats.setItem(row, 0, QTableWidgetItem(customer))
            self.repeats.setItem(row, 1, QTableWidgetItem(str(count)))

    def _show_trends(self, insights: Insights) -> None:
        """Month by month, the newest first: the tiles' figures as they moved."""
        months = list(reversed(insights.trends))
        self.trends.setRowCount(len(months))
        for row, month in enumerate(months):
            counts = month.counts
            values = (
                month.month,
                str(sum(month.complaints.values())),
                _percent(month.first_response_pct),
                _percent(kept_on_time(counts)),
                str(counts.kept_late),
                str(counts.missed),
                "—" if month.csat is None else f"{month.csat:.1f}",
                _nps(month.nps),
                _percent(month.fixes_held_pct),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.trends.setItem(row, column, item)

    def export(self, chart: QWidget, name: str) -> None:
        if chart is self.mood and not self.services.journal.is_readable():
            return  # the journal is locked or hidden: its figures leave nothing behind
        folder = self.services.settings.get("export.folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the chart"),
            str(Path(folder) / f"{name}.png"),
            self.tr("PNG images (*.png)"),
        )
        if path and not chart.grab().save(path, "PNG"):
            QMessageBox.warning(
                self, self.tr("Export the chart"), self.tr("Cannot write %1.").replace("%1", path)
            )


TREND_COLUMNS = (
    "month",
    "complaints",
    "first",
    "kept",
    "late",
    "missed",
    "csat",
    "nps",
    "fixes",
)


def _nps(value: float | None) -> str:
    """+25, −10, and 0 without a sign."""
    if value is None:
        return "—"
    return "0" if round(value) == 0 else f"{value:+.0f}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"
