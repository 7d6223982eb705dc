"""Between domain dataclasses and rows: UTC ISO 8601 text for times, enum values, JSON lists."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
Converter = Callable[[Any], Any]


def time_to_text(value: datetime | None) -> str | None:
    """2026-11-24T09:17:37Z: one fixed width, so text order is time order."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="seconds")[:19] + "Z"


def required_time(value: str) -> datetime:
    """A time from a NOT NULL column."""
    moment = text_to_time(value)
    assert moment is not None
    return moment


def text_to_time(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _plain_type(annotation: Any) -> Any:
    """int | None → int; list[str] → list."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _plain_type(args[0])
    return origin or annotation


def _same(value: Any) -> Any:
    return value


def _encoder(kind: Any) -> Converter:
    if kind is datetime:
        return time_to_text
    if kind is date:
        return lambda value: None if value is None else value.isoformat()
    if isinstance(kind, type) and issubclass(kind, Enum):
        return lambda value: None if value is None else value.value
    if kind is bool:
        return lambda value: None if value is None else int(value)
    if kind in (list, dict):
        return lambda value: None if value is None else json.dumps(value, ensure_ascii=False)
    return _same


def _decoder(kind: Any) -> Converter:
    if kind is datetime:
        return text_to_time
    if kind is date:
        return lambda value: None if value is None else date.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return lambda value: None if value is None else kind(value)
    if kind is bool:
        return lambda value: None if value is None else bool(value)
    if kind is list:
        return lambda value: [] if value is None else json.loads(value)
    if kind is dict:
        return lambda value: None if value is None else json.loads(value)
    return _same


@cache
def _converters(cls: type) -> dict[str, tuple[Converter, Converter]]:
    hints = typing.get_type_hints(cls)
    result = {}
    for f in fields(cls):
        kind = _plain_type(hints[f.name])
        result[f.name] = (_encoder(kind), _decoder(kind))
    return result


def field_encoders(cls: type) -> list[tuple[str, Converter | None]]:
    """Each field of the dataclass `cls` with its encoder; None where the value is stored as
    it is (rows made in bulk skip the call)."""
    return [
        (name, None if encode is _same else encode)
        for name, (encode, _) in _converters(cls).items()
    ]


def to_row(obj: Any, skip: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    assert is_dataclass(obj)
    kind: type = type(obj)
    return {
        name: enc(getattr(obj, name))
        for name, (enc, _) in _converters(kind).items()
        if name not in skip
    }


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    kind: type = cls
    converters = _converters(kind)
    return cls(
        **{name: converters[name][1](value) for name, value in row.items() if name in converters}
    )


def encode_values(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """Encode a partial update for the dataclass `cls` (unknown names raise KeyError)."""
    converters = _converters(cls)
    return {name: converters[name][0](value) for name, value in values.items()}


def decode_values(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """Decode some columns of the dataclass `cls` (unknown names raise KeyError)."""
    converters = _converters(cls)
    return {name: converters[name][1](value) for name, value in values.items()}
