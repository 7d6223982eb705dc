from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.domain.commitments import ledger
from desktop.domain.complaint import CaseRow, Commitment
from desktop.domain.enums import CaseStatus, CommitmentKind, Stage
from desktop.domain.reminders import due_reminders

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
ROW = CaseRow(
    1, "C-2026-0001", "华信银行", "t", None, None, Stage.PLAN, CaseStatus.OPEN, NOW, None, None
)


def entries(*due_hours: float, paused: bool = False):
    commitments = [
        Commitment(i + 1, 1, CommitmentKind.ACTION, "", NOW + timedelta(hours=h))
        for i, h in enumerate(due_hours)
    ]
    return [(ROW, entry) for entry in ledger(commitments, NOW, UTC, paused=paused)]


def test_due_within_the_warning_and_overdue_are_reminded_once_each():
    found = due_reminders(entries(1, -3, 5), NOW, timedelta(hours=2), set())
    assert sorted(r.key for r in found) == ["1:soon", "2:late"]
    again = due_reminders(entries(1, -3, 5), NOW, timedelta(hours=2), {"1:soon", "2:late"})
    assert again == []


def test_a_soon_reminder_is_followed_by_a_late_one():
    found = due_reminders(entries(-1), NOW, timedelta(hours=2), {"1:soon"})
    assert [r.key for r in found] == ["1:late"]


def test_paused_cases_are_not_reminded():
    assert due_reminders(entries(-1, paused=True), NOW, timedelta(hours=2), set()) == []
