"""Tone check for letters to the customer: blaming, hedging and defensive phrases, each with
the reason and a plainer way to say it. It advises; it never blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.enums import Language

# (phrase, reason key, suggestion (en), suggestion (zh))
BLAMING, HEDGING, DEFENSIVE = "blaming", "hedging", "defensive"
PHRASES: list[tuple[str, str, str, str]] = [
    # Chinese
    (
        "但是贵方",
        BLAMING,
        "State what happened without shifting it onto the customer.",
        "直接说明发生了什么，不要把责任推给客户。",
    ),
    (
        "但贵方",
        BLAMING,
        "State what happened without shifting it onto the customer.",
        "直接说明发生了什么，不要把责任推给客户。",
    ),
    (
        "按理说",
        HEDGING,
        "Say what you will do, not what should have been.",
        "说明我们将怎么做，而不是“本来应该”怎样。",
    ),
    (
        "你们自己",
        BLAMING,
        "Describe the cause neutrally: “the setting was changed”.",
        "中性地描述原因，例如“该设置被修改了”。",
    ),
    (
        "我们早就说过",
        DEFENSIVE,
        "Drop it: the customer needs a solution, not a reminder.",
        "删掉这句话：客户需要的是解决方案，而不是提醒。",
    ),
    (
        "早就告诉过",
        DEFENSIVE,
        "Drop it: the customer needs a solution, not a reminder.",
        "删掉这句话：客户需要的是解决方案，而不是提醒。",
    ),
    (
        "如前所述",
        DEFENSIVE,
        "Restate the point kindly instead of pointing back.",
        "心平气和地再说明一次，而不是翻旧账。",
    ),
    (
        "贵方操作不当",
        BLAMING,
        "Describe what happened, then what we will do to help.",
        "说明发生了什么，以及我们将如何协助。",
    ),
    (
        "不是我们的问题",
        DEFENSIVE,
        "Own what is ours and say what you will do.",
        "承担我方的部分，并说明我们将怎么做。",
    ),
    ("原则上", HEDGING, "Say plainly what you will do and when.", "直接说明将做什么、何时完成。"),
    ("尽量", HEDGING, "Give a firm date you can keep.", "给出一个能兑现的明确时间。"),
    (
        "可能会",
        HEDGING,
        "Say what you know; promise only what you can keep.",
        "说明已知的情况；只承诺能兑现的事。",
    ),
    (
        "不可抗力",
        DEFENSIVE,
        "Explain the cause plainly and what you do about it.",
        "平实地说明原因以及我们的应对措施。",
    ),
    (
        "很遗憾您",
        BLAMING,
        "Apologise for our part: “we are sorry that…”.",
        "为我方的部分致歉：“我们很抱歉……”。",
    ),
    # English
    (
        "but you also",
        BLAMING,
        "State what happened without shifting it onto the customer.",
        "直接说明发生了什么，不要把责任推给客户。",
    ),
    (
        "as we told you",
        DEFENSIVE,
        "Drop it: the customer needs a solution, not a reminder.",
        "删掉这句话：客户需要的是解决方案，而不是提醒。",
    ),
    (
        "as previously stated",
        DEFENSIVE,
        "Restate the point kindly instead of pointing back.",
        "心平气和地再说明一次，而不是翻旧账。",
    ),
    (
        "unfortunately you",
        BLAMING,
        "Apologise for our part: “we are sorry that…”.",
        "为我方的部分致歉：“我们很抱歉……”。",
    ),
    (
        "you should have",
        BLAMING,
        "Say what we will do to prevent it next time.",
        "说明我们将如何避免再次发生。",
    ),
    ("you failed to", BLAMING, "Describe what happened neutrally.", "中性地描述发生了什么。"),
    (
        "your staff",
        BLAMING,
        "Name the situation, not the customer's people.",
        "描述情况，而不是指向客户的员工。",
    ),
    (
        "we apologise if",
        HEDGING,
        "Apologise without conditions: “we apologise for…”.",
        "无条件地道歉：“我们为……致歉”。",
    ),
    (
        "sorry if",
        HEDGING,
        "Apologise without conditions: “we are sorry that…”.",
        "无条件地道歉：“我们很抱歉……”。",
    ),
    ("we will try to", HEDGING, "Say what you will do and by when.", "说明将做什么、何时完成。"),
    ("hopefully", HEDGING, "Commit to a date you can keep.", "承诺一个能兑现的日期。"),
    (
        "not our fault",
        DEFENSIVE,
        "Own what is ours and say what you will do.",
        "承担我方的部分，并说明我们将怎么做。",
    ),
    ("per our policy", DEFENSIVE, "Explain what you can do for them.", "说明我们能为客户做什么。"),
]
REASONS = {
    BLAMING: ("Sounds like blaming the customer.", "听起来像在指责客户。"),
    HEDGING: (
        "Sounds like hedging: the customer cannot rely on it.",
        "措辞含糊：客户无法据此放心。",
    ),
    DEFENSIVE: ("Sounds defensive.", "听起来像在辩解。"),
}


@dataclass(frozen=True)
class ToneNote:
    phrase: str  # as it appears in the text
    start: int
    reason: str
    suggestion: str


def check(text: str, lang: Language) -> list[ToneNote]:
    notes = []
    lowered = text.lower()
    for phrase, reason, suggestion_en, suggestion_zh in PHRASES:
        pattern = re.escape(phrase) if not phrase.isascii() else r"\b" + re.escape(phrase) + r"\b"
        for match in re.finditer(pattern, lowered):
            english, chinese = REASONS[reason]
            notes.append(
                ToneNote(
                    phrase=text[match.start() : match.end()],
                    start=match.start(),
                    reason=chinese if lang is Language.ZH else english,
                    suggestion=suggestion_zh if lang is Language.ZH else suggestion_en,
                )
            )
    return sorted(notes, key=lambda note: note.start)
