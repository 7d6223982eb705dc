"""What a demo case holds besides the complaint, as data: per subtype and language a `Story`
(several variants of each part), per complaint type and language a `Voice` (the progress
updates, notes and comments every case of that type can use).

Every text is written in the engineer's words (or in the words of the person interviewed),
never the complaint's: a case reads as one engineer's record of one complaint. Texts may name
the case's own people and figures: {contact}, {department}, {users}, {staff}; the updates also
{cause}, {fix} and {date}.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import import_module

from desktop.domain.enums import (
    ComplaintType,
    FactorKind,
    FactorNature,
    Language,
    Responsibility,
    Subtype,
)

FactorText = tuple[FactorKind, FactorNature, str]


@dataclass(frozen=True)
class Cause:
    """One explanation of a complaint of a subtype and what was done about it. The root cause
    goes into the apology letter as it is: it is written for the customer to read."""

    root_cause: str
    fix: str  # the short-term action: a verb phrase, no full stop
    improve: str  # the mid-term optimisation
    prevent: str  # the long-term prevention
    escape: str  # why our own process did not catch it first
    factors: tuple[FactorText, ...]
    told: tuple[str, str]  # (a role in our team, what that colleague said when interviewed)
    cues: tuple[str, ...]  # words of a complaint this explanation fits (lower case)
    responsibility: Responsibility
    lesson: str  # what the engineer shares at the team meeting

    def fits(self, text: str) -> bool:
        return any(cue in text for cue in self.cues)


@dataclass(frozen=True)
class Story:
    remedies: tuple[str, ...]  # what the customer asks for
    impacts: tuple[str, ...]  # the business impact, as the engineer notes it
    causes: tuple[Cause, ...]
    looking: tuple[str, ...]  # progress updates while the cause is still sought
    heard: tuple[str, ...]  # the customer contact's interview
    evidence: tuple[tuple[str, str], ...]  # (title, note)
    asks: tuple[str, ...]  # what the investigation waits for from the customer
    requests: tuple[tuple[str, str], ...]  # (what we ask for, from whom)
    criterion: str  # what must hold for the fix to count as effective


@dataclass(frozen=True)
class Voice:
    """What every case of a complaint type can say, in one language."""

    found: tuple[str, ...]  # the update that tells the cause: {cause} {fix} {date}
    fixing: tuple[str, ...]  # updates while the fix is under way
    fixed: tuple[str, ...]  # the update that tells the fix is done: {fix}
    watching: tuple[str, ...]  # updates after the fix
    escalations: tuple[str, ...]  # why it went to the delivery director
    visits: tuple[str, ...]  # follow-up notes, the customer content
    visits_mixed: tuple[str, ...]  # follow-up notes, the customer not quite content
    comments: tuple[str, ...]  # survey comments, content
    comments_mixed: tuple[str, ...]
    held: tuple[str, ...]  # an effectiveness check that held
    failed: tuple[str, ...]  # one that did not
    confirm: tuple[str, ...]  # what we wait for from the customer after the fix
    cancelled: tuple[str, ...]  # why an improvement was dropped


_MODULES = {Language.ZH: "zh", Language.EN: "en"}


@cache
def _texts(lang: Language, kind: ComplaintType) -> tuple[dict[Subtype, Story], Voice]:
    module = import_module(f"desktop.demo.{_MODULES[lang]}_{kind.value}")
    return module.STORIES, module.VOICE


def story(subtype: Subtype, lang: Language) -> Story:
    return _texts(lang, subtype.complaint_type)[0][subtype]


def voice(kind: ComplaintType, lang: Language) -> Voice:
    return _texts(lang, kind)[1]
