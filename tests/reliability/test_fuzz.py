"""Whatever is typed: only ValidationError escapes a validator, a rejection changes nothing,
and search text never breaks the query. `make bench` runs these with 1,000 examples each."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import case_rules
from desktop.domain.case_query import CaseQuery
from desktop.domain.complaint import Action, Interview
from desktop.domain.enums import ActionHorizon, Channel, Severity
from desktop.domain.errors import ValidationError
from desktop.domain.parts import clean_part
from desktop.domain.validation import clean_email, clean_int, clean_phone, clean_text

EXAMPLES = int(os.environ.get("TURNAROUND_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
anything = st.one_of(
    texts,
    st.integers(),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True),
    st.datetimes(timezones=st.sampled_from([UTC, None])),
)


@FUZZ
@given(texts)
def test_text_validators_raise_only_validation_errors(value):
    for check in (
        lambda: clean_text("f", value),
        lambda: clean_text("f", value, multiline=False),
        lambda: clean_email("f", value),
        lambda: clean_phone("f", value),
    ):
        with contextlib.suppress(ValidationError):
            check()


@FUZZ
@given(anything, st.integers(-5, 5), st.integers(5, 20))
def test_int_validator_raises_only_validation_errors(value, low, high):
    with contextlib.suppress(ValidationError):
        clean_int("f", value, low, high)


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from([*list(case_rules.INTAKE_FIELDS), "received_at"]), anything, max_size=6
    )
)
def test_intake_cleaning_raises_only_validation_errors(values):
    with contextlib.suppress(ValidationError):
        case_rules.clean_intake(values, NOW)


@FUZZ
@given(st.dictionaries(st.sampled_from(["person", "role", "held_on", "summary"]), anything))
def test_part_cleaning_raises_only_validation_errors(values):
    with contextlib.suppress(ValidationError):
        clean_part(Interview, values, NOW)


@FUZZ
@given(texts, texts)
def test_a_rejected_intake_changes_nothing(services, clock, value, other):
    case = services.cases.create()
    services.cases.update_intake(case.id, customer="华信银行", contact_email="a@example.com")
    before = services.cases.get(case.id)
    try:
        services.cases.update_intake(
            case.id,
            contact_email=value,
            project=other,
            channel=Channel.PHONE,
            severity=Severity.LOW,
        )
    except ValidationError:
        after = services.cases.get(case.id)
        assert after.intake == before.intake and after.updated_at == before.updated_at


@FUZZ
@given(texts)
def test_a_rejected_action_changes_nothing(services, value):
    case = services.cases.create()
    try:
        services.cases.add_part(
            case.id, Action(0, ActionHorizon.SHORT_TERM, value, due_at=NOW + timedelta(days=1))
        )
    except ValidationError:
        assert services.cases.get(case.id).actions == []


@pytest.fixture
def searchable(services, clock):
    for text in ("报表查询太慢了", 'He said "AND" OR NOT (maybe)*', "数据丢失^2: NEAR"):
        case = services.cases.create()
        services.cases.update_intake(
            case.id, customer="客户", contact_name="王", complaint_text=text, received_at=clock.now
        )
    return services


@FUZZ
@given(st.text(max_size=300))
def test_any_search_text_runs(searchable, text):
    rows = searchable.cases.rows(CaseQuery(text=text), 0, 50)
    assert searchable.cases.count(CaseQuery(text=text)) >= len(rows)


@FUZZ
@given(st.text(max_size=80))  # every code point, lone surrogates included
def test_any_text_is_cleaned_to_something_storable(value):
    with contextlib.suppress(ValidationError):
        cleaned = clean_text("f", value)
        cleaned.encode("utf-8")  # storable and printable: no lone surrogate survives
