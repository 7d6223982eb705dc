"""Small charts drawn with QPainter: a stacked bar chart and a line chart."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.stats import axis_ticks
from desktop.views.style import tone_colour

SERIES_TONES = ("info", "success", "warning", "error", "muted")


def series_colour(index: int) -> QColor:
    return QColor(tone_colour(SERIES_TONES[index % len(SERIES_TONES)]))


class Chart(QWidget):
    """What the charts share: the background, the text colour, grid lines, the empty message."""

    def __init__(self, minimum_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setMinimumSize(420, minimum_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def begin(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(self.palette().text().color())
        return painter

    def grid_line(self, painter: QPainter, plot: QRectF, y: float, value: int) -> None:
        painter.setPen(QPen(self.palette().mid().color(), 0.5, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(0, y - 8, 40, 16), Qt.AlignmentFlag.AlignRight, str(value))

    def say_empty(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(self.palette().text().color())
        painter.drawText(
            plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
        )
        painter.end()


class StackedBars(Chart):
    """Bars per category (a month), stacked by series (a complaint type)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(240, parent)
        self.categories: list[str] = []
        self.series: list[str] = []
        self.values: list[list[int]] = []  # [category][series]

    def set_data(self, categories: list[str], series: list[str], values: list[list[int]]) -> None:
        self.categories, self.series, self.values = categories, series, values
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = self.begin()
        metrics = painter.fontMetrics()
        text = self.palette().text().color()
        plot = QRectF(44, 10, self.width() - 54, self.height() - 20 - 3 * metrics.height())
        if not self.categories:
            self.say_empty(painter, plot)
            return
        ticks = axis_ticks(max(sum(row) for row in self.values))
        top = ticks[-1]
        for value in ticks:
            self.grid_line(painter, plot, plot.bottom() - plot.height() * value / top, value)
        slot = plot.width() / len(self.categories)
        bar = max(4.0, slot * 0.6)
        label_every = max(1, int(metrics.horizontalAdvance("0000-00") * 1.2 // slot) + 1)
        for index, (category, row) in enumerate(zip(self.categories, self.values, strict=True)):
            x = plot.left() + index * slot + (slot - bar) / 2
            y = plot.bottom()
            for series_index, value in enumerate(row):
                height = plot.height() * value / top
                painter.fillRect(QRectF(x, y - height, bar, height), series_colour(series_index))
                y -= height
            if index % label_every == 0:
                painter.setPen(text)
                painter.drawText(
                    QRectF(x - slot, plot.bottom() + 2, bar + 2 * slot, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    category,
                )
        x = plot.left()
        legend_y = self.height() - metrics.height() - 4
        for series_index, name in enumerate(self.series):
            painter.fillRect(QRectF(x, legend_y + 3, 12, 12), series_colour(series_index))
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, legend_y + 13), name)
            x += 30 + metrics.horizontalAdvance(name)
        painter.end()


class Line(Chart):
    """One series over labelled points, 0–100."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(200, parent)
        self.points: list[tuple[str, float]] = []
        self.colour = QColor(tone_colour("error"))

    def set_data(self, points: list[tuple[str, float]]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = self.begin()
        metrics = painter.fontMetrics()
        text = self.palette().text().color()
        plot = QRectF(44, 10, self.width() - 60, self.height() - 20 - metrics.height())
        for level in (0, 50, 100):
            self.grid_line(painter, plot, plot.bottom() - plot.height() * level / 100, level)
        if not self.points:
            self.say_empty(painter, plot)
            return
        step = plot.width() / max(1, len(self.points) - 1)
        coordinates = [
            QPointF(plot.left() + index * step, plot.bottom() - plot.height() * value / 100)
            for index, (_, value) in enumerate(self.points)
        ]
        painter.setPen(QPen(self.colour, 2))
        for start, end in itertools.pairwise(coordinates):
            painter.drawLine(start, end)
        painter.setBrush(self.colour)
        for point in coordinates:
            painter.drawEllipse(point, 3, 3)
        painter.setPen(text)
        for index in (0, len(self.points) - 1):
            align = Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
            x = coordinates[index].x()
            width = metrics.horizontalAdvance(self.points[index][0]) + 4
            left = x if index == 0 else x - width
            painter.drawText(
                QRectF(left, plot.bottom() + 2, width, metrics.height()),
                align,
                self.points[index][0],
            )
        painter.end()
