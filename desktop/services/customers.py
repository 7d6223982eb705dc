"""Customers as records: find one by any of its names, keep its details and contacts, and link
the cases to it. One transaction each."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from desktop.domain.customers import Customer, clean_contact, clean_customer, clean_name
from desktop.domain.errors import ValidationError
from desktop.store.store import Store


class CustomerService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self) -> list[Customer]:
        return self.store.customers.all()

    def search(self, text: str, limit: int = 20) -> list[Customer]:
        """Customers one of whose names contains the text (any case), those it starts first."""
        wanted = clean_name(text).casefold()
        found = [c for c in self.all() if any(wanted in n.casefold() for n in c.names())]
        found.sort(key=lambda c: not any(n.casefold().startswith(wanted) for n in c.names()))
        return found[:limit]

    def completions(self) -> list[str]:
        """Every name and other name, for the customer field's completion."""
        return sorted({name for customer in self.all() for name in customer.names()})

    def get(self, customer_id: int) -> Customer:
        return self.store.customers.get(customer_id)

    def find(self, name: str) -> Customer | None:
        """The customer called so by its name or an other name, or None."""
        customer_id = self.store.customers.find(clean_name(name))
        return None if customer_id is None else self.get(customer_id)

    def of_case(self, case_id: int) -> Customer | None:
        customer_id = self.store.customers.customer_of_case(case_id)
        return None if customer_id is None else self.get(customer_id)

    def create(
        self,
        name: str,
        aliases: str | Iterable[str] = (),
        document_language: str = "",
        address: str = "",
    ) -> Customer:
        """A new customer; ValidationError (its name or an other name taken) changes nothing."""
        fields = clean_customer(name, aliases, document_language, address)
        with self.store.transaction():
            self._check_free(fields[0], fields[1], None)
            customer_id = self.store.customers.create(fields[0])
            self.store.customers.update(customer_id, *fields)
            self.store.customers.link_unlinked()
        return self.get(customer_id)

    def update(
        self,
        customer_id: int,
        name: str,
        aliases: str | Iterable[str] = (),
        document_language: str = "",
        address: str = "",
    ) -> Customer:
        """Replace a customer's own fields; its cases keep the names typed in them."""
        fields = clean_customer(name, aliases, document_language, address)
        with self.store.transaction():
            self.store.customers.name_of(customer_id)
            self._check_free(fields[0], fields[1], customer_id)
            self.store.customers.update(customer_id, *fields)
            self.store.customers.link_unlinked()
        return self.get(customer_id)

    def delete(self, customer_id: int) -> None:
        """The record goes; its cases keep the name typed in them, unlinked."""
        with self.store.transaction():
            self.store.customers.delete(customer_id)

    def find_or_create(self, name: str) -> Customer | None:
        """The customer called so, made when there is none; None for no name."""
        with self.store.transaction():
            customer_id = find_or_create(self.store, name)
        return None if customer_id is None else self.get(customer_id)

    def add_contact(
        self, customer_id: int, name: str, title: str = "", email: str = "", phone: str = ""
    ) -> Customer:
        contact = clean_contact(name, title, email, phone)
        with self.store.transaction():
            self.store.customers.name_of(customer_id)
            self.store.customers.add_contact(customer_id, contact)
        return self.get(customer_id)

    def update_contact(
        self, contact_id: int, name: str, title: str = "", email: str = "", phone: str = ""
    ) -> Customer:
        contact = clean_contact(name, title, email, phone)
        with self.store.transaction():
            customer_id = self.store.customers.customer_of_contact(contact_id)
            self.store.customers.update_contact(contact_id, contact)
        return self.get(customer_id)

    def delete_contact(self, contact_id: int) -> Customer:
        with self.store.transaction():
            customer_id = self.store.customers.customer_of_contact(contact_id)
            self.store.customers.delete_contact(contact_id)
        return self.get(customer_id)

    def _check_free(self, name: str, aliases: list[str], own: int | None) -> None:
        for field, taken in (("name", [name]), ("aliases", aliases)):
            for one in taken:
                other = self.store.customers.find(one)
                if other is not None and other != own:
                    raise ValidationError(field, "customer_taken", name=one)


def find_or_create(store: Store, name: str) -> int | None:
    """Inside a transaction: the id of the customer called so, made when there is none."""
    name = clean_name(name)
    if not name:
        return None
    found = store.customers.find(name)
    return found if found is not None else store.customers.create(name)


def link_case(store: Store, case_id: int, name: str, now: datetime) -> None:
    """Inside a transaction: link a case to the customer its typed name means, making one for a
    new name. The record the case leaves goes when it was only a name (one made from a half-typed
    name while the intake was autosaved)."""
    before = store.customers.customer_of_case(case_id)
    after = find_or_create(store, name)
    if after == before:
        return
    store.customers.link_case(case_id, after, now)
    if before is not None and store.customers.is_bare(before):
        store.customers.delete(before)
