"""Verbs on a complaint case, as the GUI and the CLI call them: one service made of its jobs —
finding and listing cases (here), the stages and the case's life (case_stages.py), its parts
(case_parts.py), waiting on the customer (case_waiting.py) and the agenda of commitments
(case_agenda.py)."""

from __future__ import annotations

from desktop.domain.case_query import CaseQuery
from desktop.domain.complaint import Case, CaseRow
from desktop.services.case_agenda import CaseAgenda
from desktop.services.case_parts import CaseParts
from desktop.services.case_stages import CannotCloseError
from desktop.services.case_waiting import CaseWaiting

# above this many cases, counting them is left to a background thread (see count_is_slow)
MANY_CASES = 20_000

__all__ = ["CannotCloseError", "CaseService"]


class CaseService(CaseWaiting, CaseParts, CaseAgenda):
    # --- reading --------------------------------------------------------------------------
    def find(self, number: str) -> Case:
        return self.store.cases.get(self.store.cases.id_for_number(number))

    def count(self, query: CaseQuery) -> int:
        return self.store.cases.count(query, self.clock())

    def count_is_slow(self, query: CaseQuery) -> bool:
        """A search is counted off the GUI thread (a page of matches is quicker than all), and
        so is any count over many cases (100,000 take about 10 ms: a frame, at start-up too)."""
        return bool(query.text.strip()) or self.store.cases.last_id() > MANY_CASES

    def count_detached(self, query: CaseQuery) -> int:
        """count(), on a connection of its own: safe to call off the GUI thread."""
        with self.store.reader() as reader:
            return reader.cases.count(query, self.clock())

    def rows(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        return self.store.cases.rows(query, self.clock(), offset, limit)

    def snippet(self, case_id: int, text: str) -> str:
        """The case's text around the first word of `text`, the match marked [like this]."""
        return self.store.cases.search.snippets([case_id], text).get(case_id, "")

    def any_case(self) -> bool:
        """Whether there is any case at all (drafts too), without counting them."""
        return self.store.cases.last_id() > 0

    def customers(self) -> list[str]:
        return self.store.cases.customers()
