from __future__ import annotations

import pytest

from desktop.domain.classify import suggest
from desktop.domain.enums import ComplaintType, Subtype

T, C, P, A = (
    ComplaintType.TECHNICAL,
    ComplaintType.COMMUNICATION,
    ComplaintType.PROCESS,
    ComplaintType.ATTITUDE,
)

CHINESE = [
    ("上周升级后三个月的报销数据丢失了", T, Subtype.DATA_LOSS),
    ("昨天的订单数据没了，财务没法结账", T, Subtype.DATA_LOSS),
    ("导入以后历史数据被覆盖，客户很着急", T, Subtype.DATA_LOSS),
    ("系统崩溃了三次，业务全部停摆", T, Subtype.FUNCTION_FAILURE),
    ("审批页面一直白屏，根本用不了", T, Subtype.FUNCTION_FAILURE),
    ("报表模块打不开，点了就报错", T, Subtype.FUNCTION_FAILURE),
    ("月底报表查询太慢，要等十几分钟", T, Subtype.PERFORMANCE),
    ("高峰期系统卡顿严重，员工怨声载道", T, Subtype.PERFORMANCE),
    ("页面经常超时，性能太差", T, Subtype.PERFORMANCE),
    ("和 HIS 的接口报错，挂号数据同步失败", T, Subtype.INTERFACE_ERROR),
    ("对接银行的接口每天都出问题", T, Subtype.INTERFACE_ERROR),
    ("打印机驱动有 bug，单据打不出来", T, Subtype.FUNCTION_FAILURE),
    ("问题提交三天了没人回复", C, Subtype.SLOW_RESPONSE),
    ("打电话找不到人，工程师也不接电话", C, Subtype.SLOW_RESPONSE),
    ("邮件发出去石沉大海，一直没回复", C, Subtype.SLOW_RESPONSE),
    ("问了好几次工程师都说不清楚原因", C, Subtype.UNCLEAR_EXPLANATION),
    ("解释不清，我们完全听不懂", C, Subtype.UNCLEAR_EXPLANATION),
    ("你们做事不主动，推一下动一下", C, Subtype.LACK_OF_INITIATIVE),
    ("每次反馈都是敷衍了事", C, Subtype.PERFUNCTORY),
    ("说回去看看，结果不了了之，没有下文", C, Subtype.PERFUNCTORY),
    ("项目已经延期两个月了", P, Subtype.SCHEDULE_DELAY),
    ("上线时间一拖再拖，进度完全失控", P, Subtype.SCHEDULE_DELAY),
    ("里程碑又延误了，我们领导很不满", P, Subtype.SCHEDULE_DELAY),
    ("上线一个月了操作手册还没给我们", P, Subtype.MISSING_DOCUMENTS),
    ("培训资料和文档都不齐全", P, Subtype.MISSING_DOCUMENTS),
    ("需求变更没有记录，版本混乱", P, Subtype.CHANGE_CHAOS),
    ("需求改来改去，谁也说不清现在是哪个版本", P, Subtype.CHANGE_CHAOS),
    ("你们工程师态度太差了", A, Subtype.HARSH_TONE),
    ("客服语气生硬，像在训人", A, Subtype.HARSH_TONE),
    ("顾问很不耐烦，总是打断我们说话", A, Subtype.IMPATIENCE),
    ("现场顾问很傲慢，看不起我们的业务人员", A, Subtype.ARROGANCE),
    ("对方高高在上，说我们不懂系统", A, Subtype.ARROGANCE),
    # mixed: the stronger side wins, both sets of cues are seen
    ("系统崩溃数据丢失，打电话还没人回复", T, Subtype.DATA_LOSS),
    ("工程师态度傲慢又不耐烦，报表还有点慢", A, None),
    ("项目延期还不主动沟通，进度一拖再拖", P, Subtype.SCHEDULE_DELAY),
    # negations
    ("虽然没有数据丢失，但系统太慢了", T, Subtype.PERFORMANCE),
    ("并没有系统崩溃，只是工程师态度很差", A, Subtype.HARSH_TONE),
    ("不是接口报错，是项目一直延期", P, Subtype.SCHEDULE_DELAY),
]
CHINESE_NONE = [
    "我们想了解一下下个季度的合作计划",
    "请帮忙安排下周的例会",
    "没有数据丢失",
    "谢谢你们的帮助",
]

