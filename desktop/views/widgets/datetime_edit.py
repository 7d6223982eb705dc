"""Local date-time editing over UTC datetimes, with an optional 'not set' state."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget


def to_qdatetime(moment: datetime, zone: tzinfo) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime.fromSecsSinceEpoch(int(local.timestamp()), QTimeZone.systemTimeZone())


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class DateTimeField(QWidget):
    """A date-time editor; with `optional`, a check box says whether it is set at all."""

    def __init__(
        self,
        zone: tzinfo,
        optional: bool = False,
        date_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd" if date_only else "yyyy-MM-dd HH:mm")
        self.edit.setDateTime(to_qdatetime(datetime.now(UTC), zone))
        self.enabled = QCheckBox()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if optional:
            row.addWidget(self.enabled)
            self.enabled.toggled.connect(self.edit.setEnabled)
            self.edit.setEnabled(False)
        else:
            self.enabled.setChecked(True)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def value(self) -> datetime | None:
        if not self.enabled.isChecked():
            return None
        return from_qdatetime(self.edit.dateTime())

    def set_value(self, moment: datetime | None) -> None:
        self.enabled.setChecked(moment is not None)
        if moment is not None:
            self.edit.setDateTime(to_qdatetime(moment, self.zone))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.enabled.setAccessibleName(name)
