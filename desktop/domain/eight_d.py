"""The improvement report follows 8D (the eight disciplines of problem solving, D0–D8). How the
eight stages of a case map onto them:

    D0 Prepare                      ← Intake, Classify, First response (the case, its urgency)
    D1 Form the team                ← Team (escalations, collaborators, resources)
    D2 Describe the problem         ← Intake (the complaint, what is asked, the impact)
    D3 Contain the problem          ← First response, Plan & execute (short-term fixes)
    D4 Root cause and escape point  ← Investigate
    D5 Permanent corrective actions ← Plan & execute (mid-term optimisation)
    D6 Implement and validate       ← Plan & execute (updates to the customer), Repair
    D7 Prevent recurrence           ← Plan & execute (long-term prevention), Close & learn
    D8 Close and recognise          ← Repair (the customer's verdict), Close & learn
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.catalog import join_words, label, text
from desktop.domain.enums import Language, Stage


@dataclass(frozen=True)
class Discipline:
    number: int
    stages: tuple[Stage, ...]

    def name(self, lang: Language) -> str:
        return text(f"doc.8d.{self.number}", lang)

    def code(self) -> str:
        return f"D{self.number}"

    def stage_names(self, lang: Language) -> str:
        return join_words((label(s, lang) for s in self.stages), lang)


DISCIPLINES = (
    Discipline(0, (Stage.INTAKE, Stage.CLASSIFY, Stage.FIRST_RESPONSE)),
    Discipline(1, (Stage.TEAM,)),
    Discipline(2, (Stage.INTAKE,)),
    Discipline(3, (Stage.FIRST_RESPONSE, Stage.PLAN)),
    Discipline(4, (Stage.INVESTIGATE,)),
    Discipline(5, (Stage.PLAN,)),
    Discipline(6, (Stage.PLAN, Stage.REPAIR)),
    Discipline(7, (Stage.PLAN, Stage.CLOSE)),
    Discipline(8, (Stage.REPAIR, Stage.CLOSE)),
)