ENGLISH = [
    ("After the upgrade three months of expense claims are gone: data loss!", T, Subtype.DATA_LOSS),
    ("We lost data from last week's orders", T, Subtype.DATA_LOSS),
    ("Records were overwritten by the import", T, Subtype.DATA_LOSS),
    ("The application crashes every morning", T, Subtype.FUNCTION_FAILURE),
    ("The approval screen is broken and shows an error", T, Subtype.FUNCTION_FAILURE),
    ("Printing does not work since Friday", T, Subtype.FUNCTION_FAILURE),
    ("The month-end report is so slow it takes minutes", T, Subtype.PERFORMANCE),
    ("Performance is terrible at peak hours and pages time out", T, Subtype.PERFORMANCE),
    ("The search hangs whenever we filter", T, Subtype.PERFORMANCE),
    ("The interface to billing keeps failing", T, Subtype.INTERFACE_ERROR),
    ("The API returns errors and the sync never finishes", T, Subtype.INTERFACE_ERROR),
    ("There is a bug in the invoice module", T, Subtype.FUNCTION_FAILURE),
    ("We emailed four days ago and got no reply", C, Subtype.SLOW_RESPONSE),
    ("Our tickets are ignored and nobody answers the phone", C, Subtype.SLOW_RESPONSE),
    ("Still waiting for a response from your team", C, Subtype.SLOW_RESPONSE),
    ("Your engineer could not explain why totals differ", C, Subtype.UNCLEAR_EXPLANATION),
    ("The explanation was unclear and confusing", C, Subtype.UNCLEAR_EXPLANATION),
    ("You are not proactive; we had to chase every update", C, Subtype.LACK_OF_INITIATIVE),
    ("We were brushed off with a perfunctory answer", C, Subtype.PERFUNCTORY),
    ("The project is two months late", P, Subtype.SCHEDULE_DELAY),
    ("Another delay: the go-live is behind schedule again", P, Subtype.SCHEDULE_DELAY),
    ("The rollout was delayed for the third time", P, Subtype.SCHEDULE_DELAY),
    ("We still have no user manual or documentation", P, Subtype.MISSING_DOCUMENTS),
    ("Missing documentation for the admin console", P, Subtype.MISSING_DOCUMENTS),
    ("Nobody follows change management; scope changes every week", P, Subtype.CHANGE_CHAOS),
    ("The change request process is chaos", P, Subtype.CHANGE_CHAOS),
    ("Your consultant was rude to our staff", A, Subtype.HARSH_TONE),
    ("The tone of the support call was harsh and disrespectful", A, Subtype.HARSH_TONE),
    ("The trainer was impatient and interrupted everyone", A, Subtype.IMPATIENCE),
    ("He was arrogant and condescending in the meeting", A, Subtype.ARROGANCE),
    ("They looked down on our IT team", A, Subtype.ARROGANCE),
    ("The on-site lead is patronizing", A, Subtype.ARROGANCE),
    # mixed
    ("The system crashed and we lost data, and there was no reply for a day", T, Subtype.DATA_LOSS),
    ("Rude and arrogant engineer, also the report is a bit slow", A, None),
    (
        "The project is delayed and behind schedule, and nobody is proactive",
        P,
        Subtype.SCHEDULE_DELAY,
    ),
    # negations
    ("There was no data loss, but the screens are very slow", T, Subtype.PERFORMANCE),
    ("It did not crash; the engineer was just rude", A, Subtype.HARSH_TONE),
    ("Nothing is broken, the project is simply late", P, Subtype.SCHEDULE_DELAY),
]
ENGLISH_NONE = [
    "Could we schedule lunch next week?",
    "Thanks for your help yesterday",
    "No data loss occurred",
    "Please send the invoice",
]


@pytest.mark.parametrize(("text", "kind", "subtype"), CHINESE + ENGLISH)
def test_suggests_the_type_and_subtype(text, kind, subtype):
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.complaint_type is kind
    if subtype is not None:
        assert suggestion.subtype is subtype
    assert suggestion.cues and all(cue.lower() in text.lower() for cue in suggestion.cues)
    assert 0 < suggestion.confidence <= 1


@pytest.mark.parametrize("text", CHINESE_NONE + ENGLISH_NONE + ["", "   "])
def test_no_cue_no_suggestion(text):
    assert suggest(text) is None


def test_there_are_at_least_forty_sentences_per_language():
    assert len(CHINESE) + len(CHINESE_NONE) >= 40
    assert len(ENGLISH) + len(ENGLISH_NONE) >= 40


def test_shows_the_words_that_triggered_it():
    suggestion = suggest("系统崩溃，数据丢失了")
    assert set(suggestion.cues) == {"系统崩溃", "数据丢失"}
    assert "崩溃" not in suggestion.cues  # the longer cue already covers it


def test_a_clear_case_is_surer_than_a_mixed_one():
    clear = suggest("数据丢失，系统崩溃，接口报错")
    mixed = suggest("数据丢失，工程师态度很差，项目延期")
    assert clear.confidence > mixed.confidence
    assert clear.percent == 100


def test_negated_cues_do_not_count():
    assert suggest("没有数据丢失") is None
    assert suggest("there was no data loss") is None
    assert suggest("没人回复").complaint_type is C  # a cue that begins with a negation
