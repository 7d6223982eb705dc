"""The two parts of an apology that matter most (Lewicki et al., 2016): acknowledging
responsibility and offering repair. `apology_gaps` says which of them a letter has lost.

Each part is a family of phrases in both languages (由于我方…, 是我们的责任, "this was our
mistake", "we failed to" / 为表歉意, 我们将免费…, "we will", "free of charge"…). A phrase does not
count when its clause negates it: 不是我方的责任, 并非由于我方, "this was not our fault", "we
cannot offer any compensation", 无法弥补的损失. A clause runs from the last , . ; : ! ? (either
width) or line break; 而是 / "but" / "rather" start it afresh ("这不是贵方的问题，而是我们的失误").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop.domain.enums import Language
from desktop.domain.tone_text import fold

NO_RESPONSIBILITY = "no_responsibility"
NO_REPAIR = "no_repair"
GAP_CODES = (NO_RESPONSIBILITY, NO_REPAIR)

_CLAUSE_END = re.compile(r"[,.;:!?。、\n]")
_FRESH_START = re.compile(r"而是|而在于|\bbut\b|\brather\b|\binstead\b")
_EN_WORD = "a-z0-9\u00c0-\u024f"
_NOT = (
    r"(?:\bnot\b|n't\b|\bnever\b|\bno\b(?! doubt| question)|\bnor\b|\bneither\b|\bcannot\b"
    r"|\bden(?:y|ies|ied)\b)"
)


class Family(NamedTuple):
    pattern: re.Pattern[str]
    negated_before: re.Pattern[str]  # searched in the clause before the phrase
    negated_after: re.Pattern[str] | None = None  # matched right after the phrase
    reach: int = 40  # how far back in the clause a negation is looked for (characters)


def _en(words: str) -> re.Pattern[str]:
    return re.compile(f"(?<![{_EN_WORD}])(?:{words})(?![{_EN_WORD}])")


ZH_NEGATION = re.compile(
    r"不是|并非|绝非|非(?!常)|不属于|超出|不在|没有|并不|不存在|否认|不能说|不应由|不因|不由于"
)
ZH_REFUSAL = re.compile(r"无法|不能|不予|不会|不再|没有|难以|不提供|拒绝|不可能|不$")
EN_NEGATION = re.compile(_NOT)
EN_REFUSAL = re.compile(_NOT + r"|\bunable\b|\bwithout\b|\brefuse\b|\bdecline\b|\bcan't\b")

RESPONSIBILITY = (
    Family(
        re.compile(
            r"(?:由于|因为|因)(?:我方|我们的|我的)"
            r"|(?:我方|我们|我)的?(?:失误|疏忽|过失|过错|错误|责任|工作没有做好)"
            r"|是(?:我们|我方|我)的错|我们(?:做)?错了|(?:我们|我方|我)(?:没有做好|没能|未能)"
            r"|(?:我们|我方)(?:对此|对此次|对这次)?(?:负有|承担|负)(?:全部|主要|一切|不可推卸的)?的?责任"
            r"|责任在(?:我方|我们)|(?:我方|我们的)[^,.;:!?。\n]{0,20}?(?:造成|导致)"
        ),
        ZH_NEGATION,
        re.compile(r"[^,.;:!?。\n]{0,8}?(?:无关|没有关系)"),  # 与我方的失误无关
        reach=12,
    ),
    Family(
        _en(
            r"(?:our|my) (?:own )?(?:mistake|error|fault|oversight|failure|responsibility)"
            r"|(?:we|i) (?:are|were|am|was) (?:fully |entirely |solely )?responsible"
            r"|(?:we|i) (?:take|accept|bear|own) (?:full |complete |the |entire )?responsibility"
            r"|(?:we|i) failed to|(?:we|i) (?:have |had )?(?:made|make) (?:a |an |this |that )?"
            r"(?:mistake|error)|(?:we|i) got (?:it|this|that) wrong|(?:we|i) let you down"
            r"|(?:we|i) should have|(?:caused by|due to|because of|on the part of) (?:our|us|my)"
            r"|the fault (?:is|was|lies) (?:ours|with us)|(?:it|this|that) (?:is|was) on us"
        ),
        EN_NEGATION,
    ),
)

REPAIR = (
    Family(
        re.compile(
            r"为表(?:达)?(?:我们的|我方的)?歉意|作为(?:补偿|歉意|弥补)|补偿|弥补|免费|无偿"
            r"|不收取(?:任何)?费用|减免|赠送|退还|退款|将为(?:贵|您)"
        ),
        ZH_REFUSAL,
        reach=8,
    ),
    Family(
        re.compile(r"(?:我们|我方|我)(?:还|也|都|随后)?(?:将|会|愿意|承诺)"),
        ZH_REFUSAL,
        re.compile(r"不(?!再|断|遗余力|仅)|无法|不能"),
        reach=8,
    ),
    Family(
        _en(
            r"to make up for|make amends|make (?:it|this|things) right|put (?:it|this|things) right"
            r"|free of charge|at no (?:extra |additional )?(?:cost|charge)|without charge"
            r"|complimentary|as an apology|by way of apology|as a gesture of"
            r"|compensat(?:e|ion|ing)|refund(?:ed|ing|s)?|service credits?|a discount|waive"
            r"|(?:we|i)(?:'d| would) like to offer"
            r"|(?:we|i) (?:are|am) (?:pleased|happy|glad) to offer"
            r"|(?:we|i) (?:can |will )?offer|(?:we|i) have arranged"
        ),
        EN_REFUSAL,
    ),
    Family(
        _en(r"(?:we|i)(?: will|'ll| shall| are going to| am going to)"),
        EN_REFUSAL,
        re.compile(r" (?:not|never|no longer|be unable)\b"),
    ),
)


def _counts(family: Family, folded: str) -> bool:
    """Whether one of the family's phrases stands in `folded` without being negated."""
    for match in family.pattern.finditer(folded):
        clause = folded[max(0, match.start() - family.reach) : match.start()]
        clause = _CLAUSE_END.split(clause)[-1]
        clause = _FRESH_START.split(clause)[-1]
        if family.negated_before.search(clause):
            continue
        if family.negated_after and family.negated_after.match(folded, match.end()):
            continue
        return True
    return False


