"""The kinds of phrase the tone check flags, with why each one hurts an apology and what to do
instead, in both languages. The phrases themselves are in tone_phrases_zh.py and _en.py."""

from __future__ import annotations

from typing import NamedTuple

from desktop.domain.enums import Language

BLAMING = "blaming"
LECTURING = "lecturing"
DEFENSIVE = "defensive"
HEDGING = "hedging"
MINIMISING = "minimising"
CONDITIONAL = "conditional_apology"
PASSIVE = "passive_evasion"
OVER_PROMISING = "over_promising"
COLD = "cold"
INTERNAL = "internal"
RELATIVE_DAY = "relative_day"


class Kind(NamedTuple):
    label: tuple[str, str]  # (English, 简体中文)
    reason: tuple[str, str]
    advice: tuple[str, str]


KINDS: dict[str, Kind] = {
    BLAMING: Kind(
        ("Blaming", "指责客户"),
        (
            "Sounds like blaming the customer: the apology turns into an accusation.",
            "听起来像在指责客户：道歉变成了追究。",
        ),
        (
            "Say what happened without pointing at the customer.",
            "客观说明发生了什么，不要把责任推给客户。",
        ),
    ),
    LECTURING: Kind(
        ("Lecturing", "说教"),
        (
            "Talks down to the customer or points back at what they were told.",
            "像在给客户上课，或在翻“早就告诉过您”的旧账。",
        ),
        ("Explain again, kindly, and offer help.", "心平气和地再说明一次，并主动提供帮助。"),
    ),
    DEFENSIVE: Kind(
        ("Defensive", "辩解"),
        (
            "Sounds defensive: it argues with the customer instead of owning our part.",
            "听起来像在辩解：在和客户争论，而不是承担我方的部分。",
        ),
        ("Own our part and say what we will do.", "承担我方的部分，并说明我们将怎么做。"),
    ),
    HEDGING: Kind(
        ("Hedging", "含糊其辞"),
        (
            "Sounds like hedging: the customer cannot rely on it.",
            "措辞含糊：客户无法据此放心。",
        ),
        (
            "Say what we know and what we will do, by when.",
            "说明已知的情况，以及我们将做什么、何时完成。",
        ),
    ),
    MINIMISING: Kind(
        ("Minimising", "轻描淡写"),
        (
            "Makes the problem sound smaller than it felt to the customer.",
            "把问题说小了，而客户感受到的影响并不小。",
        ),
        ("Name the impact as the customer lived it.", "如实说出问题给客户带来的影响。"),
    ),
    CONDITIONAL: Kind(
        ("Conditional apology", "有条件的道歉"),
        (
            "An apology with an “if” or a “but” does not apologise.",
            "带着“如果”或“但是”的道歉，不算真正的道歉。",
        ),
        ("Apologise without conditions, for what we did.", "无条件地为我方的做法致歉。"),
    ),
    PASSIVE: Kind(
        ("Passive evasion", "回避主语"),
        (
            "Hides who did it: “mistakes were made” owns nothing.",
            "回避了是谁做的：“出现了问题”等于什么都没有承认。",
        ),
        ("Say who did what: “we …”.", "说清楚是谁做了什么：“我们……”。"),
    ),
    OVER_PROMISING: Kind(
        ("Over-promising", "过度承诺"),
        (
            "Promises more than anyone can keep; a broken promise costs more than the first fault.",
            "承诺了谁也做不到的事；食言的代价比最初的问题更大。",
        ),
        (
            "Promise what we will do and how we will check it, with a date.",
            "承诺我们将做什么、如何检查，并给出日期。",
        ),
    ),
    COLD: Kind(
        ("Cold or jargon", "冷漠或术语"),
        (
            "Sounds cold or technical: the customer hears a procedure, not a person.",
            "听起来冷漠或满是术语：客户感受到的是流程，而不是人。",
        ),
        ("Use plain, warm words the customer would use.", "用客户听得懂的、平实温和的话。"),
    ),
    INTERNAL: Kind(
        ("Written for colleagues", "内部口吻"),
        (
            "Speaks of the reader as “the customer”: a note written for colleagues, copied in.",
            "把读信的人称作“客户”：像是写给同事的内部记录被抄进了信里。",
        ),
        (
            "Speak to them: “you”, or their organisation as the letter names it.",
            "直接对对方说：用“您”，或信中对对方单位的称呼（贵公司等）。",
        ),
    ),
    RELATIVE_DAY: Kind(
        ("A day that moves", "相对日期"),
        (
            "“Tomorrow” depends on the day the letter is read: it may be read a day later, or "
            "kept on file, and then it promises the wrong day.",
            "“明天”取决于读信的日子：客户可能隔天才读到，或存档备查，那时承诺的就是另一天了。",
        ),
        ("Write the date itself: 26 November, in the morning.", "写明日期，如“11月26日上午”。"),
    ),
}


class PhraseRule(NamedTuple):
    """One phrase to flag. `rewrite` is a plainer wording in the phrase's own language (it goes
    into the same letter); empty when the phrase is best left out."""

    phrase: str
    kind: str
    rewrite: str = ""
    variants: tuple[str, ...] = ()  # other ways of writing the same thing
    not_after: tuple[str, ...] = ()  # not a hit when the text just before ends with one of these
    not_before: tuple[str, ...] = ()  # not a hit when the text just after starts with one of these

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.phrase, *self.variants)


def _pick(pair: tuple[str, str], lang: Language) -> str:
    return pair[1] if lang is Language.ZH else pair[0]


def kind_label(kind: str, lang: Language) -> str:
    return _pick(KINDS[kind].label, lang)


def reason(kind: str, lang: Language) -> str:
    return _pick(KINDS[kind].reason, lang)


def suggestion(rule: PhraseRule, lang: Language) -> str:
    advice = _pick(KINDS[rule.kind].advice, lang)
    if lang is Language.ZH:
        return f"{advice}可改为：“{rule.rewrite}”" if rule.rewrite else f"{advice}也可以直接删去。"
    return f"{advice} Try: “{rule.rewrite}”" if rule.rewrite else f"{advice} Or leave it out."
