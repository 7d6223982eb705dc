"""What an engineer records in a demo case, stage by stage, in the case's own language: the
intake, the response, the investigation (interviews, evidence, checklist, factors), the plan,
the progress updates, the team, the repair and the close. The texts come from the subtype's
`Story` and the type's `Voice`; none repeats the complaint."""

from __future__ import annotations

import random
import re
from copy import copy
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.demo.companies import Company
from desktop.demo.corpus import Complaint
from desktop.demo.story import Cause, Story, Voice, story, voice
from desktop.demo.team import ME, Colleague, department, of_role, role_name
from desktop.demo.timing import HOUR, Milestones, Waiting, at_work, hours
from desktop.domain import ledger
from desktop.domain.complaint import (
    Action,
    Case,
    Collaborator,
    Compensation,
    CustomerItem,
    Escalation,
    Evidence,
    Factor,
    Interview,
    InvestigationItem,
    Pause,
    ProgressUpdate,
    ResourceRequest,
    Survey,
    TimelineEvent,
    derive_title,
)
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    Channel,
    CheckResult,
    CommitmentKind,
    CompensationKind,
    ComplaintType,
    EventKind,
    EvidenceKind,
    Language,
    RequestStatus,
    Responsibility,
    Severity,
    Subtype,
)
from desktop.domain.letter_phrases import ISSUE
from desktop.domain.summary import draft_summary

if TYPE_CHECKING:
    from desktop.demo.cases import Events

