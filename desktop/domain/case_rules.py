"""What a case must hold: field checks per section, what each stage requires, when it may close,
and when escalation is advisable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal, overload

from desktop.domain.complaint import Case, Classification, Commitment
from desktop.domain.effectiveness import awaiting_new_action
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    Channel,
    CommitmentKind,
    CommitmentState,
    ComplaintType,
    Responsibility,
    Severity,
    Stage,
    Subtype,
)
from desktop.domain.errors import ValidationError
from desktop.domain.impact import suggest_severity
from desktop.domain.validation import (
    clean_choice,
    clean_email,
    clean_int,
    clean_not_before,
    clean_past_time,
    clean_phone,
    clean_text,
)

Cleaner = Callable[[str, Any], Any]


def _line(limit: int = 200) -> Cleaner:
    return lambda field, value: clean_text(field, value, multiline=False, limit=limit)


def _long(field: str, value: Any) -> str:
    return clean_text(field, value)


def _choice(enum: type) -> Cleaner:
    return lambda field, value: clean_choice(field, enum, value)


INTAKE_FIELDS: dict[str, Cleaner] = {
    "customer": _line(),
    "project": _line(),
    "contact_name": _line(100),
    "contact_title": _line(50),
    "contact_phone": clean_phone,
    "contact_email": clean_email,
    "channel": _choice(Channel),
    "complaint_text": _long,
    "requested_remedy": _long,
    "people_involved": _long,
    "impact_users": _line(),
    "impact_departments": _line(),
    "impact_business": _long,
    "severity": _choice(Severity),
    "title": _line(120),
}
INTAKE_REQUIRED = ("customer", "contact_name", "received_at", "complaint_text")


def clean_intake(values: dict[str, Any], now: datetime) -> dict[str, Any]:
    cleaned = {}
    for field, value in values.items():
        if field == "received_at":
            cleaned[field] = clean_past_time(field, value, now=now)
        else:
            cleaned[field] = INTAKE_FIELDS[field](field, value)
    return cleaned


def clean_classification(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = {}
    for field, value in values.items():
        enum = {
            "complaint_type": ComplaintType,
            "subtype": Subtype,
            "responsibility": Responsibility,
            "also_type": ComplaintType,
        }[field]
        cleaned[field] = clean_choice(field, enum, value)
    kind, subtype = cleaned.get("complaint_type"), cleaned.get("subtype")
    if kind and isinstance(subtype, Subtype) and subtype.complaint_type is not kind:
        raise ValidationError("subtype", "choice")
    return cleaned


def open_promise(case: Case, commitment_id: int) -> Commitment:
    """The case's promise still to keep, or ValidationError (kept, withdrawn or gone)."""
    for commitment in case.commitments:
        promise = commitment.id == commitment_id and commitment.kind is CommitmentKind.PROMISE
        if promise and commitment.kept_at is None and commitment.cancelled_at is None:
            return commitment
    raise ValidationError("commitment", "promise_not_open")


def with_also_settled(current: Classification, cleaned: dict[str, Any]) -> dict[str, Any]:
    """The other type a complaint is also about is never its main type: choosing that type as
    the main one clears it; choosing the main type as the other is refused."""
    kind = cleaned.get("complaint_type", current.complaint_type)
    if "also_type" in cleaned:
        if cleaned["also_type"] is not None and cleaned["also_type"] is kind:
            raise ValidationError("also_type", "choice")
    elif current.also_type is not None and current.also_type is kind:
        cleaned = {**cleaned, "also_type": None}
    return cleaned


def clean_survey(csat: int | None, nps: int | None) -> tuple[int | None, int | None]:
    return clean_int("csat", csat, 1, 5), clean_int("nps", nps, 0, 10)


@overload
def clean_due(
    field: str, due: datetime, received_at: datetime | None, required: bool = False
) -> datetime: ...
@overload
def clean_due(
    field: str, due: datetime | None, received_at: datetime | None, required: Literal[True]
) -> datetime: ...
@overload
def clean_due(
    field: str, due: datetime | None, received_at: datetime | None, required: bool = False
) -> datetime | None: ...
def clean_due(
    field: str, due: datetime | None, received_at: datetime | None, required: bool = False
) -> datetime | None:
    """A deadline the customer was promised: never earlier than the complaint itself."""
    return clean_not_before(field, due, received_at, required=required)


