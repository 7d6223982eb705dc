"""A customer as a record: its name, the other names it goes by, the language its documents are
written in, its address and the people we deal with there."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.domain.customer_names import clean_aliases
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.validation import clean_email, clean_phone, clean_text

DOCUMENT_LANGUAGES = ("", Language.ZH.value, Language.EN.value)  # '': the complaint's


@dataclass(frozen=True)
class Contact:
    name: str
    title: str = ""  # 经理, 总监, Ms, Dr: what the salutation calls them
    email: str = ""
    phone: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Customer:
    name: str
    aliases: tuple[str, ...] = ()
    document_language: str = ""
    address: str = ""
    contacts: tuple[Contact, ...] = field(default_factory=tuple)
    id: int | None = None

    @property
    def language(self) -> Language | None:
        """The language its documents are written in; None: the complaint's."""
        return Language(self.document_language) if self.document_language else None

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def answers_to(self, text: str) -> bool:
        wanted = clean_name(text).casefold()
        return any(name.casefold() == wanted for name in self.names())


def clean_name(text: str) -> str:
    return " ".join(text.split())


def clean_customer(
    name: str,
    aliases: str | Iterable[str] = (),
    document_language: str = "",
    address: str = "",
) -> tuple[str, list[str], str, str]:
    """The record's own fields, checked; ValidationError names the field."""
    name = clean_name(clean_text("name", name, required=True, multiline=False, limit=200))
    cleaned_aliases: list[str] = []
    for alias in clean_aliases(name, aliases):  # the store tells names apart in any case
        if alias.casefold() not in {n.casefold() for n in [name, *cleaned_aliases]}:
            cleaned_aliases.append(alias)
    if document_language not in DOCUMENT_LANGUAGES:
        raise ValidationError("document_language", "choice")
    address = clean_text("address", address, limit=500)
    return name, cleaned_aliases, document_language, address


def clean_contact(name: str, title: str = "", email: str = "", phone: str = "") -> Contact:
    return Contact(
        name=clean_text("contact_name", name, required=True, multiline=False, limit=100),
        title=clean_text("contact_title", title, multiline=False, limit=50),
        email=clean_email("contact_email", email),
        phone=clean_phone("contact_phone", phone),
    )


def new_contact(
    customer: Customer, name: str, email: str = "", phone: str = "", title: str = ""
) -> Contact | None:
    """The person a complaint names, to keep on its customer's record; None when the record
    already knows them (by name, in any spacing or case) or the name is blank."""
    wanted = clean_name(name).casefold()
    if not wanted or any(clean_name(c.name).casefold() == wanted for c in customer.contacts):
        return None
    for details in ((email, phone), ("", phone), (email, ""), ("", "")):  # what is well formed
        try:
            return clean_contact(name, title, email=details[0], phone=details[1])
        except ValidationError:
            continue
    return None
