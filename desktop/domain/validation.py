"""Field checks shared by every way in (wizard, CLI, import). Each raises ValidationError."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from enum import Enum
from typing import Literal, TypeVar, overload

from desktop.domain.errors import ValidationError

SHORT_LIMIT = 500
LONG_LIMIT = 200_000
# C0 controls except tab, newline and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,30}$")
E = TypeVar("E", bound=Enum)
_PHONE_EXT = re.compile(r"^(?P<main>[^x#转]+?)\s*(?:x|#|ext\.?|转)\s*\d{1,6}$", re.IGNORECASE)


def clean_text(
    field: str,
    value: str | None,
    *,
    required: bool = False,
    multiline: bool = True,
    limit: int | None = None,
) -> str:
    """Trimmed text, or ValidationError when it is missing, too long or has control characters."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, "not_text")
    value = without_lone_surrogates(value or "").strip()
    if required and not value:
        raise ValidationError(field, "required")
    limit = limit or (LONG_LIMIT if multiline else SHORT_LIMIT)
    if len(value) > limit:
        raise ValidationError(field, "too_long", limit=limit, length=len(value))
    if _CONTROL.search(value):
        raise ValidationError(field, "control_chars")
    if not multiline and ("\n" in value or "\r" in value):
        raise ValidationError(field, "single_line")
    return value


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def without_lone_surrogates(value: str) -> str:
    """Half of a UTF-16 pair, or a byte that was not UTF-8 (Python decodes command-line
    arguments that way), cannot be stored or printed: it becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", value)


def clean_email(field: str, value: str | None) -> str:
    value = clean_text(field, value, multiline=False, limit=254)
    if value and not _EMAIL.match(value):
        raise ValidationError(field, "email")
    return value


def clean_phone(field: str, value: str | None) -> str:
    value = clean_text(field, value, multiline=False, limit=40)
    if not value:
        return value
    extension = _PHONE_EXT.match(value)
    main = extension.group("main") if extension else value
    digits = sum(ch.isdigit() for ch in main)
    if not _PHONE.match(main.strip()) or not 5 <= digits <= 15:
        raise ValidationError(field, "phone")
    return value


@overload
def clean_past_time(
    field: str, value: datetime, *, now: datetime, required: bool = False
) -> datetime: ...
@overload
def clean_past_time(
    field: str, value: datetime | None, *, now: datetime, required: bool = False
) -> datetime | None: ...
def clean_past_time(
    field: str, value: datetime | None, *, now: datetime, required: bool = False
) -> datetime | None:
    """A moment that is not in the future (a minute of clock skew allowed)."""
    if value is None:
        if required:
            raise ValidationError(field, "required")
        return None
    value = as_utc(field, value)
    if (value - now).total_seconds() > 60:
        raise ValidationError(field, "future")
    return value


@overload
def clean_not_before(
    field: str, value: datetime, earliest: datetime | None, *, required: bool = False
) -> datetime: ...
@overload
def clean_not_before(
    field: str, value: datetime | None, earliest: datetime | None, *, required: Literal[True]
) -> datetime: ...
@overload
def clean_not_before(
    field: str, value: datetime | None, earliest: datetime | None, *, required: bool = False
) -> datetime | None: ...
def clean_not_before(
    field: str, value: datetime | None, earliest: datetime | None, *, required: bool = False
) -> datetime | None:
    if value is None:
        if required:
            raise ValidationError(field, "required")
        return None
    value = as_utc(field, value)
    if earliest is not None and value < earliest:
        raise ValidationError(field, "before_received")
    return value


@overload
def clean_int(
    field: str, value: int | None, low: int, high: int, *, required: Literal[True]
) -> int: ...
@overload
def clean_int(
    field: str, value: int | None, low: int, high: int, *, required: bool = False
) -> int | None: ...
def clean_int(
    field: str, value: int | None, low: int, high: int, *, required: bool = False
) -> int | None:
    if value is None:
        if required:
            raise ValidationError(field, "required")
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, "range", low=low, high=high)
    return value


@overload
def clean_choice(field: str, enum: type[E], value: object, *, required: Literal[True]) -> E: ...
@overload
def clean_choice(
    field: str, enum: type[E], value: object, *, required: bool = False
) -> E | None: ...
def clean_choice(field: str, enum: type[E], value: object, *, required: bool = False) -> E | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, "required")
        return None
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(field, "choice") from None


def as_utc(field: str, value: datetime) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(field, "not_a_date")
    if value.tzinfo is None:
        raise ValidationError(field, "not_a_date")
    return value.astimezone(UTC)
