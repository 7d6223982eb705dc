"""The investigation of a demo case, as the engineer records it: the customer's account and
a colleague's, the evidence kept, the checklist ticked, the resources asked for."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from desktop.demo.team import role_name
from desktop.demo.timing import DAY, Milestones, at_work, hours
from desktop.domain.complaint import Evidence, Interview, InvestigationItem, ResourceRequest
from desktop.domain.enums import ComplaintType, EvidenceKind, RequestStatus

if TYPE_CHECKING:
    from desktop.demo.writer import CaseWriter

CHECKLIST = {  # the investigation checklist items an engineer ticks, beside the type's own
    ComplaintType.TECHNICAL: ("reproduce", "recent_changes", "data_backup"),
    ComplaintType.COMMUNICATION: ("contact_history", "owner_clear"),
    ComplaintType.PROCESS: ("plan_vs_actual", "change_records", "deliverables"),
    ComplaintType.ATTITUDE: ("hear_both_sides", "workload"),
}
COMMON_ITEMS = (
    "read_logs",
    "read_tickets",
    "read_minutes",
    "interview_pm",
    "requirements_confirmed",
)


def investigate(w: CaseWriter, m: Milestones, now: datetime) -> None:
    """What the investigation has recorded by `now`, between its start and the cause found."""
    case, rng, story = w.case, w.rng, w.story
    start, end = m.investigating, m.found
    span = max((end - start).total_seconds() / 3600, 2)
    heard_at = at_work(start + hours(rng, 1, span * 0.4), w.offset, rng)
    told_at = at_work(start + hours(rng, span * 0.3, span * 0.9), w.offset, rng)
    if heard_at <= now:
        case.interviews.append(
            Interview(0, w.person.name, w.person.job, heard_at, w.pick(story.heard))
        )
    role, said = w.cause.told
    if told_at <= now and rng.random() < 0.6:  # a colleague's account, where it helped
        who = w.colleague(role)
        case.interviews.append(
            Interview(0, who.name(w.lang), role_name(role, w.lang), told_at, w.say(said))
        )
    # engineers record what helped: not every case has evidence, both pieces now and then
    kept = rng.choices((0, 1, 2), cum_weights=(3, 8, 10))[0]
    for index, (title, note) in enumerate(rng.sample(story.evidence, kept)):
        added = at_work(start + hours(rng, 0.5, span * (0.5 + index * 0.3)), w.offset, rng)
        if added <= now:
            case.evidence.append(Evidence(0, EvidenceKind.NOTE, title, note, added_at=added))
    if start <= now and rng.random() < 0.6:  # the checklist, for those who tick it off
        own = CHECKLIST[w.kind]
        ticked = [*own[: 1 + rng.randrange(len(own))], rng.choice(COMMON_ITEMS)]
        if heard_at <= now:
            ticked.append("interview_customer")
        if now >= end:
            ticked.append("acceptance_test")
        case.checklist = [InvestigationItem(key, True) for key in ticked]
    if rng.random() < 0.35:
        asked = at_work(start + hours(rng, 2, 30), w.offset, rng)
        what, whom = rng.choice(story.requests)
        status = RequestStatus.ASKED
        if now - asked > 2 * DAY:
            status = RequestStatus.REFUSED if rng.random() < 0.1 else RequestStatus.GRANTED
        if asked <= now:
            case.requests.append(ResourceRequest(0, w.say(what), whom, status))
