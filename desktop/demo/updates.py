"""A demo case's progress updates: every two days or so until the fix, every two weeks after
it; the cause and the fix told as soon as they are known, the work's state in between."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.demo.timing import Milestones, at_work, hours
from desktop.domain import ledger
from desktop.domain.complaint import ProgressUpdate
from desktop.domain.enums import Channel

if TYPE_CHECKING:
    from desktop.demo.cases import Events
    from desktop.demo.writer import CaseWriter

UPDATE_CHANNELS = (Channel.EMAIL, Channel.IM, Channel.PHONE)


def send_updates(w: CaseWriter, m: Milestones, now: datetime, events: Events) -> None:
    """A progress update every two days or so until the fix, every two weeks after it;
    the cause and the fix are told as soon as they are known. None while the customer
    is awaited."""
    rng = w.rng
    end = min(now, m.closed)
    promise = w.case.first_response.responded_at
    assert promise is not None
    moment = promise + (hours(rng, 20, 46) if rng.random() < 0.9 else hours(rng, 46, 60))
    told_found = told_fixed = False
    said = {"looking": 0, "fixing": rng.randrange(3), "watching": rng.randrange(3)}
    sent = 0
    while sent < 40:
        if not told_found and m.found < moment:
            moment, told_found = m.found + hours(rng, 1, 5), True
        elif not told_fixed and m.fixed < moment:
            moment, told_fixed = m.fixed + hours(rng, 1, 5), True
        waiting = m.waiting_at(moment)
        if waiting is not None:
            moment = waiting.came + hours(rng, 2, 20)
        moment = at_work(moment, w.offset, rng)
        if moment >= end:
            break
        told_found = told_found or moment >= m.found
        told_fixed = told_fixed or moment >= m.fixed
        _update(w, moment, _progress(w, m, moment, said), m.fixed, events)
        sent += 1
        gap = 48 * rng.uniform(0.7, 1.0) if rng.random() < 0.9 else 48 * rng.uniform(1, 1.3)
        moment += (
            timedelta(hours=gap)
            if moment < m.fixed
            else timedelta(days=14) * (rng.uniform(0.8, 1.0))
        )


def _progress(w: CaseWriter, m: Milestones, moment: datetime, said: dict[str, int]) -> str:
    """What an update at `moment` tells: the first after the cause was found tells it, the
    first after the fix tells that; between them the work's state, each text in turn."""
    voice = w.voice
    if moment >= m.found and not said.get("found"):
        said["found"] = 1
        fix, date = _fix(w), _day(w, m.fix_due)
        return w.pick(voice.found, cause=w.cause.root_cause, fix=fix, date=date)
    if moment >= m.fixed and not said.get("fixed"):
        said["fixed"] = 1
        return w.pick(voice.fixed, fix=_fix(w), Fix=_fix(w, capital=True))
    phase, texts = (
        ("looking", w.story.looking)
        if moment < m.found
        else ("fixing", voice.fixing)
        if moment < m.fixed
        else ("watching", voice.watching)
    )
    index = said[phase]
    said[phase] = index + 1
    if phase == "looking":
        return w.say(texts[min(index, len(texts) - 1)])
    return w.say(texts[index % len(texts)])


def _update(w: CaseWriter, at: datetime, text: str, fixed: datetime, events: Events) -> None:
    channel = w.rng.choices(UPDATE_CHANNELS, cum_weights=(6, 9, 10))[0]
    update = ProgressUpdate(0, at, channel, text)

    def send() -> None:
        if at >= fixed:
            w.case.next_update_days = 14  # after the fix, every two weeks until the visit
        w.case.updates.append(update)
        events.record(ledger.UpdateSent(at, text))

    events.at(at, send)


def _fix(w: CaseWriter, capital: bool = False) -> str:
    fix = w.cause.fix
    if w.zh or capital or not fix[1].islower():
        return fix
    return fix[0].lower() + fix[1:]


def _day(w: CaseWriter, moment: datetime) -> str:
    local = moment + w.offset
    if w.zh:
        return f"{local.month}月{local.day}日"
    return f"{local.day} {local:%B}"
