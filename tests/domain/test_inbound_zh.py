"""Chinese mail as it reaches an engineer: signatures without a closing, phone footers, Foxmail
copies without header labels, the subject as the case's short title, greetings to us."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.domain.complaint import Intake
from desktop.domain.enums import Channel, Language
from desktop.domain.inbound import InboundMessage, fill_plan, filled_note, parse_message
from desktop.domain.inbound_signature import is_greeting, split_signature
from tests.domain import inbound_samples_zh as samples

SHANGHAI = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # 20:00 in Shanghai


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


def read(text: str) -> InboundMessage:
    return parse_message(text, NOW, SHANGHAI)


COMPLAINT = (
    "李工，你好：\n\n你们上周上线的新系统，今天月结报表的数据全部对不上，应收账款和总账差了两百多万，"
    "财务部现在没法结账。\n我们上午打了三次电话都没人接，这样的服务我们非常不满意！\n"
    "请今天下班前给出书面说明和解决方案，否则我们将向贵公司管理层正式投诉。"
)


# --- signatures without a closing, and phone footers ----------------------------------------
def test_an_outlook_copy_signed_without_a_closing_and_sent_from_a_phone():
    message = read(samples.OUTLOOK_ZH_NO_CLOSING)
    assert message.complaint_text == COMPLAINT  # no signature, no footer, no quoted mail
    assert message.customer == "华信银行股份有限公司"
    assert message.contact_name == "王建国"  # not 李工, whom the greeting addresses
    assert message.contact_phone == "138 1234 5678"  # the mobile before the office line
    assert message.contact_email == "wangjg@huaxin.example"
    assert message.received_at == at(2026, 11, 23, 17, 42)
    assert message.channel is Channel.EMAIL


def test_both_numbers_on_one_line_and_a_huawei_footer():
    message = read(samples.OUTLOOK_ZH_REVIEW)
    assert message.complaint_text.endswith("财务部现在没法结账。")
    assert (message.customer, message.contact_phone) == ("华信银行股份有限公司", "13911112222")


@pytest.mark.parametrize(
    "footer",
    [
        "发自我的iPhone",
        "发自我的华为手机",
        "来自网易邮箱大师",
        "Sent from my iPhone",
        "从我的 iPhone 发送",
    ],
)
def test_a_phones_footer_is_not_part_of_the_complaint(footer):
    text = f"报表又打不开了，麻烦尽快看一下。\n\n王建国\n华信银行\n\n{footer}\n"
    words, signature = split_signature(text)
    assert words == "报表又打不开了，麻烦尽快看一下。"
    assert (signature.name, signature.organisation) == ("王建国", "华信银行")
    assert split_signature(f"报表又打不开了。\n\n{footer}")[0] == "报表又打不开了。"


def test_a_line_about_mail_in_the_complaint_is_not_a_footer():
    text = "系统发出的对账单不对。\n来自财务部的邮件已经转给你们了"
    assert split_signature(text)[0] == text


def test_a_signature_under_a_line_of_dashes_leaves_no_dashes_behind():
    message = read(samples.FOXMAIL_DASHES)
    assert message.complaint_text == "李工：\n今天月结报表数据全部对不上，财务没法结账！"
    assert (message.contact_name, message.customer) == ("王建国", "华信银行")


# --- greetings ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "李工，你好：",
        "李工你好",
        "王经理您好！",
        "李工：",
        "尊敬的李工：",
        "Hi Li,",
        "Dear Mr Kim,",
    ],
)
def test_greetings_to_us(line):
    assert is_greeting(line)


@pytest.mark.parametrize(
    "line", ["王建国", "张好", "华信银行 财务部", "财务部 经理", "系统又登录不了"]
)
def test_signature_lines_are_not_greetings(line):
    assert not is_greeting(line)


def test_the_greeting_and_the_department_are_never_the_senders_name():
    message = read(samples.GREETING_THEN_SIGNATURE)
    assert message.contact_name == ""  # not 李工 (greeted) nor 财务部 (of "财务部 经理")
    assert message.customer == "华信银行股份有限公司"
    assert message.complaint_text == "李工你好\n月结报表数据全部对不上"


# --- Foxmail and QQ mail copied without header labels ---------------------------------------
def test_a_foxmail_copy_without_labels_gives_the_sender_the_time_and_the_body_only():
    message = read(samples.FOXMAIL_UNLABELLED)
    assert (message.contact_name, message.contact_email) == ("王建国", "wangjg@huaxin.example")
    assert message.received_at == at(2026, 11, 23, 17, 42)
    assert message.channel is Channel.EMAIL
    assert message.customer == "华信银行"
    assert message.subject == "月结报表数据错误"
    assert message.complaint_text == (
        "李工：\n    今天月结报表数据全部对不上，财务没法结账！打了三次电话都没人接。"
    )


def test_a_chinese_date_and_english_to_lines_under_an_unlabelled_sender():
    message = read(samples.FOXMAIL_UNLABELLED_ZH_DATE)
    assert (message.contact_name, message.contact_email) == ("王建国", "wangjg@huaxin.example")
    assert message.received_at == at(2026, 11, 23, 17, 42)
    assert message.contact_phone == "138 1234 5678"
    assert message.complaint_text == (
        "李工，你好：\n系统又登录不了，全行柜面业务都停了，请马上派人处理！"
    )


@pytest.mark.parametrize(
    "when",
    ["2026-11-23 17:42", "2026年11月23日 17:42", "2026年11月23日(星期一) 下午5:42"],
)
def test_the_time_line_under_an_unlabelled_sender_as_clients_write_it(when):
    message = read(f"王建国 <wangjg@huaxin.example>\n{when}\n\n报表又打不开了，请尽快处理。")
    assert message.received_at == at(2026, 11, 23, 17, 42)
    assert message.complaint_text == "报表又打不开了，请尽快处理。"


@pytest.mark.parametrize(
    "text",
    [
        "王建国 <wangjg@huaxin.example>\n报表又打不开了，请尽快处理。",  # no time, no labels
        "李工，你好：\n2026-11-23 17:42 报表又打不开了。",
    ],
)
def test_words_that_only_look_like_an_unlabelled_header_stay_the_complaint(text):
    message = read(text)
    assert message.complaint_text == text and message.received_at is None


# --- the subject as the case's short title ----------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("【紧急】月结报表数据错误", "月结报表数据错误"),
        ("回复: 【紧急】月结报表数据错误，请尽快处理！！", "月结报表数据错误"),
        ("答复: 转发: 报销系统升级后数据丢失", "报销系统升级后数据丢失"),
        ("紧急：报表打不开", "报表打不开"),
        ("RE: FW: [URGENT] Nightly sync failing", "Nightly sync failing"),
        ("Fwd: Consultant behaviour", "Consultant behaviour"),
        ("[External] Re: Report performance", "Report performance"),
    ],
)
def test_a_subject_becomes_a_short_title_without_prefixes_tags_and_demands(subject, title):
    assert InboundMessage(subject=subject).title == title


@pytest.mark.parametrize(
    "subject",
    [
        "",
        "回复：",
        "RE:",
        "无主题",
        "(无主题)",
        "(no subject)",
        "问题",
        "你们的系统是垃圾吗？？",  # angry
        "RE: Nightly sync broken AGAIN",  # shouted
        "Why is this STILL broken",
        "关于2026年11月月结报表科目映射与总账差额两百多万元的问题以及后续处理方案的说明",  # > 40
    ],
)
def test_a_subject_that_makes_no_neutral_short_title_offers_none(subject):
    assert InboundMessage(subject=subject).title == ""


def test_the_title_fills_only_an_empty_title_field_and_the_note_names_it():
    message = read(samples.OUTLOOK_ZH_NO_CLOSING)
    assert message.title == "月结报表数据错误"
    plan = fill_plan(Intake(), message)
    assert plan.fill["title"] == "月结报表数据错误"
    assert list(plan.fill)[-1] == "title"  # the form's last field
    assert filled_note(plan.fill, [], Language.ZH) == (
        "已从客户原话填入：客户单位、联系人、电子邮件、电话、投诉渠道、收到时间、投诉内容、简短标题。"
        "请核对。"
    )
    assert "short title" in filled_note(["title"], [], Language.EN)
    typed = fill_plan(Intake(title="月结差额"), message)
    assert "title" not in typed.fill and "title" not in typed.conflicts
    assert "title" not in fill_plan(Intake(), InboundMessage(subject="回复：")).fill
