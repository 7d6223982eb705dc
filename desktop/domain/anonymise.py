"""Removing who the customer is from a text before it is shared.

`find` lists what names or reaches someone: the customer's names (full, the user's aliases, short
names derived from it), the project, the contact and other people, phone numbers, e-mail, WeChat
and QQ IDs, ID card numbers, street and web addresses. A finding is *sure* (replaced unless the
user keeps it) or *flagged* (a likely name the user confirms: replaced or kept, never decided
silently). `render` replaces the chosen findings in one pass; a text is shortened only after that
(`shorten`), so a name cut in half can never slip through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.customer_names import short_names
from desktop.domain.enums import Language
from desktop.domain.identifiers import find_identifiers
from desktop.domain.person_names import COMPOUND_SURNAMES, PINYIN_SURNAMES, SURNAMES, find_people


class FindingKind(StrEnum):
    CUSTOMER = "customer"
    ALIAS = "alias"
    SHORT_NAME = "short_name"
    PROJECT = "project"
    CONTACT = "contact"
    PERSON = "person"
    PHONE = "phone"
    EMAIL = "email"
    IM = "im"
    ID_NUMBER = "id_number"
    ADDRESS = "address"
    WEB = "web"


_PLACEHOLDERS = {
    # kind: (English, 简体中文)
    FindingKind.CUSTOMER: ("[Customer]", "【客户】"),
    FindingKind.ALIAS: ("[Customer]", "【客户】"),
    FindingKind.SHORT_NAME: ("[Customer]", "【客户】"),
    FindingKind.PROJECT: ("[Project]", "【项目】"),
    FindingKind.CONTACT: ("[Contact]", "【联系人】"),
    FindingKind.PERSON: ("[Person]", "【人员】"),
    FindingKind.PHONE: ("[Phone]", "【电话】"),
    FindingKind.EMAIL: ("[E-mail]", "【邮箱】"),
    FindingKind.IM: ("[WeChat/QQ ID]", "【微信/QQ号】"),
    FindingKind.ID_NUMBER: ("[ID number]", "【证件号】"),
    FindingKind.ADDRESS: ("[Address]", "【地址】"),
    FindingKind.WEB: ("[Website]", "【网址】"),
}


def placeholder(kind: FindingKind, lang: Language) -> str:
    english, chinese = _PLACEHOLDERS[kind]
    return chinese if lang is Language.ZH else english


@dataclass(frozen=True)
class Finding:
    original: str
    kind: FindingKind
    placeholder: str
    sure: bool = True
    # not replaced where one of these comes just before or after it: 方工 is a person, but not
    # in 我方工程师
    not_before: str = ""
    not_after: str = ""

    @property
    def any_case(self) -> bool:
        """Names of organisations and addresses match whatever their case; people's names do not
        ("Will" is a name, "will" is not)."""
        return self.kind not in (FindingKind.CONTACT, FindingKind.PERSON)


@dataclass(frozen=True)
class Parties:
    """Who must not be recognised: what the case knows by name."""

    customers: Sequence[str] = ()
    other_customers: Sequence[str] = ()  # the other cases' customers: short names are guesses
    aliases: Sequence[str] = ()  # the user's other names for the customer: always sure
    projects: Sequence[str] = ()
    contacts: Sequence[str] = ()
    other_contacts: Sequence[str] = ()  # contacts of other cases, whole names only
    people: Sequence[str] = ()  # other people of the customer known by name (people involved)
    maybe_people: Sequence[str] = ()  # people who may be ours as well (interviewed): flagged
    identifiers: Sequence[str] = ()  # the contact's phone and e-mail as typed in the case
    derive: bool = True  # also look for short names of the customers and parts of the contacts'


@dataclass
class _Span:
    start: int
    end: int
    kind: FindingKind
    sure: bool
    placeholder: str = ""
    rank: int = 0  # lower wins where spans overlap
    text: str = field(default="", compare=False)
    not_before: str = ""
    not_after: str = ""


_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")
_HONORIFICS = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam)\.?\s+", re.I)
_CN_TITLES_AT_END = re.compile(r"(?:工程师|经理|主任|老师|总监|主管|先生|女士|医生|会计|工|总)$")


def _literal_pattern(name: str, any_case: bool, not_before: str = "", not_after: str = "") -> str:
    pattern = re.escape(name)
    if _ASCII_ALNUM.match(name[:1]):
        pattern = r"(?<![0-9A-Za-z])" + pattern
    if _ASCII_ALNUM.match(name[-1:]):
        pattern += r"(?![0-9A-Za-z])"
    if not_before:
        pattern = f"(?<![{re.escape(not_before)}])" + pattern
    if not_after:
        pattern += f"(?![{re.escape(not_after)}])"
    return f"(?i:{pattern})" if any_case else pattern


def _clean(names: Iterable[str]) -> list[str]:
    return [name for name in dict.fromkeys(" ".join(n.split()) for n in names) if name]


def split_people(text: str) -> list[str]:
    """Names in a "people involved" field: "张伟（IT主管）、李娜, Tom Baker" → 张伟, 李娜,
    Tom Baker."""
    text = re.sub(r"[（(][^）)]*[）)]", "", text)
    items = re.split(r"[、，,;；/\n]|\band\b|及|和", text)
    names = []
    for item in (" ".join(part.split()) for part in items):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", item) and (
            item[0] in SURNAMES or item[:2] in COMPOUND_SURNAMES
        ):
            names.append(item)
        elif re.fullmatch(r"(?:[A-Z][a-z'\-]+\.?\s?){1,3}", item):
            names.append(_HONORIFICS.sub("", item).strip())
    return [name for name in names if len(name) >= 2]


def _name_parts(contact: str) -> list[tuple[str, bool]]:
    """Parts of a contact's name that name them alone, and whether that is sure: 王建国 → 建国;
    Dr. James Lee → James Lee, Lee (sure) and James (a first name may be a word: "Mark").
    A one-character part is never used (王 is in every other word)."""
    bare = _HONORIFICS.sub("", contact).strip()
    parts = [(bare, True)] if bare != contact else []
    if re.fullmatch(r"[\u4e00-\u9fff]{3,4}", bare) and not _CN_TITLES_AT_END.search(bare):
        given = bare[len(_surname(bare)) :]
        if len(given) >= 2:
            parts.append((given, True))
    words = bare.split()
    if len(words) >= 2 and all(re.fullmatch(r"[A-Z][A-Za-z'\-]+", w) for w in words):
        # "Zhang Min" puts the family name first, "Sarah Miller" last
        family, given = (
            (words[0], words[-1]) if words[0] in PINYIN_SURNAMES else (words[-1], words[0])
        )
        if len(family) >= 3:
            parts.append((family, True))
        if len(given) >= 3:
            parts.append((given, False))
    return parts


def _known_names(parties: Parties) -> list[tuple[str, FindingKind, bool]]:
    known: list[tuple[str, FindingKind, bool]] = []
    for customer in _clean(parties.customers):
        known.append((customer, FindingKind.CUSTOMER, True))
        if parties.derive:
            known += [(s.name, FindingKind.SHORT_NAME, s.sure) for s in short_names(customer)]
    for name in _clean(parties.other_customers):
        known.append((name, FindingKind.CUSTOMER, True))
        if parties.derive:  # another case's short names: guesses here, not sure
            known += [(s.name, FindingKind.SHORT_NAME, False) for s in short_names(name)]
    known += [(alias, FindingKind.ALIAS, True) for alias in _clean(parties.aliases)]
    known += [(project, FindingKind.PROJECT, False) for project in _clean(parties.projects)]
    for contact in _clean(parties.contacts):
        known.append((contact, FindingKind.CONTACT, True))
        if parties.derive:
            known += [(part, FindingKind.CONTACT, sure) for part, sure in _name_parts(contact)]
    known += [(name, FindingKind.CONTACT, True) for name in _clean(parties.other_contacts)]
    known += [(person, FindingKind.PERSON, True) for person in _clean(parties.people)]
    known += [(person, FindingKind.PERSON, False) for person in _clean(parties.maybe_people)]
    for value in _clean(parties.identifiers):
        kind = FindingKind.EMAIL if "@" in value else FindingKind.PHONE
        known.append((value, kind, True))
    return [(name, kind, sure) for name, kind, sure in known if len(name) >= 2]


def _surname(name: str) -> str:
    return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]


def _spans(
    text: str,
    known: list[tuple[str, FindingKind, bool]],
    contact_surnames: set[str],
    lang: Language,
) -> list[_Span]:
    spans: list[_Span] = []
    folded = text.casefold()
    for rank, (name, kind, sure) in enumerate(known):
        any_case = kind not in (FindingKind.CONTACT, FindingKind.PERSON)
        if (name.casefold() not in folded) if any_case else (name not in text):
            continue  # cheap before the regular expression: the lists can be long
        for match in re.finditer(_literal_pattern(name, any_case), text):
            spans.append(_Span(match.start(), match.end(), kind, sure, rank=rank))
    later = len(known)
    for found in find_identifiers(text):
        kind = FindingKind(found.kind.value)
        spans.append(_Span(found.start, found.end, kind, found.sure, rank=later))
    for person in find_people(text):
        # the contact's surname with a title (王经理 for 王建国) is them: sure
        sure = person.sure or (
            bool(person.title)
            and any(text.startswith(surname, person.start) for surname in contact_surnames)
        )
        words = placeholder(FindingKind.PERSON, lang)
        if person.title and lang is Language.ZH:
            words = "某" + person.title
        spans.append(
            _Span(
                person.start,
                person.end,
                FindingKind.PERSON,
                sure,
                words,
                later + 1,
                not_before=person.not_before,
                not_after=person.not_after,
            )
        )
    for span in spans:
        span.text = text[span.start : span.end]
    return spans


def _family(kind: FindingKind) -> FindingKind:
    return FindingKind.CUSTOMER if kind in (FindingKind.ALIAS, FindingKind.SHORT_NAME) else kind


def _keep(spans: list[_Span]) -> list[_Span]:
    """A flagged guess that overlaps something sure is dropped, and so is a name inside a longer
    sure name of the same kind (华信 inside 华信银行 is one finding, not two)."""
    sure = []
    for span in spans:
        if not span.sure:
            continue
        inside = any(
            other.sure
            and other.start <= span.start
            and span.end <= other.end
            and other.end - other.start > span.end - span.start
            and _family(other.kind) == _family(span.kind)
            for other in spans
        )
        if not inside:
            sure.append(span)
    flagged: list[_Span] = []
    for span in sorted((s for s in spans if not s.sure), key=lambda s: (s.rank, s.start)):
        if any(span.start < other.end and other.start < span.end for other in sure + flagged):
            continue
        flagged.append(span)
    return sure + flagged


def find(texts: Iterable[str], parties: Parties, lang: Language) -> list[Finding]:
    """Everything to replace or confirm in these texts: flagged findings first, then sure ones,
    each in the order it first appears. One finding per distinct text (the surest, then the
    one named by the case)."""
    known = sorted(_known_names(parties), key=lambda item: -len(item[0]))
    contact_surnames = {
        _surname(contact)
        for contact in _clean(parties.contacts)
        if re.match("[\u4e00-\u9fff]", contact)
        and _surname(contact) in SURNAMES | set(COMPOUND_SURNAMES)
    }
    best: dict[str, Finding] = {}
    first: dict[str, tuple[int, int]] = {}
    priority: dict[str, tuple[bool, int]] = {}
    for number, text in enumerate(texts):
        for span in _keep(_spans(text, known, contact_surnames, lang)):
            person = span.kind in (FindingKind.CONTACT, FindingKind.PERSON)
            key = span.text if person else span.text.casefold()
            first.setdefault(key, (number, span.start))
            rank = (not span.sure, span.rank)
            if key not in priority or rank < priority[key]:
                priority[key] = rank
                best[key] = Finding(
                    span.text,
                    span.kind,
                    span.placeholder or placeholder(span.kind, lang),
                    span.sure,
                    span.not_before,
                    span.not_after,
                )
    return sorted(best.values(), key=lambda f: (f.sure, first[_key(f)]))


def _key(finding: Finding) -> str:
    return finding.original if not finding.any_case else finding.original.casefold()


def render(text: str, chosen: Iterable[Finding]) -> str:
    """The text with every occurrence of the chosen findings replaced, longest first, in one pass
    (a placeholder is never searched again)."""
    findings = sorted(
        {f.original: f for f in chosen if f.original}.values(), key=lambda f: -len(f.original)
    )
    if not findings or not text:
        return text
    exact = {f.original: f.placeholder for f in findings}
    folded = {f.original.casefold(): f.placeholder for f in findings if f.any_case}
    pattern = re.compile(
        "|".join(
            _literal_pattern(f.original, f.any_case, f.not_before, f.not_after) for f in findings
        )
    )

    def swap(match: re.Match[str]) -> str:
        found = match.group(0)
        return exact.get(found) or folded.get(found.casefold(), found)

    return pattern.sub(swap, text)


_OPENERS = {"【": "】", "[": "]"}


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, with "…" where it was cut, never inside a placeholder (nor
    inside an English word, when a space is near)."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    for opener, closer in _OPENERS.items():
        if head.rfind(opener) > head.rfind(closer):
            head = head[: head.rfind(opener)]
    if _ASCII_ALNUM.match(text[len(head) : len(head) + 1]) and _ASCII_ALNUM.match(head[-1:]):
        space = head.rfind(" ")
        if space >= len(head) // 2:  # an English word is not cut in half either
            head = head[:space]
    return head.rstrip(" ,;:") + "…"
