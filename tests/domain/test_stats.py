"""Each number checked against a value worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.domain import stats
from desktop.domain.enums import ComplaintType
from desktop.domain.stats import axis_ticks

T, A = ComplaintType.TECHNICAL, ComplaintType.ATTITUDE


def test_months_add_up_to_the_period():
    november = stats.MonthFigures(
        "2026-11",
        {T: 2, None: 1},
        first_due=3,
        first_on_time=1,
        kept_on_time=6,
        kept_late=1,
        missed=1,
        csat_sum=9,
        csat_count=2,
        promoters=2,
        detractors=1,
        nps_count=4,
    )
    october = stats.MonthFigures("2026-10", {T: 1, A: 1}, first_due=1, first_on_time=1)
    insights = stats.insights_of({"2026-10": october, "2026-11": november}, 20.0, [], None)
    assert insights.by_month == {"2026-10": {T: 1, A: 1}, "2026-11": {T: 2, None: 1}}
    assert insights.cases == 5
    assert insights.first_response_pct == 50  # 2 of 4 on time
    assert insights.kept_on_time_pct == 75  # 6 of 8
    assert insights.csat == 4.5
    assert insights.nps == 25  # (2 promoters − 1 detractor) of 4
    assert insights.mean_close == timedelta(days=20)
    assert [m.month for m in insights.trends] == ["2026-10", "2026-11"]
    assert october.csat is None and october.nps is None and not october.is_empty
    assert stats.MonthFigures("2026-09").is_empty


def test_local_months_start_at_local_midnight():
    zone = timezone(timedelta(hours=8))
    since = datetime(2026, 9, 15, 3, tzinfo=UTC)
    now = datetime(2026, 11, 24, 2, tzinfo=UTC)
    months = stats.local_months(since, now, zone)
    assert [name for name, _start, _stop in months] == ["2026-09", "2026-10", "2026-11"]
    assert months[1][1] == datetime(2026, 9, 30, 16, tzinfo=UTC)  # 1 October 00:00 in zone
    assert months[0][1] == since and months[-1][2] == datetime(2026, 12, 1, tzinfo=zone)


def test_commitments_kept_on_time():
    counts = stats.CommitmentCounts(kept_on_time=6, kept_late=1, missed=1)
    assert counts.due == 8
    assert stats.kept_on_time(counts) == 75.0
    assert stats.kept_on_time(stats.CommitmentCounts(0, 0, 0)) is None


def test_weekly_mood():
    zone = timezone(timedelta(hours=8))
    points = [
        (datetime(2026, 11, 23, 1, tzinfo=UTC), 60.0),  # Monday 09:00 in zone: W48
        (datetime(2026, 11, 24, 1, tzinfo=UTC), 40.0),
        (datetime(2026, 11, 22, 15, tzinfo=UTC), 80.0),
    ]  # Sunday 23:00 local: W47
    assert stats.weekly_mood(points, zone) == [("2026-W47", 80.0), ("2026-W48", 50.0)]


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
