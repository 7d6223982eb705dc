"""The mood chart: distress and ease per day, with the days complaints came in marked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.mood import MoodPoint
from desktop.views.style import tone_colour

DISTRESS, EASE, COMPLAINT = "error", "success", "warning"  # tones of views/style.py


class MoodChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MoodPoint] = []
        self.complaints: list[date] = []
        self.first = date.today()
        self.days = 30
        self.texts = {"distress": "", "ease": "", "complaint": "", "empty": ""}
        self.setMinimumSize(480, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self, points: list[MoodPoint], complaints: list[date], today: date, days: int
    ) -> None:
        self.points, self.complaints, self.days = points, complaints, days
        self.first = today - timedelta(days=days - 1)
        self.update()

    def _x(self, day: date, plot: QRectF) -> float:
        span = max(self.days - 1, 1)
        return plot.left() + (day - self.first).days / span * plot.width()

    @staticmethod
    def _y(value: float, plot: QRectF) -> float:
        return plot.bottom() - value / 100 * plot.height()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        plot = QRectF(40, 16, self.width() - 56, self.height() - 16 - 3 * metrics.height())
        text_pen = QPen(self.palette().text().color())
        grid_pen = QPen(self.palette().mid().color(), 0.5, Qt.PenStyle.DotLine)
        for level in (0, 25, 50, 75, 100):
            y = self._y(level, plot)
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_pen)
            painter.drawText(QRectF(0, y - 8, 34, 16), Qt.AlignmentFlag.AlignRight, str(level))
        width = metrics.horizontalAdvance("0000-00-00") + 4
        for offset, align in (
            (0, Qt.AlignmentFlag.AlignLeft),
            (self.days - 1, Qt.AlignmentFlag.AlignRight),
        ):
            day = self.first + timedelta(days=offset)
            x = self._x(day, plot)
            left = x if align == Qt.AlignmentFlag.AlignLeft else x - width
            painter.drawText(
                QRectF(left, plot.bottom() + 2, width, metrics.height()),
                align,
                day.strftime("%Y-%m-%d"),
            )
        painter.setPen(QPen(QColor(tone_colour(COMPLAINT)), 1.2, Qt.PenStyle.DashLine))
        for day in self.complaints:
            x = self._x(day, plot)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        for attribute, tone in (("distress", DISTRESS), ("ease", EASE)):
            colour = QColor(tone_colour(tone))
            values = [
                (p.day, getattr(p, attribute))
                for p in self.points
                if getattr(p, attribute) is not None
            ]
            if not values:
                continue
            path = QPainterPath()
            for index, (day, value) in enumerate(values):
                point = QPointF(self._x(day, plot), self._y(value, plot))
                path.moveTo(point) if index == 0 else path.lineTo(point)
            painter.setPen(QPen(colour, 2))
            painter.drawPath(path)
            painter.setBrush(colour)
            for day, value in values:
                painter.drawEllipse(QPointF(self._x(day, plot), self._y(value, plot)), 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        legend_y = self.height() - metrics.height() - 4
        x = plot.left()
        for key, tone, style in (
            ("distress", DISTRESS, Qt.PenStyle.SolidLine),
            ("ease", EASE, Qt.PenStyle.SolidLine),
            ("complaint", COMPLAINT, Qt.PenStyle.DashLine),
        ):
            painter.setPen(QPen(QColor(tone_colour(tone)), 2, style))
            painter.drawLine(QPointF(x, legend_y + 8), QPointF(x + 20, legend_y + 8))
            painter.setPen(text_pen)
            text = self.texts[key]
            painter.drawText(QPointF(x + 26, legend_y + 12), text)
            x += 40 + metrics.horizontalAdvance(text)
        if not self.points:
            painter.setPen(text_pen)
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.texts["empty"]
            )
        painter.end()
