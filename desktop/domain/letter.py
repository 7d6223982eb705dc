"""The apology letter's words: drafted from the case in the engineer's neutral words (never the
customer's complaint quoted), owning responsibility and offering repair, in the language of the
customer; a section with nothing to say is left out.

Templates are text with {placeholders}; a part in [[double brackets]] is left out when any
placeholder in it is empty, and a paragraph left with nothing is dropped. A placeholder outside
brackets that the case cannot fill is asked for (`LetterDraft.missing`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path

from desktop.domain.catalog import WORDS, text
from desktop.domain.complaint import Case, Compensation
from desktop.domain.customers import Customer
from desktop.domain.dates import long_date
from desktop.domain.enums import ActionStatus, CompensationKind, Language, Severity
from desktop.domain.letter_phrases import (
    ALSO_LETTER,
    IMPACT,
    IMPACT_AT_LEAST,
    ISSUE,
    OWNED,
    as_sentence,
    commitment_sentence,
    compensation_phrase,
    contact_sentence,
    numbered,
    pick,
    with_date,
)
from desktop.domain.letter_recipient import default_salutation, honorific
from desktop.domain.settings import Letterhead, Profile
from desktop.domain.templates import user_or_shipped

ZH, EN = Language.ZH, Language.EN
_PLACEHOLDER = re.compile(r"{(\w+)}")
_OPTIONAL = re.compile(r"\[\[(.*?)\]\]", re.S)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# asked for when the case cannot fill them; everything else is optional
ASKED = ("issue",)


@dataclass(frozen=True)
class LetterFacts:
    """What the letter says, in the engineer's words: drafted from the case, editable in the
    letter dialog, and written back to the case on export."""

    issue: str = ""  # what went wrong, neutrally: "月结报表数据错误"
    what_happened: str = ""  # the cause, plainly
    compensation: str = ""  # typed when the case records none: "免费提供两天现场驻场支持"
    commitment: str = ""  # typed promise: "向您提交整改报告"
    commitment_due: datetime | None = None


@dataclass(frozen=True)
class Signer:
    name: str
    title: str
    company: str
    phone: str
    email: str
    address: str = ""


@dataclass(frozen=True)
class LetterDraft:
    language: Language
    subject: str
    salutation: str
    body: str
    missing: tuple[str, ...] = ()  # placeholders still to give (left as {name} in body)


@dataclass
class LetterContent:
    """Everything the PDF needs: the layout is the document's, the words are these."""

    language: Language
    date: date
    subject: str
    salutation: str
    body: str
    recipient_lines: list[str]  # English inside address: contact, organisation
    letterhead: Letterhead
    signer: Signer
    logo: Path | None = None
    signature: Path | None = None
    case_number: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def text_language(text: str) -> Language:
    """The language a text is written in: Chinese when a fifth of its letters are Chinese."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return ZH
    chinese = sum(1 for ch in letters if _CJK.match(ch))
    return ZH if chinese * 5 >= len(letters) else EN


def customer_language(case: Case, customer: Customer | None = None) -> Language:
    """The letter's default language: the one the customer's record asks for, else the
    customer's as their complaint was written."""
    if customer is not None and customer.language is not None:
        return customer.language
    sample = " ".join([case.intake.complaint_text, case.intake.customer])
    return text_language(sample)


def letter_template(lang: Language, folder: Path | None = None) -> str:
    return user_or_shipped(folder, f"letter.{lang.value}.txt")


def signer_for(profile: Profile, letterhead: Letterhead, lang: Language) -> Signer:
    """Who signs, in the letter's language: an English letter is signed in English."""
    # the company's full name is the letterhead's; the profile's may be short
    if lang is EN:
        return Signer(
            profile.name_en,
            profile.title_en,
            letterhead.company_en or profile.company_en,
            profile.phone,
            profile.email,
            letterhead.address_en,
        )
    return Signer(
        profile.name,
        profile.title,
        letterhead.company or profile.company,
        profile.phone,
        profile.email,
        letterhead.address,
    )


def unsigned_fields(signer: Signer) -> list[str]:
    """What the profile lacks to sign a letter: a name, a title, a company, and a way to be
    reached (a phone or an e-mail)."""
    missing = [name for name in ("name", "title", "company") if not getattr(signer, name).strip()]
    if not signer.phone.strip() and not signer.email.strip():
        missing += ["phone", "email"]
    return missing


