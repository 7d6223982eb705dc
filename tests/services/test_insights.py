"""The Insights numbers computed from real cases, against values worked out by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.enums import Channel, CommitmentState, ComplaintType
from desktop.domain.journal import Emotion, JournalEntry
from desktop.domain.stats import CommitmentCounts


def received(services, clock, customer, hours_ago, **extra):
    case = services.cases.create()
    return services.cases.update_intake(
        case.id,
        customer=customer,
        contact_name="王经理",
        received_at=clock.now - timedelta(hours=hours_ago),
        complaint_text="系统崩溃，数据丢失了",
        **extra,
    )


@pytest.fixture
def three_cases(services, clock):
    # answered within an hour, surveyed; two promises later kept (one late)
    answered = received(services, clock, "华信银行", 2)
    services.cases.classify(answered.id, complaint_type=ComplaintType.TECHNICAL)
    services.cases.record_first_response(
        answered.id,
        clock.now - timedelta(hours=1),
        Channel.PHONE,
        promise_due=clock.now + timedelta(hours=20),
    )
    services.cases.record_survey(answered.id, 4, 9, "", None)
    # 30 hours old and never answered: a missed first response
    ignored = received(services, clock, "华信银行", 30)
    services.cases.classify(ignored.id, complaint_type=ComplaintType.ATTITUDE)
    services.cases.record_survey(ignored.id, 2, 3, "", None)
    # one hour old: its first response is not due yet, so it counts for neither side
    fresh = received(services, clock, "远航物流", 1)
    # last month, so it falls outside a short period
    old = received(services, clock, "远航物流", 24 * 40)
    services.cases.record_first_response(
        old.id,
        old.intake.received_at + timedelta(hours=30),
        Channel.EMAIL,
        promise_due=old.intake.received_at + timedelta(days=3),
    )
    return answered, ignored, fresh, old


def test_the_numbers_match_a_hand_count(services, three_cases):
    insights = services.insights.insights(None)
    assert insights.cases == 4
    # answered in 1 h ✓, ignored ✗, old answered in 30 h ✗; fresh not yet due
    assert insights.first_response_pct == pytest.approx(100 / 3)
    # kept on time: answered's first response; late: old's; missed: ignored's, and old's
    # promise (due 37 days ago, never kept); answered's promise is not due yet
    assert insights.commitments == CommitmentCounts(kept_on_time=1, kept_late=1, missed=2)
    assert insights.kept_on_time_pct == pytest.approx(25)
    assert insights.csat == pytest.approx(3)
    assert insights.nps == pytest.approx(0)  # one promoter, one detractor
    assert insights.repeat_customers == [("华信银行", 2), ("远航物流", 2)]  # ties by name
    assert insights.by_month == {
        "2026-10": {None: 1},
        "2026-11": {ComplaintType.TECHNICAL: 1, ComplaintType.ATTITUDE: 1, None: 1},
    }
    assert insights.mean_close is None


def test_a_short_period_leaves_older_cases_out(services, three_cases):
    insights = services.insights.insights(1)
    assert insights.cases == 3
    assert list(insights.by_month) == ["2026-11"]
    assert insights.repeat_customers == [("华信银行", 2)]


def test_mood_trend_averages_distress_per_week(services, clock):
    services.journal.save_entry(
        JournalEntry(0, clock.now, [(Emotion.ANXIOUS, 80), (Emotion.CALM, 10)], body="a")
    )
    services.journal.save_entry(
        JournalEntry(0, clock.now - timedelta(days=1), [(Emotion.ANGRY, 40)], body="b")
    )
    assert services.insights.insights(3).mood == [("2026-W48", 60.0)]


def test_the_mood_trend_is_withheld_while_the_journal_is_locked_or_hidden(services, clock):
    services.journal.save_entry(JournalEntry(0, clock.now, [(Emotion.ANXIOUS, 80)], body="a"))
    services.journal.set_passphrase("correct horse battery")
    assert services.insights.insights(3).mood == [("2026-W48", 80.0)]
    services.journal.lock()
    locked = services.insights.insights(3)
    assert locked.mood is None  # not an empty trend: no figure at all
    assert locked.cases == 0  # the rest is counted as ever
    services.journal.unlock("correct horse battery")
    assert services.insights.insights(3).mood == [("2026-W48", 80.0)]
    services.journal.set_hidden(True)  # the privacy switch
    assert services.insights.insights(3).mood is None
    services.journal.set_hidden(False)
    assert services.journal.is_locked()  # the switch locked it; switching back does not unlock
    assert services.insights.insights(3).mood is None


def test_without_a_passphrase_only_the_privacy_switch_hides_the_mood_trend(services, clock):
    services.journal.save_entry(JournalEntry(0, clock.now, [(Emotion.SAD, 40)], body="a"))
    services.journal.set_hidden(True)
    assert services.insights.insights(3).mood is None
    services.journal.set_hidden(False)
    assert services.insights.insights(3).mood == [("2026-W48", 40.0)]


def test_the_24_hour_figure_follows_the_ledger_working_hours_and_pauses(services, clock):
    """A first response the ledger calls kept on time counts as on time, though it came more
    than 24 calendar hours after the complaint; a paused case past its due time is not missed."""
    from desktop.domain.working_time import DEFAULT, CalendarSetting, Counting

    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    # Friday 17:00 in Shanghai: 24 working hours run out on Wednesday at 14:00
    clock.now = clock.now.replace(month=11, day=20, hour=9)
    weekend = received(services, clock, "华信银行", 0)
    clock.advance(days=3, hours=5)  # Monday 22:00 Shanghai, 77 calendar hours later
    services.cases.record_first_response(weekend.id, clock.now, Channel.PHONE)
    [entry] = [e for e in services.cases.ledger(services.cases.get(weekend.id)) if not e.is_open]
    assert entry.state is CommitmentState.KEPT_ON_TIME
    waiting = received(services, clock, "远航物流", 0)
    services.cases.pause(waiting.id, "等客户提供日志")
    clock.advance(days=10)
    insights = services.insights.insights(None)
    assert insights.first_response_pct == 100
    # missed: the answered case's promise of an update (due 48 h after the answer), never the
    # paused case's first response
    assert insights.commitments == CommitmentCounts(kept_on_time=1, kept_late=0, missed=1)
    assert sum(m.first_due for m in insights.trends) == 1


def test_repeat_customers_count_the_spellings_and_other_names_of_one_customer_together(
    services, clock
):
    services.customers.create("华信银行", "华信")
    received(services, clock, "华信银行", 2)
    received(services, clock, "华信", 3)
    received(services, clock, "远航物流", 4)
    insights = services.insights.insights(None)
    assert insights.repeat_customers == [("华信银行", 2)]
