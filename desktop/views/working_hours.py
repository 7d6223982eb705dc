"""Settings › Working hours: per customer, deadlines may count only inside working time."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.commitments import make_calendar, parse_holidays
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.services import Services
from desktop.services.clock import local_zone
from desktop.views.widgets.field_form import FieldForm


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
                "By default every deadline counts in calendar hours. For a "
                "customer whose deadlines count in working hours, give the "
                "working days, the hours and the holidays."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FieldForm()
        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.addItems(services.cases.customers())
        self.customer.setCurrentText("")
        self.customer.currentTextChanged.connect(self.show_customer)
        self.form.add("customer", self.tr("Customer"), self.customer)
        self.enabled = QCheckBox(self.tr("Count this customer's deadlines in working hours"))
        self.form.add("enabled", self.tr("Working hours"), self.enabled)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        self.day_boxes = [QCheckBox(name) for name in names]
        for box in self.day_boxes:
            row.addWidget(box)
        row.addStretch(1)
        self.form.add("workdays", self.tr("Working days"), days)
        self.day_start = QTimeEdit()
        self.day_end = QTimeEdit()
        for edit in (self.day_start, self.day_end):
            edit.setDisplayFormat("HH:mm")
        self.form.add("day_start", self.tr("Day starts at"), self.day_start)
        self.form.add("day_end", self.tr("Day ends at"), self.day_end)
        self.holidays = QPlainTextEdit()
        self.holidays.setTabChangesFocus(True)
        self.holidays.setPlaceholderText("2026-10-01\n2026-10-02")
        self.holidays.setFixedHeight(110)
        self.form.add("holidays", self.tr("Holidays (one date per line)"), self.holidays)
        layout.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saved = QLabel()
        buttons.addWidget(self.saved)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_customer("")

    def show_customer(self, customer: str) -> None:
        self.form.clear_errors()
        self.saved.setText("")
        calendar = self.services.settings.calendar_for(customer.strip())
        self.enabled.setChecked(calendar is not None)
        workdays = calendar.workdays if calendar else frozenset(range(5))
        for index, box in enumerate(self.day_boxes):
            box.setChecked(index in workdays)
        start = calendar.day_start if calendar else time(9)
        end = calendar.day_end if calendar else time(18)
        self.day_start.setTime(QTime(start.hour, start.minute))
        self.day_end.setTime(QTime(end.hour, end.minute))
        self.holidays.setPlainText(
            "\n".join(sorted(d.isoformat() for d in calendar.holidays)) if calendar else ""
        )

    def save(self) -> bool:
        self.form.clear_errors()
        customer = self.customer.currentText().strip()
        if not customer:
            self.form.show_error(
                "customer", ValidationError("customer", "required").message(self.language)
            )
            return False
        try:
            calendar = None
            if self.enabled.isChecked():
                start, end = self.day_start.time(), self.day_end.time()
                calendar = make_calendar(
                    local_zone(),
                    {i for i, box in enumerate(self.day_boxes) if box.isChecked()},
                    time(start.hour(), start.minute()),
                    time(end.hour(), end.minute()),
                    parse_holidays(self.holidays.toPlainText()),
                )
            self.services.settings.set_calendar(customer, calendar)
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return False
        self.saved.setText(self.tr("Saved. New deadlines for %1 use it.").replace("%1", customer))
        return True