def default_facts(case: Case, lang: Language) -> LetterFacts:
    """What the case can say in this language: its root cause only when it is written in it
    (a Chinese note does not go into an English letter; the dialog asks for it instead)."""
    subtype = case.classification.subtype
    cause = case.investigation.root_cause.strip()
    issue = issue_of_subject(case.letter_subject) if case.letter_language == lang.value else ""
    return LetterFacts(
        issue=issue or (pick(ISSUE[subtype], lang) if subtype else ""),
        what_happened=cause if cause and text_language(cause) is lang else "",
    )


def issue_of_subject(subject: str) -> str:
    """What went wrong, in the words of an exported letter's subject (关于报表错误的说明,
    Re: Report errors): the letter opens again as it was written."""
    subject = subject.strip()
    if subject.startswith("关于") and subject.endswith("的说明"):
        return subject[2:-3]
    if subject.startswith("Re: ") and len(subject) > 4:
        issue = subject[4:]
        keep = len(issue) > 1 and issue[1].isupper()  # an acronym: ERP, VPN
        return issue if keep else issue[0].lower() + issue[1:]
    return ""


def chinese_in_english(text: str) -> list[str]:
    """The runs of Chinese in an English letter (to translate, unless they are a name)."""
    return re.findall(  # Latin inside the run stays in it: 恢复全部BOM数据, not 恢复全部 and 数据
        r"[\u3400-\u9fff\uf900-\ufaff]"
        r"(?:[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]|[A-Za-z0-9 ._-]+(?=[\u3400-\u9fff]))*",
        text,
    )


def default_subject(issue: str, lang: Language) -> str:
    issue = issue.strip().rstrip("。.")
    if not issue:
        return ""
    return f"关于{issue}的说明" if lang is ZH else f"Re: {issue[0].upper()}{issue[1:]}"


def letter_values(
    case: Case, facts: LetterFacts, signer: Signer, lang: Language, now: datetime, zone: tzinfo
) -> dict[str, str]:
    """What the case, the facts and the signer fill; empty where nothing is known."""
    done = [
        a.description
        for a in case.actions
        if a.status in (ActionStatus.DONE, ActionStatus.VERIFIED)
    ]
    planned = [
        with_date(a.description, a.due_at, zone, lang)
        for a in case.actions
        if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
    ]
    offers = list(case.compensations)
    if facts.compensation.strip() and not offers:
        offers = [Compensation(0, CompensationKind.OTHER, facts.compensation)]
    commitments = list(case.commitments)
    promise = commitment_sentence(
        commitments, now, zone, lang, (facts.commitment, facts.commitment_due)
    )
    received = case.intake.received_at
    you = honorific(case.intake.customer) if lang is ZH else "you"
    return {
        "issue": facts.issue.strip().rstrip("。."),
        "you": you,
        "impact": pick(IMPACT[_weight(case)], lang),
        "responsibility": _addressed(pick(OWNED[case.classification.responsibility], lang), you),
        "also": _also(case, lang, you),
        "project": _project(case.intake.project, lang),
        "customer": case.intake.customer.strip(),
        "received_date": _received(received, now, zone, lang),
        "what_happened": as_sentence(facts.what_happened, lang),
        "actions_done": numbered(done, lang),
        "actions_planned": "\n".join(
            f"{number}. {line}" for number, line in enumerate(filter(None, planned), 1)
        ),
        "compensation": _addressed(compensation_phrase(offers, lang), you),
        "commitment": _addressed(promise, you),
        "contact": contact_sentence(signer.name, signer.phone, signer.email, lang),
    }


def _also(case: Case, lang: Language, you: str) -> str:
    """The other part of a mixed complaint, owned too; "" when there is none."""
    also = case.classification.other_type
    return _addressed(pick(ALSO_LETTER[also], lang), you) if also else ""


def _weight(case: Case) -> Severity | None:
    """The severity the apology weighs the harm by: the case's, or more for what is grave by
    its nature (lost data)."""
    severity = case.intake.severity
    subtype = case.classification.subtype
    least = IMPACT_AT_LEAST.get(subtype) if subtype else None
    if least is not None and (severity is None or severity.rank < least.rank):
        return least
    return severity


