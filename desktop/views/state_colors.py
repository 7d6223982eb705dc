"""The colour of a commitment's state, the same everywhere (list, ledger, today panel), readable
on light and on dark backgrounds."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.domain.enums import CommitmentState
from desktop.views.theme import is_dark
from desktop.views.widgets.status_line import TONES

# (on light, on dark)
_COLOURS = {
    CommitmentState.OVERDUE: TONES["error"],
    CommitmentState.DUE_TODAY: ("#e65100", "#ffb74d"),
    CommitmentState.DUE: ("#1565c0", "#82b1ff"),
    CommitmentState.KEPT_ON_TIME: TONES["success"],
    CommitmentState.KEPT_LATE: TONES["late"],
    CommitmentState.PAUSED: ("#757575", "#b0b0b0"),
    CommitmentState.CANCELLED: ("#9e9e9e", "#8a8a8a"),
}


def state_color(state: CommitmentState) -> QColor:
    return QColor(_COLOURS[state][1 if is_dark() else 0])
