from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.goals import CheckIn, Goal, recent_record
from desktop.domain.journal import Emotion, JournalEntry, ThoughtRecord
from desktop.domain.mood import complaint_days, mood_series

START = date(2026, 9, 7)  # a Monday


def goal_with(weeks_met: list[bool | None], target: int = 1) -> Goal:
    """A weekly goal whose week k was met (True), missed (False) or skipped (None)."""
    goal = Goal(1, "回访", target_count=target, starts_on=START)
    for week, met in enumerate(weeks_met):
        monday = START + timedelta(weeks=week)
        if met is None:
            goal.skipped.add(monday)
        elif met:
            for n in range(target):
                goal.checkins.append(
                    CheckIn(
                        n, datetime.combine(monday + timedelta(days=1), datetime.min.time(), UTC)
                    )
                )
    return goal


def strength(weeks: list[bool | None], target: int = 1) -> float:
    """The strength on the first day after the given weeks, all of them past."""
    goal = goal_with(weeks, target)
    return goal.strength(START + timedelta(weeks=len(weeks)), UTC)


def test_strength_grows_with_met_weeks_and_a_missed_week_does_not_reset_it():
    eight_met = strength([True] * 8)
    one_missed = strength([True] * 7 + [False])
    assert 0.7 < eight_met < 1
    assert 0.5 * eight_met < one_missed < eight_met  # lower, far from zero
    assert strength([True] * 7 + [False, True]) > one_missed  # it recovers


def test_a_skipped_week_neither_raises_nor_lowers_it():
    assert strength([True] * 6 + [None]) == pytest.approx(strength([True] * 6))


def test_a_week_skipped_after_checking_in_keeps_the_credit_of_the_check_in():
    goal = goal_with([True, True, True])
    during = START + timedelta(weeks=3, days=3)
    goal.checkins.append(CheckIn(9, datetime.combine(during, datetime.min.time(), UTC)))
    credited = goal.strength(during, UTC)
    assert credited > goal_with([True, True, True]).strength(during, UTC)
    goal.skipped.add(START + timedelta(weeks=3))
    assert goal.strength(during, UTC) == pytest.approx(credited)  # the skip takes nothing
    # and a week met, then skipped, still counts as met once it is over
    assert recent_record(goal, START + timedelta(weeks=4), UTC) == (4, 4)


def test_partly_met_counts_partly_and_the_running_week_never_hurts():
    assert strength([True] * 4, target=2) > strength([True] * 3 + [False], target=2)
    goal = goal_with([True, True, True])
    before = goal.strength(START + timedelta(weeks=2, days=6), UTC)
    assert goal.strength(START + timedelta(weeks=3, days=1), UTC) == pytest.approx(before)


def test_progress_in_the_current_period():
    goal = goal_with([True, False], target=3)
    assert goal.progress(START + timedelta(days=3), UTC) == (3, 3)
    assert goal.progress(START + timedelta(days=10), UTC) == (0, 3)
    assert goal.period_start(START + timedelta(days=10)) == START + timedelta(weeks=1)


def test_a_goal_needs_a_title_and_a_sensible_target():
    with pytest.raises(ValidationError):
        Goal(0, "  ").cleaned()
    with pytest.raises(ValidationError):
        Goal(0, "回访", target_count=0).cleaned()


NOW = datetime(2026, 11, 24, 2, tzinfo=UTC)


def entry(days_ago: int, *feelings: tuple[Emotion, int]) -> JournalEntry:
    return JournalEntry(0, NOW - timedelta(days=days_ago), list(feelings))


def test_mood_series_averages_each_day_and_keeps_to_the_window():
    entries = [
        entry(0, (Emotion.ANXIOUS, 80), (Emotion.CALM, 20)),
        entry(0, (Emotion.ANGRY, 40)),
        entry(3, (Emotion.HOPEFUL, 70)),
        entry(40, (Emotion.SAD, 90)),
    ]
    points = mood_series(entries, NOW.date(), 30, UTC)
    assert [(p.day, p.distress, p.ease) for p in points] == [
        (NOW.date() - timedelta(days=3), None, 70),
        (NOW.date(), 60, 20),
    ]
    assert len(mood_series(entries, NOW.date(), 90, UTC)) == 3


def test_complaint_days_are_marked_once_per_day():
    received = [NOW, NOW - timedelta(hours=1), NOW - timedelta(days=5), NOW - timedelta(days=50)]
    assert complaint_days(received, NOW.date(), 30, UTC) == [
        NOW.date() - timedelta(days=5),
        NOW.date(),
    ]


def test_a_mood_and_no_text_is_an_entry_but_nothing_at_all_is_not():
    assert entry(0, (Emotion.TIRED, 50)).cleaned().feelings == [(Emotion.TIRED, 50)]
    assert JournalEntry(0, NOW, body="今天很累").cleaned().body == "今天很累"
    with pytest.raises(ValidationError) as caught:
        JournalEntry(0, NOW).cleaned()
    assert caught.value.code == "empty_entry"
    with pytest.raises(ValidationError):
        entry(0, (Emotion.TIRED, 101)).cleaned()


def test_a_thought_record_shows_the_change_in_intensity():
    record = ThoughtRecord(
        0,
        NOW,
        situation="被投诉",
        emotions_before=[(Emotion.ANXIOUS, 80), (Emotion.ASHAMED, 60)],
        emotions_after=[(Emotion.ANXIOUS, 40)],
    )
    assert record.cleaned().changes() == [(Emotion.ANXIOUS, 80, 40)]


def test_the_recent_record_counts_finished_periods_without_the_skipped():
    from desktop.domain.goals import recent_record

    goal = goal_with([True, False, None, True, True, False])
    today = START + timedelta(weeks=6, days=2)  # in week 7, not finished
    assert recent_record(goal, today, UTC) == (3, 5)
    assert recent_record(goal, today, UTC, periods=2) == (1, 2)
    assert recent_record(goal_with([]), START, UTC) == (0, 0)


def test_thinking_traps_are_counted_over_30_and_90_days_and_all_time():
    from desktop.domain.journal import ThinkingTrap as Trap
    from desktop.domain.mood import trap_counts

    now = datetime(2026, 11, 24, tzinfo=UTC)

    def record(days_ago, *traps):
        return ThoughtRecord(0, now - timedelta(days=days_ago), thinking_traps=list(traps))

    records = [
        record(2, Trap.CATASTROPHISING, Trap.MIND_READING),
        record(40, Trap.CATASTROPHISING),
        record(200, Trap.CATASTROPHISING, Trap.SELF_BLAME),
    ]
    assert trap_counts(records, now) == [
        (Trap.CATASTROPHISING, [1, 2, 3]),
        (Trap.MIND_READING, [1, 1, 1]),
        (Trap.SELF_BLAME, [0, 0, 1]),
    ]


def test_the_daily_reminder_comes_once_from_its_time_on_a_day_without_an_entry():
    from datetime import time

    from desktop.domain.mood import daily_reminder_due

    at = time(18)
    evening = datetime(2026, 11, 24, 18, 30)
    assert daily_reminder_due(evening, at, None, None)
    assert not daily_reminder_due(evening.replace(hour=17), at, None, None)  # not yet
    assert not daily_reminder_due(evening, at, evening.replace(hour=9), None)  # written today
    assert daily_reminder_due(evening, at, evening - timedelta(days=1), None)
    assert not daily_reminder_due(evening, at, None, evening.date())  # reminded already
