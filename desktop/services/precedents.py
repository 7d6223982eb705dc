"""You have seen this before: closed cases and lessons like the complaint being typed."""

from __future__ import annotations

from desktop.domain.similarity import Precedent, fingerprint, index_terms, rank, worth_comparing
from desktop.store.store import Store


class PrecedentService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def similar(
        self, text: str, current_case: int | None = None, limit: int = 3
    ) -> list[Precedent]:
        """Up to `limit` closed cases and lessons most like `text`, never `current_case`; none
        when nothing is really alike."""
        if not worth_comparing(fingerprint(text)):
            return []
        terms = index_terms(text)
        found = self.store.precedents.closed_cases(terms, current_case)
        found += self.store.precedents.lessons(terms)
        return rank(text, found, current_case, limit)
