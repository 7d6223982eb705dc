"""Suggesting a complaint's type and subtype from its text, with the words that triggered it.

Weighted cues in Chinese and English; a cue preceded by a negation (没有数据丢失, no data loss)
does not count. The suggestion is advice: the user decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from desktop.domain.enums import ComplaintType, Subtype

T, C, P, A = (
    ComplaintType.TECHNICAL,
    ComplaintType.COMMUNICATION,
    ComplaintType.PROCESS,
    ComplaintType.ATTITUDE,
)

# (cue, type, subtype or None, weight). English cues match whole words, case-insensitively.
CUES: list[tuple[str, ComplaintType, Subtype | None, float]] = [
    # technical
    ("数据丢失", T, Subtype.DATA_LOSS, 3),
    ("数据没了", T, Subtype.DATA_LOSS, 3),
    ("数据不见", T, Subtype.DATA_LOSS, 3),
    ("丢数据", T, Subtype.DATA_LOSS, 3),
    ("数据被覆盖", T, Subtype.DATA_LOSS, 3),
    ("data loss", T, Subtype.DATA_LOSS, 3),
    ("lost data", T, Subtype.DATA_LOSS, 3),
    ("data is gone", T, Subtype.DATA_LOSS, 3),
    ("data are gone", T, Subtype.DATA_LOSS, 3),
    ("records are gone", T, Subtype.DATA_LOSS, 3),
    ("deleted", T, Subtype.DATA_LOSS, 1.5),
    ("overwritten", T, Subtype.DATA_LOSS, 2),
    ("太慢", T, Subtype.PERFORMANCE, 2.5),
    ("很慢", T, Subtype.PERFORMANCE, 2),
    ("卡顿", T, Subtype.PERFORMANCE, 2.5),
    ("响应时间", T, Subtype.PERFORMANCE, 1.5),
    ("超时", T, Subtype.PERFORMANCE, 1.5),
    ("性能", T, Subtype.PERFORMANCE, 2),
    ("slow", T, Subtype.PERFORMANCE, 2.5),
    ("performance", T, Subtype.PERFORMANCE, 2),
    ("timeout", T, Subtype.PERFORMANCE, 1.5),
    ("times out", T, Subtype.PERFORMANCE, 1.5),
    ("takes minutes", T, Subtype.PERFORMANCE, 2),
    ("hangs", T, Subtype.PERFORMANCE, 1.5),
    ("接口报错", T, Subtype.INTERFACE_ERROR, 3),
    ("接口", T, Subtype.INTERFACE_ERROR, 1.5),
    ("对接", T, Subtype.INTERFACE_ERROR, 1),
    ("同步失败", T, Subtype.INTERFACE_ERROR, 2.5),
    ("interface", T, Subtype.INTERFACE_ERROR, 2),
    ("api", T, Subtype.INTERFACE_ERROR, 2),
    ("integration", T, Subtype.INTERFACE_ERROR, 1.5),
    ("sync", T, Subtype.INTERFACE_ERROR, 1.5),
    ("系统崩溃", T, Subtype.FUNCTION_FAILURE, 3),
    ("崩溃", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("报错", T, Subtype.FUNCTION_FAILURE, 2),
    ("用不了", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("无法", T, Subtype.FUNCTION_FAILURE, 1.5),
    ("打不开", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("故障", T, Subtype.FUNCTION_FAILURE, 2),
    ("bug", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("白屏", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("死机", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("crash", T, Subtype.FUNCTION_FAILURE, 3),
    ("crashes", T, Subtype.FUNCTION_FAILURE, 3),
    ("crashed", T, Subtype.FUNCTION_FAILURE, 3),
    ("error", T, Subtype.FUNCTION_FAILURE, 2),
    ("errors", T, Subtype.FUNCTION_FAILURE, 2),
    ("broken", T, Subtype.FUNCTION_FAILURE, 2),
    ("does not work", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("doesn't work", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("not working", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("fails", T, Subtype.FUNCTION_FAILURE, 2),
    ("failed", T, Subtype.FUNCTION_FAILURE, 1.5),
    ("outage", T, Subtype.FUNCTION_FAILURE, 2.5),
    ("down", T, Subtype.FUNCTION_FAILURE, 1),
    # communication
    ("没人回复", C, Subtype.SLOW_RESPONSE, 3),
    ("没有人回复", C, Subtype.SLOW_RESPONSE, 3),
    ("回复慢", C, Subtype.SLOW_RESPONSE, 3),
    ("没回复", C, Subtype.SLOW_RESPONSE, 3),
    ("找不到人", C, Subtype.SLOW_RESPONSE, 3),
    ("不接电话", C, Subtype.SLOW_RESPONSE, 3),
    ("没有回音", C, Subtype.SLOW_RESPONSE, 3),
    ("石沉大海", C, Subtype.SLOW_RESPONSE, 3),
    ("no reply", C, Subtype.SLOW_RESPONSE, 3),
    ("no response", C, Subtype.SLOW_RESPONSE, 3),
    ("nobody answers", C, Subtype.SLOW_RESPONSE, 3),
    ("ignored", C, Subtype.SLOW_RESPONSE, 3),
    ("never replied", C, Subtype.SLOW_RESPONSE, 3),
    ("no answer", C, Subtype.SLOW_RESPONSE, 3),
    ("still waiting", C, Subtype.SLOW_RESPONSE, 2),
    ("slow to respond", C, Subtype.SLOW_RESPONSE, 3),
    ("说不清楚", C, Subtype.UNCLEAR_EXPLANATION, 3),
    ("解释不清", C, Subtype.UNCLEAR_EXPLANATION, 3),
    ("听不懂", C, Subtype.UNCLEAR_EXPLANATION, 2.5),
    ("没说明白", C, Subtype.UNCLEAR_EXPLANATION, 3),
    ("unclear", C, Subtype.UNCLEAR_EXPLANATION, 2.5),
    ("could not explain", C, Subtype.UNCLEAR_EXPLANATION, 3),
    ("no explanation", C, Subtype.UNCLEAR_EXPLANATION, 3),
    ("confusing", C, Subtype.UNCLEAR_EXPLANATION, 2),
    ("不主动", C, Subtype.LACK_OF_INITIATIVE, 3),
    ("被动", C, Subtype.LACK_OF_INITIATIVE, 2),
    ("推一下动一下", C, Subtype.LACK_OF_INITIATIVE, 3),
    ("never told us", C, Subtype.LACK_OF_INITIATIVE, 3),
    ("not proactive", C, Subtype.LACK_OF_INITIATIVE, 3),
    ("had to chase", C, Subtype.LACK_OF_INITIATIVE, 3),
    ("敷衍", C, Subtype.PERFUNCTORY, 3),
    ("应付", C, Subtype.PERFUNCTORY, 2.5),
    ("不了了之", C, Subtype.PERFUNCTORY, 3),
    ("没有下文", C, Subtype.PERFUNCTORY, 3),
    ("perfunctory", C, Subtype.PERFUNCTORY, 3),
    ("brushed off", C, Subtype.PERFUNCTORY, 3),
    ("fobbed off", C, Subtype.PERFUNCTORY, 3),
    ("careless", C, Subtype.PERFUNCTORY, 2),
    # process
    ("延期", P, Subtype.SCHEDULE_DELAY, 3),
    ("延误", P, Subtype.SCHEDULE_DELAY, 3),
    ("拖延", P, Subtype.SCHEDULE_DELAY, 3),
    ("进度", P, Subtype.SCHEDULE_DELAY, 2),
    ("一拖再拖", P, Subtype.SCHEDULE_DELAY, 3),
    ("逾期", P, Subtype.SCHEDULE_DELAY, 2),
    ("delay", P, Subtype.SCHEDULE_DELAY, 3),
    ("delayed", P, Subtype.SCHEDULE_DELAY, 3),
    ("late", P, Subtype.SCHEDULE_DELAY, 2),
    ("behind schedule", P, Subtype.SCHEDULE_DELAY, 3),
    ("deadline", P, Subtype.SCHEDULE_DELAY, 1.5),
    ("missed the date", P, Subtype.SCHEDULE_DELAY, 3),
    ("文档", P, Subtype.MISSING_DOCUMENTS, 2.5),
    ("手册", P, Subtype.MISSING_DOCUMENTS, 2.5),
    ("资料", P, Subtype.MISSING_DOCUMENTS, 1.5),
    ("missing documentation", P, Subtype.MISSING_DOCUMENTS, 3),
    ("documentation", P, Subtype.MISSING_DOCUMENTS, 2.5),
    ("manual", P, Subtype.MISSING_DOCUMENTS, 2),
    ("documents", P, Subtype.MISSING_DOCUMENTS, 2),
    ("变更", P, Subtype.CHANGE_CHAOS, 2.5),
    ("需求改来改去", P, Subtype.CHANGE_CHAOS, 3),
    ("版本混乱", P, Subtype.CHANGE_CHAOS, 3),
    ("change request", P, Subtype.CHANGE_CHAOS, 3),
    ("change management", P, Subtype.CHANGE_CHAOS, 3),
    ("changes", P, Subtype.CHANGE_CHAOS, 1.5),
    ("scope", P, Subtype.CHANGE_CHAOS, 1.5),
    # attitude
    ("态度", A, Subtype.HARSH_TONE, 3),
    ("语气", A, Subtype.HARSH_TONE, 3),
    ("生硬", A, Subtype.HARSH_TONE, 2.5),
    ("凶", A, Subtype.HARSH_TONE, 2),
    ("吼", A, Subtype.HARSH_TONE, 2.5),
    ("rude", A, Subtype.HARSH_TONE, 3),
    ("tone", A, Subtype.HARSH_TONE, 2.5),
    ("shouted", A, Subtype.HARSH_TONE, 3),
    ("disrespectful", A, Subtype.HARSH_TONE, 3),
    ("harsh", A, Subtype.HARSH_TONE, 3),
    ("不耐烦", A, Subtype.IMPATIENCE, 3),
    ("打断", A, Subtype.IMPATIENCE, 2.5),
    ("impatient", A, Subtype.IMPATIENCE, 3),
    ("interrupted", A, Subtype.IMPATIENCE, 2.5),
    ("rushed us", A, Subtype.IMPATIENCE, 2.5),
    ("傲慢", A, Subtype.ARROGANCE, 3),
    ("看不起", A, Subtype.ARROGANCE, 3),
    ("瞧不起", A, Subtype.ARROGANCE, 3),
    ("高高在上", A, Subtype.ARROGANCE, 3),
    ("arrogant", A, Subtype.ARROGANCE, 3),
    ("condescending", A, Subtype.ARROGANCE, 3),
    ("looked down", A, Subtype.ARROGANCE, 3),
    ("patronising", A, Subtype.ARROGANCE, 3),
    ("patronizing", A, Subtype.ARROGANCE, 3),
]

# words that cancel a cue just after them (within a few characters / words)
_ZH_NEGATIONS = ("没有", "并没有", "不是", "并非", "未", "无", "不存在", "没")
_EN_NEGATIONS = (
    "no",
    "not",
    "never",
    "without",
    "isn't",
    "wasn't",
    "didn't",
    "hasn't",
    "weren't",
    "aren't",
    "nothing",
)
_ZH_WINDOW = 3  # characters between the negation and the cue
_EN_WINDOW = 3  # words between the negation and the cue
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Suggestion:
    complaint_type: ComplaintType
    subtype: Subtype | None
    confidence: float  # 0..1: the share of the evidence that points to this type
    cues: tuple[str, ...]  # the words of the text that triggered it

    @property
    def percent(self) -> int:
        return round(self.confidence * 100)


def _is_negated_zh(text: str, start: int, cue: str = "") -> bool:
    before = text[max(0, start - _ZH_WINDOW - 3) : start]
    # a cue that itself starts with a negation (没人回复) is not negated by it
    return any(
        neg in before[-(len(neg) + _ZH_WINDOW) :]
        for neg in _ZH_NEGATIONS
        if not cue.startswith(neg)
    )


def _is_negated_en(text: str, start: int) -> bool:
    words = re.findall(r"[a-z']+", text[:start].lower())[-_EN_WINDOW:]
    return any(word in _EN_NEGATIONS for word in words)


def _find(text: str, lowered: str, cue: str) -> list[int]:
    if _CJK.search(cue):
        return [m.start() for m in re.finditer(re.escape(cue), text)]
    pattern = r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])"
    return [m.start() for m in re.finditer(pattern, lowered)]


def suggest(text: str) -> Suggestion | None:
    """The most likely type (and subtype) of a complaint, or None when no cue is found."""
    if not text.strip():
        return None
    lowered = text.lower()
    type_score: dict[ComplaintType, float] = defaultdict(float)
    subtype_score: dict[Subtype, float] = defaultdict(float)
    cues_of: dict[ComplaintType, list[str]] = defaultdict(list)
    taken: list[tuple[int, int]] = []  # spans already counted: 系统崩溃 also contains 崩溃
    for cue, kind, subtype, weight in sorted(CUES, key=lambda item: -len(item[0])):
        for start in _find(text, lowered, cue):
            end = start + len(cue)
            if any(start < t_end and end > t_start for t_start, t_end in taken):
                continue
            negated = (
                _is_negated_zh(text, start, cue)
                if _CJK.search(cue)
                else _is_negated_en(text, start)
            )
            if negated:
                continue
            taken.append((start, end))
            type_score[kind] += weight
            if subtype is not None:
                subtype_score[subtype] += weight
            shown = text[start:end]
            if shown not in cues_of[kind]:
                cues_of[kind].append(shown)
    if not type_score:
        return None
    best = max(type_score, key=lambda kind: type_score[kind])
    total = sum(type_score.values())
    subtypes = {s: v for s, v in subtype_score.items() if s.complaint_type is best}
    best_subtype = max(subtypes, key=lambda s: subtypes[s]) if subtypes else None
    # a single weak cue is weak evidence, even if it is the only one
    strength = min(1.0, type_score[best] / 3)
    confidence = round(type_score[best] / total * strength, 2)
    return Suggestion(best, best_subtype, confidence, tuple(cues_of[best]))
