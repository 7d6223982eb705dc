"""The demo user and their colleagues at the software company, in both languages (the
English name is the one an English-speaking customer knows them by)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desktop.domain.enums import Language

PROFILE = {
    "name": "李明",
    "title": "高级实施工程师",
    "company": "云帆软件有限公司",
    "phone": "138 0013 8000",
    "email": "liming@example.com",
    "name_en": "Li Ming",
    "title_en": "Senior Implementation Engineer",
    "company_en": "Yunfan Software Co., Ltd.",
}
LETTERHEAD = {
    "company": "云帆软件有限公司",
    "address": "北京市海淀区中关村大街 1 号 · 电话 010-8888 6666",
    "logo_path": "",
    "signature_path": "",
    "company_en": "Yunfan Software Co., Ltd.",
    "address_en": "1 Zhongguancun Street, Haidian District, Beijing · +86 10 8888 6666",
}


@dataclass(frozen=True)
class Colleague:
    zh: str
    en: str
    role: str  # a key of ROLES

    def name(self, lang: Language) -> str:
        return self.zh if lang is Language.ZH else self.en


ROLES = {
    "pm": ("项目经理", "Project manager"),
    "dev": ("开发工程师", "Developer"),
    "qa": ("测试工程师", "QA engineer"),
    "product": ("产品经理", "Product manager"),
    "consultant": ("实施顾问", "Implementation consultant"),
    "support": ("技术支持工程师", "Support engineer"),
    "director": ("交付总监", "Delivery director"),
}
# the department each role works in, as a collaborator is listed
DEPARTMENTS = {
    "pm": ("交付中心", "Delivery"),
    "dev": ("研发部", "R&D"),
    "qa": ("测试部", "QA"),
    "product": ("产品部", "Product"),
    "consultant": ("交付中心", "Delivery"),
    "support": ("客户服务部", "Customer service"),
}

ME = Colleague("李明", "Li Ming", "consultant")
TEAM = (
    Colleague("张伟", "David Zhang", "pm"),
    Colleague("孙晓燕", "Grace Sun", "pm"),
    Colleague("王芳", "Fiona Wang", "dev"),
    Colleague("刘洋", "Leo Liu", "dev"),
    Colleague("郑凯", "Kevin Zheng", "dev"),
    Colleague("陈静", "Jenny Chen", "qa"),
    Colleague("吴昊", "Howard Wu", "product"),
    Colleague("杨帆", "Fan Yang", "consultant"),
    Colleague("赵敏", "Amy Zhao", "consultant"),
    Colleague("孙磊", "Ray Sun", "consultant"),
    Colleague("黄婷", "Tina Huang", "support"),
    Colleague("何志强", "Johnny He", "support"),
    Colleague("周涛", "Tom Zhou", "director"),
)


@cache
def of_role(role: str) -> tuple[Colleague, ...]:
    return tuple(colleague for colleague in TEAM if colleague.role == role)


def role_name(role: str, lang: Language) -> str:
    zh, en = ROLES[role]
    return zh if lang is Language.ZH else en


def department(role: str, lang: Language) -> str:
    zh, en = DEPARTMENTS[role]
    return zh if lang is Language.ZH else en
