"""The Cases view: filters, the lazily fetched table of every case, and an empty state."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import CaseStatus, ComplaintType, Language, Severity
from desktop.domain.errors import NotFoundError
from desktop.services import Services
from desktop.views import style
from desktop.views.case_list_model import CaseTableModel
from desktop.views.widgets.choice_box import ChoiceBox, enum_choices
from desktop.views.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

HEADER_KEY = "cases.header"  # the columns' widths and order, the sort
SPLITTER_KEY = "cases.splitter"  # the list beside the Today panel


class _CustomerBox(QComboBox):
    """The customers are read when the list first opens: among 100,000 cases that takes about
    10 ms, which start-up need not spend."""

    def __init__(self, customers: Callable[[], list[str]]) -> None:
        super().__init__()
        self._customers: Callable[[], list[str]] | None = customers

    def showPopup(self) -> None:
        if self._customers is not None:
            text = self.currentText()
            self.addItems(self._customers())
            self._customers = None
            self.setCurrentText(text)
        super().showPopup()


class CaseListView(QWidget):
    open_case = Signal(int)
    new_case = Signal()
    deleting = Signal(int)  # a case about to move to the Trash (its wizard closes first)

    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.model = CaseTableModel(services.cases, language, services.zone, services.clock, self)

        self.status_filter = self._combo(self.tr("All statuses"), list(CaseStatus))
        self.type_filter = self._combo(self.tr("All types"), list(ComplaintType))
        self.severity_filter = self._combo(self.tr("All severities"), list(Severity))
        self.customer_filter = _CustomerBox(services.cases.customers)
        self.customer_filter.setEditable(True)
        self.customer_filter.setMinimumContentsLength(12)  # "All customers" fits, and a name
        self.customer_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.customer_filter.setAccessibleName(self.tr("Customer"))
        line = self.customer_filter.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("All customers"))
        self.customer_filter.addItem("")
        self.customer_filter.setCurrentText("")
        self.customer_filter.currentTextChanged.connect(self._apply_filters)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.toggled.connect(self._apply_filters)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        for widget in (
            self.status_filter,
            self.type_filter,
            self.severity_filter,
            self.customer_filter,
            self.overdue_only,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.model.set_query(CaseQuery())
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # at 1366×768 the title keeps about a third of the list; the others show their usual
        # text, and any cell cut short shows all of it when pointed at
        for column, width in enumerate((96, 110, 240, 66, 56, 104, 150, 56, 84)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setShowGrid(False)  # rows apart by their shading, as in a modern list
        row_height = self.table.fontMetrics().height() + style.space(3)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setMinimumSectionSize(row_height)
        self.table.activated.connect(
            lambda index: self.open_case.emit(self.model.case_id(index.row()))
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        delete = QAction(self.tr("Move to the Trash"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)

        self.empty = EmptyState(
            self.tr("No complaints yet"),
            self.tr(
                "When a customer complains, record it here while it is fresh: the wizard "
                "walks you from the first call to a closed case, and keeps every promise "
                "you make visible until it is kept."
            ),
            self.tr("New complaint (Ctrl+N)"),
        )
        self.empty.button.clicked.connect(self.new_case.emit)
        self.no_match = QLabel(self.tr("No case matches these filters."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)

        from desktop.views.today_panel import TodayPanel

        self.today = TodayPanel(services, language)
        self.today.open_case.connect(self.open_case.emit)
        self.today.goals_changed.connect(self._show_count)
        self.filters = QWidget()
        filters.setContentsMargins(0, 0, 0, 0)
        self.filters.setLayout(filters)
        # with no case yet, the empty state stands where the table will: the Today panel beside
        # it still shows the goals set on the first day
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.today)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([900, 220])
        self._restore_layout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.model.count_known.connect(self._show_count)
        self._show_count()

    def _restore_layout(self) -> None:
        """Column widths, the sort and the split as the user left them (saved when the window
        closes: the title's column resizes with the window, too often to save each time)."""
        settings = self.services.settings
        header = self.table.horizontalHeader()
        for key, widget in ((HEADER_KEY, header), (SPLITTER_KEY, self.splitter)):
            stored = settings.get(key)
            if isinstance(stored, str):
                widget.restoreState(QByteArray.fromBase64(stored.encode("ascii")))

    def save_layout(self) -> None:
        header = self.table.horizontalHeader()
        for key, state in (
            (HEADER_KEY, header.saveState()),
            (SPLITTER_KEY, self.splitter.saveState()),
        ):
            self.services.settings.set(key, bytes(state.toBase64().data()).decode("ascii"))

    def _combo(self, everything: str, members: list) -> ChoiceBox:
        combo = enum_choices(members, self.language, empty=everything)
        combo.setAccessibleName(everything)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _apply_filters(self) -> None:
        query = dataclasses.replace(
            self.model.query,
            status=self.status_filter.value(),
            complaint_type=self.type_filter.value(),
            severity=self.severity_filter.value(),
            overdue_only=self.overdue_only.isChecked(),
            customer=self.customer_filter.currentText().strip(),
        )
        self.model.set_query(query)
        self._show_count()

    def set_search_text(self, text: str) -> None:
        if text.strip() and self.table.itemDelegateForColumn(2) is None:
            # made on the first search: its Qt classes cost start-up time
            from desktop.views.widgets.highlight_delegate import HighlightDelegate

            self.table.setItemDelegateForColumn(2, HighlightDelegate(self.table))
        self.model.set_query(dataclasses.replace(self.model.query, text=text.strip()))
        self._show_count()

    def refresh(self) -> None:
        """Read the cases again; the selected case stays selected (a wizard saving, a letter
        sent: the list refreshes under the user's hand)."""
        selected = self.selected_case_id()
        self.model.refresh()
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._show_count()
        self.today.refresh()

    def _show_count(self) -> None:
        unfiltered = self.model.query == CaseQuery(
            sort=self.model.query.sort, descending=self.model.query.descending
        )
        nothing_at_all = unfiltered and self.model.total == 0
        self.pages.setCurrentIndex(1 if nothing_at_all else 0)
        self.filters.setVisible(not nothing_at_all)
        self.today.setVisible(not nothing_at_all or self.today.has_goals())
        total = self.model.total
        if total is None:
            self.count_label.setText(
                self.tr("Cases: %1+ (counting…)").replace("%1", f"{self.model.rowCount():,}")
            )
        else:
            self.count_label.setText(self.tr("Cases: %1").replace("%1", f"{total:,}"))

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    # --- a case's own menu ----------------------------------------------------------------
    def _context_menu(self, at: QPoint) -> None:
        index = self.table.indexAt(at)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        self.context_menu(index.row()).popup(self.table.mapToGlobal(at))

    def context_menu(self, row: int) -> QMenu:
        """Open, the self-review of a closed case, and Delete."""
        from PySide6.QtWidgets import QMenu

        case = self.model.case_row(row)
        menu = QMenu(self)
        menu.addAction(self.tr("Open the case file"), lambda: self.open_case.emit(case.id))
        if case.status is CaseStatus.CLOSED:
            menu.addAction(self.tr("Blameless self-review…"), lambda: self.self_review(case.id))
        menu.addSeparator()
        menu.addAction(self.tr("Move to the Trash…"), self.delete_selected)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def self_review(self, case_id: int) -> None:
        from desktop.views.self_review import open_self_review

        open_self_review(self, self.services, self.language, case_id)

    def delete_selected(self) -> None:
        """The selected case to the Trash, after asking (Ctrl+Z brings it back)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        from PySide6.QtWidgets import QMessageBox

        case = self.model.case_row(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Move the case to the Trash"),
            self.tr(
                "Move %1 and everything recorded in it to the Trash? It is kept there for 30 "
                "days; Ctrl+Z brings it back at once."
            ).replace("%1", f"{case.number} · {case.title}" if case.title else case.number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.deleting.emit(case.id)
        # an empty draft is discarded as its wizard closes: nothing is left to delete then
        with contextlib.suppress(NotFoundError):
            self.services.trash.delete_case(case.id)
        self.refresh()
