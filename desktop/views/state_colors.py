"""The colour of a commitment's state, the same everywhere (list, ledger, today panel)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.domain.enums import CommitmentState

STATE_COLORS = {
    CommitmentState.OVERDUE: QColor("#c62828"),
    CommitmentState.DUE_TODAY: QColor("#e65100"),
    CommitmentState.DUE: QColor("#1565c0"),
    CommitmentState.KEPT_ON_TIME: QColor("#2e7d32"),
    CommitmentState.KEPT_LATE: QColor("#8d6e63"),
    CommitmentState.PAUSED: QColor("#757575"),
    CommitmentState.CANCELLED: QColor("#9e9e9e"),
}
