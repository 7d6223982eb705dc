"""The colour of a commitment's state, the same everywhere (list, ledger, today panel), readable
on light and on dark backgrounds."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.domain.enums import CommitmentState
from desktop.views.style import tone_colour

TONE_OF_STATE = {
    CommitmentState.OVERDUE: "error",
    CommitmentState.DUE_TODAY: "warning",
    CommitmentState.DUE: "info",
    CommitmentState.KEPT_ON_TIME: "success",
    CommitmentState.KEPT_LATE: "late",
    CommitmentState.PAUSED: "muted",
    CommitmentState.CANCELLED: "muted",
}


def state_color(state: CommitmentState) -> QColor:
    return QColor(tone_colour(TONE_OF_STATE[state]))
