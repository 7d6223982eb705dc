"""The demo's customers: companies by industry and language, each with its address and the
people we deal with there. The same on every run and for every seed, so that a second
`turnaround demo` adds cases to the same customers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import time, timedelta
from functools import cache
from importlib import import_module
from types import ModuleType

from desktop.domain.customers import Contact, Customer
from desktop.domain.enums import Language
from desktop.domain.working_time import CalendarSetting, Counting


@dataclass(frozen=True)
class Industry:
    companies: tuple[tuple[str, str, str, bool], ...]  # name, short name, domain, working hours
    projects: tuple[str, ...]
    departments: tuple[tuple[str, str, str], ...]  # department, job, salutation title


@dataclass(frozen=True)
class Person:
    name: str
    title: str  # what a salutation calls them: 经理, Ms
    job: str
    department: str
    email: str
    phone: str


@dataclass(frozen=True)
class Company:
    name: str
    alias: str
    industry: str
    lang: Language
    address: str
    projects: tuple[str, ...]
    people: tuple[Person, ...]
    calendar: CalendarSetting | None  # its own working calendar; None: the default's
    offset: timedelta  # its local time against UTC: when its complaints are written

    def record(self) -> Customer:
        """The customer record the app keeps for it."""
        return Customer(
            self.name,
            (self.alias,) if self.alias else (),
            self.lang.value,
            self.address,
            tuple(Contact(p.name, p.title, p.email, p.phone) for p in self.people),
        )


# the working day of the customers whose deadlines count working hours
BANK_HOURS = CalendarSetting(Counting.WORKING)
OFFICE_HOURS = CalendarSetting(
    Counting.WORKING, day_start=time(9), day_end=time(17, 30), lunch=(time(12), time(13, 30))
)
PEOPLE_PER_COMPANY = 3


@cache
def companies(lang: Language) -> dict[str, tuple[Company, ...]]:
    """Every company of the language, by industry."""
    data = import_module(f"desktop.demo.companies_{'zh' if lang is Language.ZH else 'en'}")
    rng = random.Random(f"companies-{lang.value}")
    used: set[str] = set()
    found: dict[str, tuple[Company, ...]] = {}
    for industry, info in data.INDUSTRIES.items():
        made = []
        for name, alias, domain, working in info.companies:
            here: set[str] = set()  # no two people of a company share a surname or given name
            people = tuple(
                _person(rng, data, lang, industry, domain, department, (used, here))
                for department in _departments(rng, info.departments)
            )
            made.append(
                Company(
                    name,
                    alias,
                    industry,
                    lang,
                    _address(rng, data, lang),
                    tuple(rng.sample(info.projects, 2)),
                    people,
                    _calendar(industry) if working else None,
                    timedelta(hours=8 if lang is Language.ZH else 0),
                )
            )
        found[industry] = tuple(made)
    return found


def every_company() -> list[Company]:
    return [c for lang in Language for group in companies(lang).values() for c in group]


@cache
def languages() -> dict[str, Language]:
    """Each demo customer's language, by its name."""
    return {company.name: company.lang for company in every_company()}


def _calendar(industry: str) -> CalendarSetting:
    return OFFICE_HOURS if industry == "government" else BANK_HOURS


def _departments(
    rng: random.Random, departments: tuple[tuple[str, str, str], ...]
) -> list[tuple[str, str, str]]:
    """The main contact in the first department (IT, usually), the others elsewhere."""
    return [departments[0], *rng.sample(departments[1:], PEOPLE_PER_COMPANY - 1)]


def _person(
    rng: random.Random,
    data: ModuleType,
    lang: Language,
    industry: str,
    domain: str,
    department: tuple[str, str, str],
    taken: tuple[set[str], set[str]],
) -> Person:
    place, job, title = department
    used, here = taken
    while True:
        if lang is Language.ZH:
            surname, surname_py = rng.choice(data.SURNAMES)
            given, given_py = rng.choice(data.GIVEN_NAMES)
            name, local, parts = surname + given, surname_py + given_py, (surname, given)
            phone = f"138 0013 {rng.randint(8001, 8999)}"
        else:
            female = rng.random() < 0.5
            first = rng.choice(data.FEMALE if female else data.MALE)
            surname = rng.choice(data.SURNAMES)
            name, local, parts = (
                f"{first} {surname}",
                f"{first}.{surname}".lower(),
                (first, surname),
            )
            clinical = industry in ("hospital", "pharma") and place != "IT"
            doctor = clinical and rng.random() < 0.5
            title = "Dr" if doctor else ("Ms" if female else "Mr")
            phone = f"{data.MOBILE}{rng.randint(100, 999)}"
        if name not in used and not here & set(parts):
            used.add(name)
            here.update(parts)
            return Person(name, title, job, place, f"{local}@{domain}.example.com", phone)


def _address(rng: random.Random, data: ModuleType, lang: Language) -> str:
    city = rng.choice(data.CITIES)
    street = rng.choice(data.STREETS)
    number = rng.randint(1, 260)
    if lang is Language.ZH:
        return f"{city[0]}{street}{number}号"
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    code = f"{city[1]} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    return f"{number} {street}, {city[0]} {code}"
