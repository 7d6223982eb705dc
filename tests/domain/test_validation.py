from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.complaint import derive_title
from desktop.domain.enums import Language, Severity
from desktop.domain.errors import ValidationError
from desktop.domain.validation import (
    clean_choice,
    clean_email,
    clean_int,
    clean_past_time,
    clean_phone,
    clean_text,
)

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize("address", ["wang@example.com", "a.b+c@mail.example.cn", ""])
def test_good_email(address):
    assert clean_email("email", address) == address


@pytest.mark.parametrize(
    "address", ["wang", "wang@", "@example.com", "wang@example", "wang @example.com", "a@b.c"]
)
def test_bad_email_is_refused_with_a_message_in_both_languages(address):
    with pytest.raises(ValidationError) as caught:
        clean_email("contact_email", address)
    assert caught.value.field == "contact_email"
    assert "e-mail" in caught.value.message(Language.EN)
    assert "电子邮件" in caught.value.message(Language.ZH)


@pytest.mark.parametrize(
    "number",
    [
        "13812345678",
        "+86 138 1234 5678",
        "(010) 6543-2100",
        "010-65432100 转 123",
        "+44 20 7946 0018 ext. 12",
    ],
)
def test_good_phone(number):
    assert clean_phone("phone", number) == number


@pytest.mark.parametrize("number", ["call me", "12", "138-abc-5678", "+86 138 1234 5678 555555555"])
def test_bad_phone(number):
    with pytest.raises(ValidationError, match="phone"):
        clean_phone("phone", number)


def test_required_text():
    with pytest.raises(ValidationError) as caught:
        clean_text("customer", "   ", required=True)
    assert caught.value.code == "required"


def test_long_text_up_to_the_limit_is_kept_intact():
    text = "投诉" * 50_000  # 100,000 characters
    assert clean_text("complaint_text", text) == text


def test_too_long_text_says_how_long():
    with pytest.raises(ValidationError) as caught:
        clean_text("title", "x" * 501, multiline=False)
    assert "501" in caught.value.message(Language.EN)


@pytest.mark.parametrize("bad", ["a\x00b", "bell\x07", "esc\x1b[0m"])
def test_control_characters_are_refused(bad):
    with pytest.raises(ValidationError, match="control"):
        clean_text("summary", bad)


def test_emoji_and_rare_cjk_are_kept():
    text = "客户很生气 😠 𠀀"
    assert clean_text("summary", text) == text


def test_single_line_field_refuses_newlines():
    with pytest.raises(ValidationError):
        clean_text("customer", "a\nb", multiline=False)


def test_received_in_the_future_is_refused():
    with pytest.raises(ValidationError) as caught:
        clean_past_time("received_at", NOW + timedelta(hours=1), now=NOW)
    assert caught.value.code == "future"
    assert clean_past_time("received_at", NOW + timedelta(seconds=30), now=NOW)


def test_naive_time_is_refused():
    with pytest.raises(ValidationError):
        clean_past_time("received_at", datetime(2026, 1, 1), now=NOW)


def test_int_range_and_choice():
    assert clean_int("csat", 5, 1, 5) == 5
    with pytest.raises(ValidationError):
        clean_int("csat", 6, 1, 5)
    with pytest.raises(ValidationError):
        clean_int("csat", True, 0, 5)
    assert clean_choice("severity", Severity, "high") is Severity.HIGH
    with pytest.raises(ValidationError):
        clean_choice("severity", Severity, "huge")


@given(st.text(max_size=300))
def test_clean_text_raises_only_validation_errors(text):
    try:
        result = clean_text("note", text, multiline=False)
    except ValidationError:
        return
    assert result == text.strip()


@pytest.mark.parametrize(
    ("complaint", "title"),
    [
        ("系统崩溃了！数据全没了。", "系统崩溃了"),
        ("The report is slow. Please fix it.", "The report is slow"),
        ("Version 2.5 crashes on start", "Version 2.5 crashes on start"),
        ("", ""),
        (
            "上周五晚上系统升级后三个月的报销数据没了财务月底结账受到严重影响",
            "上周五晚上系统升级后三个月的报销数据没了财务月底结账受到严…",
        ),
    ],
)
def test_derived_title(complaint, title):
    assert derive_title(complaint) == title
