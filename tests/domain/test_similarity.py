"""How alike two complaints are, and which precedents are shown."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.domain.similarity import (
    MAX_TERMS,
    Candidate,
    PrecedentKind,
    fingerprint,
    fix_of,
    index_terms,
    rank,
    similarity,
)
from tests.domain.scenarios import EN_SCENARIOS, ZH_SCENARIOS

SCENARIOS = [*ZH_SCENARIOS, *EN_SCENARIOS]


def case(number: int, text: str, **extra) -> Candidate:
    values: dict[str, Any] = dict(
        kind=PrecedentKind.CASE,
        id=number,
        title="",
        text=text,
        root_cause="原因",
        fix="修复",
        reference=f"C-2026-{number:04d}",
    )
    values.update(extra)
    return Candidate(**values)


def library() -> list[Candidate]:
    return [case(index + 1, scenario.complaint) for index, scenario in enumerate(SCENARIOS)]


def complaint(number: int) -> str:
    return SCENARIOS[number - 1].complaint


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("系统升级以后报销数据全部丢失了，月底结账没法做", 1),
        ("报表查询特别慢，打开一张月底报表要十几分钟", 2),
        ("HIS接口又报错了，挂号数据同步不过来", 3),
        ("采购审批流程卡在第三步，提交不了", 4),
        ("提交的问题好几天没人回复，电话也打不通", 5),
        ("项目一直延期，进度拖了两个月", 8),
        ("上线都一个月了，操作手册和培训文档还没有给我们", 9),
        ("你们工程师态度太差了，说话很冲，还说是我们操作错了", 11),
        ("顾问很傲慢，总是打断我们说话", 12),
        ("Since the upgrade on Friday all our expense claims have disappeared.", 13),
        ("The month end report takes 15 minutes to open, far too slow", 14),
        ("The billing interface fails with errors, invoices are not going out", 15),
        ("Nobody replied to our ticket for four days and nobody answers the phone", 16),
        ("Your consultant was very rude to our staff and impatient", 18),
    ],
)
def test_the_same_complaint_in_other_words_is_found_first(typed, number):
    found = rank(typed, library())
    assert found and found[0].id == number
    assert found[0].score > 0.2


@pytest.mark.parametrize(
    "typed",
    [
        "今天天气很好，我们去公园散步吧",
        "请帮忙开通一个新的账号",
        "我们想咨询一下明年的续费价格",
        "我们的系统登录不了，提示密码错误",
        "The printer on the third floor is out of paper",
        "Please send me the invoice for last month",
        "Can we move the training to next Tuesday afternoon?",
    ],
)
def test_unrelated_text_finds_nothing(typed):
    assert rank(typed, library()) == []


@pytest.mark.parametrize("typed", ["", "系统", "报表慢", "too slow", "12345678"])
def test_a_few_characters_are_not_yet_a_complaint(typed):
    assert rank(typed, library()) == []


def test_never_the_current_case_nor_its_lesson():
    text = complaint(2)
    lesson = Candidate(PrecedentKind.LESSON, 7, "报表慢", text, "缺索引", "加索引", case_id=2)
    assert rank(text, [case(2, text), lesson], current_case=2) == []
    assert [p.kind for p in rank(text, [case(2, text), lesson], current_case=99)] == ["case"]


def test_one_of_each_story_the_newest_first_then_the_next_story():
    old = datetime(2025, 1, 1, tzinfo=UTC)
    new = datetime(2026, 1, 1, tzinfo=UTC)
    text = "月底报表查询太慢了，一张报表要等十几分钟；审批流程在第三步卡住，采购单都提交不了"
    candidates = [
        case(1, complaint(2), when=old),
        case(2, complaint(2), when=new),
        case(3, complaint(4), when=old),
        Candidate(PrecedentKind.LESSON, 9, "", complaint(2), "", "", when=new),
    ]
    found = rank(text, candidates)
    assert [(p.kind, p.id) for p in found] == [("case", 2), ("lesson", 9), ("case", 3)]
    assert found[0].title == "月底报表查询太慢了，一张报表要等十几分钟，业务部门意见很大"  # derived
    assert rank(text, candidates, limit=1)[0].id == 2
    candidates[1] = case(2, complaint(2), when=None)
    assert [p.id for p in rank(text, candidates)] == [1, 9, 3]  # a case first among equals


def test_the_lesson_of_a_case_shown_is_not_shown_again():
    text = complaint(2)
    lesson = Candidate(PrecedentKind.LESSON, 7, "报表慢", text + "。", "", "", case_id=1)
    assert [p.kind for p in rank(text, [case(1, text), lesson])] == ["case"]


def test_features_chinese_pairs_and_triples_english_stemmed_words():
    assert {"报表", "报表查", "查询"} <= fingerprint("报表查询")
    assert "我们" not in fingerprint("我们的报表")  # in every complaint
    words = fingerprint("The reports were failing")
    assert words == {"w:report", "w:fail"}
    assert similarity(fingerprint("报表查询很慢"), fingerprint("报表查询很慢")) == pytest.approx(1)
    assert similarity(frozenset(), fingerprint("报表")) == 0


def test_index_terms_are_trigrams_and_word_stems_spread_over_a_long_text():
    assert index_terms("报表查询 upgraded the system") == ["报表查", "表查询", "upgrad", "system"]
    long = "".join(chr(0x4E00 + i) for i in range(500))
    terms = index_terms(long)
    assert len(terms) == MAX_TERMS
    assert terms[0] == long[:3] and terms[-1] != long[37:40]  # from all over the text


def test_what_fixed_it_is_the_short_term_fix_else_the_lasting_one():
    assert fix_of(["恢复数据", "核对"], ["加备份检查"]) == "恢复数据；核对"
    assert fix_of([], ["Add a backup check"]) == "Add a backup check"
    assert fix_of([" "], []) == ""
