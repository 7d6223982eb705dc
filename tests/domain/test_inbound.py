"""Reading a customer's message: who, how to reach them, when, for whom, and their own words."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.domain.complaint import Intake
from desktop.domain.enums import Channel, Language
from desktop.domain.inbound import (
    InboundError,
    InboundMessage,
    fill_plan,
    filled_note,
    parse_eml,
    parse_message,
    sender_of,
)
from tests.domain import inbound_samples as samples
from tests.domain import inbound_samples_zh as samples_zh

SHANGHAI = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # 20:00 in Shanghai


def at(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI)


def read(text: str, now: datetime = NOW) -> InboundMessage:
    return parse_message(text, now, SHANGHAI)


def test_an_outlook_reply_copied_in_english():
    message = read(samples.OUTLOOK_EN)
    assert message.contact_name == "Sarah Miller"  # Outlook's "Miller, Sarah" turned round
    assert message.contact_email == "sarah.miller@northwind.example.com"
    assert message.received_at == at(2026, 11, 24, 10, 32)
    assert message.customer == "Northwind Traders Ltd."
    assert message.contact_phone == "+44 20 7946 0958"
    assert message.channel is Channel.EMAIL
    assert message.subject == "Expense claims missing after the upgrade"
    assert message.complaint_text.startswith("Alex,\n\nSince Friday's upgrade")
    assert message.complaint_text.endswith("I need this fixed today.")
    assert "regards" not in message.complaint_text
    assert "looking into it" not in message.complaint_text  # our own earlier mail


def test_an_outlook_reply_copied_in_chinese_with_a_letter_closing():
    message = read(samples.OUTLOOK_ZH)
    assert (message.contact_name, message.customer) == ("王建国", "华信银行")
    assert message.contact_email == "wangjg@huaxin-bank.example.cn"
    assert message.contact_phone == "139 1234 5678"  # the mobile before the switchboard
    assert message.received_at == at(2026, 11, 24, 10, 32)
    assert message.subject == "报销系统升级后数据丢失"
    assert message.complaint_text == (
        "李工：\n\n上周五晚上系统升级后，三个月的报销数据全没了，财务月底结账受到严重影响！\n"
        "请今天之内给我们一个说法。"
    )


def test_foxmail_with_chinese_quotes_a_morning_time_and_an_english_quote_block():
    message = read(samples.FOXMAIL)
    assert message.contact_name == "陈静"
    assert message.contact_email == "chenjing@renmin-hospital.example.cn"
    assert message.received_at == at(2026, 11, 24, 9, 5)
    assert message.customer == "市第一人民医院"  # without the department after it
    assert message.contact_phone == "13811112222"
    assert message.complaint_text.endswith("麻烦尽快安排人处理。")
    assert "祝好" not in message.complaint_text and "接口升级" not in message.complaint_text


def test_a_gmail_reply_drops_the_attribution_the_quote_and_the_bare_sign_off():
    message = read(samples.GMAIL_REPLY)
    assert message.received_at == at(2026, 11, 24, 8, 47)
    assert message.complaint_text == (
        "Maria, the month-end report still takes fifteen minutes to open. This was supposed to "
        "be\nfixed last week. Our finance team cannot work like this."
    )


@pytest.mark.parametrize("sample", [samples.APPLE_ZH, samples.GMAIL_ZH])
def test_chinese_attributions_of_a_quote_are_cut(sample):
    words = read(sample).complaint_text
    assert "写道" not in words and "已经" not in words.split("\n")[-1][:2]
    assert words.endswith(("只说是系统问题。", "请尽快处理。"))


def test_a_wechat_conversation_keeps_the_customers_messages_only():
    message = read(samples.WECHAT)
    assert message.contact_name == "王经理"
    assert message.channel is Channel.IM
    assert message.received_at == at(2026, 11, 24, 10, 32)  # the first message
    assert message.complaint_text == (
        "审批流程在第三步卡住了，所有采购单都提交不了\n已经一上午了，系统还崩溃了好几次，今天必须恢复！"
    )


def test_a_chat_time_without_a_date_is_today_or_if_still_ahead_yesterday():
    evening = read(samples.WECHAT_TIME_ONLY)
    assert evening.received_at == at(2026, 11, 24, 10, 32)
    morning = read(samples.WECHAT_TIME_ONLY, now=datetime(2026, 11, 24, 2, 0, tzinfo=UTC))
    assert morning.received_at == at(2026, 11, 23, 10, 32)


def test_dingtalk_names_the_organisation_beside_the_speaker():
    message = read(samples.DINGTALK)
    assert (message.contact_name, message.customer) == ("刘洋", "华信银行")
    assert message.received_at == at(2026, 11, 23, 16, 20)  # this year: the date is past
    assert message.complaint_text.startswith("项目已经延期两个月了")


def test_plain_text_with_a_signature_gives_the_name_phone_and_organisation():
    message = read(samples.PLAIN_WITH_SIGNATURE)
    assert (message.contact_name, message.customer) == ("杨帆", "恒远集团")
    assert message.contact_phone == "186-0000-1234"
    assert message.channel is None and message.received_at is None
    assert message.complaint_text.endswith("希望你们给个解释。")


def test_a_forwarded_mail_is_the_customers_not_the_colleagues_who_forwarded_it():
    message = read(samples.FORWARDED_TEXT)
    assert message.contact_name == "Sarah Miller"
    assert message.contact_email == "sarah.miller@northwind.example.com"
    assert message.received_at == at(2026, 11, 24, 9, 15)
    assert message.subject == "Consultant behaviour"
    assert message.complaint_text.startswith("Your consultant was rude")
    assert "FYI" not in message.complaint_text and "Regards" not in message.complaint_text


def test_the_signature_delimiter_ends_the_message():
    text = "The export has failed every night this week.\n-- \nJohn Smith\nwww.example.com\n"
    assert read(text).complaint_text == "The export has failed every night this week."


@pytest.mark.parametrize(
    "text",
    [
        "报表打不开了。\n请你们公司尽快处理",  # "公司" in a sentence, not a signature
        "你们的工程师态度很差\n我们的工程师都看不下去",
        "The report is broken.\nYour engineer was rude to our staff",
    ],
)
def test_lines_of_the_complaint_are_not_taken_for_a_signature(text):
    message = read(text)
    assert message.complaint_text == text
    assert message.customer == ""


def test_a_mail_source_pasted_as_text_is_read_as_a_mail():
    message = read(samples.GMAIL_EML.decode("ascii"))
    assert message.contact_name == "Chloe Martin"
    assert message.received_at == at(2026, 11, 24, 16, 47, 3)  # 08:47 UTC in local time
    assert message.complaint_text.startswith("Maria, the month-end report")
    assert "=\n" not in message.complaint_text  # quoted-printable decoded


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "inbound_empty"),
        (" \n\t\n", "inbound_empty"),
        ("123 456 -- ***", "inbound_no_words"),
        ("啊" * 200_001, "inbound_too_long"),
    ],
)
def test_nothing_to_read_is_a_clear_error(text, code):
    with pytest.raises(InboundError) as raised:
        read(text)
    assert raised.value.code == code
    assert raised.value.message(Language.ZH) and raised.value.message(Language.EN)


# --- mail files ---------------------------------------------------------------------------------
def test_a_qq_mail_in_gb2312_with_a_gbk_character_in_header_and_body():
    message = parse_eml(samples.QQ_EML, SHANGHAI, NOW)
    assert message.contact_name == "王喆"  # 喆 is not in GB2312: read as GB18030
    assert message.contact_email == "wangzhe@hengyuan.example.cn"
    assert message.received_at == at(2026, 11, 24, 10, 32, 15)
    assert message.subject == "报表优化进展"  # "回复：" dropped
    assert message.customer == "恒远集团有限公司"
    assert message.contact_phone == "13700001111"
    assert message.complaint_text == (
        "报表查询太慢了，一张报表要等十几分钟，业务部门意见很大。请王喆这边尽快给个方案。"
    )


def test_a_gmail_file_prefers_the_plain_text_and_converts_the_date_to_local_time():
    message = parse_eml(samples.GMAIL_EML, SHANGHAI, NOW)
    assert message.received_at == at(2026, 11, 24, 16, 47, 3)
    assert message.received_at.utcoffset() == timedelta(hours=8)
    assert message.complaint_text.endswith("Our finance team cannot work like this.")


def test_an_html_only_mail_in_base64_is_read_as_text_without_the_quoted_mail():
    message = parse_eml(samples.OUTLOOK_HTML_EML, SHANGHAI, NOW)
    assert message.contact_name == "Ben Okafor"  # an encoded word in From
    assert message.received_at == at(2026, 11, 25, 7, 5)  # 15:05 at -08:00
    assert message.customer == "Fabrikam, Inc."
    assert message.contact_phone == "+1 425 555 0147"
    assert message.complaint_text == (
        "The interface to the billing system keeps failing with an error and no invoices have "
        "been sent since Monday.\n\nPlease call me back today."
    )


def test_the_html_of_a_gmail_reply_marks_its_quote_so_it_is_dropped():
    from desktop.domain.inbound_mime import html_to_text

    text = html_to_text(samples.GMAIL_HTML)
    assert text.startswith("Maria, the month-end report")
    assert "> Hi Chloe" in text and "\n> On Mon" in text


def test_a_mail_without_a_date_has_no_received_time():
    message = parse_eml(samples.NO_DATE_EML, SHANGHAI, NOW)
    assert message.received_at is None
    assert (message.contact_name, message.subject) == ("刘洋", "需求变更")
    assert message.complaint_text == "需求变更没有记录，上线的功能和我们确认的不一样。"


def test_a_forwarded_mail_attached_to_a_mail_is_read_in_its_place():
    message = parse_eml(samples.FORWARDED_EML, SHANGHAI, NOW)
    assert message.contact_email == "sarah.miller@northwind.example.com"
    assert message.received_at == at(2026, 11, 24, 17, 15)
    assert message.complaint_text == (
        "Your consultant was rude and impatient and kept interrupting our staff."
    )


@pytest.mark.parametrize(
    "data",
    [
        b"From: =?utf-8?q?a=0Db?= <a@b.example>\nSubject: x\n\nhello",  # a CR in the name
        b"From: a <a@b.example>\nContent-Type: text/plain; charset=utf\x00-8\n\nhello",
    ],
)
def test_damaged_headers_found_by_the_fuzz_test_are_read(data):
    assert parse_eml(data, SHANGHAI, NOW).complaint_text == "hello"


def test_bytes_that_are_not_a_mail_are_refused():
    with pytest.raises(InboundError) as raised:
        parse_eml(b"just some words\nno headers at all\n", SHANGHAI, NOW)
    assert raised.value.code == "inbound_not_mail"


# --- pieces -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("王建国 <wangjg@huaxin.example.cn>", ("王建国", "wangjg@huaxin.example.cn")),
        ("“王建国”<wangjg@huaxin.example.cn>;", ("王建国", "wangjg@huaxin.example.cn")),
        ('"Miller, Sarah" <s@n.example.com>', ("Sarah Miller", "s@n.example.com")),
        ("Miller, Sarah [mailto:s@n.example.com]", ("Sarah Miller", "s@n.example.com")),
        ("s@n.example.com", ("", "s@n.example.com")),
        ("李强", ("李强", "")),
    ],
)
def test_senders_as_mail_clients_write_them(value, expected):
    assert sender_of(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue, 24 Nov 2026 10:32:15 +0800", at(2026, 11, 24, 10, 32, 15)),
        ("Tue, 24 Nov 2026 02:32:15 +0000", at(2026, 11, 24, 10, 32, 15)),
        ("Tuesday, November 24, 2026 10:32 AM", at(2026, 11, 24, 10, 32)),
        ("Monday, November 23, 2026 5:10 PM", at(2026, 11, 23, 17, 10)),
        ("Tue, Nov 24, 2026 at 8:47 AM", at(2026, 11, 24, 8, 47)),
        ("24 November 2026 14:05", at(2026, 11, 24, 14, 5)),
        ("2026年11月24日 10:32", at(2026, 11, 24, 10, 32)),
        ("2026年11月24日(星期二) 下午3:15", at(2026, 11, 24, 15, 15)),
        ("2026年11月24日周二 上午12:05", at(2026, 11, 24, 0, 5)),
        ("2026-11-24 10:32:08", at(2026, 11, 24, 10, 32, 8)),
        ("2026/11/24 10:32", at(2026, 11, 24, 10, 32)),
        ("11-23 16:20", at(2026, 11, 23, 16, 20)),
        ("12-30 09:00", at(2025, 12, 30, 9, 0)),  # not yet this year: last year
        ("昨天 18:30", at(2026, 11, 23, 18, 30)),
        ("Yesterday 9:00 PM", at(2026, 11, 23, 21, 0)),
        ("10:32", at(2026, 11, 24, 10, 32)),
    ],
)
def test_times_as_mail_clients_and_chat_programs_write_them(text, expected):
    from desktop.domain.inbound_dates import parse_when

    assert parse_when(text, NOW, SHANGHAI) == expected


@pytest.mark.parametrize("text", ["", "tomorrow", "2026年11月24日", "25:70"])
def test_no_time_of_day_is_no_time(text):
    from desktop.domain.inbound_dates import parse_when

    assert parse_when(text, NOW, SHANGHAI) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("华信银行 信息科技部 经理", "华信银行"),
        ("华信银行信息科技部", "华信银行"),
        ("恒远集团有限公司", "恒远集团有限公司"),
        ("北京市第一人民医院", "北京市第一人民医院"),
        ("市财政局", "市财政局"),
        ("Northwind Traders Ltd.", "Northwind Traders Ltd."),
        ("IT Manager, Contoso Hospital", "Contoso Hospital"),
        ("Finance Director | Fabrikam, Inc.", "Fabrikam, Inc."),
        ("State University", "State University"),
        ("请你们公司尽快处理", ""),
        ("Please ask your bank", ""),
    ],
)
def test_the_organisation_in_a_signature_line(line, expected):
    from desktop.domain.inbound_signature import organisation_in

    assert organisation_in(line) == expected


# --- filling a case -----------------------------------------------------------------------------
MESSAGE = InboundMessage(
    customer="华信银行",
    contact_name="王建国",
    contact_email="wangjg@huaxin.example.cn",
    channel=Channel.EMAIL,
    received_at=at(2026, 11, 24, 10, 32),
    complaint_text="报销数据丢失了。",
)


def test_only_empty_fields_are_filled_and_typed_ones_are_asked_about():
    intake = Intake(customer="华信", contact_name="王建国", complaint_text="")
    plan = fill_plan(intake, MESSAGE)
    assert set(plan.fill) == {"contact_email", "channel", "received_at", "complaint_text"}
    assert plan.conflicts == {"customer": "华信银行"}  # the same name is no conflict
    assert plan.values(replace=False) == plan.fill
    assert plan.values(replace=True)["customer"] == "华信银行"


def test_a_time_the_user_never_chose_is_filled_without_asking():
    intake = Intake(received_at=at(2026, 11, 24, 19, 0), channel=Channel.PHONE)
    plan = fill_plan(intake, MESSAGE, blank={"received_at"})
    assert plan.fill["received_at"] == at(2026, 11, 24, 10, 32)
    assert "channel" not in plan.fill and "channel" not in plan.conflicts


def test_the_note_says_what_was_filled_in_the_users_language():
    fields = ["complaint_text", "received_at", "contact_email", "contact_name"]
    assert filled_note(fields, [], Language.ZH) == (
        "已从客户原话填入：联系人、电子邮件、收到时间、投诉内容。请核对。"
    )
    assert filled_note(fields, ["customer"], Language.EN) == (
        "Filled in from the customer's message: contact, e-mail, received time, complaint. "
        "Kept what you had typed: customer. Please check them."
    )
    assert "未填入" in filled_note([], ["customer"], Language.ZH)


def test_damaged_messages_and_mail_files_are_read_or_refused_never_crash():
    import random
    from functools import partial

    rng = random.Random(14)
    values = [*vars(samples).values(), *vars(samples_zh).values()]
    texts = [value for value in values if isinstance(value, str) and value[:1]]
    files = [value for value in vars(samples).values() if isinstance(value, bytes)]
    noise = "王经理 10:32\n>-_:：@=?utf-8?b?2026年11月24日 From: 发件人 此致 --\t\r"
    for _ in range(300):
        chars = list(rng.choice(texts))
        for _ in range(rng.randint(1, 30)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(noise))
        data = bytearray(rng.choice(files))
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        for read in (
            partial(parse_message, "".join(chars), NOW, SHANGHAI),
            partial(parse_eml, bytes(data), SHANGHAI, NOW),
        ):
            with contextlib.suppress(InboundError):  # refused with a message: fine
                assert isinstance(read(), InboundMessage)
