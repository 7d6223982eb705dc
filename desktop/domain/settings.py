"""The user's profile, letterhead and deadline preferences, with their defaults and checks."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop.domain.enums import Language
from desktop.domain.validation import clean_email, clean_int, clean_phone, clean_text

# The documents' body font: "serif" (宋体-like, the convention for formal letters, the default),
# "sans" (黑体-like), or the path of another TrueType font for Chinese (set by hand).
DOCUMENT_FONT_KEY = "documents.cjk_font"
DOCUMENT_FONTS = ("serif", "sans")
DEFAULT_DOCUMENT_FONT = "serif"


@dataclass(frozen=True)
class Profile:
    """Who signs: in Chinese and in English, so that an English letter is signed in English."""

    name: str = ""
    title: str = ""
    company: str = ""
    phone: str = ""
    email: str = ""
    name_en: str = ""
    title_en: str = ""
    company_en: str = ""

    def in_language(self, lang: Language) -> Profile:
        """The profile as a document in `lang` signs with it: an English document takes the
        English name, title and company (the Chinese ones where there are none)."""
        if lang is Language.ZH:
            return self
        return dataclasses.replace(
            self,
            name=self.name_en or self.name,
            title=self.title_en or self.title,
            company=self.company_en or self.company,
        )

    def cleaned(self) -> Profile:
        return Profile(
            name=clean_text("name", self.name, multiline=False, limit=100),
            title=clean_text("title", self.title, multiline=False, limit=100),
            company=clean_text("company", self.company, multiline=False, limit=200),
            phone=clean_phone("phone", self.phone),
            email=clean_email("email", self.email),
            name_en=clean_text("name_en", self.name_en, multiline=False, limit=100),
            title_en=clean_text("title_en", self.title_en, multiline=False, limit=100),
            company_en=clean_text("company_en", self.company_en, multiline=False, limit=200),
        )


@dataclass(frozen=True)
class Letterhead:
    company: str = ""
    address: str = ""
    logo_path: str = ""  # a copy inside the data folder
    signature_path: str = ""
    company_en: str = ""
    address_en: str = ""

    def cleaned(self) -> Letterhead:
        return Letterhead(
            company=clean_text("letterhead_company", self.company, multiline=False, limit=200),
            address=clean_text("address", self.address, limit=500),
            logo_path=self.logo_path,
            signature_path=self.signature_path,
            company_en=clean_text(
                "letterhead_company_en", self.company_en, multiline=False, limit=200
            ),
            address_en=clean_text("address_en", self.address_en, limit=500),
        )

    def in_language(self, english: bool) -> tuple[str, str]:
        """(company, address) as printed on a document in that language."""
        if english:
            return self.company_en, self.address_en
        return self.company, self.address


@dataclass(frozen=True)
class Deadlines:
    first_response_hours: int = 24
    promise_hours: int = 48
    update_every_days: int = 2
    follow_up_days: int = 30
    warning_hours: int = 2

    def cleaned(self) -> Deadlines:
        return Deadlines(
            first_response_hours=clean_int(
                "first_response_hours", self.first_response_hours, 1, 720, required=True
            ),
            promise_hours=clean_int("promise_hours", self.promise_hours, 1, 720, required=True),
            update_every_days=clean_int(
                "update_every_days", self.update_every_days, 1, 60, required=True
            ),
            follow_up_days=clean_int("follow_up_days", self.follow_up_days, 1, 365, required=True),
            warning_hours=clean_int("warning_hours", self.warning_hours, 0, 72, required=True),
        )
