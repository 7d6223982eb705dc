"""Backups thinned like Anki's: all of the last 2 days, one a day for 12 days, one a week for
10 weeks, one a month for 9 months."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.retention import RetentionPolicy, to_keep

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def kept_days(created: list[datetime]) -> list[int]:
    keep = to_keep(created, NOW, RetentionPolicy())
    return sorted((NOW - created[index]).days for index in keep)


def test_a_backup_a_day_for_a_year_thins_to_days_weeks_and_months():
    created = [NOW - timedelta(days=age, hours=1) for age in range(365)]
    ages = kept_days(created)
    assert ages[:2] == [0, 1]  # every backup of the last two days
    assert [age for age in ages if 2 <= age <= 13] == list(range(2, 14))  # 12 daily
    weekly, monthly = ages[14:24], ages[24:]
    assert all(later - earlier >= 6 for earlier, later in itertools.pairwise(weekly))
    assert len({(NOW - timedelta(days=age)).strftime("%G%V") for age in weekly}) == 10
    assert len({(NOW - timedelta(days=age)).strftime("%Y%m") for age in monthly}) == 9
    assert len(ages) == 2 + 12 + 10 + 9
    assert max(ages) > 270  # about nine months back
    # a mistake noticed three weeks later can still be undone
    assert any(20 <= age <= 28 for age in ages)


def test_many_backups_in_the_last_two_days_are_all_kept():
    created = [NOW - timedelta(minutes=30 * step) for step in range(90)]
    recent = [index for index, moment in enumerate(created) if moment >= NOW - timedelta(days=2)]
    assert set(recent) <= to_keep(created, NOW, RetentionPolicy())


@given(st.lists(st.integers(0, 60 * 24 * 800), min_size=1, max_size=60))
def test_the_newest_backup_is_always_kept(minutes):
    created = [NOW - timedelta(minutes=m) for m in minutes]
    keep = to_keep(created, NOW, RetentionPolicy(recent_days=0, daily=0, weekly=0, monthly=0))
    newest = max(range(len(created)), key=lambda index: created[index])
    assert created[newest] in {created[index] for index in keep}


def test_counts_out_of_range_are_refused():
    with pytest.raises(ValidationError) as refused:
        RetentionPolicy(daily=-1)
    assert refused.value.field == "backups_daily"