_WORDS = re.compile(r"[a-z0-9'-]+")
# what comes before the complaint itself: （工程例会纪要） 运营副总：, "Dear Sir," "Hi team -"
_LABEL_ZH = re.compile(r"^(?:[（(][^）)]{1,20}[）)]\s*)?(?:[^，。：:！？\s]{1,10}[：:])?")
_LABEL_EN = re.compile(
    r"^(?:[(\[][^)\]]{1,40}[)\]]\s*)?(?:(?:dear|hi|hello)\b[^,.:!-]{0,30}[,.:!-]\s*)?"
    r"(?:[A-Z][\w .'&/-]{0,25}:\s+)?",
    re.IGNORECASE,
)
RECENT = timedelta(days=10)  # a check this recently due may still wait to be recorded
LATELY = timedelta(days=21)
# who owns the fix, the improvement and the prevention, by complaint type ("me": the user)
OWNERS = {
    ComplaintType.TECHNICAL: (("dev", "me"), ("dev", "product"), ("qa", "pm")),
    ComplaintType.COMMUNICATION: (("support", "me"), ("pm",), ("pm", "product")),
    ComplaintType.PROCESS: (("pm", "me"), ("pm",), ("product", "pm")),
    ComplaintType.ATTITUDE: (("pm",), ("pm", "me"), ("pm", "director")),
}
# who is interviewed besides the customer, and who sits on the case with us
TEAM_DEPARTMENTS = {
    ComplaintType.TECHNICAL: ("dev", "qa"),
    ComplaintType.COMMUNICATION: ("support", "pm"),
    ComplaintType.PROCESS: ("pm", "consultant"),
    ComplaintType.ATTITUDE: ("pm", "consultant"),
}
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
UPDATE_CHANNELS = (Channel.EMAIL, Channel.IM, Channel.PHONE)
COMPENSATIONS = tuple(CompensationKind)
FINISHED = (ActionStatus.DONE, ActionStatus.VERIFIED)
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
        intake.title = _title(self.complaint.text, self.complaint.subtype, self.zh)

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
            self._investigation(m, now, events)
            self._updates(m, now, events)
        if now >= m.found:
            self._plan(m, now, events)
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

    def _investigation(self, m: Milestones, now: datetime, events: Events) -> None:
        case, rng, story = self.case, self.rng, self.story
        start, end = m.investigating, m.found
        span = max((end - start).total_seconds() / 3600, 2)
        heard_at = at_work(start + hours(rng, 1, span * 0.4), self.offset, rng)
        told_at = at_work(start + hours(rng, span * 0.3, span * 0.9), self.offset, rng)
        if heard_at <= now:
            case.interviews.append(
                Interview(0, self.person.name, self.person.job, heard_at, self.pick(story.heard))
            )
        role, said = self.cause.told
        if told_at <= now and rng.random() < 0.6:  # a colleague's account, where it helped
            who = self.colleague(role)
            case.interviews.append(
                Interview(
                    0, who.name(self.lang), role_name(role, self.lang), told_at, self.say(said)
                )
            )
        # engineers record what helped: not every case has evidence, both pieces now and then
        kept = rng.choices((0, 1, 2), cum_weights=(3, 8, 10))[0]
        for index, (title, note) in enumerate(rng.sample(story.evidence, kept)):
            added = at_work(start + hours(rng, 0.5, span * (0.5 + index * 0.3)), self.offset, rng)
            if added <= now:
                case.evidence.append(Evidence(0, EvidenceKind.NOTE, title, note, added_at=added))
        if start <= now and rng.random() < 0.6:  # the checklist, for those who tick it off
            own = CHECKLIST[self.kind]
            ticked = [*own[: 1 + rng.randrange(len(own))], rng.choice(COMMON_ITEMS)]
            if heard_at <= now:
                ticked.append("interview_customer")
            if now >= end:
                ticked.append("acceptance_test")
            case.checklist = [InvestigationItem(key, True) for key in ticked]
        if rng.random() < 0.35:
            asked = at_work(start + hours(rng, 2, 30), self.offset, rng)
            what, whom = rng.choice(story.requests)
            status = RequestStatus.ASKED
            if now - asked > 2 * HOUR * 24:
                status = RequestStatus.REFUSED if rng.random() < 0.1 else RequestStatus.GRANTED
            if asked <= now:
                case.requests.append(ResourceRequest(0, self.say(what), whom, status))

    def _updates(self, m: Milestones, now: datetime, events: Events) -> None:
        """A progress update every two days or so until the fix, every two weeks after it;
        the cause and the fix are told as soon as they are known. None while the customer
        is awaited."""
        rng = self.rng
        end = min(now, m.closed)
        promise = self.case.first_response.responded_at
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
            moment = at_work(moment, self.offset, rng)
            if moment >= end:
                break
            told_found = told_found or moment >= m.found
            told_fixed = told_fixed or moment >= m.fixed
            self._update(moment, self._progress(m, moment, said), m.fixed, events)
            sent += 1
            gap = 48 * rng.uniform(0.7, 1.0) if rng.random() < 0.9 else 48 * rng.uniform(1, 1.3)
            moment += (
                timedelta(hours=gap)
                if moment < m.fixed
                else timedelta(days=14) * (rng.uniform(0.8, 1.0))
            )

    def _progress(self, m: Milestones, moment: datetime, said: dict[str, int]) -> str:
        """What an update at `moment` tells: the first after the cause was found tells it, the
        first after the fix tells that; between them the work's state, each text in turn."""
        voice = self.voice
        if moment >= m.found and not said.get("found"):
            said["found"] = 1
            fix, date = self._fix(), self._day(m.fix_due)
            return self.pick(voice.found, cause=self.cause.root_cause, fix=fix, date=date)
        if moment >= m.fixed and not said.get("fixed"):
            said["fixed"] = 1
            return self.pick(voice.fixed, fix=self._fix(), Fix=self._fix(capital=True))
        phase, texts = (
            ("looking", self.story.looking)
            if moment < m.found
            else ("fixing", voice.fixing)
            if moment < m.fixed
            else ("watching", voice.watching)
        )
        index = said[phase]
        said[phase] = index + 1
        if phase == "looking":
            return self.say(texts[min(index, len(texts) - 1)])
        return self.say(texts[index % len(texts)])

    def _update(self, at: datetime, text: str, fixed: datetime, events: Events) -> None:
        channel = self.rng.choices(UPDATE_CHANNELS, cum_weights=(6, 9, 10))[0]
        update = ProgressUpdate(0, at, channel, text)

        def send() -> None:
            if at >= fixed:
                self.case.next_update_days = 14  # after the fix, every two weeks until the visit
            self.case.updates.append(update)
            events.record(ledger.UpdateSent(at, text))

        events.at(at, send)

    def _fix(self, capital: bool = False) -> str:
        fix = self.cause.fix
        if self.zh or capital or not fix[1].islower():
            return fix
        return fix[0].lower() + fix[1:]

    def _met(self, criterion: str) -> str:
        """The finding of a check whose criterion held."""
        if self.zh:
            return f"已确认：{criterion}。"
        return f"Confirmed: {criterion[0].lower()}{criterion[1:]}."

    def _day(self, moment: datetime) -> str:
        local = moment + self.offset
        if self.zh:
            return f"{local.month}月{local.day}日"
        return f"{local.day} {local:%B}"

    def _plan(self, m: Milestones, now: datetime, events: Events) -> None:
        case, rng, cause = self.case, self.rng, self.cause
        investigation = case.investigation
        investigation.root_cause = cause.root_cause
        investigation.escape_point = cause.escape
        case.factors = [Factor(0, kind, nature, note) for kind, nature, note in cause.factors]
        owners = OWNERS[self.kind]
        split = m.late_wait is not None  # the wait stretches what is open: tell done apart
        for position, (horizon, text, due, done) in enumerate(
            (
                (ActionHorizon.SHORT_TERM, cause.fix, m.fix_due, m.fixed),
                (ActionHorizon.MID_TERM, cause.improve, m.improve_due, m.improved),
                (ActionHorizon.LONG_TERM, cause.prevent, m.prevent_due, m.prevented),
            )
        ):
            owner = self.colleague(rng.choice(owners[position])).name(self.lang)
            criterion = self.story.criterion if horizon is ActionHorizon.SHORT_TERM else ""
            planned = Action(
                position + 1,
                horizon,
                text,
                owner,
                due,
                position=position,
                check_criterion=criterion,
            )
            final = planned
            if done <= now:
                if horizon is ActionHorizon.MID_TERM and rng.random() < 0.05:
                    why = self.pick(self.voice.cancelled)
                    final = _as(planned, ActionStatus.CANCELLED, None, why)
                else:
                    final = _as(planned, rng.choice(FINISHED), done)
            elif due < now + timedelta(days=3) and rng.random() < 0.6:
                final = _as(planned, ActionStatus.IN_PROGRESS)
            self._act(m.found, planned, final, done, split, events)
        roles = TEAM_DEPARTMENTS[self.kind]
        for role in roles if rng.random() < 0.4 else roles[:1]:
            person = self.colleague(role)
            case.collaborators.append(
                Collaborator(
                    0,
                    department(role, self.lang),
                    person.name(self.lang),
                    role_name(role, self.lang),
                )
            )

    def _act(
        self,
        at: datetime,
        planned: Action,
        final: Action,
        done: datetime,
        split: bool,
        events: Events,
    ) -> None:
        def add(action: Action, before: Action | None, moment: datetime) -> None:
            actions = self.case.actions
            if before is None:
                actions.append(action)
            else:
                actions[actions.index(before)] = action
            events.record(ledger.ActionChanged(moment, action, before))

        if split and final is not planned:
            events.at(at, lambda: add(planned, None, at))
            events.at(done, lambda: add(final, planned, done))
        else:
            events.at(at, lambda: add(final, None, at))

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

    # --- effectiveness checks ---------------------------------------------------------------
    def record_checks(self, now: datetime, events: Events) -> None:
        """Most checks past due are recorded, and most fixes hold; a case whose check fails
        goes back to the plan, open. The random numbers are the case's own: the cases after
        it do not change with them."""
        rng = random.Random(self.case.number)
        case = self.case
        checks = {
            c.source_id: c for c in case.commitments if c.kind is CommitmentKind.EFFECTIVENESS_CHECK
        }
        for index, action in enumerate(case.actions):
            check = checks.get(action.id)
            if check is None or check.due_at >= now:
                continue
            if now - check.due_at < RECENT and rng.random() < 0.5:
                continue  # fell due lately: not got to yet
            at = min(at_work(check.due_at + hours(rng, -48, 96), self.offset, rng), now)
            # a fix found not to hold a while ago would have been redone since: only the open
            # cases and those checked lately fail (a failed check reopens a closed case)
            lately = now - at < LATELY
            if (not case.is_closed or lately) and rng.random() < (0.3 if lately else 0.2):
                result, notes = CheckResult.FAILED, self.voice.failed
            else:
                result, notes = CheckResult.HELD, self.voice.held
            note = rng.choice(notes)
            if result is CheckResult.HELD and action.check_criterion:
                note = self._met(action.check_criterion)
            checked = replace(action, check_result=result, check_note=note, checked_at=at)
            case.actions[index] = checked
            events.record(ledger.CheckRecorded(at, checked))


def _as(
    action: Action, status: ActionStatus, done_at: datetime | None = None, why: str = ""
) -> Action:
    """The action with a new status (dataclasses.replace checks more than is needed here)."""
    changed = copy(action)
    changed.status, changed.done_at, changed.cancel_reason = status, done_at, why
    return changed


def _title(text: str, subtype: Subtype, zh: bool) -> str:
    """The title an engineer would type where the one derived from the complaint would not do
    (a label or greeting first, a fragment, no capital); "" where it would."""
    derived = derive_title(text)
    rest = _LABEL_ZH.sub("", text) if zh else _LABEL_EN.sub("", text)
    title = derive_title(rest)
    if not zh and title[:1].islower() and not title[1:2].isupper():  # not eSIM
        title = title[0].upper() + title[1:]
    if len(title) < (6 if zh else 12):
        issue = ISSUE[subtype][0 if zh else 1]
        title = issue if zh else issue[0].upper() + issue[1:]
    return "" if title == derived else title
