"""Profile, letterhead, deadlines, language and theme; customer aliases (kept in the records)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.domain.errors import ValidationError
from desktop.domain.images import image_kind
from desktop.domain.settings import (
    DEFAULT_DOCUMENT_FONT,
    DOCUMENT_FONT_KEY,
    DOCUMENT_FONTS,
    Deadlines,
    Letterhead,
    Profile,
)
from desktop.store.store import Store

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
LANGUAGE_KEY = "language"  # "system", "zh_CN" or "en"
THEME_KEY = "theme"
THEMES = ("system", "light", "dark")
# Where the other names of customers were kept before migration 0014 moved them to the records.
ALIASES_KEY = "customer_aliases"


class SettingsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _load(self, key: str, cls: type[T]) -> T:
        stored = self.store.settings.get(key) or {}
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{name: value for name, value in stored.items() if name in known})

    def _save(self, key: str, value: Any) -> None:
        with self.store.transaction():
            self.store.settings.set(key, dataclasses.asdict(value))

    def profile(self) -> Profile:
        return self._load("profile", Profile)

    def save_profile(self, profile: Profile) -> Profile:
        cleaned = profile.cleaned()
        self._save("profile", cleaned)
        return cleaned

    def letterhead(self) -> Letterhead:
        return self._load("letterhead", Letterhead)

    def save_letterhead(self, letterhead: Letterhead) -> Letterhead:
        cleaned = letterhead.cleaned()
        self._save("letterhead", cleaned)
        return cleaned

    def store_letterhead_image(self, role: str, source: Path) -> Letterhead:
        """Copy a logo or signature image into the data folder and point the letterhead at it."""
        if role not in ("logo", "signature"):
            raise ValueError(role)
        kind = image_kind(source)
        if kind is None:
            raise ValidationError(f"{role}_path", "not_an_image")
        if source.stat().st_size > 5_000_000:
            raise ValidationError(f"{role}_path", "image_too_large")
        assert self.store.folder is not None
        folder = self.store.folder.root / "letterhead"
        folder.mkdir(exist_ok=True, mode=0o700)
        target = folder / f"{role}.{kind}"
        for old in folder.glob(f"{role}.*"):
            old.unlink()
        from desktop.store.attachments import copy_private

        copy_private(source, target)
        current = self.letterhead()
        updated = dataclasses.replace(
            current, **{f"{role}_path": str(target.relative_to(self.store.folder.root))}
        )
        self._save("letterhead", updated)
        return updated

    def clear_letterhead_image(self, role: str) -> Letterhead:
        updated = dataclasses.replace(self.letterhead(), **{f"{role}_path": ""})
        self._save("letterhead", updated)
        return updated

    def templates_folder(self) -> Path | None:
        """Where the user's edited templates live (inside the data folder), if anywhere."""
        if self.store.folder is None:
            return None
        return self.store.folder.root / "templates"

    def deadlines(self) -> Deadlines:
        return self._load("deadlines", Deadlines)

    def save_deadlines(self, deadlines: Deadlines) -> Deadlines:
        cleaned = deadlines.cleaned()
        self._save("deadlines", cleaned)
        return cleaned

    def language(self) -> str:
        return str(self.store.settings.get(LANGUAGE_KEY, "system"))

    def set_language(self, language: str) -> None:
        if language not in ("system", "zh_CN", "en"):
            raise ValueError(language)
        with self.store.transaction():
            self.store.settings.set(LANGUAGE_KEY, language)

    def theme(self) -> str:
        theme = str(self.store.settings.get(THEME_KEY, "system"))
        return theme if theme in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(theme)
        with self.store.transaction():
            self.store.settings.set(THEME_KEY, theme)

    def document_font(self) -> str:
        """ "serif", "sans", or the path of a TrueType font set by hand: every document uses it."""
        return str(self.store.settings.get(DOCUMENT_FONT_KEY) or DEFAULT_DOCUMENT_FONT)

    def set_document_font(self, face: str) -> None:
        if face not in DOCUMENT_FONTS:
            raise ValueError(face)
        with self.store.transaction():
            self.store.settings.set(DOCUMENT_FONT_KEY, face)

    def get(self, key: str, default: Any = None) -> Any:
        return self.store.settings.get(key, default)

    def set(self, key: str, value: Any) -> None:
        with self.store.transaction():
            self.store.settings.set(key, value)

    # The other names now live in the customer records (services.customers); these keep the
    # anonymiser's and the lesson page's calls working.
    def all_customer_aliases(self) -> dict[str, list[str]]:
        return {c.name: list(c.aliases) for c in self.store.customers.all() if c.aliases}

    def customer_aliases(self, customer: str) -> list[str]:
        """Every other name of the customer the text means (its record's name too, when the
        text is one of its other names)."""
        name = " ".join(customer.split())
        found = self.store.customers.find(name) if name else None
        if found is None:
            return []
        record = self.store.customers.get(found)
        return [one for one in record.names() if one.casefold() != name.casefold()]

    def set_customer_aliases(self, customer: str, aliases: str | Iterable[str]) -> list[str]:
        """Replace the other names of a customer (a list, or text separated by commas), making
        its record when there is none; ValidationError changes nothing."""
        from desktop.domain.customer_names import clean_aliases
        from desktop.services.customers import CustomerService

        customer = " ".join(customer.split())
        cleaned = clean_aliases(customer, aliases)
        if not customer:
            return []
        customers = CustomerService(self.store)
        record = customers.find(customer) or customers.find_or_create(customer)
        assert record is not None and record.id is not None
        kept = cleaned if record.name == customer else [customer, *cleaned]
        customers.update(record.id, record.name, kept, record.document_language, record.address)
        return cleaned
