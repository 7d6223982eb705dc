"""The first-response message: what the engineer says or sends within 24 hours, filled from the
case and the signer. What is not known yet shows as 【words】 a person reads, never a {name}; the
customer's own words are never quoted back (the issue is named in our neutral words)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from desktop.domain.complaint import Case
from desktop.domain.customers import Customer
from desktop.domain.dates import local_moment
from desktop.domain.enums import ComplaintType, Language
from desktop.domain.letter import Signer, fill_template, left_to_fill, to_fill
from desktop.domain.letter_phrases import ALSO_SCRIPT, ISSUE, pick
from desktop.domain.letter_recipient import addressed_contact, honorific, titled
from desktop.domain.templates import user_or_shipped

# when the subtype is not chosen yet: the issue as the customer raised it, in general words
REPORTED = ("您反映的问题", "the problem you reported")
_PLACEHOLDER = re.compile(r"{(\w+)}")


@dataclass(frozen=True)
class ScriptDraft:
    text: str
    language: Language
    missing: tuple[str, ...]  # what is still to fill, as the words shown for it
    subject: str = ""  # for an e-mail: neutral, never the complaint's own words

    @property
    def ready(self) -> bool:
        return not self.missing


def script_template(kind: ComplaintType | None, lang: Language, folder: Path | None = None) -> str:
    """The shipped (or, with `folder`, the user's edited) script for a type and language."""
    name = f"{(kind or ComplaintType.TECHNICAL).value}.{lang.value}.txt"
    return user_or_shipped(folder, "first_response", name)


def script_values(
    case: Case,
    signer: Signer,
    lang: Language,
    promise_due: datetime | None,
    zone: tzinfo,
    customer: Customer | None = None,
) -> dict[str, str]:
    subtype = case.classification.subtype
    issue = pick(ISSUE[subtype], lang) if subtype else pick(REPORTED, lang)
    contact = addressed_contact(case, customer)
    return {
        # 王经理，您好！ when the customer's record gives the contact a title
        "contact": (titled(contact, lang) if contact else "") or case.intake.contact_name.strip(),
        "customer": case.intake.customer.strip(),
        "you": honorific(case.intake.customer) if lang is Language.ZH else "you",
        "issue": issue,
        "also": _also(case, lang),
        "title": issue,  # an edited template of an older version: never the complaint's words
        "engineer": signer.name.strip(),
        "engineer_title": signer.title.strip(),
        "company": signer.company.strip(),
        "phone": signer.phone.strip() or signer.email.strip(),
        "promise_time": local_moment(promise_due, zone, lang),
    }


def _also(case: Case, lang: Language) -> str:
    """The other part of a mixed complaint, answered in a sentence; "" when there is none."""
    also = case.classification.other_type
    return pick(ALSO_SCRIPT[also], lang) if also else ""


def draft_script(template: str, values: dict[str, str], lang: Language) -> ScriptDraft:
    text, _ = fill_template(template, values, lang)
    return ScriptDraft(text, lang, tuple(left_to_fill(text, lang)), subject(values, lang))


def subject(values: dict[str, str], lang: Language) -> str:
    issue = values["issue"]
    return f"关于{issue}的回复" if lang is Language.ZH else f"Re: {issue}"


def refill(text: str, values: dict[str, str], lang: Language) -> ScriptDraft:
    """A script the user kept (edited or not): any {name} or 【words】 of what is now known is
    filled, the rest of their text untouched."""
    healed = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), "").strip() or m.group(0), text)
    for name, value in values.items():
        if value.strip():
            healed = healed.replace(to_fill(name, lang), value.strip())
    return ScriptDraft(healed, lang, tuple(left_to_fill(healed, lang)), subject(values, lang))
