"""A suggested severity from the impact a complaint describes, with the words that show it.

停产, 无法营业, 全部门店, 数据丢失, "cannot ship", "all stores" speak for a high or critical
severity; 个别用户, 偶尔, "one user", "cosmetic" for a low one. A word said with a negation before
it (没有停产, "no data was lost") does not count. The highest level found wins; nothing found
gives no suggestion. It feeds the escalation advice when the user has not set a severity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.enums import Severity

CRITICAL, HIGH, LOW = Severity.CRITICAL, Severity.HIGH, Severity.LOW

IMPACT_WORDS: dict[Severity, tuple[str, ...]] = {
    CRITICAL: (
        "停产",
        "停线",
        "停工",
        "产线停",
        "全线停",
        "无法营业",
        "没法营业",
        "停业",
        "关门",
        "全部门店",
        "所有门店",
        "全部网点",
        "所有网点",
        "全院",
        "全市",
        "全省",
        "全部瘫痪",
        "瘫痪",
        "数据丢失",
        "数据全没了",
        "数据没了",
        "无法发货",
        "发不了货",
        "没法发货",
        "无法出库",
        "无法结算",
        "结算不了",
        "收不了款",
        "无法收款",
        "病人排长队",
        "患者排长队",
        "监管",
        "银保监",
        "人民银行",
        "媒体",
        "律师",
        "起诉",
        "索赔",
        "解除合同",
        "终止合同",
        "production stopped",
        "production is down",
        "line is down",
        "line down",
        "plant is down",
        "cannot ship",
        "can't ship",
        "unable to ship",
        "cannot trade",
        "stores are closed",
        "all stores",
        "every store",
        "all branches",
        "every branch",
        "whole hospital",
        "entire hospital",
        "system is down",
        "completely down",
        "data loss",
        "data was lost",
        "lost all",
        "regulator",
        "lawyer",
        "legal action",
        "terminate the contract",
        "cancel the contract",
        "patients waiting",
    ),
    HIGH: (
        "影响业务",
        "业务停",
        "全部门",
        "整个部门",
        "所有用户",
        "全部用户",
        "大面积",
        "大量",
        "月结",
        "结不了账",
        "关不了账",
        "无法开票",
        "开不了票",
        "医保",
        "上级领导",
        "总经理",
        "董事长",
        "院长",
        "行长",
        "局长",
        "校长",
        "投诉到",
        "升级投诉",
        "all users",
        "every user",
        "whole department",
        "entire team",
        "month-end",
        "month end",
        "close the books",
        "cannot invoice",
        "can't invoice",
        "our ceo",
        "our director",
        "escalate",
        "escalating",
        "payroll",
    ),
    LOW: (
        "个别用户",
        "一个用户",
        "个别",
        "偶尔",
        "偶发",
        "小问题",
        "不影响使用",
        "不影响业务",
        "不着急",
        "不急",
        "one user",
        "a single user",
        "occasionally",
        "minor",
        "cosmetic",
        "not urgent",
        "no rush",
        "low priority",
    ),
}

_ZH_NEGATIONS = ("没有", "并没有", "不会", "未", "没", "无", "不")
_EN_NEGATIONS = ("no", "not", "never", "without", "wasn't", "isn't", "didn't", "hasn't")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class SeveritySuggestion:
    severity: Severity
    words: tuple[str, ...]  # as they stand in the text


def suggest_severity(text: str) -> SeveritySuggestion | None:
    """The severity the described impact speaks for, or None when the text names no impact."""
    lowered = text.lower()
    for level in (CRITICAL, HIGH, LOW):
        found: list[tuple[int, str]] = []
        for word in sorted(IMPACT_WORDS[level], key=len, reverse=True):
            for start in _occurrences(lowered, word):
                shown = text[start : start + len(word)]
                if _negated(lowered, start, word) or any(shown in w for _, w in found):
                    continue
                found.append((start, shown))
        if found:
            return SeveritySuggestion(level, tuple(word for _, word in sorted(found)))
    return None


def _occurrences(lowered: str, word: str) -> list[int]:
    if _CJK.search(word):
        return [m.start() for m in re.finditer(re.escape(word), lowered)]
    pattern = r"(?<![a-z])" + re.escape(word) + r"(?![a-z])"
    return [m.start() for m in re.finditer(pattern, lowered)]


def _negated(lowered: str, start: int, word: str) -> bool:
    if _CJK.search(word):
        before = lowered[max(0, start - 4) : start]
        return not word.startswith(("无", "没", "不")) and any(
            neg in before for neg in _ZH_NEGATIONS
        )
    clause = re.split(r"[,.;:!?，。；：！？]", lowered[:start])[-1]
    previous = re.findall(r"[a-z']+", clause)[-3:]
    return any(neg in previous for neg in _EN_NEGATIONS)
