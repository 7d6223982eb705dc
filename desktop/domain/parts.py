"""Checks for the parts of a case that are lists (actions, interviews, escalations...)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from enum import Enum
from typing import Any

from desktop.domain.complaint import (
    Action,
    Collaborator,
    Compensation,
    Escalation,
    Evidence,
    Factor,
    Interview,
    ProgressUpdate,
    ResourceRequest,
)
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    Channel,
    CompensationKind,
    EvidenceKind,
    FactorKind,
    FactorNature,
    RequestStatus,
)
from desktop.domain.errors import ValidationError
from desktop.domain.validation import clean_choice, clean_past_time, clean_text

# a field's rule: (field name, value, now) → the clean value, or ValidationError
Rule = Callable[[str, Any, datetime], Any]


def _line(limit: int = 200) -> Rule:
    return lambda field, value, now: clean_text(field, value, multiline=False, limit=limit)


def _long(field: str, value: Any, now: datetime) -> str:
    return clean_text(field, value)


def _choice(enum: type[Enum]) -> Rule:
    return lambda field, value, now: clean_choice(field, enum, value, required=True)


def _optional_choice(enum: type[Enum]) -> Rule:
    return lambda field, value, now: clean_choice(field, enum, value)


def _past(field: str, value: Any, now: datetime) -> datetime | None:
    return clean_past_time(field, value, now=now)


def _any_time(field: str, value: Any, now: datetime) -> datetime | None:
    from desktop.domain.validation import as_utc

    return None if value is None else as_utc(field, value)


# part class → {field: cleaner}, and the fields that may not be empty
RULES: dict[type, dict[str, Any]] = {
    Interview: {"person": _line(100), "role": _line(100), "held_on": _past, "summary": _long},
    Factor: {"kind": _choice(FactorKind), "nature": _choice(FactorNature), "note": _long},
    Action: {
        "horizon": _choice(ActionHorizon),
        "description": _long,
        "owner": _line(100),
        "due_at": _any_time,
        "status": _choice(ActionStatus),
        "cancel_reason": _long,
        "done_at": _past,
        "verification": _long,
        "position": lambda field, value, now: int(value),
        "check_criterion": _long,
        "check_due_at": _any_time,
    },
    ProgressUpdate: {"sent_at": _past, "channel": _optional_choice(Channel), "summary": _long},
    Escalation: {"to_whom": _line(100), "role": _line(100), "escalated_at": _past, "reason": _long},
    Collaborator: {"department": _line(100), "person": _line(100), "role": _line(100)},
    ResourceRequest: {
        "what": _line(300),
        "from_whom": _line(100),
        "status": _choice(RequestStatus),
    },
    Compensation: {"kind": _choice(CompensationKind), "description": _long, "value": _line(100)},
    Evidence: {"kind": _choice(EvidenceKind), "title": _line(200), "note": _long},
}
REQUIRED: dict[type, tuple[str, ...]] = {
    Interview: ("person",),
    Factor: ("kind", "nature"),
    Action: ("horizon", "description"),
    ProgressUpdate: ("sent_at", "summary"),
    Escalation: ("to_whom",),
    Collaborator: ("department",),
    ResourceRequest: ("what",),
    Compensation: ("kind",),
    Evidence: ("kind",),
}


def clean_part(
    cls: type, values: dict[str, Any], now: datetime, creating: bool = False
) -> dict[str, Any]:
    rules = RULES[cls]
    cleaned = {}
    for field, value in values.items():
        if field not in rules:
            raise KeyError(f"{cls.__name__} has no editable field {field}")
        cleaned[field] = rules[field](field, value, now)
    required = REQUIRED[cls]
    for field in required:
        if (creating or field in cleaned) and cleaned.get(field) in (None, ""):
            raise ValidationError(field, "required")
    return cleaned


def settle_action(action: Action, now: datetime) -> Action:
    """An action marked done (or verified) without a date was done now."""
    if action.status in (ActionStatus.DONE, ActionStatus.VERIFIED) and action.done_at is None:
        return replace(action, done_at=now)
    return action


def check_action(action: Action) -> None:
    """Rules across an action's fields, checked on the action as it would be saved."""
    if action.status is ActionStatus.CANCELLED and not action.cancel_reason.strip():
        raise ValidationError("cancel_reason", "cancel_reason")
