"""Settings › Customers: each customer's names, the language of its documents, its address and
the people we deal with there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.customers import Contact, Customer
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.services import Services
from desktop.views.icons import icon
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.status_line import StatusLine

CONTACT_FIELDS = ("contact_name", "contact_title", "contact_email", "contact_phone")


class CustomersTab(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.customer: Customer | None = None  # the one shown; None: a new one
        layout = QHBoxLayout(self)

        left = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a customer by any of its names"))
        self.search.setAccessibleName(self.tr("Find a customer"))
        self.search.textChanged.connect(self.refresh)
        left.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Customers"))
        self.list.currentItemChanged.connect(self._picked)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("plus"), self.tr("New customer"))
        self.new_button.clicked.connect(self.new_customer)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_customer)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        self.form = FieldForm()
        self.name = self.form.add("name", self.tr("Name"), QLineEdit(), required=True)
        self.aliases = self.form.add("aliases", self.tr("Other names"), QLineEdit())
        self.aliases.setPlaceholderText(self.tr("Short names, separated by commas"))
        self.document_language = self.form.add(
            "document_language", self.tr("Documents written in"), QComboBox()
        )
        self.document_language.addItem(self.tr("The complaint's language"), "")
        self.document_language.addItem("中文", Language.ZH.value)
        self.document_language.addItem("English", Language.EN.value)
        self.address = self.form.add("address", self.tr("Address"), QPlainTextEdit())
        self.address.setFixedHeight(70)
        right.addLayout(self.form)
        self.save_button = QPushButton(self.tr("Save customer"))
        self.save_button.clicked.connect(self.save)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        right.addWidget(QLabel(self.tr("Contacts")))
        self.contacts = QTableWidget(0, 4)
        self.contacts.setAccessibleName(self.tr("Contacts"))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name", "person"), self.tr("Title"), self.tr("E-mail"), self.tr("Phone")]
        )
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.itemSelectionChanged.connect(self._contact_picked)
        right.addWidget(self.contacts)
        self.contact_form = FieldForm()
        self.contact_name = self.contact_form.add(
            "contact_name", self.tr("Contact's name"), QLineEdit(), required=True
        )
        self.contact_title = self.contact_form.add("contact_title", self.tr("Title"), QLineEdit())
        self.contact_title.setPlaceholderText(self.tr("经理, 总监, Ms, Dr…"))
        self.contact_email = self.contact_form.add("contact_email", self.tr("E-mail"), QLineEdit())
        self.contact_phone = self.contact_form.add("contact_phone", self.tr("Phone"), QLineEdit())
        right.addLayout(self.contact_form)
        contact_buttons = QHBoxLayout()
        self.add_contact_button = QPushButton(icon("plus"), self.tr("Add contact"))
        self.add_contact_button.clicked.connect(self.add_contact)
        self.save_contact_button = QPushButton(self.tr("Save contact"))
        self.save_contact_button.clicked.connect(self.save_contact)
        self.remove_contact_button = QPushButton(self.tr("Remove contact"))
        self.remove_contact_button.clicked.connect(self.remove_contact)
        for button in (
            self.add_contact_button,
            self.save_contact_button,
            self.remove_contact_button,
        ):
            contact_buttons.addWidget(button)
        right.addLayout(contact_buttons)
        self.status = StatusLine()
        self.status.hide()
        right.addWidget(self.status)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.refresh()
        self.show_customer(None)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # an intake may have made customers since
        super().showEvent(event)

    # --- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        shown = self.customer.id if self.customer else None
        text = self.search.text()
        customers = (
            self.services.customers.search(text, limit=1000)
            if text.strip()
            else self.services.customers.all()
        )
        self.list.blockSignals(True)
        self.list.clear()
        for customer in customers:
            item = QListWidgetItem(customer.name)
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
            if customer.aliases:
                item.setToolTip("、".join(customer.aliases))
            self.list.addItem(item)
            if customer.id == shown:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_customer(self.services.customers.get(item.data(Qt.ItemDataRole.UserRole)))

    def select(self, name: str) -> None:
        """Show the customer of this name (for the keyboard and for tests)."""
        for row in range(self.list.count()):
            if self.list.item(row).text() == name:
                self.list.setCurrentRow(row)
                return

    # --- one customer --------------------------------------------------------------------
    def show_customer(self, customer: Customer | None) -> None:
        self.customer = customer
        self.form.clear_errors()
        self.contact_form.clear_errors()
        self.name.setText(customer.name if customer else "")
        self.aliases.setText(", ".join(customer.aliases) if customer else "")
        index = self.document_language.findData(customer.document_language if customer else "")
        self.document_language.setCurrentIndex(max(index, 0))
        self.address.setPlainText(customer.address if customer else "")
        self._show_contacts(customer.contacts if customer else ())
        self.delete_button.setEnabled(customer is not None)
        for button in (self.add_contact_button, self.save_contact_button):
            button.setEnabled(customer is not None)
        self.remove_contact_button.setEnabled(False)
        self.save_contact_button.setEnabled(False)

    def new_customer(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.show_customer(None)
        self.name.setFocus()

    def save(self) -> bool:
        """Create or change the customer shown; bad input is said beside its field."""
        self.form.clear_errors()
        values = (
            self.name.text(),
            self.aliases.text(),
            str(self.document_language.currentData()),
            self.address.toPlainText(),
        )
        try:
            if self.customer is None or self.customer.id is None:
                saved = self.services.customers.create(*values)
            else:
                saved = self.services.customers.update(self.customer.id, *values)
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return False
        self.customer = saved
        self.refresh()
        self.show_customer(saved)
        self.status.say(self.tr("Saved."), "ok")
        return True

    def delete_customer(self) -> None:
        if self.customer is None or self.customer.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            self.tr(
                "Delete %1? Its cases keep the customer's name as typed in them; its other "
                "names and contacts go."
            ).replace("%1", self.customer.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.services.customers.delete(self.customer.id)
        self.customer = None
        self.refresh()
        self.show_customer(None)

    # --- contacts ------------------------------------------------------------------------
    def _show_contacts(self, contacts: tuple[Contact, ...]) -> None:
        self.contacts.blockSignals(True)
        self.contacts.clearSelection()
        self.contacts.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            for column, value in enumerate(
                (contact.name, contact.title, contact.email, contact.phone)
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                self.contacts.setItem(row, column, item)
        self.contacts.blockSignals(False)
        for widget in self._contact_widgets():
            widget.clear()

    def _contact_widgets(self) -> list[QLineEdit]:
        return [self.contact_name, self.contact_title, self.contact_email, self.contact_phone]

    def _contact_id(self) -> int | None:
        rows = self.contacts.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.contacts.item(rows[0].row(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _contact_picked(self) -> None:
        contact_id = self._contact_id()
        chosen = self.customer and next(
            (c for c in self.customer.contacts if c.id == contact_id), None
        )
        if chosen:
            for widget, value in zip(
                self._contact_widgets(),
                (chosen.name, chosen.title, chosen.email, chosen.phone),
                strict=True,
            ):
                widget.setText(value)
        self.save_contact_button.setEnabled(bool(chosen))
        self.remove_contact_button.setEnabled(bool(chosen))

    def _contact_values(self) -> tuple[str, str, str, str]:
        name, title, email, phone = (widget.text() for widget in self._contact_widgets())
        return name, title, email, phone

    def add_contact(self) -> bool:
        customer_id = self.customer.id if self.customer else None
        if customer_id is None:
            return False
        return self._contact_change(
            lambda: self.services.customers.add_contact(customer_id, *self._contact_values())
        )

    def save_contact(self) -> bool:
        contact_id = self._contact_id()
        if contact_id is None:
            return False
        return self._contact_change(
            lambda: self.services.customers.update_contact(contact_id, *self._contact_values())
        )

    def remove_contact(self) -> None:
        contact_id = self._contact_id()
        if contact_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr(
                "Remove %1 from this customer's contacts? Cases that name them keep the name."
            ).replace("%1", self.contact_name.text().strip() or self.tr("this contact")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._contact_change(lambda: self.services.customers.delete_contact(contact_id))

    def _contact_change(self, change: Callable[[], Customer]) -> bool:
        self.contact_form.clear_errors()
        try:
            saved = change()
        except ValidationError as error:
            self.contact_form.show_error(error.field, error.message(self.language))
            return False
        self.customer = saved
        self._show_contacts(saved.contacts)
        self.remove_contact_button.setEnabled(False)
        self.save_contact_button.setEnabled(False)
        return True
