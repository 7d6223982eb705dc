"""Customers as records (tables customers, customer_aliases, customer_contacts) and the cases'
links to them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from desktop.domain.customers import Contact, Customer
from desktop.domain.errors import NotFoundError
from desktop.store.codec import time_to_text
from desktop.store.db import inserted_id

_CONTACT_COLUMNS = "id, name, title, email, phone"


class CustomerStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def all(self) -> list[Customer]:
        """Every customer with its other names and contacts, by name."""
        aliases: dict[int, list[str]] = {}
        for customer_id, alias in self.conn.execute(
            "SELECT customer_id, alias FROM customer_aliases ORDER BY customer_id, position"
        ):
            aliases.setdefault(customer_id, []).append(alias)
        contacts: dict[int, list[Contact]] = {}
        for customer_id, *row in self.conn.execute(
            f"SELECT customer_id, {_CONTACT_COLUMNS} FROM customer_contacts "
            "ORDER BY customer_id, position, id"
        ):
            contacts.setdefault(customer_id, []).append(_contact(row))
        rows = self.conn.execute(
            "SELECT id, name, document_language, address FROM customers ORDER BY name"
        )
        return [
            Customer(
                name,
                tuple(aliases.get(customer_id, ())),
                language,
                address,
                tuple(contacts.get(customer_id, ())),
                customer_id,
            )
            for customer_id, name, language, address in rows
        ]

    def get(self, customer_id: int) -> Customer:
        row = self.conn.execute(
            "SELECT name, document_language, address FROM customers WHERE id = ?", (customer_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no customer {customer_id}")
        aliases = self.conn.execute(
            "SELECT alias FROM customer_aliases WHERE customer_id = ? ORDER BY position",
            (customer_id,),
        )
        contacts = self.conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM customer_contacts WHERE customer_id = ? "
            "ORDER BY position, id",
            (customer_id,),
        )
        return Customer(
            row[0],
            tuple(alias for (alias,) in aliases),
            row[1],
            row[2],
            tuple(_contact(contact) for contact in contacts),
            customer_id,
        )

    def find(self, name: str) -> int | None:
        """The customer called so, by its name or one of its other names (any case)."""
        row = self.conn.execute(
            "SELECT id FROM customers WHERE name = ? "
            "UNION ALL SELECT customer_id FROM customer_aliases WHERE alias = ? LIMIT 1",
            (name, name),
        ).fetchone()
        return None if row is None else int(row[0])

    def name_of(self, customer_id: int) -> str:
        row = self.conn.execute("SELECT name FROM customers WHERE id = ?", (customer_id,))
        found = row.fetchone()
        if found is None:
            raise NotFoundError(f"no customer {customer_id}")
        return str(found[0])

    def create(self, name: str) -> int:
        return inserted_id(self.conn.execute("INSERT INTO customers (name) VALUES (?)", (name,)))

    def update(
        self,
        customer_id: int,
        name: str,
        aliases: list[str],
        document_language: str,
        address: str,
    ) -> None:
        old = self.name_of(customer_id)
        self.conn.execute(
            "UPDATE customers SET name = ?, document_language = ?, address = ? WHERE id = ?",
            (name, document_language, address, customer_id),
        )
        self.conn.execute("DELETE FROM customer_aliases WHERE customer_id = ?", (customer_id,))
        self.conn.executemany(
            "INSERT INTO customer_aliases (customer_id, alias, position) VALUES (?, ?, ?)",
            [(customer_id, alias, position) for position, alias in enumerate(aliases)],
        )
        if old != name:  # the calendar is kept under the record's name
            self.conn.execute(
                "UPDATE OR IGNORE customer_calendars SET customer = ? WHERE customer = ?",
                (name, old),
            )

    def delete(self, customer_id: int) -> None:
        self.conn.execute("DELETE FROM customers WHERE id = ?", (customer_id,))

    def add_contact(self, customer_id: int, contact: Contact) -> int:
        (position,) = self.conn.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM customer_contacts WHERE customer_id = ?",
            (customer_id,),
        ).fetchone()
        return inserted_id(
            self.conn.execute(
                "INSERT INTO customer_contacts (customer_id, name, title, email, phone, position) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (customer_id, contact.name, contact.title, contact.email, contact.phone, position),
            )
        )

    def update_contact(self, contact_id: int, contact: Contact) -> None:
        cursor = self.conn.execute(
            "UPDATE customer_contacts SET name = ?, title = ?, email = ?, phone = ? WHERE id = ?",
            (contact.name, contact.title, contact.email, contact.phone, contact_id),
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"no contact {contact_id}")

    def delete_contact(self, contact_id: int) -> None:
        self.conn.execute("DELETE FROM customer_contacts WHERE id = ?", (contact_id,))

    def customer_of_contact(self, contact_id: int) -> int:
        row = self.conn.execute(
            "SELECT customer_id FROM customer_contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no contact {contact_id}")
        return int(row[0])

    # --- the cases' links ----------------------------------------------------------------
    def customer_of_case(self, case_id: int) -> int | None:
        row = self.conn.execute("SELECT customer_id FROM cases WHERE id = ?", (case_id,))
        found = row.fetchone()
        return None if found is None or found[0] is None else int(found[0])

    def link_case(self, case_id: int, customer_id: int | None, now: datetime) -> None:
        self.conn.execute(
            "UPDATE cases SET customer_id = ?, updated_at = ? WHERE id = ?",
            (customer_id, time_to_text(now), case_id),
        )

    def link_unlinked(self) -> int:
        """Cases whose customer was typed but not linked (imported, made before): linked to
        the customer of that name or other name, where there is one."""
        return self.conn.execute(
            """UPDATE cases SET customer_id = (
                 SELECT id FROM customers WHERE name = TRIM(cases.customer)
                 UNION ALL SELECT customer_id FROM customer_aliases
                 WHERE alias = TRIM(cases.customer) LIMIT 1)
               WHERE customer_id IS NULL AND TRIM(customer) != ''"""
        ).rowcount

    def make_from_cases(self) -> int:
        """A record for each name typed in cases that no customer answers to (cases made in
        bulk, as the demo's), then every such case linked; returns how many were linked."""
        self.conn.execute(
            """INSERT OR IGNORE INTO customers (name)
               SELECT DISTINCT TRIM(customer) FROM cases
               WHERE customer_id IS NULL AND TRIM(customer) != ''
                 AND TRIM(customer) NOT IN (SELECT alias FROM customer_aliases)"""
        )
        return self.link_unlinked()

    def is_bare(self, customer_id: int) -> bool:
        """Nothing but a name: no case, other name, contact, address, language or calendar."""
        row = self.conn.execute(
            """SELECT document_language = '' AND address = ''
                 AND NOT EXISTS (SELECT 1 FROM cases WHERE customer_id = customers.id)
                 AND NOT EXISTS (SELECT 1 FROM customer_aliases WHERE customer_id = customers.id)
                 AND NOT EXISTS (SELECT 1 FROM customer_contacts WHERE customer_id = customers.id)
                 AND NOT EXISTS (SELECT 1 FROM customer_calendars WHERE customer = customers.name)
               FROM customers WHERE id = ?""",
            (customer_id,),
        ).fetchone()
        return bool(row and row[0])


def _contact(row: Sequence[Any]) -> Contact:
    contact_id, name, title, email, phone = row
    return Contact(name, title, email, phone, contact_id)
