"""The case list as a Qt table model that fetches rows a page at a time from the services."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.case_query import CaseQuery, SortKey
from desktop.domain.catalog import label
from desktop.domain.commitments import hours_until, next_state
from desktop.domain.complaint import CaseRow
from desktop.domain.dates import local_date_text, local_text
from desktop.domain.enums import CommitmentState, Language
from desktop.views.roles import DISPLAY_ROLE, FOREGROUND_ROLE, TOOLTIP_ROLE, USER_ROLE
from desktop.views.state_colors import STATE_COLORS

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    SortKey.NUMBER,
    SortKey.CUSTOMER,
    SortKey.TITLE,
    SortKey.TYPE,
    SortKey.SEVERITY,
    SortKey.STAGE,
    SortKey.NEXT_DUE,
    SortKey.STATUS,
    SortKey.RECEIVED,
)
CASE_ID_ROLE = USER_ROLE + 1


class CaseTableModel(QAbstractTableModel):
    PAGE = 200

    def __init__(
        self,
        rows: Callable[[CaseQuery, int, int], list[CaseRow]],
        count: Callable[[CaseQuery], int],
        language: Language,
        zone: tzinfo,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = rows
        self._count = count
        self.language = language
        self.zone = zone
        self.clock = clock
        self.query = CaseQuery()
        self._rows: list[CaseRow] = []
        self._total = 0
        self._loaded = False
        self._now = clock()

    def set_query(self, query: CaseQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._now = self.clock()
        self._total = self._count(query)
        self._rows = self._fetch(query, 0, self.PAGE)
        self._loaded = True
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    @property
    def total(self) -> int:
        return self._total

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._fetch(self.query, len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Customer"),
            self.tr("Title"),
            self.tr("Type"),
            self.tr("Severity"),
            self.tr("Stage"),
            self.tr("Next commitment"),
            self.tr("Status"),
            self.tr("Received"),
        ]

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == DISPLAY_ROLE:
            return self._text(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        if role == FOREGROUND_ROLE and column is SortKey.NEXT_DUE:
            state = next_state(row.next_due_at, row.paused, self._now, self.zone)
            return STATE_COLORS.get(state) if state else None
        if role == TOOLTIP_ROLE and column is SortKey.NEXT_DUE and row.next_due_at:
            return local_text(row.next_due_at, self.zone)
        if role == TOOLTIP_ROLE and column is SortKey.TITLE:
            return row.title
        return None

    def _text(self, row: CaseRow, column: SortKey) -> str:
        lang = self.language
        if column is SortKey.NUMBER:
            return row.number
        if column is SortKey.CUSTOMER:
            return row.customer
        if column is SortKey.TITLE:
            return row.title or self.tr("(no title yet)")
        if column is SortKey.TYPE:
            return label(row.complaint_type, lang) if row.complaint_type else ""
        if column is SortKey.SEVERITY:
            return label(row.severity, lang) if row.severity else ""
        if column is SortKey.STAGE:
            return f"{row.stage.value}. {label(row.stage, lang)}"
        if column is SortKey.NEXT_DUE:
            return self._next_text(row)
        if column is SortKey.STATUS:
            return label(row.status, lang)
        return local_date_text(row.received_at, self.zone)

    def _next_text(self, row: CaseRow) -> str:
        if row.next_due_at is None or row.next_kind is None:
            return ""
        state = next_state(row.next_due_at, row.paused, self._now, self.zone)
        assert state is not None
        hours = hours_until(row.next_due_at, self._now)
        kind = label(row.next_kind, self.language)
        if state is CommitmentState.DUE and hours > 48:
            return f"{local_date_text(row.next_due_at, self.zone)} · {kind}"
        return f"{label(state, self.language, hours=hours)} · {kind}"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        query = dataclasses.replace(self.query, sort=COLUMNS[column], descending=descending)
        if query != self.query or not self._loaded:
            self.set_query(query)
