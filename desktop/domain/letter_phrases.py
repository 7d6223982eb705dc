"""The words a formal apology letter is made of, in both languages: what went wrong said
neutrally (from the subtype), whose fault it was (owned, always), the compensation and the
commitments as sentences, and the sentence that makes a typed fragment a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, tzinfo

from desktop.domain.complaint import Commitment, Compensation
from desktop.domain.dates import long_date
from desktop.domain.enums import (
    CommitmentKind,
    CompensationKind,
    ComplaintType,
    Language,
    Responsibility,
    Severity,
    Subtype,
)

ZH, EN = Language.ZH, Language.EN

# what went wrong, as a neutral noun phrase: never the customer's words
ISSUE: dict[Subtype, tuple[str, str]] = {
    Subtype.FUNCTION_FAILURE: (
        "系统功能无法正常使用",
        "a system function that stopped working",
    ),
    Subtype.PERFORMANCE: ("系统运行缓慢", "the system running too slowly"),
    Subtype.INTERFACE_ERROR: ("系统接口出错", "errors in an interface between systems"),
    Subtype.DATA_LOSS: ("数据丢失", "the loss of data"),
    Subtype.TECHNICAL_OTHER: ("系统运行异常", "a fault in the system"),
    Subtype.SLOW_RESPONSE: ("我方未能及时回应", "our slow response"),
    Subtype.UNCLEAR_EXPLANATION: ("我方解释不够清楚", "our unclear explanations"),
    Subtype.LACK_OF_INITIATIVE: ("我方缺乏主动沟通", "our failure to keep you informed"),
    Subtype.PERFUNCTORY: ("我方处理问题敷衍", "the careless way we handled your request"),
    Subtype.SCHEDULE_DELAY: ("项目进度延误", "the delay to the project schedule"),
    Subtype.MISSING_DOCUMENTS: ("交付文档缺失", "missing project documents"),
    Subtype.CHANGE_CHAOS: ("变更管理混乱", "the poorly managed changes"),
    Subtype.HARSH_TONE: ("我方人员语气生硬", "the harsh tone of our staff"),
    Subtype.IMPATIENCE: ("我方人员缺乏耐心", "the impatience of our staff"),
    Subtype.ARROGANCE: ("我方人员态度傲慢", "the dismissive attitude of our staff"),
}

# whose fault: always owned, even where others had a part (we did not catch it in time)
OWNED: dict[Responsibility | None, tuple[str, str]] = {
    Responsibility.PRODUCT_DEFECT: ("我方产品存在缺陷", "a defect in our product"),
    Responsibility.IMPLEMENTATION: (
        "我方在实施和配置工作中出现疏漏",
        "a mistake in how we implemented and configured the system",
    ),
    Responsibility.COMMUNICATION: ("我方沟通不到位", "shortcomings in our communication"),
    Responsibility.CUSTOMER: (
        "我方未能及早发现问题并提醒贵公司",
        "our failure to spot the problem early and warn you",
    ),
    Responsibility.THIRD_PARTY: (
        "我方对第三方环节把关不严",
        "our insufficient oversight of a third-party component",
    ),
    Responsibility.SHARED: ("我方工作存在不足", "shortcomings in our work"),
    Responsibility.UNKNOWN: ("我方工作存在不足", "shortcomings in our work"),
    None: ("我方工作存在不足", "shortcomings in our work"),
}

# how much the apology says it cost the customer, by the case's severity: "带来了不便" is too
# little for a line that stopped or data that was lost
IMPACT: dict[Severity | None, tuple[str, str]] = {
    None: ("带来了不便", "the disruption"),
    Severity.LOW: ("带来了不便", "the disruption"),
    Severity.MEDIUM: ("带来了不便", "the disruption"),
    Severity.HIGH: ("造成了较大的影响", "the serious disruption"),
    Severity.CRITICAL: ("造成了严重的影响", "the severe disruption"),
}
# what a lost record costs is never a mere inconvenience, whatever severity was set
IMPACT_AT_LEAST: dict[Subtype, Severity] = {Subtype.DATA_LOSS: Severity.HIGH}

# the other part of a mixed complaint, owned in a sentence of its own after the apology: the
# customer who complained of a wrong report *and* of nobody calling back hears both answered
ALSO_LETTER: dict[ComplaintType, tuple[str, str]] = {
    ComplaintType.TECHNICAL: (
        "此外，对问题本身给贵公司工作带来的困扰，我们同样深表歉意。",
        "We are also sorry for the fault itself and the trouble it has caused your team.",
    ),
    ComplaintType.COMMUNICATION: (
        "此外，问题发生后，我们未能及时回应贵公司的询问、主动通报处理进展，对此我们同样深表歉意。",
        "We are also sorry that we did not answer you promptly or keep you informed once the "
        "problem began.",
    ),
    ComplaintType.PROCESS: (
        "此外，我们在项目进度和变更的管理上也存在不足，对此我们同样深表歉意。",
        "We are also sorry that we did not manage the schedule and the changes as we should have.",
    ),
    ComplaintType.ATTITUDE: (
        "此外，我方人员在与贵公司同事沟通时态度欠妥，对此我们同样深表歉意。",
        "We are also sorry that a member of our team did not treat your staff with the "
        "courtesy they deserve.",
    ),
}
# the same in the first message, said as one person speaks
ALSO_SCRIPT: dict[ComplaintType, tuple[str, str]] = {
    ComplaintType.TECHNICAL: (
        "您反映的系统问题，我们也在安排技术人员一并排查。",
        "We are also arranging for engineers to look into the fault you reported.",
    ),
    ComplaintType.COMMUNICATION: (
        "另外，之前没有及时给您答复，也是我们没有做好，从现在起由我负责跟进。",
        "I am also sorry that we did not get back to you sooner; from now on I will follow "
        "this up myself.",
    ),
    ComplaintType.PROCESS: (
        "进度和变更安排上的问题，我们也会一并梳理，给您一个明确的计划。",
        "We will also go through the schedule and the changes with you and give you a clear plan.",
    ),
    ComplaintType.ATTITUDE: (
        "另外，我们同事说话的态度不妥，我代表公司向您和同事道歉。",
        "I also apologise, on behalf of the company, for the way our colleague spoke to your team.",
    ),
}

_ENDS = {ZH: "。！？…”」）", EN: ".!?…\"')"}


def pick(pair: tuple[str, str], lang: Language) -> str:
    return pair[0] if lang is ZH else pair[1]


def as_sentence(fragment: str, lang: Language) -> str:
    """A typed fragment as a sentence: trimmed, its end punctuated (。 or a full stop), an English
    first letter capitalised. A trailing comma or semicolon is replaced, not doubled."""
    text = " ".join(fragment.split()) if lang is EN else "".join(fragment.split("\n")).strip()
    text = text.rstrip("，,；;：:、 ")
    if not text:
        return ""
    if lang is EN and text[0].islower():
        text = text[0].upper() + text[1:]
    if text[-1] in _ENDS[lang]:
        return text
    return text + ("。" if lang is ZH else ".")


def numbered(items: Sequence[str], lang: Language) -> str:
    """One sentence per line, numbered: 1. 修复了报表模板。"""
    sentences = [as_sentence(item, lang) for item in items if item.strip()]
    return "\n".join(f"{number}. {sentence}" for number, sentence in enumerate(sentences, 1))


def with_date(description: str, due: datetime | None, zone: tzinfo, lang: Language) -> str:
    text = as_sentence(description, lang)
    if due is None or not text:
        return text
    day = long_date(due.astimezone(zone).date(), lang)
    if lang is ZH:
        return f"{text[:-1]}（{day}前完成）{text[-1]}"
    return f"{text[:-1]}, by {day}{text[-1]}"


def compensation_phrase(offers: Sequence[Compensation], lang: Language) -> str:
    """What is offered, as the rest of "为表歉意，…。" / "To make amends, …."."""
    parts = [part for part in (_offer(offer, lang) for offer in offers) if part]
    if not parts:
        return ""
    if lang is ZH:
        return "我们将" + "，并".join(parts)
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"we will {joined}"


_SAYS_FREE = (
    CompensationKind.EXTENDED_MAINTENANCE,
    CompensationKind.TRAINING,
    CompensationKind.ONSITE_SUPPORT,
)
_FREE = re.compile(r"(?i)^(a )?free (of charge )?")


# what the letter's sentence says already, typed again at the start of an offer:
# 「为表歉意，免费提供两天现场驻场支持」 would read 为表歉意，我们将为表歉意，免费提供…
_OPENING = re.compile(
    r"^(?:(?:为表|为表示|以表|聊表)(?:我们的)?歉意|作为补偿)[，,、 ]*"
    r"(?:我们将|我们会|我方将)?[，, ]*"
    r"|^(?:我们将|我们会|我方将)"
    r"|^(?i:(?:to make amends|as an apology|by way of apology)[, ]*(?:we will |we'll )?)"
    r"|^(?i:we will |we'll )"
)


def _offer(offer: Compensation, lang: Language) -> str:
    what = " ".join(offer.description.split()).rstrip("。.；;，, ")
    what = _OPENING.sub("", what).strip()
    if offer.kind in _SAYS_FREE:  # the sentence says 免费 / free of charge itself
        what = what.removeprefix("免费") if lang is ZH else _FREE.sub("", what)
    value = " ".join(offer.value.split())
    kind = offer.kind
    if what.startswith(_OWN_VERBS[lang]) or what.casefold().startswith(_OWN_VERBS[lang]):
        return _lower_first(what, lang)  # 派两名工程师驻场三天: the user's sentence, as written
    itself = _offer_in_own_words(kind, what, lang)
    if itself:
        return itself
    if lang is ZH:
        if kind is CompensationKind.EXTENDED_MAINTENANCE:
            return f"免费为贵公司延长{value + '的' if value else ''}维护服务期" + _aside(what, lang)
        if kind is CompensationKind.TRAINING:
            return f"免费为贵公司提供{what or '一次培训课程'}" + _aside(value, lang, what)
        if kind is CompensationKind.ONSITE_SUPPORT:
            return f"免费为贵公司提供{value}现场驻场支持" + _aside(what, lang, value)
        if kind is CompensationKind.DISCOUNT:
            return f"在{what or '后续服务费用'}上给予贵公司{value or '一定'}的优惠"
        return _lower_first(what or value, lang)
    if kind is CompensationKind.EXTENDED_MAINTENANCE:
        extra = f" by {value}" if value else ""
        return f"extend your maintenance{extra} free of charge" + _aside(what, lang)
    if kind is CompensationKind.TRAINING:
        return f"provide {_lower_first(what, lang) or 'a training course'} free of charge" + _aside(
            value, lang
        )
    if kind is CompensationKind.ONSITE_SUPPORT:
        amount = f"{value} of " if value else ""
        return f"provide {amount}on-site support free of charge" + _aside(what, lang, value)
    if kind is CompensationKind.DISCOUNT:
        return f"give you a discount of {value or 'a fair amount'} on {what or 'our next invoice'}"
    return _lower_first(what or value, lang)


# an offer the user wrote as what we will do, in a verb of their own: "我们将" + their words
_OWN_VERBS = {
    ZH: ("派", "安排", "赠送", "减免", "免除", "免收", "退还", "承担", "补偿", "给予"),
    EN: ("send ", "assign ", "give ", "waive ", "refund ", "cover ", "credit "),
}
_OWN_WORDS = {  # the offer's kind, said in a description that is the whole offer
    (CompensationKind.ONSITE_SUPPORT, ZH): ("驻场", "现场支持"),
    (CompensationKind.EXTENDED_MAINTENANCE, ZH): ("维护", "维保"),
    (CompensationKind.ONSITE_SUPPORT, EN): ("on-site", "onsite", "on site"),
    (CompensationKind.EXTENDED_MAINTENANCE, EN): ("maintenance", "support period"),
}
_OFFERED = re.compile(r"^(?:为贵公司|给贵公司|向贵公司)?提供|^(?i:provide |offer |extend )")
_FREE_AFTER = re.compile(r"(?i),? free of charge$|,? at no (extra )?(cost|charge)$")


def _offer_in_own_words(kind: CompensationKind, what: str, lang: Language) -> str:
    """The offer as its description says it ("提供两天现场驻场支持" → 免费为贵公司提供两天现场驻场
    支持), rather than the kind's words with the description repeated after them in brackets."""
    words = _OWN_WORDS.get((kind, lang), ())
    if not any(word in what.casefold() for word in words):
        return ""
    said = _FREE_AFTER.sub("", _OFFERED.sub("", what).strip()).strip()
    if kind is CompensationKind.EXTENDED_MAINTENANCE:
        if lang is ZH:
            if said.startswith("延长"):
                return f"免费为贵公司{said}"
            return f"免费为贵公司{'将' if '延长' in said else '延长'}{said}"
        return f"extend {_lower_first(said, lang)} free of charge"
    if lang is ZH:
        return f"免费为贵公司提供{said}"
    return f"provide {_lower_first(said, lang)} free of charge"


