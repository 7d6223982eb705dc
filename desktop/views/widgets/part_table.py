"""An editable table of one kind of case part (actions, interviews, escalations...).

Cells are edited in place; Add opens a small form with the same fields; Remove asks first.
The table only shows and collects: saving goes through the callbacks the page gives it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalog import label
from desktop.domain.dates import local_date_text, local_text
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.views.roles import DISPLAY_ROLE, TOOLTIP_ROLE
from desktop.views.widgets.choice_box import ChoiceBox, enum_choices
from desktop.views.widgets.datetime_edit import DateTimeField, from_qdatetime, to_qdatetime
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.status_line import set_tone

EDIT_ROLE = 2  # Qt.ItemDataRole.EditRole


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str = "line"  # line, text, date, datetime, choice, int
    choices: type[Enum] | None = None
    required: bool = False
    width: int = 0  # 0: stretch
    editable: bool = True
    asked_on_add: bool = True  # False: only for a part that exists (when it was done, say)


class PartModel(QAbstractTableModel):
    edit_failed = Signal(object)  # ValidationError

    def __init__(
        self,
        columns: Sequence[Column],
        language: Language,
        zone: tzinfo,
        on_edit: Callable[[Any, str, Any], None],
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self.language = language
        self.zone = zone
        self.on_edit = on_edit
        self.parts: list[Any] = []

    def set_parts(self, parts: list[Any]) -> None:
        self.beginResetModel()
        self.parts = list(parts)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.parts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if role == DISPLAY_ROLE and orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            return f"{column.title} *" if column.required else column.title
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.parts[index.row()], column.field)
        if role == EDIT_ROLE:
            return value
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            return self.text(column, value)
        return None

    def text(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, Enum):
            return label(value, self.language)
        if isinstance(value, datetime):
            return (
                local_date_text(value, self.zone)
                if column.kind == "date"
                else local_text(value, self.zone)
            )
        return str(value)

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = EDIT_ROLE
    ) -> bool:
        if role != EDIT_ROLE or not index.isValid():
            return False
        part = self.parts[index.row()]
        column = self.columns[index.column()]
        if getattr(part, column.field) == value:
            return False
        try:
            self.on_edit(part, column.field, value)
        except ValidationError as error:
            self.edit_failed.emit(error)
            return False
        setattr(part, column.field, value)
        self.dataChanged.emit(index, index)
        return True


def make_editor(
    column: Column, language: Language, zone: tzinfo, parent: QWidget | None = None
) -> QWidget:
    if column.kind == "choice" and column.choices is not None:
        return enum_choices(
            list(column.choices), language, empty=None if column.required else "", parent=parent
        )
    if column.kind in ("date", "datetime"):
        return DateTimeField(
            zone, optional=not column.required, date_only=column.kind == "date", parent=parent
        )
    if column.kind == "int":
        spin = QSpinBox(parent)
        spin.setRange(0, 10_000)
        return spin
    if column.kind == "text" and parent is None:
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setFixedHeight(80)
        return text
    return QLineEdit(parent)


def editor_value(editor: QWidget) -> Any:
    if isinstance(editor, ChoiceBox):
        return editor.value()
    if isinstance(editor, DateTimeField):
        return editor.value()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    assert isinstance(editor, QLineEdit)
    return editor.text()


def set_editor_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, ChoiceBox | DateTimeField):
        editor.set_value(value)
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value or 0))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value or "")
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))


class PartDelegate(QStyledItemDelegate):
    def __init__(self, model: PartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(
        self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        column = self.model.columns[index.column()]
        editor = make_editor(column, self.model.language, self.model.zone, parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        set_editor_value(editor, index.data(EDIT_ROLE))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        model.setData(index, editor_value(editor), EDIT_ROLE)


class PartDialog(QDialog):
    """The form that adds one part: the table's columns as fields, checked before saving."""

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        language: Language,
        zone: tzinfo,
        on_add: Callable[[dict[str, Any]], None],
        defaults: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.language = language
        self.on_add = on_add
        self.form = FieldForm()
        self.editors: dict[str, QWidget] = {}
        for column in columns:
            if not column.editable or not column.asked_on_add:
                continue
            editor = make_editor(column, language, zone)
            set_editor_value(editor, defaults.get(column.field))
            self.form.add(column.field, column.title, editor, column.required)
            self.editors[column.field] = editor
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, Any]:
        return {field: editor_value(editor) for field, editor in self.editors.items()}

    def save(self) -> None:
        self.form.clear_errors()
        try:
            self.on_add(self.values())
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return
        self.accept()


class PartTable(QWidget):
    """A titled table with Add and Remove, and a line for messages about bad edits."""

    changed = Signal()

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        language: Language,
        zone: tzinfo,
        on_add: Callable[[dict[str, Any]], None],
        on_edit: Callable[[Any, str, Any], None],
        on_delete: Callable[[Any], None],
        defaults: Callable[[], dict[str, Any]] = dict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.language = language
        self.zone = zone
        self.columns = list(columns)
        self.on_add = on_add
        self.on_delete = on_delete
        self.defaults = defaults
        self.model = PartModel(columns, language, zone, on_edit)
        self.model.edit_failed.connect(self._show_error)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(PartDelegate(self.model, self.view))
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for index, column in enumerate(self.columns):
            if column.width:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(index, column.width)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(100)
        self.view.setMaximumHeight(190)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        set_tone(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        heading = QLabel(f"<b>{title}</b>")
        self.top_row = top = QHBoxLayout()  # pages add their own buttons to it
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(self.message)

    def set_parts(self, parts: list[Any]) -> None:
        self.model.set_parts(parts)

    def _show_error(self, error: ValidationError) -> None:
        self.message.setText(error.message(self.language))
        self.message.show()

    def open_add_dialog(self) -> None:
        dialog = PartDialog(
            self.title, self.columns, self.language, self.zone, self._add, self.defaults(), self
        )
        dialog.exec()

    def _add(self, values: dict[str, Any]) -> None:
        self.on_add(values)
        self.message.hide()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        answer = QMessageBox.question(self, self.title, self.tr("Remove the selected row?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.on_delete(self.model.parts[rows[0].row()])
        self.changed.emit()


__all__ = ["Column", "PartTable", "from_qdatetime", "to_qdatetime"]
