"""What the anonymiser found, one row each: a tick to replace it, what was found, what it is and
what replaces it (editable). Findings it is not sure of wait, highlighted and half-ticked, until
the user ticks (replace) or clears (keep) them: nothing unsure is decided for them."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.anonymise import Finding
from desktop.domain.catalog import label, text
from desktop.domain.enums import Language
from desktop.views.style import MATCH_HIGHLIGHT

UNDECIDED = QColor(MATCH_HIGHLIGHT)  # readable in both themes, with dark text
REPLACE, FOUND, KIND, PLACEHOLDER = range(4)


class FindingsTable(QTableWidget):
    decisions_changed = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.language = language
        self.findings: list[Finding] = []
        self._filling = False
        self.setHorizontalHeaderLabels(
            [self.tr("Replace"), self.tr("Found"), self.tr("What it is"), self.tr("Replaced by")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(REPLACE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOUND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PLACEHOLDER, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAccessibleName(self.tr("What will be replaced"))
        self.itemChanged.connect(self._changed)

    def set_findings(self, findings: list[Finding]) -> None:
        """Show these findings; a decision or a placeholder the user already gave for the same
        text is kept."""
        before = {f.original: (self.decision(row), f.placeholder) for row, f in self._rows()}
        self._filling = True
        self.findings = list(findings)
        self.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            decided, words = before.get(finding.original, (None, finding.placeholder))
            if decided is None and finding.sure:
                decided = True
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(
                Qt.CheckState.PartiallyChecked
                if decided is None
                else Qt.CheckState.Checked
                if decided
                else Qt.CheckState.Unchecked
            )
            tick.setToolTip(self.tr("Ticked: replaced. Cleared: kept as it is."))
            found = QTableWidgetItem(finding.original)
            found.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            kind_name = label(finding.kind, self.language)
            if not finding.sure:
                kind_name = text("anonymise.maybe", self.language, kind=kind_name)
            kind = QTableWidgetItem(kind_name)
            kind.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            replacement = QTableWidgetItem(words)
            replacement.setToolTip(self.tr("Double-click to write another replacement."))
            for column, item in enumerate((tick, found, kind, replacement)):
                self.setItem(row, column, item)
            self._paint(row)
        self._filling = False
        self.setCurrentIndex(QModelIndex())  # nothing current
        self.decisions_changed.emit()

    def _rows(self) -> list[tuple[int, Finding]]:
        return [
            (row, self.findings[row]) for row in range(min(self.rowCount(), len(self.findings)))
        ]

    def decision(self, row: int) -> bool | None:
        """True: replace; False: keep; None: not decided yet."""
        item = self.item(row, REPLACE)
        if item is None:
            return None
        state = item.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def decide(self, original: str, replace: bool) -> None:
        for row, finding in self._rows():
            if finding.original == original:
                self.cell(row, REPLACE).setCheckState(
                    Qt.CheckState.Checked if replace else Qt.CheckState.Unchecked
                )

    def decide_all_undecided(self, replace: bool) -> None:
        for row, finding in self._rows():
            if self.decision(row) is None:
                self.decide(finding.original, replace)

    def undecided(self) -> list[Finding]:
        return [finding for row, finding in self._rows() if self.decision(row) is None]

    def chosen(self) -> list[Finding]:
        """The findings to replace, each with the replacement shown (perhaps edited)."""
        chosen = []
        for row, finding in self._rows():
            if self.decision(row):
                words = self.cell(row, PLACEHOLDER).text().strip() or finding.placeholder
                chosen.append(dataclasses.replace(finding, placeholder=words))
        return chosen

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        """An item set_findings made (Qt's item() may be None in general; not for these)."""
        item = self.item(row, column)
        assert item is not None
        return item

    def _paint(self, row: int) -> None:
        waiting = self.decision(row) is None
        for column in range(self.columnCount()):
            item = self.item(row, column)
            if item is None:
                continue
            item.setBackground(QBrush(UNDECIDED) if waiting else QBrush())
            item.setForeground(QBrush(QColor("#000000")) if waiting else QBrush())

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._filling = True
        self._paint(item.row())
        self._filling = False
        self.decisions_changed.emit()
