"""A complaint case and its parts, as the services hand them to the GUI, CLI and documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    Channel,
    CheckResult,
    CommitmentKind,
    CompensationKind,
    ComplaintType,
    EventKind,
    EvidenceKind,
    FactorKind,
    FactorNature,
    RequestStatus,
    Responsibility,
    Severity,
    Stage,
    Subtype,
)


@dataclass
class Intake:
    customer: str = ""
    project: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_title: str = ""  # 经理, 主任, Ms: how the letter and the first message address them
    contact_email: str = ""
    channel: Channel | None = None
    received_at: datetime | None = None
    complaint_text: str = ""
    requested_remedy: str = ""
    people_involved: str = ""
    impact_users: str = ""
    impact_departments: str = ""
    impact_business: str = ""
    severity: Severity | None = None
    title: str = ""


@dataclass
class Classification:
    complaint_type: ComplaintType | None = None
    subtype: Subtype | None = None
    responsibility: Responsibility | None = None
    # what else the complaint is about (打了三次电话也没人给个说法 beside a wrong report): the
    # letter and the first message own that part too
    also_type: ComplaintType | None = None

    @property
    def other_type(self) -> ComplaintType | None:
        """The other type the complaint is also about, never its main one."""
        return self.also_type if self.also_type is not self.complaint_type else None


@dataclass
class FirstResponse:
    responded_at: datetime | None = None
    channel: Channel | None = None
    script: str = ""


@dataclass
class Commitment:
    id: int
    case_id: int
    kind: CommitmentKind
    description: str
    due_at: datetime
    kept_at: datetime | None = None
    cancelled_at: datetime | None = None
    source_id: int | None = None
    created_at: datetime | None = None


@dataclass
class InvestigationItem:
    key: str
    done: bool = False
    note: str = ""


@dataclass
class Evidence:
    id: int
    kind: EvidenceKind
    title: str
    note: str = ""
    file_name: str = ""
    stored_path: str = ""  # relative to the data folder's attachments/
    sha256: str = ""
    size: int = 0
    added_at: datetime | None = None


@dataclass
class Interview:
    id: int
    person: str
    role: str = ""
    held_on: datetime | None = None
    summary: str = ""


@dataclass
class Factor:
    id: int
    kind: FactorKind
    nature: FactorNature
    note: str = ""


@dataclass
class Investigation:
    root_cause: str = ""
    escape_point: str = ""
    five_whys: list[str] = field(default_factory=list)


@dataclass
class Action:
    id: int
    horizon: ActionHorizon
    description: str
    owner: str = ""
    due_at: datetime | None = None
    status: ActionStatus = ActionStatus.PLANNED
    cancel_reason: str = ""
    done_at: datetime | None = None
    verification: str = ""
    position: int = 0
    # its effectiveness check (domain/effectiveness.py): what must hold, and by when (None:
    # the ledger's default); what the check found, why, and when
    check_criterion: str = ""
    check_due_at: datetime | None = None
    check_result: CheckResult | None = None
    check_note: str = ""
    checked_at: datetime | None = None


@dataclass
class ProgressUpdate:
    id: int
    sent_at: datetime
    channel: Channel | None
    summary: str


@dataclass
class Escalation:
    id: int
    to_whom: str
    role: str = ""
    escalated_at: datetime | None = None
    reason: str = ""


@dataclass
class Collaborator:
    id: int
    department: str
    person: str = ""
    role: str = ""


@dataclass
class ResourceRequest:
    id: int
    what: str
    from_whom: str = ""
    status: RequestStatus = RequestStatus.ASKED


@dataclass
class Compensation:
    id: int
    kind: CompensationKind
    description: str = ""
    value: str = ""


@dataclass
class FollowUp:
    due_at: datetime | None = None
    done_at: datetime | None = None
    notes: str = ""


@dataclass
class Survey:
    csat: int | None = None
    nps: int | None = None
    comment: str = ""
    surveyed_at: datetime | None = None


@dataclass
class Pause:
    id: int
    started_at: datetime
    ended_at: datetime | None = None
    reason: str = ""


@dataclass
class CustomerItem:
    """What the customer promised us (logs, a test confirmation, a signature, access), by
    when: the case waits on it, and its lateness is theirs, not ours."""

    id: int
    what: str
    due_at: datetime | None = None
    created_at: datetime | None = None
    received_at: datetime | None = None
    cancelled_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.received_at is None and self.cancelled_at is None


@dataclass
class TimelineEvent:
    id: int
    at: datetime
    kind: EventKind
    detail: str = ""


@dataclass
class Case:
    """Everything known about one complaint. Lists are filled only when the whole case is read."""

    id: int
    number: str
    uuid: str
    status: CaseStatus
    stage: Stage
    last_page: Stage
    created_at: datetime
    updated_at: datetime
    intake: Intake = field(default_factory=Intake)
    classification: Classification = field(default_factory=Classification)
    first_response: FirstResponse = field(default_factory=FirstResponse)
    investigation: Investigation = field(default_factory=Investigation)
    next_update_days: int = 2
    lesson_to_share: str = ""
    lesson_shared_at: datetime | None = None
    summary: str = ""
    letter_text: str = ""  # the body as last exported; the closing belongs to the layout
    letter_language: str = ""  # the language letter_text is written in
    letter_subject: str = ""
    letter_salutation: str = ""
    paused_since: datetime | None = None
    closed_at: datetime | None = None
    follow_up: FollowUp = field(default_factory=FollowUp)
    survey: Survey = field(default_factory=Survey)
    commitments: list[Commitment] = field(default_factory=list)
    checklist: list[InvestigationItem] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    updates: list[ProgressUpdate] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    collaborators: list[Collaborator] = field(default_factory=list)
    requests: list[ResourceRequest] = field(default_factory=list)
    compensations: list[Compensation] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    customer_items: list[CustomerItem] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.intake.title or derive_title(self.intake.complaint_text)

    @property
    def is_closed(self) -> bool:
        return self.status is CaseStatus.CLOSED

    @property
    def is_paused(self) -> bool:
        return self.paused_since is not None


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: what the table shows, nothing more."""

    id: int
    number: str
    customer: str
    title: str
    complaint_type: ComplaintType | None
    severity: Severity | None
    stage: Stage
    status: CaseStatus
    received_at: datetime | None
    next_due_at: datetime | None
    next_kind: CommitmentKind | None
    paused: bool = False
    uuid: str = ""


TITLE_LENGTH = 30


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    for stop in ("。", "！", "？", "!", "?", "；", ";", ". "):
        head, sep, _ = text.partition(stop)
        if sep and head:
            text = head
    return text


def derive_title(complaint_text: str) -> str:
    """A short title from the first sentence of the complaint, when the user left it blank."""
    text = first_sentence(complaint_text)
    if len(text) <= TITLE_LENGTH:
        return text
    return text[: TITLE_LENGTH - 1].rstrip() + "…"


def format_case_number(year: int, sequence: int) -> str:
    return f"C-{year}-{sequence:04d}"
