"""The apology letter read back as a customer reads it, against ../shared/LETTERS.md."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

import pytest

from desktop.domain.complaint import Compensation
from desktop.domain.enums import (
    CommitmentKind,
    CompensationKind,
    ComplaintType,
    EventKind,
    Language,
    Severity,
    Subtype,
)
from desktop.domain.errors import ValidationError
from desktop.domain.letter import (
    LetterFacts,
    fill_template,
    split_legacy_letter,
    text_language,
)
from desktop.domain.letter_phrases import as_sentence, compensation_phrase
from desktop.domain.settings import Profile
from desktop.domain.tone import apology_gaps, check
from tests.documents.conftest import make_case
from tests.documents.test_documents import all_text, assert_fonts_embedded, read

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def lines_of(data: bytes) -> list[str]:
    return [line.strip() for line in all_text(read(data)).split("\n") if line.strip()]


def letter_pdf(services, case, lang, facts=None):
    draft = services.documents.letter_draft(case, lang, facts)
    return services.documents.letter_job(case, draft)(), draft


def test_a_chinese_letter_follows_the_convention_line_by_line(services, chinese_case):
    data, _draft = letter_pdf(services, chinese_case, Language.ZH)
    lines = lines_of(data)
    joined = "".join(lines)
    assert lines[0] == "云帆软件有限公司"  # letterhead
    title = lines.index("致歉函")
    assert lines[title + 1] == "关于数据丢失的说明"  # neutral subject, not the complaint
    assert lines[title + 2] == "尊敬的王建国："  # salutation, full-width colon
    assert "由于我方在实施和配置工作中出现疏漏" in joined and "深表歉意" in joined
    assert "经调查，问题的原因是：升级脚本跳过了备份校验。" in joined  # a sentence, with 。
    # a bank is 贵行 throughout, and a grave case is not a mere inconvenience
    assert "贵行向我们反映了数据丢失的问题" in joined and "贵公司" not in joined
    assert "给贵行的工作造成了较大的影响" in joined and "不便" not in joined
    assert "为表歉意，我们将免费为贵行提供培训一次。" in joined  # compensation as a sentence
    assert "我们承诺：将于" in joined and "向您通报处理进展" in joined  # from the ledger
    closing = lines.index("此致")
    assert lines[closing + 1] == "敬礼！"
    assert lines[closing + 2 :] == ["云帆软件有限公司", "李明 高级实施工程师", "2026年11月24日"]
    assert lines.count("2026年11月24日") == 1  # the date once
    assert "三个月的报销数据丢失了" not in joined  # the complaint is never quoted
    assert "升级前强制执行备份校验清单" not in joined  # the internal lesson is not a promise
    assert chinese_case.number not in joined  # the case number is internal
    assert "{" not in joined
    assert_fonts_embedded(read(data))
    assert apology_gaps(_draft.body, Language.ZH) == []  # owns the fault, offers repair
    assert check(_draft.body, Language.ZH) == []  # and nothing for the tone check to flag


def test_an_english_letter_is_a_block_letter_with_no_chinese_character(services, clock):
    case = make_case(
        services,
        clock,
        customer="Northwind Traders",
        contact="Sarah Miller",
        complaint="After the upgrade three months of claims are gone. Nobody called us back!",
    )
    case = _english_actions(services, case)
    data, draft = letter_pdf(services, case, Language.EN)
    lines = lines_of(data)
    joined = " ".join(lines)
    assert draft.language is Language.EN
    assert lines[0] == "Yunfan Software Co., Ltd."
    assert lines[2] == "24 November 2026" and lines.count("24 November 2026") == 1
    assert lines[3:5] == ["Sarah Miller", "Northwind Traders"]  # the inside address
    assert lines[5] == "Re: The loss of data"
    assert lines[6] == "Dear Sarah Miller,"
    assert "we are truly sorry" in joined
    assert lines[-6:] == [
        "Yours sincerely,",
        "Li Ming",
        "Senior Implementation Engineer",
        "Yunfan Software Co., Ltd.",
        "138 0013 8000",
        "liming@example.com",
    ]
    assert not CJK.search(joined), CJK.findall(joined)
    assert apology_gaps(draft.body, Language.EN) == [] and check(draft.body, Language.EN) == []
    assert "claims are gone" not in joined and "Nobody called" not in joined


def _english_actions(services, case):
    from desktop.domain.complaint import Action

    for action in case.actions:
        services.cases.update_part(Action, action.id, description="Restore and check the data")
    assert services.documents.letter_facts(case, Language.EN).what_happened == ""  # Chinese
    services.cases.set_investigation(case.id, root_cause="the upgrade script skipped a check")
    for compensation in case.compensations:
        services.cases.delete_part(Compensation, compensation.id)
    return services.cases.get(case.id)


def test_the_letters_language_is_the_customers(services, clock):
    english = make_case(services, clock, customer="Northwind", complaint="The report is wrong.")
    chinese = make_case(services, clock)
    assert services.documents.letter_language(english) is Language.EN
    assert services.documents.letter_language(chinese) is Language.ZH
    assert text_language("The ERP 报表 module broke again and again") is Language.EN
    assert text_language("上线第一天财务报表就出错, ERP") is Language.ZH


def test_a_section_with_nothing_to_say_is_left_out(services, clock):
    case = make_case(services, clock, actions=0)
    for compensation in case.compensations:
        services.cases.delete_part(Compensation, compensation.id)
    case = services.cases.get(case.id)
    draft = services.documents.letter_draft(case, Language.ZH)
    assert "为表歉意" not in draft.body
    assert "已采取以下措施" not in draft.body and "接下来" not in draft.body
    assert "\n\n\n" not in draft.body


def test_nobody_sends_an_unsigned_letter(services, chinese_case):
    services.settings.save_profile(Profile())
    services.settings.save_letterhead(
        dataclasses.replace(services.settings.letterhead(), company="")
    )
    draft = services.documents.letter_draft(chinese_case, Language.ZH)
    with pytest.raises(ValidationError) as refused:
        services.documents.letter_job(chinese_case, draft)
    assert refused.value.code == "unsigned"
    assert services.documents.unsigned(Language.ZH) == [
        "name",
        "title",
        "company",
        "phone",
        "email",
    ]
    services.settings.save_profile(Profile("李明", "工程师", "云帆", email="li@example.com"))
    assert services.documents.unsigned(Language.ZH) == []
    assert services.documents.unsigned(Language.EN) == ["name", "title"]  # company: letterhead


def test_a_placeholder_left_is_named_in_words_a_person_understands(services, chinese_case):
    services.cases.classify(chinese_case.id, subtype=None)
    case = services.cases.get(chinese_case.id)
    draft = services.documents.letter_draft(case, Language.ZH)
    assert draft.missing == ("issue",)
    assert "【出了什么问题】" in draft.body and "{" not in draft.body  # words, never {issue}
    with pytest.raises(ValidationError) as refused:
        services.documents.letter_job(case, draft)
    message = refused.value.message(Language.ZH)
    assert "出了什么问题" in message and "{" not in message
    facts = LetterFacts(issue="月结报表数据错误")
    filled = services.documents.letter_draft(case, Language.ZH, facts, fresh=True)
    assert filled.missing == () and filled.subject == "关于月结报表数据错误的说明"
    typed = dataclasses.replace(filled, body=filled.body + "{what_happened}")  # hand-typed
    with pytest.raises(ValidationError) as refused:
        services.documents.letter_job(case, typed)
    assert "发生了什么" in refused.value.message(Language.ZH)


def test_what_the_letter_says_goes_back_to_the_case(services, clock, tmp_path):
    case = make_case(services, clock)
    for compensation in case.compensations:
        services.cases.delete_part(Compensation, compensation.id)
    services.cases.set_investigation(case.id, root_cause="")
    case = services.cases.get(case.id)
    due = clock.now + timedelta(days=5)
    facts = LetterFacts(
        issue="报销数据丢失",
        what_happened="升级脚本没有先校验备份",
        compensation="免费提供两天现场驻场支持",
        commitment="向您提交书面整改报告",
        commitment_due=due,
    )
    draft = services.documents.letter_draft(case, Language.ZH, facts, fresh=True)
    assert "我们将免费提供两天现场驻场支持" in draft.body
    assert "向您提交书面整改报告" in draft.body
    data = services.documents.letter_job(case, draft)()
    services.documents.save_letter(case.id, tmp_path / "l.pdf", data, draft, facts)
    saved = services.cases.get(case.id)
    assert [c.description for c in saved.compensations] == ["免费提供两天现场驻场支持"]
    promise = [c for c in saved.commitments if c.description == "向您提交书面整改报告"]
    assert promise and promise[0].kind is CommitmentKind.PROMISE and promise[0].due_at == due
    assert saved.investigation.root_cause == "升级脚本没有先校验备份"
    assert saved.letter_subject == "关于报销数据丢失的说明"
    assert saved.letter_salutation == "尊敬的王建国：" and saved.letter_language == "zh_CN"
    assert saved.timeline[-1].kind is EventKind.LETTER_EXPORTED
    again = services.documents.letter_draft(saved, Language.ZH)
    assert again.body == draft.body  # the exported letter is the one shown next time
    # and its fields say what it says: opened again, nothing looks edited by hand
    facts_again = services.documents.letter_facts(saved, Language.ZH)
    assert facts_again.issue == "报销数据丢失"
    fields = services.documents.letter_draft(saved, Language.ZH, facts_again, fresh=True)
    assert fields.body == draft.body


@pytest.mark.parametrize("lang", [Language.ZH, Language.EN])
def test_every_promise_is_in_one_sentence_said_once(services, clock, lang):
    case = make_case(services, clock)  # its first response promised a progress report
    due = clock.now + timedelta(days=5)
    typed = "向您提交书面整改报告" if lang is Language.ZH else "send you a written report"
    facts = dataclasses.replace(
        services.documents.letter_facts(case, lang), commitment=typed, commitment_due=due
    )
    body = services.documents.letter_draft(case, lang, facts, fresh=True).body
    opener = "我们承诺" if lang is Language.ZH else "We commit to"
    assert body.count(opener) == 1 and body.count(typed) == 1
    assert "; and" not in body and "。 " not in body
    services.cases.add_promise(case.id, typed, due)  # exported once: now in the ledger too
    again = services.documents.letter_draft(services.cases.get(case.id), lang, facts, fresh=True)
    assert again.body.count(typed) == 1


@pytest.mark.parametrize(
    ("customer", "severity", "you", "zh_impact", "en_impact"),
    [
        ("华东制造有限公司", Severity.LOW, "贵公司", "带来了不便", "sorry for the disruption"),
        ("复旦大学", None, "贵校", "带来了不便", "sorry for the disruption"),
        ("瑞金医院", Severity.HIGH, "贵院", "造成了较大的影响", "the serious disruption"),
        (
            "浦东新区税务局",
            Severity.CRITICAL,
            "贵局",
            "造成了严重的影响",
            "the severe disruption",
        ),
        (
            "浙江省农村信用社联合社",
            Severity.MEDIUM,
            "贵社",
            "带来了不便",
            "sorry for the disruption",
        ),
    ],
)
def test_the_letter_names_the_customer_as_its_kind_and_weighs_the_harm(
    services, clock, customer, severity, you, zh_impact, en_impact
):
    case = make_case(services, clock, customer=customer)
    services.cases.update_intake(case.id, severity=severity)
    services.cases.classify(case.id, subtype=Subtype.PERFORMANCE)
    case = services.cases.get(case.id)
    chinese = services.documents.letter_draft(case, Language.ZH).body
    others = {"贵公司", "贵行", "贵院", "贵校", "贵单位", "贵局", "贵社"} - {you}
    assert chinese.startswith("2026年11月21日，" + you + "向我们反映了")
    assert f"给{you}的工作{zh_impact}，这是我们的责任" in chinese
    assert f"再次向{you}致以诚挚的歉意，感谢{you}的理解与支持。" in chinese
    assert f"免费为{you}提供培训一次" in chinese
    assert not any(other in chinese for other in others)
    english = services.documents.letter_draft(case, Language.EN).body
    assert en_impact in english and "{" not in english


def test_lost_data_is_never_a_mere_inconvenience(services, clock):
    case = make_case(services, clock, customer="华东制造有限公司")  # data loss
    services.cases.update_intake(case.id, severity=Severity.LOW)
    case = services.cases.get(case.id)
    assert (
        "给贵公司的工作造成了较大的影响" in services.documents.letter_draft(case, Language.ZH).body
    )
    assert "the serious disruption" in services.documents.letter_draft(case, Language.EN).body


def test_a_complaint_made_today_is_said_to_be_today(services, clock):
    case = make_case(services, clock)
    services.cases.update_intake(case.id, received_at=clock.now - timedelta(hours=1))
    case = services.cases.get(case.id)
    chinese = services.documents.letter_draft(case, Language.ZH).body
    assert chinese.startswith("今天，贵行向我们反映了") and "2026" not in chinese.split("。")[0]
    english = services.documents.letter_draft(case, Language.EN).body
    opening = english.split(". It was caused")[0]
    assert opening.endswith("which you reported to us") and "2026" not in opening


@pytest.mark.parametrize(
    ("kind", "description", "value", "said"),
    [
        (
            CompensationKind.ONSITE_SUPPORT,
            "提供两天现场驻场支持",
            "",
            "免费为贵公司提供两天现场驻场支持",
        ),
        (CompensationKind.ONSITE_SUPPORT, "两天", "两天", "免费为贵公司提供两天现场驻场支持"),
        (
            CompensationKind.EXTENDED_MAINTENANCE,
            "维护服务延长三个月",
            "",
            "免费为贵公司将维护服务延长三个月",
        ),
        (
            CompensationKind.ONSITE_SUPPORT,
            "派两名工程师驻场三天，帮助核对BOM",
            "",
            "我们将派两名工程师驻场三天，帮助核对BOM",
        ),
        (
            CompensationKind.OTHER,
            "Waive the support fee for December",
            "",
            "we will waive the support fee for December",
        ),
        (
            CompensationKind.ONSITE_SUPPORT,
            "two days of on-site support free of charge",
            "",
            "provide two days of on-site support free of charge",
        ),
    ],
)
def test_an_offer_described_in_full_is_said_once(kind, description, value, said):
    lang = Language.EN if description.isascii() else Language.ZH
    phrase = compensation_phrase([Compensation(0, kind, description, value)], lang)
    assert phrase.endswith(said) and "（" not in phrase and "(" not in phrase


def test_an_english_series_of_promises_reads_as_english():
    from desktop.domain.letter_phrases import series

    assert series(["A"]) == "A"
    assert series(["A", "B"]) == "A and B"
    assert series(["A", "B", "C"]) == "A, B, and C"


def test_typed_fragments_become_sentences():
    assert as_sentence("修复报表模板", Language.ZH) == "修复报表模板。"
    assert as_sentence("修复报表模板，", Language.ZH) == "修复报表模板。"
    assert as_sentence("已修复！", Language.ZH) == "已修复！"
    assert as_sentence("fix the template", Language.EN) == "Fix the template."
    assert as_sentence("  the sync job; ", Language.EN) == "The sync job."


def test_a_value_ending_in_a_full_stop_before_one_gives_one():
    from desktop.domain.letter import fill_template

    filled, _ = fill_template(
        "I am {engineer} from {company}.[[ Call {phone}.]]",
        {"engineer": "Li Ming", "company": "Yunfan Software Co., Ltd.", "phone": "555."},
    )
    assert filled == "I am Li Ming from Yunfan Software Co., Ltd. Call 555."
    assert fill_template("{a}。", {"a": "已恢复。"})[0] == "已恢复。"


def test_optional_parts_of_a_template_go_when_empty():
    template = "[[{a}，]]贵公司遇到了{issue}。\n\n[[为表歉意，{b}。]]\n\n再次致歉。"
    body, missing = fill_template(template, {"a": "", "b": "", "issue": "X"})
    assert body == "贵公司遇到了X。\n\n再次致歉。" and missing == ()
    body, missing = fill_template(template, {"a": "昨天", "b": "免费培训", "issue": ""})
    assert body.startswith("昨天，贵公司遇到了{issue}。") and missing == ("issue",)


def test_a_letter_saved_by_the_first_release_keeps_its_words():
    old = "尊敬的王经理：\n\n您好！对于报表错误我们深表歉意。\n\n此致\n敬礼！\n"
    assert split_legacy_letter(old) == ("尊敬的王经理：", "您好！对于报表错误我们深表歉意。")
    english = "Dear Sarah,\n\nWe are sorry.\n\nYours sincerely,"
    assert split_legacy_letter(english) == ("Dear Sarah,", "We are sorry.")


def test_english_report_and_brief_are_signed_in_english(services, chinese_case):
    for job in (services.documents.report_job, services.documents.brief_job):
        text = all_text(read(job(chinese_case, Language.EN)()))
        assert "Li Ming" in text and "李明" not in text


def test_the_document_service_says_which_facts_the_letter_still_asks_for(services):
    text = "尊敬的王经理：\n关于【出了什么问题】，我们深表歉意。{what_happened}"
    facts = ("issue", "what_happened", "compensation", "commitment")
    assert services.documents.facts_to_fill(text, Language.ZH, facts) == ["issue"]
    with pytest.raises(ValidationError) as refused:
        services.documents.check_script(text)
    assert refused.value.field == "response_script"
    assert "出了什么问题" in refused.value.message(Language.ZH)
    assert "发生了什么" in refused.value.message(Language.ZH)
    services.documents.check_script("王经理您好：我们已收到您的反馈，今天下午五点前回复。")


def test_an_exported_subject_gives_back_what_went_wrong():
    from desktop.domain.letter import default_subject, issue_of_subject

    for issue, lang in (
        ("报表错误", Language.ZH),
        ("the month-end report errors", Language.EN),
        ("ERP outage", Language.EN),
    ):
        assert issue_of_subject(default_subject(issue, lang)) == issue
    assert issue_of_subject("Our apology") == ""


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (Language.ZH, "11月30日前提交书面整改报告", "于2026年11月30日前提交书面整改报告"),
        (Language.EN, "send the written report by 30 November", "send the written report by 30"),
    ],
)
def test_a_promise_typed_with_its_own_date_says_the_date_once(lang, typed, said):
    from datetime import UTC, datetime

    from desktop.domain.letter_phrases import commitment_sentence

    due = datetime(2026, 11, 30, 10, tzinfo=UTC)
    sentence = commitment_sentence([], datetime(2026, 11, 25, tzinfo=UTC), UTC, lang, (typed, due))
    assert said in sentence
    assert sentence.count("30") == 1


def test_chinese_left_in_an_english_letter_is_quoted_whole_with_its_latin():
    from desktop.domain.letter import chinese_in_english

    said = "1. 从升级前的备份恢复全部BOM数据，并和客户逐条核对, by 27 November. Dear 王建国"
    assert chinese_in_english(said) == ["从升级前的备份恢复全部BOM数据，并和客户逐条核对", "王建国"]


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (Language.ZH, "每周五下午书面汇报恢复进度", "我们承诺：将每周五下午书面汇报恢复进度。"),
        (Language.EN, "report progress every Friday", "We commit to report progress every"),
    ],
)
def test_a_promise_kept_again_and_again_is_not_given_a_date_to_be_done_by(lang, typed, said):
    from datetime import UTC, datetime

    from desktop.domain.letter_phrases import commitment_sentence

    due = datetime(2026, 11, 28, 10, tzinfo=UTC)
    sentence = commitment_sentence([], datetime(2026, 11, 25, tzinfo=UTC), UTC, lang, (typed, due))
    assert said in sentence and "28" not in sentence


def test_a_mixed_complaint_is_answered_in_full_in_the_letter(services, clock):
    """A wrong report *and* nobody calling back: the letter owns both, right after the
    apology, and the PDF reads so."""
    case = make_case(services, clock)  # a bank, data loss
    services.cases.classify(case.id, also_type=ComplaintType.COMMUNICATION)
    case = services.cases.get(case.id)
    data, draft = letter_pdf(services, case, Language.ZH)
    apology = "给贵行的工作造成了较大的影响，这是我们的责任，对此我们深表歉意。"
    owned = (
        "此外，问题发生后，我们未能及时回应贵行的询问、主动通报处理进展，对此我们同样深表歉意。"
        "我们将全力解决问题"
    )
    assert apology + owned in draft.body
    assert owned[:20] in "".join(lines_of(data))
    assert apology_gaps(draft.body, Language.ZH) == [] and check(draft.body, Language.ZH) == []
    english = services.documents.letter_draft(case, Language.EN).body
    assert (
        "it has caused you. We are also sorry that we did not answer you promptly or keep you "
        "informed once the problem began. We will put it right"
    ) in english
    # the same case with one type only reads as before
    services.cases.classify(case.id, also_type=None)
    plain = services.documents.letter_draft(services.cases.get(case.id), Language.ZH).body
    assert "此外" not in plain and apology + "我们将全力解决问题" in plain


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("为表歉意，免费提供两天现场驻场支持", "为表歉意，我们将免费为贵行提供两天现场驻场支持。"),
        ("为表示歉意，我们将派两名工程师驻场三天", "为表歉意，我们将派两名工程师驻场三天。"),
        ("我们将派两名工程师驻场三天", "为表歉意，我们将派两名工程师驻场三天。"),
    ],
)
def test_an_offer_typed_with_the_letters_own_opening_says_it_once(services, clock, typed, said):
    case = make_case(services, clock)
    for offer in case.compensations:
        services.cases.delete_part(Compensation, offer.id)
    services.cases.add_part(case.id, Compensation(0, CompensationKind.ONSITE_SUPPORT, typed))
    body = services.documents.letter_draft(services.cases.get(case.id), Language.ZH).body
    assert said in body
    assert body.count("为表") == 1 and "我们将我们将" not in body