def _aside(text: str, lang: Language, said: str = "") -> str:
    if not text or text == said:
        return ""
    return f"（{text}）" if lang is ZH else f" ({text})"


def _lower_first(text: str, lang: Language) -> str:
    if lang is EN and text[:1].isupper() and not text[:2].isupper():
        return text[0].lower() + text[1:]
    return text


def commitment_sentence(
    commitments: Sequence[Commitment],
    now: datetime,
    zone: tzinfo,
    lang: Language,
    typed: tuple[str, datetime | None] | None = None,
) -> str:
    """What we have promised and not yet kept, with dates: the ledger speaks, not a memo; and
    what the letter promises besides (`typed`: words, and the date if there is one), in the
    same one sentence."""
    # a date already past is not promised again in a letter; the actions have their own list
    open_ones = [
        c
        for c in commitments
        if c.kept_at is None
        and c.cancelled_at is None
        and c.due_at >= now
        and c.kind not in (CommitmentKind.ACTION, CommitmentKind.FIRST_RESPONSE)
    ]
    promises: list[tuple[datetime, str]] = []
    progress = [
        c
        for c in open_ones
        if c.kind is CommitmentKind.PROGRESS_UPDATE
        or (c.kind is CommitmentKind.PROMISE and not c.description.strip())
    ]
    if progress:
        first = min(progress, key=lambda c: c.due_at)
        promises.append(
            (first.due_at, "向您通报处理进展" if lang is ZH else "report our progress to you")
        )
    for c in open_ones:
        if c.kind is CommitmentKind.PROMISE and c.description.strip():
            words = " ".join(c.description.split()).rstrip("。.；;，, ")
            promises.append((c.due_at, _lower_first(words, lang)))
        if c.kind is CommitmentKind.FOLLOW_UP:
            promises.append(
                (
                    c.due_at,
                    "回访贵公司，听取您的意见"
                    if lang is ZH
                    else "visit you to hear how things are going",
                )
            )
    undated: list[str] = []
    if typed is not None:
        words = _lower_first(" ".join(typed[0].split()).rstrip("。.；;，, "), lang)
        if typed[1] is not None:  # the date is said by the sentence: not twice
            words = _OWN_DATE[lang].sub("", words).strip(" ，,")
        known = {what.casefold() for _, what in promises}
        if words and words.casefold() not in known:  # once in the ledger, said once
            if typed[1] is None or _RECURS[lang].search(words):  # 每周五汇报: no "于…前"
                undated.append(words)
            else:
                promises.append((typed[1], words))
    if not promises and not undated:
        return ""
    promises.sort(key=lambda item: item[0])
    if lang is ZH:
        clauses = [
            f"于{long_date(due.astimezone(zone).date(), lang)}前{what}" for due, what in promises
        ]
        return "我们承诺：将" + "；".join(clauses + undated) + "。"
    clauses = [
        f"{what} by {long_date(due.astimezone(zone).date(), lang)}" for due, what in promises
    ]
    return f"We commit to {series(clauses + undated)}."


