"""The case list as a Qt table model that fetches rows a page at a time from the services."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.case_query import CaseQuery, SortKey
from desktop.domain.catalog import label
from desktop.domain.commitments import hours_until, next_state
from desktop.domain.complaint import CaseRow
from desktop.domain.dates import local_date_text, local_text
from desktop.domain.enums import CommitmentState, Language
from desktop.views.roles import DISPLAY_ROLE, FOREGROUND_ROLE, TOOLTIP_ROLE, USER_ROLE
from desktop.views.state_colors import state_color

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


class CaseSource(Protocol):
    """What the model needs from the case service."""

    def rows(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]: ...
    def count(self, query: CaseQuery) -> int: ...
    def count_is_slow(self, query: CaseQuery) -> bool: ...
    def count_detached(self, query: CaseQuery) -> int: ...
    def snippet(self, case_id: int, text: str) -> str: ...


class CaseTableModel(QAbstractTableModel):
    """Rows arrive a page at a time; a slow count (a short search word) arrives later."""

    PAGE = 200
    count_known = Signal()

    def __init__(
        self,
        source: CaseSource,
        language: Language,
        zone: tzinfo,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.language = language
        self.zone = zone
        self.clock = clock
        self.query = CaseQuery()
        self._rows: list[CaseRow] = []
        self._snippets: dict[int, str] = {}  # fetched for the rows that are painted
        self._total: int | None = 0
        self._more = False
        self._loaded = False
        self._now = clock()

    def set_query(self, query: CaseQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._snippets = {}
        self._now = self.clock()
        self._rows = self.source.rows(query, 0, self.PAGE)
        self._more = len(self._rows) == self.PAGE
        if not self._more:
            self._total = len(self._rows)
        elif self.source.count_is_slow(query):
            self._total = None
            self._count_later(query)
        else:
            self._total = self.source.count(query)
        self._loaded = True
        self.endResetModel()
        self.count_known.emit()

    def _count_later(self, query: CaseQuery) -> None:
        from desktop.views.background import run_in_background

        def counted(total: int) -> None:
            if query == self.query:
                self._total = total
                self.count_known.emit()

        run_in_background(lambda: self.source.count_detached(query), counted, parent=self)

    def refresh(self) -> None:
        self.set_query(self.query)

    @property
    def total(self) -> int | None:
        """How many cases match, or None while it is still being counted."""
        return self._total

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def case_row(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of(self, case_id: int) -> int | None:
        """The row of a case among those fetched so far."""
        return next((row for row, fetched in enumerate(self._rows) if fetched.id == case_id), None)

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        more = self.source.rows(self.query, len(self._rows), self.PAGE)
        self._more = len(more) == self.PAGE
        if not more:
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
            return state_color(state) if state else None
        if role == TOOLTIP_ROLE:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: CaseRow, column: SortKey) -> str | None:
        """The whole text of a cell, whatever its column's width cut off."""
        if column is SortKey.TITLE:
            return row.title or None
        text = self._text(row, column)
        if column is SortKey.NEXT_DUE and row.next_due_at:
            return f"{text}\n{local_text(row.next_due_at, self.zone)}"
        return text or None

    def _text(self, row: CaseRow, column: SortKey) -> str:
        lang = self.language
        if column is SortKey.NUMBER:
            return row.number
        if column is SortKey.CUSTOMER:
            return row.customer
        if column is SortKey.TITLE:
            if self.query.text.strip():
                return self._snippet(row)  # the match is marked [like this] for the delegate
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

    def _snippet(self, row: CaseRow) -> str:
        if row.id not in self._snippets:
            self._snippets[row.id] = self.source.snippet(row.id, self.query.text) or row.title
        return self._snippets[row.id]

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
