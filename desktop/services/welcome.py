"""The first launch: whether to welcome the user, and the sample data a newcomer may explore in
its own folder."""

from __future__ import annotations

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.services import Services

WELCOMED_KEY = "welcome.seen"
SAMPLE_CASES = 120


def needs_welcome(services: Services) -> bool:
    """An empty data folder that was never welcomed: no case, no profile."""
    if services.settings.get(WELCOMED_KEY):
        return False
    if services.settings.profile().name or services.settings.profile().name_en:
        return False
    return not services.cases.any_case()


def mark_welcomed(services: Services) -> None:
    services.settings.set(WELCOMED_KEY, True)


def fill_sample(services: Services, language: Language = Language.ZH) -> int:
    """The sample folder's cases, made the first time it is opened; how many were added. Its
    journal and goals are in the window's `language`."""
    from desktop.services.demo import fill_demo

    if services.cases.count(CaseQuery()):
        return 0
    mark_welcomed(services)  # the sample window is for looking around, not for a profile
    return fill_demo(services.store, services.clock, SAMPLE_CASES, 1, language, services.zone)
