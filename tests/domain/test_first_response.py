"""The first-response message: filled from the case and the signer, never a {name}, never the
customer's own words quoted back."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.complaint import Case
from desktop.domain.customers import Contact, Customer
from desktop.domain.enums import CaseStatus, ComplaintType, Language, Stage, Subtype
from desktop.domain.first_response import draft_script, refill, script_template, script_values
from desktop.domain.letter import Signer

SHANGHAI = ZoneInfo("Asia/Shanghai")
PROMISE = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 17:00 in Shanghai
ANGRY = "你们的系统垃圾透顶，月结报表全是错的！"
SIGNED = Signer("李明", "实施顾问", "远航软件有限公司", "138 0000 1234", "li@example.com", "")
SIGNED_EN = Signer("Li Ming", "Consultant", "Voyage Software Ltd", "", "li@example.com", "")


def case(kind: ComplaintType | None, subtype: Subtype | None = None) -> Case:
    made = Case(
        id=1,
        number="C-2026-0001",
        uuid="",
        status=CaseStatus.OPEN,
        stage=Stage.FIRST_RESPONSE,
        last_page=Stage.FIRST_RESPONSE,
        created_at=PROMISE,
        updated_at=PROMISE,
    )
    made.intake.customer, made.intake.contact_name = "华信银行", "王经理"
    made.intake.complaint_text = made.intake.title = ANGRY
    made.classification.complaint_type, made.classification.subtype = kind, subtype
    return made


@pytest.mark.parametrize("kind", [None, *ComplaintType])
@pytest.mark.parametrize("lang", list(Language))
def test_every_template_fills_completely_from_a_full_profile(kind, lang):
    signer = SIGNED if lang is Language.ZH else SIGNED_EN
    values = script_values(case(kind), signer, lang, PROMISE, SHANGHAI)
    draft = draft_script(script_template(kind, lang), values, lang)
    assert draft.ready, draft.missing
    assert "{" not in draft.text and "【" not in draft.text
    assert ANGRY not in draft.text and "垃圾" not in draft.text
    assert "王经理" in draft.text
    assert signer.name in draft.text and signer.company in draft.text
    assert ("2026年11月25日 17:00" if lang is Language.ZH else "25 Nov 2026, 17:00") in draft.text
    assert ANGRY not in draft.subject


def test_the_issue_is_named_in_our_words_from_the_subtype():
    values = script_values(
        case(ComplaintType.TECHNICAL, Subtype.DATA_LOSS), SIGNED, Language.ZH, PROMISE, SHANGHAI
    )
    draft = draft_script(script_template(ComplaintType.TECHNICAL, Language.ZH), values, Language.ZH)
    assert "数据丢失，给您和贵行的工作带来了影响" in draft.text  # 华信银行 is a bank
    assert draft.subject == "关于数据丢失的回复"


def test_the_message_greets_the_contact_by_title_and_names_the_organisation_as_it_is():
    made = case(ComplaintType.PROCESS)
    made.intake.customer, made.intake.contact_name = "上海市第一人民医院", "李娜"
    record = Customer("上海市第一人民医院", contacts=(Contact("李娜", title="主任"),), id=1)
    values = script_values(made, SIGNED, Language.ZH, PROMISE, SHANGHAI, record)
    draft = draft_script(script_template(ComplaintType.PROCESS, Language.ZH), values, Language.ZH)
    assert draft.text.startswith("李主任，您好！")
    assert "给贵院的计划和工作带来了困扰" in draft.text and "贵单位" not in draft.text


def test_what_the_profile_lacks_is_asked_for_in_words():
    bare = Signer("", "", "", "", "", "")
    values = script_values(case(ComplaintType.TECHNICAL), bare, Language.ZH, PROMISE, SHANGHAI)
    draft = draft_script(script_template(ComplaintType.TECHNICAL, Language.ZH), values, Language.ZH)
    assert "{" not in draft.text
    assert "【你的姓名】" in draft.text and "【你的电话或邮箱】" in draft.text
    assert set(draft.missing) == {"你的姓名", "你的职务", "你的公司", "你的电话或邮箱"}


def test_an_email_stands_in_for_a_missing_phone():
    values = script_values(case(None), SIGNED_EN, Language.EN, PROMISE, SHANGHAI)
    assert values["phone"] == "li@example.com"


def test_a_kept_script_is_healed_and_its_edits_kept():
    old = "王经理，您好！\n\n我是{company}的{engineer}。关于“{title}”……我加的一句。\n\n【你的职务】"
    values = script_values(case(ComplaintType.TECHNICAL), SIGNED, Language.ZH, PROMISE, SHANGHAI)
    healed = refill(old, values, Language.ZH)
    assert healed.ready
    assert "远航软件有限公司的李明" in healed.text and "我加的一句" in healed.text
    assert "实施顾问" in healed.text
    assert ANGRY not in healed.text  # {title} is the neutral issue, not the complaint


@pytest.mark.parametrize("lang", list(Language))
@pytest.mark.parametrize("main", list(ComplaintType))
@pytest.mark.parametrize("also", list(ComplaintType))
def test_a_mixed_complaint_answers_its_other_part_in_one_sentence(main, also, lang):
    made = case(main)
    made.classification.also_type = also
    signer = SIGNED if lang is Language.ZH else SIGNED_EN
    values = script_values(made, signer, lang, PROMISE, SHANGHAI)
    text = draft_script(script_template(main, lang), values, lang).text
    answered = {
        ComplaintType.TECHNICAL: ("一并排查", "look into the fault you reported"),
        ComplaintType.COMMUNICATION: ("没有及时给您答复", "get back to you sooner"),
        ComplaintType.PROCESS: ("明确的计划", "give you a clear plan"),
        ComplaintType.ATTITUDE: ("态度不妥", "the way our colleague spoke"),
    }[also][0 if lang is Language.ZH else 1]
    assert (answered in text) is (also is not main)
    assert "{" not in text and "  " not in text and "。。" not in text and ".." not in text