# a date the engineer typed into a promise that has its date set apart ("11月30日前提交…",
# "send the report by 30 November")
_OWN_DATE = {
    Language.ZH: re.compile(r"^(?:将|会)?(?:于|在)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:之前|以前|前)"),
    Language.EN: re.compile(
        r"\s+(?:by|before)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}"
        r"(?:st|nd|rd|th)?)(?:,?\s+\d{4})?$"
    ),
}


# a promise kept again and again has its own schedule: "by a date" would make it nonsense
_RECURS = {
    Language.ZH: re.compile(r"每(?:周|天|日|月|两周|个工作日|星期)|定期"),
    Language.EN: re.compile(
        r"(?i)\b(?:every|each)\s+(?:day|week|month|morning|evening|(?:mon|tues|wednes|thurs|fri)"
        r"day)\b|\b(?:daily|weekly|monthly|fortnightly)\b"
    ),
}


def series(items: Sequence[str]) -> str:
    """ "A", "A and B", "A, B, and C"."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def contact_sentence(name: str, phone: str, email: str, lang: Language) -> str:
    ways = [way for way in (phone, email) if way]
    if not ways:
        return ""
    if lang is ZH:
        labelled = [f"电话：{phone}"] if phone else []
        labelled += [f"邮箱：{email}"] if email else []
        return f"如有任何问题，请随时与我联系（{'，'.join(labelled)}）。"
    if phone and email:
        return f"If you have any questions, please contact me on {phone} or at {email}."
    return f"If you have any questions, please contact me {'on' if phone else 'at'} {ways[0]}."
