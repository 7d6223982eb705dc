"""Keeping together what belongs together, without reportlab's KeepTogether pushing a long table
whole to the next page (and leaving half a page blank behind it)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table

MIN_ROWS = 2  # a table starts on a page with its header and at least this many rows


class KeepWithStart(Flowable):
    """`lead` (a heading, a label) never ends a page alone: it goes where the start of `body`
    goes — at least two lines of a paragraph (reportlab's orphan rule), a table's header and its
    first two rows — and the rest of `body` flows on as usual."""

    def __init__(self, lead: list[Flowable], body: Flowable) -> None:
        super().__init__()
        self.lead = lead
        self.body = body

    def getSpaceBefore(self) -> float:
        return self.lead[0].getSpaceBefore() if self.lead else self.body.getSpaceBefore()

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return width, 0xFFFFFF  # always split: the parts are laid out one by one

    def _lead_height(self, width: float) -> float:
        total = 0.0
        for index, flowable in enumerate(self.lead):
            _, height = flowable.wrapOn(self.canv, width, 0xFFFFFF)
            total += height + flowable.getSpaceAfter()
            if index:
                total += flowable.getSpaceBefore()
        return total

    def split(self, width: float, height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        room = height - self._lead_height(width) - self.body.getSpaceBefore()
        everything = [*self.lead, self.body]
        if at_top:  # nothing gained by waiting for the next page
            return everything
        if room <= 0:
            return []
        _, needed = self.body.wrapOn(self.canv, width, room)
        if needed <= room:
            return everything
        parts = self.body.splitOn(self.canv, width, room)
        if not parts or not _enough(parts[0], self.body):
            return []  # start everything on the next page
        return [*self.lead, *parts]

    def draw(self) -> None:  # never drawn: always split into its parts
        raise AssertionError("KeepWithStart is split, not drawn")


def _enough(first: Flowable, whole: Flowable) -> bool:
    if isinstance(first, Table) and isinstance(whole, Table):
        # a Table keeps its cells in _cellvalues, which reportlab's stubs leave out
        rows = len(whole._cellvalues) - whole.repeatRows  # type: ignore[attr-defined]
        first_rows = len(first._cellvalues)  # type: ignore[attr-defined]
        return first_rows - whole.repeatRows >= min(MIN_ROWS, rows)
    return True


def keep_with_start(lead: list[Flowable], body: list[Flowable]) -> list[Flowable]:
    """The flowables of a section: `lead` kept with the start of `body`."""
    if not body:
        return lead
    return [KeepWithStart(lead, body[0]), *body[1:]]


def keep_together(flowables: list[Any]) -> KeepTogether:
    """What must not be split at all (the closing and the sign-off of a letter): moved whole to
    the next page when it does not fit."""
    return KeepTogether(flowables)
