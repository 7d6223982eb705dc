"""What an engineer records in a demo case, stage by stage, in the case's own language: the
intake, the response, the escalation, waiting on the customer, the repair and the close here;
the investigation, the progress updates and the plan in modules of their own. The texts come
from the subtype's `Story` and the type's `Voice`; none repeats the complaint."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.demo.actions import plan_actions
from desktop.demo.companies import Company
from desktop.demo.corpus import Complaint, typed_title
from desktop.demo.investigation import investigate
from desktop.demo.story import Cause, Story, Voice, story, voice
from desktop.demo.team import ME, Colleague, of_role, role_name
from desktop.demo.timing import Milestones, Waiting, at_work, hours
from desktop.demo.updates import send_updates
from desktop.domain import ledger
from desktop.domain.complaint import (
    Case,
    Compensation,
    CustomerItem,
    Escalation,
    Pause,
    Survey,
    TimelineEvent,
)
from desktop.domain.enums import (
    CaseStatus,
    Channel,
    CompensationKind,
    ComplaintType,
    EventKind,
    Language,
    Responsibility,
    Severity,
)
from desktop.domain.summary import draft_summary

if TYPE_CHECKING:
    from desktop.demo.cases import Events

_WORDS = re.compile(r"[a-z0-9'-]+")
# what each kind of compensation looks like as an engineer records it: (description, value)
OFFERS = {
    CompensationKind.EXTENDED_MAINTENANCE: (("", "3个月"), ("", "three months")),
    CompensationKind.TRAINING: (
        ("一次系统操作培训", ""),
        ("a training session for your staff", ""),
    ),
    CompensationKind.ONSITE_SUPPORT: (("", "两天"), ("", "two days")),
    CompensationKind.DISCOUNT: (("下一年度维护费", "10%"), ("next year's maintenance fee", "10%")),
    CompensationKind.OTHER: (("免费做一次系统健康检查", ""), ("a free system health check", "")),
}
CHANNELS = (Channel.PHONE, Channel.EMAIL, Channel.IM, Channel.MEETING, Channel.TICKET)
COMPENSATIONS = tuple(CompensationKind)
NPS, NPS_WEIGHTS = (6, 7, 8, 9, 10), (1, 3, 7, 11, 14)  # a content customer's, cumulative


class CaseWriter:
    """Fills one case. The random choices are made from `rng` in a fixed order, so that a seed
    makes the same case every time."""

    def __init__(
        self,
        rng: random.Random,
        case: Case,
        lang: Language,
        complaint: Complaint,
        company: Company,
        offset: timedelta,
    ) -> None:
        self.rng = rng
        self.case = case
        self.lang = lang
        self.zh = lang is Language.ZH
        self.complaint = complaint
        self.company = company
        self.offset = offset  # the engineer's clock
        self.kind = complaint.subtype.complaint_type
        self.story: Story = story(complaint.subtype, lang)
        self.voice: Voice = voice(self.kind, lang)
        # the explanation whose words the complaint speaks of, where one does
        text = complaint.text if self.zh else " " + " ".join(_WORDS.findall(complaint.text.lower()))
        fitting = [cause for cause in self.story.causes if cause.fits(text)]
        self.cause: Cause = rng.choice(fitting or self.story.causes)
        people = company.people
        self.person = people[0] if rng.random() < 0.6 else rng.choice(people[1:])
        # the main contact is usually in IT; the complaint is about the business's work
        self.affected = (
            rng.choice(people[1:]).department
            if self.person is people[0]
            else self.person.department
        )
        # the colleague the customer dealt with: on site, or on the support line
        on_the_line = self.kind is ComplaintType.COMMUNICATION
        self.staff = rng.choice(of_role("support" if on_the_line else "consultant"))
        self.users = rng.choice((3, 5, 6, 8, 10, 12, 15, 20, 30, 45, 60, 120))
        self.values = {
            "contact": self.person.name,
            "department": self.affected,
            "users": str(self.users),
            "staff": self.staff.name(lang),
        }

    # --- texts ----------------------------------------------------------------------------
    def say(self, template: str, **more: str) -> str:
        return template.format(**self.values, **more) if "{" in template else template

    def pick(self, choices: tuple[str, ...], **more: str) -> str:
        return self.say(self.rng.choice(choices), **more)

    def colleague(self, role: str) -> Colleague:
        if role == "me":
            return ME
        if role == self.staff.role:  # the colleague the customer dealt with
            return self.staff
        return self.rng.choice(of_role(role))

    def note(self, kind: EventKind, at: datetime, detail: str = "") -> None:
        """A timeline line the service writes itself (the ledger writes the others)."""
        line_id = max((line.id for line in self.case.timeline), default=0) + 1
        self.case.timeline.append(TimelineEvent(line_id, at, kind, detail))

    # --- intake ---------------------------------------------------------------------------
    def intake(self, severity: Severity) -> None:
        rng, intake = self.rng, self.case.intake
        intake.customer = self.company.name
        intake.project = rng.choice(self.company.projects)
        intake.contact_name = self.person.name
        intake.contact_phone = self.person.phone
        intake.contact_email = self.person.email
        intake.channel = rng.choices(CHANNELS, cum_weights=(3, 7, 10, 11, 13))[0]
        intake.received_at = self.case.created_at
        intake.complaint_text = self.complaint.text
        intake.requested_remedy = self.pick(self.story.remedies)
        intake.impact_users = str(self.users)
        intake.impact_departments = self.affected
        if rng.random() < 0.6:
            intake.impact_business = self.pick(self.story.impacts)
        intake.severity = severity
        job = self.person.job
        if self.zh:
            involved = f"{self.person.name}（{job}）"
            ours = f"{self.staff.zh}（我方{role_name(self.staff.role, self.lang)}）"
        else:
            involved = f"{self.person.name} ({job})"
            ours = f"{self.staff.en} (our {role_name(self.staff.role, self.lang).lower()})"
        attitude = self.kind is ComplaintType.ATTITUDE
        intake.people_involved = (
            f"{involved}、{ours}"
            if attitude and self.zh
            else (f"{involved}, {ours}" if attitude else involved)
        )
        intake.title = typed_title(self.complaint)

    # --- everything after the intake, in the order it happened ------------------------------
    def handle(self, m: Milestones, now: datetime, events: Events) -> None:
        case, rng = self.case, self.rng
        events.at(m.received, lambda: events.record(ledger.Received(m.received)))
        if now >= m.classified:
            classification = case.classification
            classification.complaint_type = self.kind
            classification.subtype = self.complaint.subtype
            known = now >= m.found
            classification.responsibility = (
                self.cause.responsibility if known else Responsibility.UNKNOWN
            )
            events.at(
                m.classified, lambda: self.note(EventKind.CLASSIFIED, m.classified, self.kind.value)
            )
        if now >= m.responded:
            case.first_response.responded_at = m.responded
            case.first_response.channel = rng.choice([Channel.PHONE, Channel.EMAIL, Channel.IM])
            events.at(m.responded, lambda: events.record(ledger.Responded(m.responded)))
            self._escalation(m, events)
            investigate(self, m, now)
            send_updates(self, m, now, events)
        if now >= m.found:
            plan_actions(self, m, now, events)
        if now >= m.repairing:
            self._repair(m, now, events)
        for waiting, early in ((m.early_wait, True), (m.late_wait, False)):
            if waiting is not None and now >= waiting.asked:
                self._wait(waiting, early, events)
        closing = now >= m.closed
        if closing:
            events.at(m.closed, lambda: self._close(m.closed, events))
        events.run()

    def _escalation(self, m: Milestones, events: Events) -> None:
        severe = self.case.intake.severity in (Severity.HIGH, Severity.CRITICAL)
        if not (severe or self.kind is ComplaintType.ATTITUDE):
            return
        at = at_work(m.received + hours(self.rng, 1, 8), self.offset, self.rng)
        director = of_role("director")[0].name(self.lang)
        escalation = Escalation(
            0, director, role_name("director", self.lang), at, self.pick(self.voice.escalations)
        )

        def escalate() -> None:
            self.case.escalations.append(escalation)
            self.note(EventKind.ESCALATED, at, director)

        events.at(at, escalate)

    def _wait(self, waiting: Waiting, early: bool, events: Events) -> None:
        what = self.pick(self.story.asks if early else self.voice.confirm)
        item = CustomerItem(0, what, waiting.due, waiting.asked)
        pause = Pause(0, waiting.asked, reason=what)

        def ask() -> None:
            self.case.customer_items.append(item)
            self.note(EventKind.WAITING_FOR, waiting.asked, what)
            if not self.case.is_paused:
                events.record(ledger.Paused(waiting.asked, what))
                self.case.pauses.append(pause)
                self.case.paused_since = waiting.asked

        def came() -> None:
            item.received_at = waiting.came
            self.note(EventKind.RECEIVED_FROM_CUSTOMER, waiting.came, what)
            if self.case.is_paused:
                events.record(ledger.Resumed(waiting.came))
                pause.ended_at = waiting.came
                self.case.paused_since = None

        events.at(waiting.asked, ask)
        events.at(waiting.came, came)

    def _repair(self, m: Milestones, now: datetime, events: Events) -> None:
        case, rng = self.case, self.rng
        kind = rng.choice(COMPENSATIONS)
        description, value = OFFERS[kind][0 if self.zh else 1]
        case.compensations.append(Compensation(0, kind, description, value))
        case.lesson_to_share = self.cause.lesson
        if m.visited > now:
            return
        content = rng.random() < 0.8
        case.follow_up.notes = self.pick(self.voice.visits if content else self.voice.visits_mixed)
        if content:
            csat = rng.choices((3, 4, 5), cum_weights=(1, 6, 10))[0]
            nps = rng.choices(NPS, cum_weights=NPS_WEIGHTS)[0]
        else:  # satisfied with the fix, less with the rest
            csat, nps = rng.choices((2, 3, 4), cum_weights=(1, 4, 6))[0], rng.randint(4, 8)
        comment = self.pick(self.voice.comments if content else self.voice.comments_mixed)
        case.survey = Survey(csat, nps, comment, m.visited)

        def visit() -> None:
            events.record(ledger.FollowUpDone(m.visited, m.visited))
            case.follow_up.done_at = m.visited
            self.note(EventKind.SURVEY, m.visited, f"CSAT {csat} / NPS {nps}")

        events.at(m.visited, visit)
        if rng.random() < 0.5:
            shared = at_work(m.repairing + hours(rng, 24, 240), self.offset, rng)
            if shared <= now:
                case.lesson_shared_at = shared

    def _close(self, at: datetime, events: Events) -> None:
        case = self.case
        case.closed_at = at
        case.summary = draft_summary(case, self.lang)
        events.record(ledger.Closed(at))
        case.status = CaseStatus.CLOSED
