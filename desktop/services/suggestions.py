"""The type and severity suggestions for a complaint, and what the type suggestion learns from
the user: when the user classifies a complaint otherwise than suggested, the complaint and the
user's choice are kept (one per case) and added to the model's counts."""

from __future__ import annotations

from desktop.domain.classify import LabelledText, Suggestion, suggest
from desktop.domain.enums import ComplaintType, Subtype
from desktop.domain.impact import SeveritySuggestion, suggest_severity
from desktop.services.clock import Clock
from desktop.store.store import Store


class SuggestionService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def type_of(self, text: str, case_id: int | None = None) -> Suggestion | None:
        """The suggested type, learned from every correction but this case's own (a complaint
        the user corrected would otherwise only echo the user back)."""
        return suggest(text, self.store.corrections.all(except_case=case_id))

    def severity_of(self, text: str) -> SeveritySuggestion | None:
        return suggest_severity(text)

    def record_choice(
        self,
        case_id: int,
        text: str,
        complaint_type: ComplaintType | None,
        subtype: Subtype | None,
    ) -> bool:
        """Keep the case's complaint as an example when the user chose another type (or another
        subtype) than suggested; forget it when the choice agrees again. True when kept."""
        suggested = self.type_of(text, case_id)
        differs = (
            complaint_type is not None
            and suggested is not None
            and (
                complaint_type is not suggested.complaint_type
                or (subtype is not None and subtype is not suggested.subtype)
            )
        )
        with self.store.transaction():
            if differs:
                assert complaint_type is not None and suggested is not None
                self.store.corrections.keep(
                    case_id,
                    LabelledText(text, complaint_type, subtype),
                    suggested.complaint_type,
                    self.clock(),
                )
            else:
                self.store.corrections.drop(case_id)
        return differs

    def learned_count(self) -> int:
        return self.store.corrections.count()

    def forget_learned(self) -> int:
        """Forget every correction: the suggestion is the shipped model's again."""
        with self.store.transaction():
            return self.store.corrections.drop_all()
