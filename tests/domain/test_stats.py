"""Each number checked against a value worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.domain import stats
from desktop.domain.enums import ComplaintType
from desktop.domain.stats import axis_ticks

T, A = ComplaintType.TECHNICAL, ComplaintType.ATTITUDE


def test_complaints_by_type_per_month():
    result = stats.complaints_by_type_per_month(
        [("2026-11", T), ("2026-10", A), ("2026-11", T), ("2026-11", None), ("2026-10", T)]
    )
    assert result == {"2026-10": {A: 1, T: 1}, "2026-11": {T: 2, None: 1}}
    assert list(result) == ["2026-10", "2026-11"]


def test_first_responses_within_24_hours():
    # answered in 2 h and 30 h; one unanswered after 40 h (missed); one unanswered after 3 h
    # (not yet due: not counted) → 1 of 3 = 33.3 %
    cases = [(2.0, 50.0), (30.0, 60.0), (None, 40.0), (None, 3.0)]
    assert stats.first_responses_within(cases, 24) == pytest.approx(100 / 3)
    assert stats.first_responses_within([], 24) is None
    assert stats.first_responses_within([(24.0, 30.0)], 24) == 100  # exactly on time


def test_commitments_kept_on_time():
    counts = stats.CommitmentCounts(kept_on_time=6, kept_late=1, missed=1)
    assert counts.due == 8
    assert stats.kept_on_time(counts) == 75.0
    assert stats.kept_on_time(stats.CommitmentCounts(0, 0, 0)) is None


def test_mean_time_to_close():
    assert stats.mean_time_to_close([10.0, 20.0, 30.0]) == timedelta(days=20)
    assert stats.mean_time_to_close([]) is None


def test_csat_average_and_nps():
    assert stats.csat_average([5, 4, 3, 4]) == 4.0
    # promoters 9, 10, 10 (3); passives 7, 8 (2); detractors 3, 6 (2) of 7 → (3 − 2) / 7
    assert stats.nps([9, 10, 10, 7, 8, 3, 6]) == pytest.approx(100 / 7)
    assert stats.nps([10, 10]) == 100 and stats.nps([0]) == -100
    assert stats.nps([]) is None and stats.csat_average([]) is None


def test_repeat_complaints():
    customers = ["华信银行", "东方", "华信银行", "明德", "东方", "华信银行", ""]
    assert stats.repeat_complaints(customers) == [("华信银行", 3), ("东方", 2)]


def test_weekly_mood_and_the_offset_modifier():
    zone = timezone(timedelta(hours=8))
    points = [
        (datetime(2026, 11, 23, 1, tzinfo=UTC), 60.0),  # Monday 09:00 in zone: W48
        (datetime(2026, 11, 24, 1, tzinfo=UTC), 40.0),
        (datetime(2026, 11, 22, 15, tzinfo=UTC), 80.0),
    ]  # Sunday 23:00 local: W47
    assert stats.weekly_mood(points, zone) == [("2026-W47", 80.0), ("2026-W48", 50.0)]
    assert stats.utc_offset_modifier(zone, datetime(2026, 1, 1, tzinfo=UTC)) == "+480 minutes"


def test_the_service_agrees_with_the_hand_count(services, clock):
    from desktop.domain.enums import Channel

    def complaint(hours_ago: float, responded_after: float | None, csat=None, nps=None):
        case = services.cases.create()
        received = clock.now - timedelta(hours=hours_ago)
        services.cases.update_intake(
            case.id,
            customer="华信银行",
            contact_name="王",
            complaint_text="太慢",
            received_at=received,
        )
        if responded_after is not None:
            services.cases.record_first_response(
                case.id, received + timedelta(hours=responded_after), Channel.PHONE
            )
        if csat is not None:
            services.cases.record_survey(case.id, csat, nps, "", None)

    complaint(100, 2, csat=5, nps=10)
    complaint(80, 30, csat=3, nps=5)
    complaint(50, None)
    complaint(1, None)
    insights = services.insights.insights(None)
    assert insights.cases == 4
    assert insights.first_response_pct == pytest.approx(100 / 3)
    assert insights.csat == 4.0 and insights.nps == 0
    assert insights.repeat_customers == [("华信银行", 4)]
    assert sum(insights.by_month["2026-11"].values()) == 4


@pytest.mark.parametrize(
    ("maximum", "ticks"),
    [
        (26, [0, 10, 20, 30]),
        (3, [0, 1, 2, 3]),
        (0, [0, 1]),
        (7, [0, 2, 4, 6, 8]),
        (100, [0, 20, 40, 60, 80, 100]),
        (1234, [0, 500, 1000, 1500]),
    ],
)
def test_axis_ticks_are_round_numbers_covering_the_maximum(maximum, ticks):
    assert axis_ticks(maximum) == ticks
