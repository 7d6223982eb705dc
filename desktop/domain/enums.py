"""The closed vocabularies of the product. Values are stored in the database: never rename one."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Stage(IntEnum):
    INTAKE = 1
    CLASSIFY = 2
    FIRST_RESPONSE = 3
    INVESTIGATE = 4
    PLAN = 5
    TEAM = 6
    REPAIR = 7
    CLOSE = 8


class CaseStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    IM = "im"
    MEETING = "meeting"
    TICKET = "ticket"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class ComplaintType(StrEnum):
    TECHNICAL = "technical"
    COMMUNICATION = "communication"
    PROCESS = "process"
    ATTITUDE = "attitude"


class Subtype(StrEnum):
    # technical
    FUNCTION_FAILURE = "function_failure"
    PERFORMANCE = "performance"
    INTERFACE_ERROR = "interface_error"
    DATA_LOSS = "data_loss"
    TECHNICAL_OTHER = "technical_other"
    # communication
    SLOW_RESPONSE = "slow_response"
    UNCLEAR_EXPLANATION = "unclear_explanation"
    LACK_OF_INITIATIVE = "lack_of_initiative"
    PERFUNCTORY = "perfunctory"
    # process
    SCHEDULE_DELAY = "schedule_delay"
    MISSING_DOCUMENTS = "missing_documents"
    CHANGE_CHAOS = "change_chaos"
    # attitude
    HARSH_TONE = "harsh_tone"
    IMPATIENCE = "impatience"
    ARROGANCE = "arrogance"

    @property
    def complaint_type(self) -> ComplaintType:
        for kind, members in SUBTYPES.items():
            if self in members:
                return kind
        raise AssertionError(self)  # every subtype is listed in SUBTYPES


SUBTYPES: dict[ComplaintType, tuple[Subtype, ...]] = {
    ComplaintType.TECHNICAL: (
        Subtype.FUNCTION_FAILURE,
        Subtype.PERFORMANCE,
        Subtype.INTERFACE_ERROR,
        Subtype.DATA_LOSS,
        Subtype.TECHNICAL_OTHER,
    ),
    ComplaintType.COMMUNICATION: (
        Subtype.SLOW_RESPONSE,
        Subtype.UNCLEAR_EXPLANATION,
        Subtype.LACK_OF_INITIATIVE,
        Subtype.PERFUNCTORY,
    ),
    ComplaintType.PROCESS: (
        Subtype.SCHEDULE_DELAY,
        Subtype.MISSING_DOCUMENTS,
        Subtype.CHANGE_CHAOS,
    ),
    ComplaintType.ATTITUDE: (Subtype.HARSH_TONE, Subtype.IMPATIENCE, Subtype.ARROGANCE),
}


class Responsibility(StrEnum):
    PRODUCT_DEFECT = "product_defect"
    IMPLEMENTATION = "implementation"
    COMMUNICATION = "communication"
    CUSTOMER = "customer"
    THIRD_PARTY = "third_party"
    SHARED = "shared"
    UNKNOWN = "unknown"


class FactorKind(StrEnum):
    TECHNICAL_DEFECT = "technical_defect"
    CONFIGURATION_ERROR = "configuration_error"
    HUMAN_OVERSIGHT = "human_oversight"
    REQUIREMENT_CHANGED = "requirement_changed"
    UNCLEAR_REQUIREMENT = "unclear_requirement"
    COMMUNICATION_GAP = "communication_gap"
    RESOURCE_SHORTAGE = "resource_shortage"


class FactorNature(StrEnum):
    SUBJECTIVE = "subjective"
    OBJECTIVE = "objective"


class ActionHorizon(StrEnum):
    SHORT_TERM = "short_term"
    MID_TERM = "mid_term"
    LONG_TERM = "long_term"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    VERIFIED = "verified"
    CANCELLED = "cancelled"

    @property
    def is_finished(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.VERIFIED, ActionStatus.CANCELLED)


class CommitmentKind(StrEnum):
    FIRST_RESPONSE = "first_response"
    PROMISE = "promise"
    ACTION = "action"
    PROGRESS_UPDATE = "progress_update"
    FOLLOW_UP = "follow_up"
    EFFECTIVENESS_CHECK = "effectiveness_check"


class CheckResult(StrEnum):
    """What an action's effectiveness check found: the fix held, or the problem came back."""

    HELD = "held"
    FAILED = "failed"


class CommitmentState(StrEnum):
    DUE = "due"  # due in N hours, not today
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    KEPT_ON_TIME = "kept_on_time"
    KEPT_LATE = "kept_late"
    PAUSED = "paused"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (
            CommitmentState.DUE,
            CommitmentState.DUE_TODAY,
            CommitmentState.OVERDUE,
            CommitmentState.PAUSED,
        )


class CompensationKind(StrEnum):
    EXTENDED_MAINTENANCE = "extended_maintenance"
    TRAINING = "training"
    ONSITE_SUPPORT = "onsite_support"
    DISCOUNT = "discount"
    OTHER = "other"


class EvidenceKind(StrEnum):
    FILE = "file"
    NOTE = "note"


class RequestStatus(StrEnum):
    ASKED = "asked"
    GRANTED = "granted"
    REFUSED = "refused"


class EventKind(StrEnum):
    RECEIVED = "received"
    CLASSIFIED = "classified"
    RESPONDED = "responded"
    PROMISE_MADE = "promise_made"
    PROMISE_KEPT = "promise_kept"
    PROMISE_WITHDRAWN = "promise_withdrawn"
    UPDATE_SENT = "update_sent"
    ACTION_ADDED = "action_added"
    ACTION_DONE = "action_done"
    ESCALATED = "escalated"
    LETTER_EXPORTED = "letter_exported"
    REPORT_EXPORTED = "report_exported"
    BRIEF_EXPORTED = "brief_exported"
    FOLLOW_UP_DONE = "follow_up_done"
    SURVEY = "survey"
    PAUSED = "paused"
    RESUMED = "resumed"
    WAITING_FOR = "waiting_for"  # something asked of the customer
    RECEIVED_FROM_CUSTOMER = "received_from_customer"
    CLOSED = "closed"
    REOPENED = "reopened"
    ADDED_TO_LIBRARY = "added_to_library"
    CHECK_HELD = "check_held"
    CHECK_FAILED = "check_failed"


class Language(StrEnum):
    ZH = "zh_CN"
    EN = "en"

    @classmethod
    def parse(cls, value: str | None) -> Language:
        """zh, zh_CN, zh-Hans-CN... → ZH; anything else → EN."""
        if value and value.replace("-", "_").lower().startswith("zh"):
            return cls.ZH
        return cls.EN
