"""Whom a letter is addressed to: the salutation (尊敬的王经理： / Dear Ms Chen,) and the English
inside address, from the case and its customer's record (LETTERS.md)."""

from __future__ import annotations

from desktop.domain.complaint import Case
from desktop.domain.customers import Contact, Customer
from desktop.domain.enums import Language

ZH = Language.ZH

# how a title given in the other language is written in this one (经理 has no English
# salutation of its own: "Dear Wang Fang," then)
_TITLES_ZH = {
    "ms": "女士",
    "mrs": "女士",
    "miss": "女士",
    "mr": "先生",
    "dr": "博士",
    "prof": "教授",
}
_TITLES_EN = {"女士": "Ms", "小姐": "Ms", "先生": "Mr", "博士": "Dr", "教授": "Prof"}


def _cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def surname(name: str) -> str:
    """王芳 → 王, 欧阳娜娜 → 欧阳, Dana Chen → Chen."""
    from desktop.domain.person_names import COMPOUND_SURNAMES

    name = name.strip()
    if _cjk(name):
        return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    return name.split()[-1] if name.split() else ""


def titled(contact: Contact, lang: Language) -> str:
    """The contact as a salutation calls them: 王经理, 陈女士, Ms Chen; '' without a title
    that suits the language."""
    title = contact.title.strip().rstrip(".")
    if not title or not contact.name.strip():
        return ""
    if lang is ZH:
        title = _TITLES_ZH.get(title.casefold(), title)
        return f"{surname(contact.name)}{title}" if _cjk(title) else ""
    title = _TITLES_EN.get(title, title)
    if _cjk(title) or title.casefold() not in _TITLES_ZH:
        return ""
    return f"{title} {surname(contact.name)}"


# how a Chinese letter names the customer's organisation, by what its name says it is
_BANKS = ("银行",)
_COOPERATIVES = ("信用社", "信用合作联社", "联社", "合作社")
_COMPANIES = ("公司", "集团", "厂", "店", "商行", "事务所")
_HONORIFICS = (  # (words the name ends with, words anywhere in it, how it is called)
    (("医院", "卫生院", "研究院", "设计院", "分院", "卫生服务中心"), ("医院", "科学院"), "贵院"),
    (("大学", "学院", "学校", "中学", "小学", "幼儿园", "职校", "技校"), ("大学", "学校"), "贵校"),
    (("局",), ("管理局",), "贵局"),
    (("厅",), (), "贵厅"),
    (("委员会", "委"), ("委员会",), "贵委"),
    (("政府", "办公室", "办事处"), ("人民政府",), "贵单位"),
)


def honorific(organisation: str) -> str:
    """贵行 to a bank, 贵社 to a credit cooperative, 贵校 to a school, 贵院 to a hospital, 贵局
    / 贵厅 / 贵委 to a bureau / department / commission, 贵单位 to another government office,
    else 贵公司: a letter to 招商银行 that says 贵公司 reads as if it were meant for someone
    else."""
    name = "".join(organisation.split())
    name = name.split("（")[0].split("(")[0]  # 华东医院（东院） is a hospital
    if any(word in name for word in _BANKS):
        return "贵行"
    if any(word in name for word in _COOPERATIVES):
        return "贵社"
    if name.endswith(_COMPANIES):
        return "贵公司"
    for ending, _inside, title in _HONORIFICS:  # what a name ends with says most
        if name.endswith(ending):
            return title
    for _ending, inside, title in _HONORIFICS:
        if any(word in name for word in inside):
            return title
    return "贵公司"


def case_contact(case: Case, customer: Customer | None) -> Contact | None:
    """The record's contact the case names (its first when the case names none)."""
    if customer is None or not customer.contacts:
        return None
    named = case.intake.contact_name.strip()
    if not named:
        return customer.contacts[0]
    return next((c for c in customer.contacts if c.name.strip() == named), None)


def addressed_contact(case: Case, customer: Customer | None) -> Contact | None:
    """The contact as the case names them, with the title the case gives them (经理): typed
    on this case, it wins over the one on their customer's record."""
    contact = case_contact(case, customer)
    named = case.intake.contact_name.strip()
    title = case.intake.contact_title.strip()
    if contact is None:
        return Contact(named, title) if named else None
    if title:
        return Contact(contact.name, title, contact.email, contact.phone, contact.id)
    return contact


def default_salutation(case: Case, lang: Language, customer: Customer | None = None) -> str:
    contact = addressed_contact(case, customer)
    name = titled(contact, lang) if contact else ""
    person = name or case.intake.contact_name.strip() or (contact.name if contact else "")
    organisation = customer.name if customer else case.intake.customer.strip()
    if lang is ZH:
        if person:
            return f"尊敬的{person}："
        return f"{organisation}：" if organisation else "尊敬的客户："
    if person:
        return f"Dear {person},"
    return f"Dear {organisation} team," if organisation else "Dear Sir or Madam,"


def recipient_lines(case: Case, lang: Language, customer: Customer | None = None) -> list[str]:
    """The English inside address: the contact with their title, the organisation, its address
    (a Chinese letter names its addressee in the salutation)."""
    if lang is ZH:
        return []
    contact = addressed_contact(case, customer)
    person = case.intake.contact_name.strip() or (contact.name if contact else "")
    if contact is not None and contact.title.strip():
        title = _TITLES_EN.get(contact.title.strip(), contact.title.strip()).rstrip(".")
        if title.casefold() in _TITLES_ZH:
            person = f"{title} {person}"
        elif not _cjk(title):
            person = f"{person}, {title}"
    organisation = customer.name if customer else case.intake.customer.strip()
    address = customer.address.splitlines() if customer else []
    return [line.strip() for line in (person, organisation, *address) if line.strip()]
