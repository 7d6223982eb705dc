"""Demo cases, deterministic for a seed: a complaint from the corpus, a customer of its
industry, and everything an engineer would have recorded since, in the case's language.

Every deadline comes from the promise ledger's own rules (domain/ledger.py), applied event by
event in the order the events happened, on the customer's calendar; the cases are plain domain
objects that the store writes in bulk, so that 100,000 of them take a minute, not hours.
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, tzinfo

from desktop.demo import corpus
from desktop.demo.actions import record_checks
from desktop.demo.companies import Company, companies
from desktop.demo.timing import DAY, HOUR, Milestones, at_work, hours, plan
from desktop.demo.writer import CaseWriter
from desktop.domain import ledger
from desktop.domain.complaint import Case, format_case_number
from desktop.domain.enums import CaseStatus, Language, Severity, Stage, Subtype
from desktop.domain.official_days import OfficialDays, Region
from desktop.domain.settings import Deadlines
from desktop.domain.working_time import make_work_calendar

ZH_SHARE = 0.65  # of the cases, Chinese; the others English
SPAN_DAYS = 540  # the cases were received over the last eighteen months
OPEN_DAYS = 50  # the newest, spread over the weeks a case stays open, the youngest most
OPEN_STAGES = (
    Stage.INTAKE,
    Stage.CLASSIFY,
    Stage.FIRST_RESPONSE,
    Stage.INVESTIGATE,
    Stage.PLAN,
    Stage.TEAM,
    Stage.REPAIR,
)  # the newest cases, one at each, the newest first
STAGE_AGES = {  # the hours a case has usually been open when it is at each stage
    Stage.INTAKE: (0.05, 0.5),
    Stage.CLASSIFY: (1, 20),
    Stage.FIRST_RESPONSE: (2, 40),
    Stage.INVESTIGATE: (10, 100),
    Stage.PLAN: (40, 200),
    Stage.TEAM: (60, 260),
    Stage.REPAIR: (120, 900),
}
# how often each subtype comes up: technical complaints most, attitude least
SUBTYPE_WEIGHTS = {
    Subtype.FUNCTION_FAILURE: 12,
    Subtype.PERFORMANCE: 8,
    Subtype.INTERFACE_ERROR: 8,
    Subtype.DATA_LOSS: 5,
    Subtype.TECHNICAL_OTHER: 7,
    Subtype.SLOW_RESPONSE: 8,
    Subtype.UNCLEAR_EXPLANATION: 6,
    Subtype.LACK_OF_INITIATIVE: 5,
    Subtype.PERFUNCTORY: 6,
    Subtype.SCHEDULE_DELAY: 10,
    Subtype.MISSING_DOCUMENTS: 6,
    Subtype.CHANGE_CHAOS: 6,
    Subtype.HARSH_TONE: 5,
    Subtype.IMPATIENCE: 4,
    Subtype.ARROGANCE: 4,
}
SEVERITIES = tuple(Severity)
_NAMESPACE = uuid.UUID("6f1d0f2e-6b1a-4c55-9d5e-7a1e2d3c4b5a")
TERMS = ledger.Terms.of(Deadlines(), calendar=None)  # the deadlines of Settings as shipped


def generate(
    count: int,
    seed: int,
    now: datetime,
    last_numbers: dict[int, int] | None = None,
    zone: tzinfo = UTC,
) -> Iterator[Case]:
    """`count` cases received over the last 18 months, oldest first; the newest still open,
    one at each stage a case goes through.

    `last_numbers` gives the last case number already used per year; numbering continues it.
    `zone` is the engineer's: what they do happens in their working day."""
    maker = CaseMaker(seed, now, zone, last_numbers)
    newest = min(count, max(12, count // 50))  # these arrived over the last seven weeks
    for index in range(count):
        left = count - 1 - index  # how many come after it
        if left < len(OPEN_STAGES):
            yield maker.case(None, OPEN_STAGES[left])
            continue
        if index >= count - newest:
            age = OPEN_DAYS * DAY * ((left + 1) / newest) ** 3 * maker.rng.uniform(0.8, 1)
        else:
            age = SPAN_DAYS * DAY * (1 - index / count) ** 1.3 + hours(maker.rng, 1, 6)
        yield maker.case(now - age)


class CaseMaker:
    """Makes the cases of one run: the seed's random numbers, the case numbers, the
    customers' calendars."""

    def __init__(
        self,
        seed: int,
        now: datetime,
        zone: tzinfo,
        last_numbers: dict[int, int] | None = None,
    ) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.zone = zone
        self.offset = zone.utcoffset(now) or timedelta(0)
        self.numbers = dict(last_numbers or {})
        self.texts = corpus.complaints()
        self.subtypes = list(SUBTYPE_WEIGHTS)
        self.weights = list(itertools.accumulate(SUBTYPE_WEIGHTS.values()))
        self._terms: dict[str, ledger.Terms] = {}

    def terms(self, company: Company) -> ledger.Terms:
        """The deadlines as the app counts them for this customer: on its working calendar
        when it has one (saved with it by the demo), else on calendar hours."""
        if company.calendar is None:
            return TERMS
        if company.name not in self._terms:
            official = OfficialDays(Region.CHINA, frozenset(), frozenset())
            calendar = make_work_calendar(company.calendar, self.zone, official, frozenset())
            self._terms[company.name] = ledger.Terms.of(Deadlines(), calendar)
        return self._terms[company.name]

    def number(self, received: datetime) -> str:
        year = received.year
        self.numbers[year] = self.numbers.get(year, 0) + 1
        return format_case_number(year, self.numbers[year])

    def case(self, received: datetime | None, stage: Stage | None = None) -> Case:
        """A case received then, or one that has just reached `stage`."""
        rng = self.rng
        lang = Language.ZH if rng.random() < ZH_SHARE else Language.EN
        subtype = rng.choices(self.subtypes, cum_weights=self.weights)[0]
        complaint = rng.choice(self.texts[(lang, subtype)])
        company = rng.choice(companies(lang)[complaint.industry])
        if received is None:
            assert stage is not None
            milestones = self._at_stage(stage)
            received = milestones.received
        else:
            candidate = at_work(received, company.offset, rng)
            if candidate < self.now - HOUR:  # complaints come in office hours, not tomorrow's
                received = candidate
            milestones = plan(rng, received, self.offset, self.now - received < DAY)
        number = self.number(received)
        case = Case(
            id=0,
            number=number,
            uuid=str(uuid.uuid5(_NAMESPACE, number)),
            status=CaseStatus.OPEN,  # until it is closed: the ledger reads it
            stage=Stage.INTAKE,
            last_page=Stage.INTAKE,
            created_at=received,
            updated_at=received,
        )
        writer = CaseWriter(rng, case, lang, complaint, company, self.offset)
        writer.intake(_severity(rng, subtype))
        events = Events(case, self.terms(company), self.now)
        writer.handle(milestones, self.now, events)
        case.stage = case.last_page = (
            Stage.CLOSE if case.is_closed else _stage(milestones, self.now)
        )
        record_checks(writer, self.now, events)
        case.timeline.sort(key=lambda event: event.at)
        case.updated_at = max(event.at for event in case.timeline)
        return case

    def _at_stage(self, stage: Stage) -> Milestones:
        """Milestones that put a case at `stage` now: tried at ages typical of it."""
        low, high = STAGE_AGES[stage]
        for attempt in range(60):
            rng = random.Random(f"{stage.value}-{attempt}-{self.rng.random()}")
            received = self.now - hours(rng, low, high)
            milestones = plan(rng, received, self.offset, stage <= Stage.CLASSIFY)
            if _stage(milestones, self.now) is stage:
                break
        return milestones


class Events:
    """What happened to a case, kept until it is told to the ledger in the order it happened."""

    def __init__(self, case: Case, terms: ledger.Terms, now: datetime) -> None:
        self.case = case
        self.terms = terms
        self.now = now
        self._pending: list[tuple[datetime, int, Callable[[], None]]] = []

    def at(self, moment: datetime, what: Callable[[], None]) -> None:
        """Do `what` at `moment`, if that is not in the future."""
        if moment <= self.now:
            self._pending.append((moment, len(self._pending), what))

    def record(self, event: ledger.Event) -> None:
        ledger.apply(self.case, ledger.changes(self.case, event, self.terms))

    def run(self) -> None:
        for _, _, what in sorted(self._pending, key=lambda item: (item[0], item[1])):
            what()
        self._pending.clear()


def _severity(rng: random.Random, subtype: Subtype) -> Severity:
    if subtype is Subtype.DATA_LOSS:
        return rng.choice([Severity.HIGH, Severity.CRITICAL])
    severity = rng.choices(SEVERITIES, cum_weights=(2, 7, 10, 11))[0]
    if subtype.complaint_type.value == "attitude" and severity is Severity.LOW:
        return Severity.MEDIUM  # attitude complaints escalate feelings fastest
    return severity


def _stage(m: Milestones, now: datetime) -> Stage:
    """How far an open case has come: the last milestone passed."""
    for moment, stage in (
        (m.classified, Stage.INTAKE),
        (m.responded, Stage.CLASSIFY),
        (m.investigating, Stage.FIRST_RESPONSE),
        (m.found, Stage.INVESTIGATE),
        (m.fixed, Stage.PLAN),
        (m.repairing, Stage.TEAM),
    ):
        if now < moment:
            return stage
    return Stage.REPAIR
