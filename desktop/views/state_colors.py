"""The colour of a commitment's state, the same everywhere (list, ledger, today panel), readable
on light and on dark backgrounds."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.domain.enums import CommitmentState
from desktop.views.theme import is_dark

# (on light, on dark)
_COLOURS = {
    CommitmentState.OVERDUE: ("#c62828", "#ff8a80"),
    CommitmentState.DUE_TODAY: ("#e65100", "#ffb74d"),
    CommitmentState.DUE: ("#1565c0", "#82b1ff"),
    CommitmentState.KEPT_ON_TIME: ("#2e7d32", "#81c784"),
    CommitmentState.KEPT_LATE: ("#8d6e63", "#bcaaa4"),
    CommitmentState.PAUSED: ("#757575", "#b0b0b0"),
    CommitmentState.CANCELLED: ("#9e9e9e", "#8a8a8a"),
}


def state_color(state: CommitmentState) -> QColor:
    return QColor(_COLOURS[state][1 if is_dark() else 0])