def acknowledges_responsibility(text: str) -> bool:
    folded = fold(text).text
    return any(_counts(family, folded) for family in RESPONSIBILITY)


def offers_repair(text: str) -> bool:
    folded = fold(text).text
    return any(_counts(family, folded) for family in REPAIR)


def apology_gaps(text: str, lang: Language) -> list[str]:
    """The codes of the parts the letter has lost: "no_responsibility", "no_repair".

    Phrases of both languages count whatever `lang` is, as the tone check looks for both."""
    folded = fold(text).text
    gaps = []
    if not any(_counts(family, folded) for family in RESPONSIBILITY):
        gaps.append(NO_RESPONSIBILITY)
    if not any(_counts(family, folded) for family in REPAIR):
        gaps.append(NO_REPAIR)
    return gaps


GAP_MESSAGES: dict[str, tuple[str, str]] = {
    NO_RESPONSIBILITY: (
        "The letter no longer acknowledges our responsibility: the customer most needs to hear "
        "that it was our mistake. Say plainly what we got wrong, for example “This was our "
        "mistake: our upgrade skipped the backup check, and we are responsible for the lost "
        "records.”",
        "这封信不再承认我方的责任：客户最需要听到的是“这是我们的失误”。请写明我方做错了什么，"
        "例如“由于我方升级前未执行备份校验，给贵公司造成了数据丢失，这是我们的责任。”",
    ),
    NO_REPAIR: (
        "The letter no longer offers repair: say what we will do to put it right, for example "
        "“To make up for this, we will provide two days of on-site support free of charge.”",
        "这封信不再提出弥补：请写明我们将为客户做些什么，"
        "例如“为表歉意，我们将免费为贵公司提供两天现场驻场支持。”",
    ),
}


def gap_message(code: str, lang: Language) -> str:
    """The warning for a code of `apology_gaps`, with a hint how to fix it."""
    english, chinese = GAP_MESSAGES[code]
    return chinese if lang is Language.ZH else english
