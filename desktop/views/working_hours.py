"""Settings › Working hours: how deadlines count, for every customer or for one, on mainland
China's official calendar, and the official dates of a year not published yet."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.commitments import parse_holidays
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.official_days import Region, published_years
from desktop.domain.working_time import DEFAULT, CalendarSetting, Counting
from desktop.services import Services
from desktop.views.widgets.field_form import FieldForm

FOLLOW_DEFAULT = "default"  # a customer's counting: as every customer


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _dates_text(days: frozenset[date]) -> str:
    return "\n".join(sorted(day.isoformat() for day in days))


class WorkingHoursTab(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Deadlines count in calendar hours unless you choose working hours, for every "
                "customer or for one. Working hours skip mainland China's official days off "
                "and count its make-up working days."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FieldForm()
        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.addItem(self.tr("Every customer (the default)"), DEFAULT)
        records = {customer.name for customer in services.customers.all()}
        for name in sorted(set(services.calendars.customers()) | records):
            self.customer.addItem(name, name)
        self.customer.currentTextChanged.connect(lambda _text: self.show_customer())
        self.form.add("customer", self.tr("Customer"), self.customer)
        self.counting = QComboBox()
        self.counting.currentIndexChanged.connect(lambda _index: self._enable())
        self.form.add("counting", self.tr("Deadlines count in"), self.counting)
        self.day_boxes = [
            QCheckBox(name)
            for name in (
                self.tr("Mon"),
                self.tr("Tue"),
                self.tr("Wed"),
                self.tr("Thu"),
                self.tr("Fri"),
                self.tr("Sat"),
                self.tr("Sun"),
            )
        ]
        self.form.add("workdays", self.tr("Working days"), self._row(*self.day_boxes))
        self.day_start, self.day_end = QTimeEdit(), QTimeEdit()
        self.lunch_start, self.lunch_end = QTimeEdit(), QTimeEdit()
        for edit in (self.day_start, self.day_end, self.lunch_start, self.lunch_end):
            edit.setDisplayFormat("HH:mm")
        self.form.add("day_start", self.tr("Day starts at"), self.day_start)
        self.form.add("day_end", self.tr("Day ends at"), self.day_end)
        self.lunch = QCheckBox(self.tr("from"))
        self.lunch.toggled.connect(lambda _on: self._enable())
        self.form.add(
            "lunch",
            self.tr("Lunch break"),
            self._row(self.lunch, self.lunch_start, QLabel(self.tr("to")), self.lunch_end),
        )
        self.region = QComboBox()
        self.region.addItem(
            self.tr("Mainland China: official days off and make-up working days"), Region.CHINA
        )
        self.region.addItem(self.tr("None: only the days off entered below"), Region.NONE)
        self.form.add("region", self.tr("Public holidays"), self.region)
        self.days_off = self._dates_edit(
            self.tr("For example: 2026-12-24, or 2027-01-25 to 2027-01-29")
        )
        self.form.add("holidays", "", self.days_off)
        layout.addLayout(self.form)
        self.saved = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        layout.addLayout(self._buttons(self.saved, self.save_button))
        layout.addWidget(self._official_group())
        layout.addStretch(1)
        self.show_customer()

    def _row(self, *widgets: QWidget) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            line.addWidget(widget)
        line.addStretch(1)
        return row

    def _buttons(self, status: QLabel, button: QPushButton) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(status)
        buttons.addWidget(button)
        return buttons

    def _dates_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(90)
        return edit

    def _official_group(self) -> QGroupBox:
        """What the official data covers and, for a year it does not, the notice's dates."""
        first, last = published_years()
        group = QGroupBox(self.tr("Official calendar"))
        column = QVBoxLayout(group)
        self.coverage = QLabel()
        self.coverage.setWordWrap(True)
        next_year = self.services.clock().year + 1
        if next_year > last:
            self.coverage.setText(
                self.tr(
                    "Official days are known for %1–%2. %3 is not published yet (the State "
                    "Council publishes it around November): until it is, weekends and the "
                    "public holidays estimated from the calendar (the Spring Festival among "
                    "them) are assumed, without make-up working days, and every deadline in %3 "
                    "says so. When the notice is out, enter its dates here."
                )
                .replace("%1", str(first))
                .replace("%2", str(last))
                .replace("%3", str(next_year))
            )
        else:
            self.coverage.setText(
                self.tr("Official days are known for %1–%2.")
                .replace("%1", str(first))
                .replace("%2", str(last))
            )
        column.addWidget(self.coverage)
        self.official_form = FieldForm()
        official = self.services.calendars.official()
        self.entered_off = self._dates_edit(
            self.tr("As the notice writes them, e.g. %1-02-06 to %1-02-12").replace(
                "%1", str(next_year)
            )
        )
        self.entered_off.setPlainText(_dates_text(official.entered_off))
        self.entered_work = self._dates_edit(
            self.tr("The Saturdays or Sundays worked, e.g. %1-02-20").replace("%1", str(next_year))
        )
        self.entered_work.setPlainText(_dates_text(official.entered_work))
        self.official_form.add("entered_off", self.tr("Days off in the notice"), self.entered_off)
        self.entered_off.setToolTip(self.tr("One date or range per line"))
        self.official_form.add("entered_work", self.tr("Make-up working days"), self.entered_work)
        column.addLayout(self.official_form)
        self.official_saved = QLabel()
        save = QPushButton(self.tr("Save official dates"))
        save.clicked.connect(self.save_official)
        column.addLayout(self._buttons(self.official_saved, save))
        return group

    def _customer(self) -> str:
        text = self.customer.currentText().strip()
        index = self.customer.currentIndex()
        if index >= 0 and self.customer.itemText(index) == self.customer.currentText():
            return str(self.customer.itemData(index))
        return text

    def show_customer(self) -> None:
        self.form.clear_errors()
        self.saved.setText("")
        customer = self._customer()
        calendars = self.services.calendars
        is_default = customer == DEFAULT
        setting = calendars.default_setting() if is_default else calendars.setting(customer)
        self.counting.blockSignals(True)
        self.counting.clear()
        if not is_default:
            self.counting.addItem(self.tr("As every customer"), FOLLOW_DEFAULT)
        self.counting.addItem(self.tr("Calendar hours (every hour counts)"), Counting.CALENDAR)
        self.counting.addItem(self.tr("Working hours"), Counting.WORKING)
        chosen = FOLLOW_DEFAULT if setting is None else setting.counting
        self.counting.setCurrentIndex(max(0, self.counting.findData(chosen)))
        self.counting.blockSignals(False)
        shown = setting or calendars.default_setting()
        for index, box in enumerate(self.day_boxes):
            box.setChecked(index in shown.workdays)
        self.day_start.setTime(_qtime(shown.day_start))
        self.day_end.setTime(_qtime(shown.day_end))
        self.lunch.setChecked(shown.lunch is not None)
        lunch = shown.lunch or (time(12), time(13))
        self.lunch_start.setTime(_qtime(lunch[0]))
        self.lunch_end.setTime(_qtime(lunch[1]))
        self.region.setCurrentIndex(max(0, self.region.findData(shown.region)))
        self.days_off.setPlainText(_dates_text(setting.days_off) if setting else "")
        self.form.set_label(
            "holidays",
            self.tr("Your own days off (every customer)")
            if is_default
            else self.tr("This customer's own days off"),
        )
        self._enable()

    def _enable(self) -> None:
        working = self.counting.currentData() == Counting.WORKING
        for widget in (
            *self.day_boxes,
            self.day_start,
            self.day_end,
            self.lunch,
            self.region,
            self.days_off,
        ):
            widget.setEnabled(working)
        for edit in (self.lunch_start, self.lunch_end):
            edit.setEnabled(working and self.lunch.isChecked())

    def save(self) -> bool:
        self.form.clear_errors()
        customer = self._customer()
        counting = self.counting.currentData()
        try:
            setting = None
            if counting != FOLLOW_DEFAULT:
                lunch = None
                if self.lunch.isChecked():
                    lunch = (_time(self.lunch_start.time()), _time(self.lunch_end.time()))
                setting = CalendarSetting(
                    counting=Counting(counting),
                    workdays=frozenset(
                        i for i, box in enumerate(self.day_boxes) if box.isChecked()
                    ),
                    day_start=_time(self.day_start.time()),
                    day_end=_time(self.day_end.time()),
                    lunch=lunch,
                    region=Region(self.region.currentData()),
                    days_off=parse_holidays(self.days_off.toPlainText()),
                )
            self.services.calendars.save(customer, setting)
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return False
        name = self.tr("every customer") if customer == DEFAULT else customer
        self.saved.setText(self.tr("Saved. New deadlines for %1 use it.").replace("%1", name))
        return True

    def save_official(self) -> bool:
        self.official_form.clear_errors()
        try:
            days_off = parse_holidays(self.entered_off.toPlainText())
        except ValidationError as error:
            self.official_form.show_error("entered_off", error.message(self.language))
            return False
        try:
            working = parse_holidays(self.entered_work.toPlainText())
        except ValidationError as error:
            self.official_form.show_error("entered_work", error.message(self.language))
            return False
        self.services.calendars.save_official(days_off, working)
        self.official_saved.setText(self.tr("Saved. New deadlines use these dates."))
        return True
