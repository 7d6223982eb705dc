"""What the case list asks for: filters and sort order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.enums import CaseStatus, ComplaintType, Severity
from desktop.domain.validation import without_lone_surrogates


class SortKey(StrEnum):
    NUMBER = "number"
    CUSTOMER = "customer"
    TITLE = "title"
    TYPE = "type"
    SEVERITY = "severity"
    STAGE = "stage"
    NEXT_DUE = "next_due"
    STATUS = "status"
    RECEIVED = "received"


@dataclass(frozen=True)
class CaseQuery:
    status: CaseStatus | None = None
    complaint_type: ComplaintType | None = None
    severity: Severity | None = None
    overdue_only: bool = False
    customer: str = ""
    text: str = ""
    sort: SortKey = SortKey.RECEIVED
    descending: bool = True

    def __post_init__(self) -> None:
        # text from anywhere (the command line, a paste) must be storable and printable
        for name in ("text", "customer"):
            object.__setattr__(self, name, without_lone_surrogates(getattr(self, name)))
