from __future__ import annotations

import pytest

from desktop.domain.enums import Severity
from desktop.domain.impact import suggest_severity

CRITICAL, HIGH, LOW = Severity.CRITICAL, Severity.HIGH, Severity.LOW


@pytest.mark.parametrize(
    ("text", "severity", "words"),
    [
        ("今天早上开始全部门店都无法营业了", CRITICAL, ("全部门店", "无法营业")),
        ("二号线停产两个小时了，MES 一直报错", CRITICAL, ("停产",)),
        ("升级以后数据丢失，三个月的凭证都不见了", CRITICAL, ("数据丢失",)),
        ("Since 9 am all stores cannot trade", CRITICAL, ("all stores", "cannot trade")),
        ("We cannot ship anything until labels print", CRITICAL, ("cannot ship",)),
        ("月结结不了账，总经理很生气", HIGH, ("结不了账", "月结")),
        ("Payroll will not run for the whole department", HIGH, ("Payroll", "whole department")),
        ("个别用户偶尔打印不出来，不着急", LOW, ("个别用户", "偶尔", "不着急")),
        ("A cosmetic issue for one user, not urgent", LOW, ("cosmetic", "one user", "not urgent")),
    ],
)
def test_the_impact_words_suggest_a_severity(text, severity, words):
    found = suggest_severity(text)
    assert found is not None
    assert found.severity is severity
    assert set(found.words) == set(words)  # as written, in the order of the text
    assert [text.find(w) for w in found.words] == sorted(text.find(w) for w in found.words)


@pytest.mark.parametrize(
    "text",
    [
        "报表的列宽有点窄",
        "没有停产，也没有数据丢失",
        "There was no data loss and production was not stopped",
        "",
    ],
)
def test_no_impact_named_no_severity(text):
    assert suggest_severity(text) is None


def test_the_highest_impact_wins_over_a_low_one():
    found = suggest_severity("个别门店偶尔卡，但今天全部门店都无法营业")
    assert found is not None and found.severity is CRITICAL


def test_a_negation_in_another_clause_does_not_cancel():
    found = suggest_severity("not urgent, one user only")
    assert found is not None and found.words == ("not urgent", "one user")
