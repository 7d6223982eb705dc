"""Edit › Trash…: what was deleted in the last 30 days, when, and how long it is kept still;
restore it, or delete it for good."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import local_text
from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError
from desktop.domain.trash import TrashChange, TrashItem
from desktop.services import Services
from desktop.views.icons import icon
from desktop.views.roles import USER_ROLE
from desktop.views.trash_actions import restore_failed
from desktop.views.trash_words import item_name, kind_name


class TrashDialog(QDialog):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.items: list[TrashItem] = []
        self.setWindowTitle(self.tr("Trash"))
        intro = QLabel(
            self.tr(
                "What you delete is kept here for 30 days, then removed for good. Restore "
                "brings it back as it was, with everything recorded in it."
            )
        )
        intro.setWordWrap(True)
        self.locked_note = QLabel(
            self.tr("What was deleted from the journal is shown while the journal is unlocked.")
        )
        self.locked_note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Kind"), self.tr("Deleted"), self.tr("Days left")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty_note = QLabel(self.tr("The Trash is empty."))
        self.restore_button = QPushButton(icon("rotate-ccw"), self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.forever_button = QPushButton(icon("trash-2"), self.tr("Delete forever…"))
        self.forever_button.clicked.connect(self.delete_selected_forever)
        self.empty_button = QPushButton(self.tr("Empty the Trash…"))
        self.empty_button.clicked.connect(self.empty_trash)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.forever_button)
        row.addStretch(1)
        row.addWidget(self.empty_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(720, 460)
        unwatch = services.trash.watch(self._changed)
        self.destroyed.connect(lambda *_: unwatch())
        self.refresh()

    def _changed(self, _change: TrashChange) -> None:
        self.refresh()

    def refresh(self) -> None:
        chosen = set(self.selected_ids())
        self.items = self.services.trash.items()
        now, zone = self.services.clock(), self.services.zone
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            left = item.days_left(now)
            cells = [
                QTableWidgetItem(item_name(item, zone, in_sentence=False)),
                QTableWidgetItem(kind_name(item.kind)),
                QTableWidgetItem(local_text(item.deleted_at, zone)),
                QTableWidgetItem(
                    self.tr("1 day") if left == 1 else self.tr("%1 days").replace("%1", str(left))
                ),
            ]
            cells[0].setData(USER_ROLE, item.id)
            cells[0].setToolTip(cells[0].text())
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
            if item.id in chosen:
                self.table.selectRow(row)
        if self.items and not self.selected_ids():
            self.table.selectRow(0)  # the row drawn as current is the one the buttons act on
        self.table.setVisible(bool(self.items))
        self.empty_note.setVisible(not self.items)
        self.empty_button.setEnabled(bool(self.items))
        self.locked_note.setVisible(not self.services.journal.is_readable())
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        model = self.table.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model else []
        return [self.items[row].id for row in rows if row < len(self.items)]

    def _selection_changed(self) -> None:
        chosen = bool(self.selected_ids())
        self.restore_button.setEnabled(chosen)
        self.forever_button.setEnabled(chosen)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            self.services.trash.restore(ids)
        except TurnaroundError as error:
            restore_failed(self, error, self.language)
        self.refresh()

    def delete_selected_forever(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete forever"),
            self.tr("Delete it for good? This cannot be undone.")
            if len(ids) == 1
            else self.tr("Delete these %1 items for good? This cannot be undone.").replace(
                "%1", str(len(ids))
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.trash.delete_forever(ids)
            self.refresh()

    def empty_trash(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Empty the Trash"),
            self.tr("Delete everything in the Trash for good? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.trash.empty()
            self.refresh()
