from __future__ import annotations

import pytest

from desktop.domain.classify import LabelledText, suggest
from desktop.domain.enums import ComplaintType, Subtype

T, C, P, A = (
    ComplaintType.TECHNICAL,
    ComplaintType.COMMUNICATION,
    ComplaintType.PROCESS,
    ComplaintType.ATTITUDE,
)

# written for these tests, not taken from the corpus
CHINESE = [
    ("上周升级后三个月的报销数据全没了", T),
    ("系统崩溃了三次，业务全部停摆", T),
    ("审批页面一直白屏，根本用不了", T),
    ("月底报表查询太慢，要等十几分钟", T),
    ("和 HIS 的接口报错，挂号数据同步失败", T),
    ("问题提交三天了没人回复", C),
    ("打电话找不到人，工程师也不接电话", C),
    ("问了好几次工程师都说不清楚原因", C),
    ("你们做事不主动，推一下动一下", C),
    ("每次反馈都是敷衍了事，说回去看看就没下文了", C),
    ("上线时间一拖再拖，说好的节点一个都没兑现", P),
    ("上线一个月了操作手册还没给我们", P),
    ("需求改来改去，谁也说不清现在是哪个版本", P),
    ("你们工程师说话太冲了，把我们的人训了一顿", A),
    ("顾问很不耐烦，总是打断我们说话", A),
    ("现场顾问高高在上，说我们的人不懂系统", A),
]
ENGLISH = [
    ("After the upgrade three months of expense claims are gone", T),
    ("The application crashes every morning when we open the ledger", T),
    ("The month-end report takes twenty minutes to load", T),
    ("The interface to the billing system keeps failing and orders don't sync", T),
    ("We emailed four days ago and still no reply from anyone", C),
    ("Your engineer could not explain why the totals differ", C),
    ("We had to chase your team for every single update", C),
    ("They closed the ticket without fixing anything", C),
    ("The go-live has slipped for the third time", P),
    ("We still have no user manual for the admin console", P),
    ("You changed the approval rules in production without telling anyone", P),
    ("Your consultant was rude to our staff and raised his voice", A),
    ("The trainer kept interrupting and said he had already explained it", A),
    ("He was condescending and told us our people don't know how to use it", A),
]
NOT_COMPLAINTS = ["你好，见附件", "Hi, please see attached.", "", "   "]


def _right(cases: list[tuple[str, ComplaintType]]) -> float:
    said = [suggest(text) for text, _ in cases]
    return sum(
        s is not None and s.complaint_type is kind for s, (_, kind) in zip(said, cases, strict=True)
    )


@pytest.mark.parametrize(("cases", "floor"), [(CHINESE, 14), (ENGLISH, 12)])
def test_plain_complaints_get_their_type(cases, floor):
    assert _right(cases) >= floor


@pytest.mark.parametrize("text", NOT_COMPLAINTS)
def test_text_that_is_no_complaint_gets_no_suggestion(text):
    assert suggest(text) is None


def test_the_reviewers_complaint_gets_a_suggestion_and_both_its_sides():
    text = "上线第一天财务报表模板就出错，月结数据对不上，打了三次电话也没人给个说法"
    suggestion = suggest(text)
    assert suggestion is not None and {suggestion.complaint_type, suggestion.also} == {T, C}
    assert "没人给个说法" in suggestion.cues
    # the clause that speaks for the other side, as the user wrote it
    said = {
        T: ("上线第一天财务报表模板就出错", "月结数据对不上"),
        C: ("打了三次电话也没人给个说法",),
    }
    assert suggestion.also is not None and suggestion.also_cue in said[suggestion.also]


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("项目延期了两个月，问你们进度也没人回", {P, C}),
        (
            "The system crashed twice and we lost orders, "
            "and nobody answered our calls for two days",
            {T, C},
        ),
    ],
)
def test_a_mixed_complaint_names_a_second_type(text, both):
    suggestion = suggest(text)
    assert suggestion is not None
    assert {suggestion.complaint_type, suggestion.also} == both
    assert 0.5 <= suggestion.also_confidence < 1
    assert suggestion.also_span is not None
    start, end = suggestion.also_span
    assert text[start:end] == suggestion.also_cue and suggestion.also_cue.strip() == (
        suggestion.also_cue
    )


@pytest.mark.parametrize(
    "text",
    [
        "升级以后门店的会员积分全没了，顾客在收银台跟我们吵",
        "Your consultant rolled his eyes when our finance lead asked a question.",
        "说好十月底上线，现在又说要推到明年一月",
    ],
)
def test_a_complaint_of_one_kind_names_no_second(text):
    suggestion = suggest(text)
    assert suggestion is not None and suggestion.also is None and suggestion.also_cue == ""


def test_the_phrases_that_weighed_are_the_user_s_own_words():
    text = "我们在群里问了三天，一直没人回消息，到现在还没人给个说法"
    suggestion = suggest(text)
    assert suggestion is not None and suggestion.cues
    spans = zip(suggestion.cues, suggestion.spans, strict=True)
    assert all(text[start:end] == cue for cue, (start, end) in spans)
    assert any("没人" in cue for cue in suggestion.cues)


def test_a_suggestion_is_never_certain():
    for text, _ in CHINESE + ENGLISH:
        suggestion = suggest(text)
        assert suggestion is None or 0 < suggestion.confidence <= 0.99


def test_a_subtype_belongs_to_the_suggested_type():
    for text, _ in CHINESE + ENGLISH:
        suggestion = suggest(text)
        if suggestion is not None:
            assert suggestion.subtype is not None
            assert suggestion.subtype.complaint_type is suggestion.complaint_type


def test_after_a_handful_of_corrections_a_similar_complaint_follows_the_user():
    # this team files complaints about training as communication (unclear explanation)
    corrected = [
        "培训老师讲得太快了，我们的人都没跟上",
        "培训的时候老师一直赶进度，大家都没听明白",
        "培训一上午讲完全部模块，老师讲得太快",
        "老师培训讲得太快，问问题也来不及",
        "这次培训节奏太快，仓库的人基本没学会",
    ]
    new = "培训老师讲得太快，财务的人都没跟上"
    before = suggest(new)
    assert before is not None
    target = C if before.complaint_type is not C else P
    subtype = Subtype.UNCLEAR_EXPLANATION if target is C else Subtype.MISSING_DOCUMENTS
    learned = [LabelledText(text, target, subtype) for text in corrected]
    after = suggest(new, learned)
    assert after is not None
    assert after.complaint_type is target and after.subtype is subtype
    assert suggest(new) == before  # the shipped model is not changed by it


def test_a_clause_the_customer_puts_aside_names_no_second_type():
    suggestion = suggest("系统本身没什么毛病，就是出了问题找不到人，工单提了五天没人理")
    assert suggestion is not None and suggestion.complaint_type is C and suggestion.also is None
