"""Errors the domain and the store raise; the GUI and the CLI turn them into messages."""

from __future__ import annotations

from desktop.domain.catalog import WORDS, text
from desktop.domain.enums import Language


class TurnaroundError(Exception):
    """Base of the errors a user can be told about."""

    def message(self, lang: Language) -> str:
        """What to tell the user, in their language (subclasses with a catalog code translate;
        others say it in English, as raised)."""
        return str(self)


def user_message(error: BaseException, lang: Language) -> str:
    """An error for a dialog or a status line: translated when it can be."""
    if isinstance(error, TurnaroundError):
        return error.message(lang)
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return str(error)


class ValidationError(TurnaroundError):
    """Input that cannot be saved. `field` names the input, `code` the catalog message."""

    def __init__(self, field: str, code: str, **params: object) -> None:
        self.field = field
        self.code = code
        self.params = params
        super().__init__(f"{field}: {self.message(Language.EN)}")

    def message(self, lang: Language) -> str:
        return text(f"error.{self.code}", lang, **self.params)


class CatalogError(TurnaroundError):
    """An error told in the user's language: `code` names the catalog message."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message(Language.EN))

    def message(self, lang: Language) -> str:
        return text(f"error.{self.code}", lang, **self.params)


class NotFoundError(TurnaroundError):
    """A case, action or other record that does not exist (any more)."""


class StoreError(TurnaroundError):
    """The database cannot be used: newer than the app, not a database, damaged, or unwritable."""


class DataError(CatalogError, StoreError):
    """A problem with the data folder, its database or a file read into it, told in the
    user's language: `code` names the catalog message."""


class UnprintableCharacterError(ValidationError):
    """A character no font on this computer has, so it would print blank. `where` is a catalog
    key (the field, e.g. "doc.contact") or the words around the character."""

    def __init__(self, character: str, where: str) -> None:
        self.character = character
        self.where = where
        super().__init__(where, "unprintable", character=character, point=f"U+{ord(character):04X}")

    def message(self, lang: Language) -> str:
        where = text(self.where, lang) if self.where in WORDS else self.where
        return text(f"error.{self.code}", lang, where=where, **self.params)
