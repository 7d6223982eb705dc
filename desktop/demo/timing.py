"""When things happen in a demo case: the milestones of its handling, each at an hour the
person doing it is at work.

A case runs from the complaint to its close in about five to eight weeks: classified within
hours, answered within a day (late now and then), investigated for two or three days (longer
when it waits for the customer), fixed a few days later, visited thirty days after the fix and
closed soon after. So every case older than about two months is closed, and an open one never
has a deadline months behind it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
VISIT_DAYS = 30  # the follow-up visit after the fix: the default of Settings


def hours(rng: random.Random, low: float, high: float) -> timedelta:
    return timedelta(0, rng.uniform(low * 3600, high * 3600))  # seconds: twice as fast


def at_work(moment: datetime, offset: timedelta, rng: random.Random) -> datetime:
    """`moment` moved into the day of someone whose clock is UTC + `offset`: what falls before
    08:00 happens that morning, what falls after 21:00 the next morning."""
    local = moment + offset
    if 8 <= local.hour < 21:
        return moment
    morning = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if local.hour >= 21:
        morning += DAY
    return morning + hours(rng, 8.5, 10.5) - offset


@dataclass(frozen=True)
class Waiting:
    """A pause while the customer owes us something: asked, due, and when it came."""

    asked: datetime
    due: datetime
    came: datetime


@dataclass(frozen=True)
class Milestones:
    received: datetime
    classified: datetime
    responded: datetime
    investigating: datetime
    early_wait: Waiting | None  # the investigation waits for something from the customer
    found: datetime  # the root cause known, the actions planned
    fix_due: datetime
    fixed: datetime
    late_wait: Waiting | None  # after the fix: their confirmation, say
    repairing: datetime  # the repair stage: compensation offered
    visit_due: datetime
    visited: datetime
    improved: datetime  # the mid-term action done
    improve_due: datetime
    prevented: datetime  # the long-term action done
    prevent_due: datetime
    closed: datetime

    def waiting_at(self, moment: datetime) -> Waiting | None:
        for waiting in (self.early_wait, self.late_wait):
            if waiting is not None and waiting.asked <= moment < waiting.came:
                return waiting
        return None


def plan(rng: random.Random, received: datetime, offset: timedelta, quick: bool) -> Milestones:
    """The milestones of a case received at `received`, the engineer's clock at UTC + `offset`.
    A `quick` case is one of the newest: its first steps come within hours, so the newest
    cases show every early stage."""
    classified = received + (hours(rng, 0.5, 2) if quick else hours(rng, 0.3, 4))
    late = rng.random() < 0.12
    responded = received + (hours(rng, 25, 40) if late else hours(rng, 0.5, 20))
    responded = at_work(max(responded, classified + 0.2 * HOUR), offset, rng)
    investigating = at_work(responded + hours(rng, 2, 12), offset, rng)
    early_wait = None
    if rng.random() < 0.3:
        asked = at_work(investigating + hours(rng, 1, 8), offset, rng)
        early_wait = Waiting(asked, asked + hours(rng, 24, 72), asked + hours(rng, 8, 96))
    found = investigating + hours(rng, 18, 72)
    if early_wait is not None:
        found = max(found, early_wait.came) + hours(rng, 4, 30)
    found = at_work(found, offset, rng)
    fix_due = found + hours(rng, 24, 96)
    fixed = at_work(fix_due + hours(rng, -30, 16), offset, rng)
    fixed = max(fixed, found + 4 * HOUR)
    late_wait = None
    if rng.random() < 0.15:
        asked = at_work(fixed + hours(rng, 2, 24), offset, rng)
        late_wait = Waiting(asked, asked + hours(rng, 48, 72), asked + hours(rng, 12, 120))
    repairing = fixed + hours(rng, 12, 48)
    visit_due = fixed + VISIT_DAYS * DAY
    visited = at_work(visit_due + hours(rng, -120, 72), offset, rng)
    improve_due = found + hours(rng, 8 * 24, 16 * 24)
    improved = at_work(improve_due + hours(rng, -72, 24), offset, rng)
    prevent_due = found + hours(rng, 18 * 24, 30 * 24)
    prevented = at_work(prevent_due + hours(rng, -120, 48), offset, rng)
    last = max(visited, improved, prevented, late_wait.came if late_wait else visited)
    closed = at_work(last + hours(rng, 6, 72), offset, rng)
    return Milestones(
        received,
        classified,
        responded,
        investigating,
        early_wait,
        found,
        fix_due,
        fixed,
        late_wait,
        repairing,
        visit_due,
        visited,
        improved,
        improve_due,
        prevented,
        prevent_due,
        closed,
    )