def _received(received: datetime | None, now: datetime, zone: tzinfo, lang: Language) -> str:
    """When the customer told us: 今天 on the day itself, which the sign-off dates already (in
    English the letter then leaves it out)."""
    if received is None:
        return ""
    day = received.astimezone(zone).date()
    if day == now.astimezone(zone).date():
        return "今天" if lang is ZH else ""
    return long_date(day, lang)


def _addressed(phrase: str, you: str) -> str:
    """Our phrases name the customer 贵公司; a bank's letter says 贵行 throughout."""
    return phrase.replace("贵公司", you)


def _project(name: str, lang: Language) -> str:
    """The project as the letter names it: "in the ERP rollout" in English."""
    name = " ".join(name.split())
    if lang is ZH or not name or name.lower().startswith("the "):
        return name
    return f"the {name}"


def placeholder_label(name: str, lang: Language) -> str:
    """What a person calls a placeholder ("what went wrong"), never its {name}."""
    key = f"placeholder.{name}"
    return text(key, lang) if key in WORDS else name.replace("_", " ")


def to_fill(name: str, lang: Language) -> str:
    """What stands in the text where something is still to be written: 【出了什么问题】, words a
    person reads, never a {name}."""
    key = f"fill.{name}"
    return f"【{text(key, lang) if key in WORDS else placeholder_label(name, lang)}】"


_TO_FILL = re.compile(r"【([^】]*)】|{(\w+)}")


def left_to_fill(text_: str, lang: Language) -> list[str]:
    """What a letter's text still asks for, as the words shown for it."""
    found = [shown or placeholder_label(name, lang) for shown, name in _TO_FILL.findall(text_)]
    return list(dict.fromkeys(found))


def fill_template(
    template: str, values: dict[str, str], lang: Language | None = None
) -> tuple[str, tuple[str, ...]]:
    """The body, and the placeholders it still needs: shown as 【words】 when `lang` is given,
    else left as {name}."""

    def optional(match: re.Match[str]) -> str:
        names = _PLACEHOLDER.findall(match.group(1))
        if any(not values.get(name, "").strip() for name in names):
            return ""
        return _PLACEHOLDER.sub(lambda m: _before(values[m.group(1)], m), match.group(1))

    without_optional = _OPTIONAL.sub(optional, template)
    missing: list[str] = []

    def required(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "").strip()
        if value:
            return _before(value, match)
        if match.group(1) not in missing:
            missing.append(match.group(1))
        return to_fill(match.group(1), lang) if lang else match.group(0)

    filled = _PLACEHOLDER.sub(required, without_optional)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", filled)]
    return "\n\n".join(p for p in paragraphs if p), tuple(missing)


def _before(value: str, match: re.Match[str]) -> str:
    """A value that ends as the template goes on ("Co., Ltd." before "."; "。" before "。")
    gives up its last mark: one full stop, not two."""
    after = match.string[match.end() : match.end() + 1]
    if after and after in ".。" and value.endswith(after):
        return value[:-1]
    return value


def draft_letter(
    case: Case,
    facts: LetterFacts,
    signer: Signer,
    lang: Language,
    template: str,
    now: datetime,
    zone: tzinfo,
    customer: Customer | None = None,
) -> LetterDraft:
    values = letter_values(case, facts, signer, lang, now, zone)
    body, missing = fill_template(template, values, lang)
    return LetterDraft(
        lang,
        default_subject(facts.issue, lang),
        default_salutation(case, lang, customer),
        body,
        missing,
    )


def saved_draft(case: Case, lang: Language) -> LetterDraft | None:
    """The letter as the user last exported it, when it was written in this language."""
    if not case.letter_text.strip() or case.letter_language != lang.value:
        return None
    return LetterDraft(lang, case.letter_subject, case.letter_salutation, case.letter_text)


_CLOSINGS = ("此致", "敬礼！", "敬礼!", "敬礼", "Yours sincerely,", "Yours faithfully,", "Regards,")


def split_legacy_letter(text: str) -> tuple[str, str]:
    """A letter saved by versions up to 0.1 held the salutation and the closing in its text:
    (salutation, body) with the closing lines left out (the layout prints them now)."""
    lines = text.strip().split("\n")
    salutation = ""
    if lines and (lines[0].rstrip().endswith(("：", ":")) or lines[0].startswith("Dear ")):
        salutation = lines.pop(0).strip()
    while lines and (not lines[-1].strip() or lines[-1].strip() in _CLOSINGS):
        lines.pop()
    return salutation, "\n".join(lines).strip()