def missing_for_stage(case: Case, stage: Stage) -> list[ValidationError]:
    """The required fields of one wizard page that are still empty or wrong."""
    problems: list[ValidationError] = []
    if stage is Stage.INTAKE:
        intake = case.intake
        for field in INTAKE_REQUIRED:
            if not getattr(intake, field):
                problems.append(ValidationError(field, "required"))
    elif stage is Stage.CLASSIFY:
        if case.classification.complaint_type is None:
            problems.append(ValidationError("complaint_type", "required"))
    elif stage is Stage.INVESTIGATE:
        if not case.investigation.root_cause.strip():
            problems.append(ValidationError("root_cause", "required"))
    elif stage is Stage.PLAN:
        live = [a for a in case.actions if a.status is not ActionStatus.CANCELLED]
        if not any(a.horizon is ActionHorizon.SHORT_TERM for a in live):
            problems.append(ValidationError("actions", "need_short_term"))
    return problems


def missing_to_close(case: Case) -> list[ValidationError]:
    """Exactly what stops the case from closing; empty when it may close."""
    problems = missing_for_stage(case, Stage.INTAKE) + missing_for_stage(case, Stage.CLASSIFY)
    if case.first_response.responded_at is None:
        problems.append(ValidationError("responded_at", "no_first_response"))
    if not case.investigation.root_cause.strip():
        problems.append(ValidationError("root_cause", "no_root_cause"))
    problems += missing_for_stage(case, Stage.PLAN)
    unfinished = [a for a in case.actions if not a.status.is_finished]
    if unfinished:
        problems.append(
            ValidationError(
                "actions", "open_actions", count=len(unfinished), items=tuple(unfinished)
            )
        )
    elif awaiting_new_action(case.actions) is not None:
        problems.append(ValidationError("actions", "check_failed_no_action"))
    # closing ends what the case still owes the customer: a promise made is kept first
    promised = [
        c
        for c in case.commitments
        if c.kind is CommitmentKind.PROMISE and c.kept_at is None and c.cancelled_at is None
    ]
    if promised:
        problems.append(
            ValidationError(
                "commitments", "open_promises", count=len(promised), items=tuple(promised)
            )
        )
    return problems


def described_severity(case: Case) -> Severity | None:
    """The severity the complaint's words speak for (停产, all stores), when they speak."""
    found = suggest_severity(case.intake.complaint_text)
    return found.severity if found else None


def escalation_reasons(case: Case, states: list[CommitmentState]) -> list[str]:
    """Why escalating is advisable (catalog keys under 'escalate.'); empty when it is not."""
    reasons = []
    severity = case.intake.severity
    if severity in (Severity.HIGH, Severity.CRITICAL):
        reasons.append("escalate.severity")
    elif severity is None and described_severity(case) in (Severity.HIGH, Severity.CRITICAL):
        reasons.append("escalate.impact")
    if case.classification.complaint_type is ComplaintType.ATTITUDE:
        reasons.append("escalate.attitude")
    if case.classification.subtype is Subtype.DATA_LOSS:
        reasons.append("escalate.data_loss")
    if CommitmentState.OVERDUE in states or CommitmentState.KEPT_LATE in states:
        reasons.append("escalate.missed_deadline")
    return reasons


def escalation_checked(case: Case, states: list[CommitmentState]) -> list[str]:
    """What was looked at and found calm (catalog keys under 'calm.'), when nothing calls for
    escalation: said as it is, an unset severity is not called "not high"."""
    if escalation_reasons(case, states):
        return []
    severity = case.intake.severity
    return [
        "calm.severity_unset" if severity is None else "calm.severity_low",
        "calm.no_data_loss",
        "calm.not_attitude",
        "calm.on_time",
    ]


@overload
def clean_past_time_field(field: str, value: datetime, now: datetime) -> datetime: ...
@overload
def clean_past_time_field(field: str, value: datetime | None, now: datetime) -> datetime | None: ...
def clean_past_time_field(field: str, value: datetime | None, now: datetime) -> datetime | None:
    return clean_past_time(field, value, now=now)
