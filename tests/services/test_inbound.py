"""Reading a customer's message into a case: files, the clipboard's text, empty fields only."""

from __future__ import annotations

import os

import pytest

from desktop.domain.enums import CaseStatus, Channel, CommitmentKind, Language
from desktop.domain.inbound import InboundError
from desktop.services.inbound import MAX_FILE
from tests.conftest import SHANGHAI
from tests.domain import inbound_samples as samples


def test_a_mail_file_becomes_a_case_with_its_first_response_deadline(services, clock, tmp_path):
    clock.advance(hours=1)  # 11:00 in Shanghai, after the mail was sent
    path = tmp_path / "complaint.eml"
    path.write_bytes(samples.QQ_EML)
    message = services.inbound.read_file(path)
    case, filled = services.inbound.create_case(message)
    intake = case.intake
    assert filled == [
        "customer",
        "contact_name",
        "contact_email",
        "contact_phone",
        "channel",
        "received_at",
        "complaint_text",
        "title",
    ]
    assert (intake.customer, intake.contact_name) == ("恒远集团有限公司", "王喆")
    assert intake.title == "报表优化进展"  # the subject without "回复："
    assert intake.channel is Channel.EMAIL
    assert intake.received_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") == "2026-11-24 10:32"
    assert case.status is CaseStatus.OPEN  # every required field is there
    assert [c.kind for c in case.commitments] == [CommitmentKind.FIRST_RESPONSE]


def test_a_text_file_in_gbk_holding_a_copied_mail(services, tmp_path):
    path = tmp_path / "copied.txt"
    path.write_bytes(samples.OUTLOOK_ZH.encode("gbk"))
    message = services.inbound.read_file(path)
    assert (message.contact_name, message.customer) == ("王建国", "华信银行")


def test_a_time_ahead_of_the_clock_is_taken_as_now(services, clock):
    text = samples.OUTLOOK_EN.replace("November 24, 2026 10:32 AM", "November 24, 2026 11:32 PM")
    message = services.inbound.read_text(text)
    assert message.received_at == clock.now


def test_only_empty_fields_are_filled_unless_the_user_agrees(services):
    case = services.cases.create()
    services.cases.update_intake(case.id, customer="华信", complaint_text="数据没了")
    message = services.inbound.read_text(samples.OUTLOOK_ZH)
    plan = services.inbound.plan(case.id, message)
    assert set(plan.conflicts) == {"customer", "complaint_text"}
    kept = services.inbound.fill(case.id, plan.values(replace=False))
    assert (kept.intake.customer, kept.intake.complaint_text) == ("华信", "数据没了")
    assert kept.intake.contact_name == "王建国"
    replaced = services.inbound.fill(case.id, plan.values(replace=True))
    assert replaced.intake.customer == "华信银行"
    assert replaced.intake.complaint_text.startswith("李工：")


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("missing.eml", None, "inbound_missing"),
        ("empty.eml", b"", "inbound_empty_file"),
        ("blank.txt", b"\n \n", "inbound_empty_file"),
        ("picture.eml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40, "inbound_binary"),
        ("notes.eml", b"just a line of text, no headers\n", "inbound_file_not_mail"),
        ("digits.txt", b"12345\n67890\n", "inbound_no_words"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_is_created(services, tmp_path, name, content, code):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InboundError) as raised:
        services.inbound.read_file(path)
    assert raised.value.code == code
    assert services.store.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 0


def test_a_file_over_25_mb_is_refused_without_reading_it(services, tmp_path):
    path = tmp_path / "huge.eml"
    with path.open("wb") as file:
        file.truncate(MAX_FILE + 1)  # sparse: no 25 MB written to the disk
    with pytest.raises(InboundError) as raised:
        services.inbound.read_file(path)
    assert raised.value.code == "inbound_file_too_large"
    assert "at most 25 MB" in raised.value.message(Language.EN)


def test_a_folder_is_not_a_file(services, tmp_path):
    with pytest.raises(InboundError) as raised:
        services.inbound.read_file(tmp_path)
    assert raised.value.code == "inbound_not_file"
    assert os.fspath(tmp_path) in str(raised.value)


def test_the_subject_fills_an_empty_short_title_and_never_replaces_a_typed_one(services):
    from tests.domain import inbound_samples_zh as samples_zh

    message = services.inbound.read_text(samples_zh.OUTLOOK_ZH_NO_CLOSING)
    blank = services.cases.create()
    case, filled = services.inbound.create_case(message)
    assert case.intake.title == "月结报表数据错误" and "title" in filled
    services.cases.update_intake(blank.id, title="月结差额两百万")
    plan = services.inbound.plan(blank.id, message)
    assert "title" not in plan.fill and "title" not in plan.conflicts
    kept = services.inbound.fill(blank.id, plan.values(replace=True))
    assert kept.intake.title == "月结差额两百万"
    assert (kept.intake.customer, kept.intake.contact_phone) == (
        "华信银行股份有限公司",
        "138 1234 5678",
    )
