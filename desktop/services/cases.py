"""Verbs on a complaint case: create, fill each stage, keep its commitments, close, delete."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain import case_rules
from desktop.domain.case_query import CaseQuery
from desktop.domain.catalog import label
from desktop.domain.commitments import LedgerEntry, LedgerSummary, add_hours, ledger, stretch_due
from desktop.domain.complaint import (
    Action,
    Case,
    CaseRow,
    Collaborator,
    Commitment,
    Compensation,
    Escalation,
    Evidence,
    Factor,
    Interview,
    InvestigationItem,
    Pause,
    ProgressUpdate,
    ResourceRequest,
)
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    Channel,
    CommitmentKind,
    EventKind,
    EvidenceKind,
    Language,
    Stage,
)
from desktop.domain.errors import NotFoundError, TurnaroundError, ValidationError
from desktop.domain.parts import check_action, clean_part, settle_action
from desktop.domain.validation import as_utc, clean_int, clean_text
from desktop.services.calendars import CalendarService
from desktop.services.clock import Clock
from desktop.services.settings import SettingsService
from desktop.store.store import Store

if TYPE_CHECKING:
    from desktop.domain.ics import CalendarEvent
    from desktop.domain.library import Lesson

FAR_FUTURE = datetime(9000, 1, 1, tzinfo=UTC)
# above this many cases, counting them is left to a background thread (see count_is_slow)
MANY_CASES = 20_000
PART_TABLES: dict[type, str] = {
    Interview: "interviews",
    Factor: "factors",
    Action: "actions",
    ProgressUpdate: "progress_updates",
    Escalation: "escalations",
    Collaborator: "collaborators",
    ResourceRequest: "resource_requests",
    Compensation: "compensations",
    Evidence: "evidence",
}


class CannotCloseError(TurnaroundError):
    def __init__(self, problems: list[ValidationError]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems))


# always on the Today panel while open: the 24-hour clock of a new complaint
RUNNING = (CommitmentKind.FIRST_RESPONSE.value,)


class CaseService:
    def __init__(
        self,
        store: Store,
        settings: SettingsService,
        calendars: CalendarService,
        clock: Clock,
        zone: tzinfo,
    ) -> None:
        self.store = store
        self.settings = settings
        self.calendars = calendars
        self.clock = clock
        self.zone = zone

    # --- reading --------------------------------------------------------------------------
    def get(self, case_id: int) -> Case:
        return self.store.cases.get(case_id)

    def find(self, number: str) -> Case:
        return self.store.cases.get(self.store.cases.id_for_number(number))

    def count(self, query: CaseQuery) -> int:
        return self.store.cases.count(query, self.clock())

    def count_is_slow(self, query: CaseQuery) -> bool:
        """A search is counted off the GUI thread (a page of matches is quicker than all), and
        so is any count over many cases (100,000 take about 10 ms: a frame, at start-up too)."""
        return bool(query.text.strip()) or self.store.cases.last_id() > MANY_CASES

    def count_detached(self, query: CaseQuery) -> int:
        """count(), on a connection of its own: safe to call off the GUI thread."""
        with self.store.reader() as reader:
            return reader.cases.count(query, self.clock())

    def rows(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        return self.store.cases.rows(query, self.clock(), offset, limit)

    def snippet(self, case_id: int, text: str) -> str:
        """The case's text around the first word of `text`, the match marked [like this]."""
        return self.store.cases.search.snippets([case_id], text).get(case_id, "")

    def any_case(self) -> bool:
        """Whether there is any case at all (drafts too), without counting them."""
        return self.store.cases.last_id() > 0

    def customers(self) -> list[str]:
        return self.store.cases.customers()

    def ledger(self, case: Case) -> list[LedgerEntry]:
        return ledger(case.commitments, self.clock(), self.zone, paused=case.is_paused)

    def due_soon(
        self, within: timedelta, limit: int = -1, running: Sequence[str] = ()
    ) -> list[tuple[CaseRow, LedgerEntry]]:
        """Open commitments across all cases that are overdue or due within `within` (and those
        of the `running` kinds whenever they fall due)."""
        now = self.clock()
        result = []
        rows = self.store.cases.open_commitments(now, now + within, limit, running)
        for row, commitment in rows:
            [entry] = ledger([commitment], now, self.zone, paused=row.paused)
            result.append((row, entry))
        return result

    def due_today(self, limit: int = -1) -> list[tuple[CaseRow, LedgerEntry]]:
        """Open commitments that are overdue or due before midnight (local), most urgent first,
        and every first response whose clock is running (a new case's 24 hours)."""
        now = self.clock()
        local_now = now.astimezone(self.zone)
        end_of_day = (local_now + timedelta(days=1)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        return self.due_soon(end_of_day - now, limit, RUNNING)

    def due_summary(self, running: bool = False) -> LedgerSummary:
        """How many commitments are due today and overdue, for the status line; `running`: and
        the first responses whose clock runs (the Today panel lists them)."""
        plain, with_running = self._due_summaries(self.store)
        return with_running if running else plain

    def due_summary_detached(self, running: bool = False) -> LedgerSummary:
        """due_summary(), on a connection of its own: safe to call off the GUI thread (it
        counts every open commitment: about 10 ms among 100,000 cases)."""
        plain, with_running = self.due_summaries_detached()
        return with_running if running else plain

    def due_summaries_detached(self) -> tuple[LedgerSummary, LedgerSummary]:
        """Both summaries, without and with the running first responses, from one count on a
        connection of its own."""
        with self.store.reader() as reader:
            return self._due_summaries(reader)

    def _due_summaries(self, store: Store) -> tuple[LedgerSummary, LedgerSummary]:
        now = self.clock()
        local_now = now.astimezone(self.zone)
        end_of_day = (local_now + timedelta(days=1)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        due_today, overdue, running_later = store.cases.count_due(now, end_of_day, RUNNING)
        plain = LedgerSummary(due_today=due_today, overdue=overdue, kept_on_time=0, kept_late=0)
        return plain, dataclasses.replace(plain, due_today=due_today + running_later)

    def calendar_events(self, language: Language) -> list[CalendarEvent]:
        """Every open commitment as a calendar event, with an alarm before it."""
        from desktop.domain.ics import CalendarEvent

        now = self.clock()
        warning = timedelta(hours=max(self.settings.deadlines().warning_hours, 0) or 1)
        events = []
        for row, commitment in self.store.cases.open_commitments(now, FAR_FUTURE):
            kind = label(commitment.kind, language)
            summary = f"{kind} · {row.number} {row.customer}"
            description = "\n".join(filter(None, [row.title, commitment.description]))
            events.append(
                CalendarEvent(
                    uid=f"commitment-{commitment.id}-{row.uuid}@turnaround",
                    start=commitment.due_at,
                    summary=summary,
                    description=description,
                    alarm_before=warning,
                )
            )
        return events

    def escalation_reasons(self, case: Case) -> list[str]:
        states = [entry.state for entry in self.ledger(case)]
        return case_rules.escalation_reasons(case, states)

    def escalation_advice(self, case: Case) -> tuple[list[str], list[str]]:
        """Why to escalate, and (when nothing calls for it) what was found calm: one ledger."""
        states = [entry.state for entry in self.ledger(case)]
        return (
            case_rules.escalation_reasons(case, states),
            case_rules.escalation_checked(case, states),
        )

    def escalation_checked(self, case: Case) -> list[str]:
        return self.escalation_advice(case)[1]

    # --- creating and the case's own fields -------------------------------------------------
    def create(self) -> Case:
        now = self.clock()
        with self.store.transaction():
            case_id = self.store.cases.create(now, now.astimezone(self.zone).year)
        return self.get(case_id)

    def update_intake(self, case_id: int, **values: Any) -> Case:
        now = self.clock()
        cleaned = case_rules.clean_intake(values, now)
        with self.store.transaction():
            case = self._writable(case_id)
            self.store.cases.update_section(case_id, "intake", cleaned, now)
            if "received_at" in cleaned and cleaned["received_at"] is not None:
                self._on_received(case, cleaned["received_at"], now)
            self._open_if_ready(case_id, now)
        return self.get(case_id)

    def _on_received(self, case: Case, received_at: datetime, now: datetime) -> None:
        cases = self.store.cases
        existing = [
            c
            for c in cases.children("commitments", case.id)
            if c.kind is CommitmentKind.FIRST_RESPONSE
        ]
        hours = self.settings.deadlines().first_response_hours
        customer = cases.get(case.id, with_parts=False).intake.customer  # as just saved
        due = add_hours(received_at, hours, self.calendars.calendar_for(customer))
        if existing:
            cases.update_child(
                "commitments", existing[0].id, {"due_at": due, "created_at": received_at}
            )
        else:
            cases.add_child(
                "commitments",
                case.id,
                Commitment(
                    id=0,
                    case_id=case.id,
                    kind=CommitmentKind.FIRST_RESPONSE,
                    description="",
                    due_at=due,
                    kept_at=case.first_response.responded_at,
                    created_at=received_at,
                ),
                now,
            )
        events = [
            e for e in cases.children("timeline_events", case.id) if e.kind is EventKind.RECEIVED
        ]
        if events:
            cases.update_child("timeline_events", events[0].id, {"at": received_at})
        else:
            cases.add_event(case.id, EventKind.RECEIVED, received_at)
        cases.refresh_next_commitment(case.id)

    def _open_if_ready(self, case_id: int, now: datetime) -> None:
        case = self.store.cases.get(case_id, with_parts=False)
        if case.status is CaseStatus.DRAFT and not case_rules.missing_for_stage(case, Stage.INTAKE):
            self.store.cases.update_fields(case_id, {"status": CaseStatus.OPEN}, now)

    def classify(self, case_id: int, **values: Any) -> Case:
        now = self.clock()
        cleaned = case_rules.clean_classification(values)
        with self.store.transaction():
            case = self._writable(case_id)
            if "complaint_type" in cleaned and "subtype" not in cleaned:
                subtype = case.classification.subtype
                if subtype and subtype.complaint_type is not cleaned["complaint_type"]:
                    cleaned["subtype"] = None
            self.store.cases.update_section(case_id, "classification", cleaned, now)
            if cleaned.get("complaint_type") and case.classification.complaint_type is None:
                self.store.cases.add_event(
                    case_id, EventKind.CLASSIFIED, now, cleaned["complaint_type"].value
                )
        return self.get(case_id)

    def record_first_response(
        self,
        case_id: int,
        responded_at: datetime,
        channel: Channel | None,
        script: str = "",
        promise_due: datetime | None = None,
    ) -> Case:
        """The customer was contacted; the promise of a progress report becomes a commitment."""
        now = self.clock()
        responded_at = case_rules.clean_past_time_field("responded_at", responded_at, now)
        script = clean_text("response_script", script)
        with self.store.transaction():
            case = self._writable(case_id)
            received = case.intake.received_at
            case_rules.clean_due("responded_at", responded_at, received)
            if promise_due is None:
                hours = self.settings.deadlines().promise_hours
                promise_due = add_hours(
                    responded_at, hours, self.calendars.calendar_for(case.intake.customer)
                )
            promise_due = case_rules.clean_due("promise_due", promise_due, received)
            if promise_due < responded_at:
                raise ValidationError("promise_due", "before_received")
            cases = self.store.cases
            cases.update_section(
                case_id,
                "first_response",
                {"responded_at": responded_at, "channel": channel, "script": script},
                now,
            )
            for commitment in case.commitments:
                if commitment.kind is CommitmentKind.FIRST_RESPONSE:
                    cases.update_child("commitments", commitment.id, {"kept_at": responded_at})
            promises = [c for c in case.commitments if c.kind is CommitmentKind.PROMISE]
            if promises:
                cases.update_child("commitments", promises[0].id, {"due_at": promise_due})
            else:
                cases.add_child(
                    "commitments",
                    case_id,
                    Commitment(
                        id=0,
                        case_id=case_id,
                        kind=CommitmentKind.PROMISE,
                        description="",
                        due_at=promise_due,
                        created_at=responded_at,
                    ),
                    now,
                )
                cases.add_event(case_id, EventKind.RESPONDED, responded_at)
                cases.add_event(
                    case_id, EventKind.PROMISE_MADE, responded_at, promise_due.isoformat()
                )
            cases.refresh_next_commitment(case_id)
        return self.get(case_id)

    def add_promise(self, case_id: int, description: str, due_at: datetime) -> None:
        """A promise made in writing (the apology letter): kept in the ledger like the others."""
        description = clean_text("commitment", description, required=True, limit=500)
        due_at = as_utc("commitment_due", due_at)
        now = self.clock()
        with self.store.transaction():
            self._writable(case_id)
            cases = self.store.cases
            commitment = Commitment(
                id=0,
                case_id=case_id,
                kind=CommitmentKind.PROMISE,
                description=description,
                due_at=due_at,
                created_at=now,
            )
            cases.add_child("commitments", case_id, commitment, now)
            cases.add_event(case_id, EventKind.PROMISE_MADE, now, due_at.isoformat())
            cases.refresh_next_commitment(case_id)

    def set_response_script(self, case_id: int, script: str) -> Case:
        script = clean_text("response_script", script)
        with self.store.transaction():
            self._writable(case_id)
            self.store.cases.update_section(
                case_id, "first_response", {"script": script}, self.clock()
            )
        return self.get(case_id)

    def set_investigation(self, case_id: int, **values: Any) -> Case:
        cleaned: dict[str, Any] = {}
        for field, value in values.items():
            if field == "five_whys":
                cleaned[field] = [clean_text(field, why, limit=2000) for why in value]
            else:
                cleaned[field] = clean_text(field, value)
        with self.store.transaction():
            self._writable(case_id)
            self.store.cases.update_section(case_id, "investigation", cleaned, self.clock())
        return self.get(case_id)

    def set_checklist_item(self, case_id: int, key: str, done: bool, note: str = "") -> None:
        note = clean_text("note", note, limit=5000)
        with self.store.transaction():
            self._writable(case_id)
            self.store.cases.set_checklist_item(case_id, InvestigationItem(key, done, note))

    def set_fields(self, case_id: int, **values: Any) -> Case:
        """Plain text and number fields of the case: lesson, summary, letter, update interval."""
        cleaned: dict[str, Any] = {}
        for field, value in values.items():
            if field == "next_update_days":
                cleaned[field] = clean_int(field, value, 1, 60, required=True)
            elif field == "lesson_shared_at":
                cleaned[field] = case_rules.clean_past_time_field(field, value, self.clock())
            elif field == "letter_language":
                cleaned[field] = Language(value).value
            elif field in ("lesson_to_share", "summary", "letter_text"):
                cleaned[field] = clean_text(field, value)
            elif field in ("letter_subject", "letter_salutation"):
                cleaned[field] = clean_text(field, value, multiline=False, limit=300)
            else:
                raise KeyError(field)
        with self.store.transaction():
            self._writable(case_id)
            self.store.cases.update_fields(case_id, cleaned, self.clock())
        return self.get(case_id)

    def visit_page(self, case_id: int, page: Stage) -> None:
        """The wizard shows this page: remember it, and the furthest stage reached."""
        with self.store.transaction():
            case = self.store.cases.get(case_id, with_parts=False)
            values: dict[str, Any] = {"last_page": page}
            if page > case.stage and not case.is_closed:
                values["stage"] = page
            self.store.cases.update_fields(case_id, values, self.clock())

    # --- parts: interviews, factors, actions, updates, escalations... ----------------------
    def add_part(self, case_id: int, part: Any) -> int:
        cls = type(part)
        now = self.clock()
        editable = {name: getattr(part, name) for name in clean_part_fields(cls)}
        cleaned = clean_part(cls, editable, now, creating=True)
        item = dataclasses.replace(part, **cleaned)
        if cls is Evidence and item.added_at is None:
            item.added_at = now
        if cls is Action:
            item = settle_action(item, now)
            check_action(item)
        with self.store.transaction():
            self._writable(case_id)
            part_id = self.store.cases.add_child(PART_TABLES[cls], case_id, item, now)
            self._after_part_change(case_id, cls, part_id, None, now)
        return part_id

    def update_part(self, cls: type, part_id: int, **values: Any) -> None:
        now = self.clock()
        cleaned = clean_part(cls, values, now)
        table = PART_TABLES[cls]
        with self.store.transaction():
            before = self.store.cases.child(table, part_id)
            case_id = self.store.cases.case_of(table, part_id)
            self._writable(case_id)
            if cls is Action:
                after = settle_action(dataclasses.replace(before, **cleaned), now)
                if after.done_at != before.done_at:
                    cleaned["done_at"] = after.done_at
                check_action(after)
            self.store.cases.update_child(table, part_id, cleaned)
            self._after_part_change(case_id, cls, part_id, before, now)

    def delete_part(self, cls: type, part_id: int) -> None:
        table = PART_TABLES[cls]
        with self.store.transaction():
            case_id = self.store.cases.case_of(table, part_id)
            self._writable(case_id)
            part = self.store.cases.child(table, part_id)
            self.store.cases.delete_child(table, part_id)
            if cls is Evidence and part.stored_path:
                path = self.attachment_path(part)
                if path is not None:
                    path.unlink(missing_ok=True)
            if cls is Action:
                for commitment in self._action_commitments(case_id, part_id):
                    self.store.cases.delete_child("commitments", commitment.id)
                self.store.cases.refresh_next_commitment(case_id)

    def add_evidence_file(self, case_id: int, source: Path, title: str = "") -> int:
        """Copy a file into the case's attachment folder (never a link) with its SHA-256."""
        folder = self.store.folder
        if folder is None:
            raise ValidationError("evidence", "no_data_folder")
        case = self._writable(case_id)
        target_dir = folder.attachments / case.number
        target_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        from desktop.store.attachments import copy_with_digest

        digest, size, stored = copy_with_digest(source, target_dir)
        relative = stored.relative_to(folder.attachments).as_posix()
        try:
            return self.add_part(
                case_id,
                Evidence(
                    id=0,
                    kind=EvidenceKind.FILE,
                    title=title or source.name,
                    file_name=source.name,
                    stored_path=relative,
                    sha256=digest,
                    size=size,
                    added_at=self.clock(),
                ),
            )
        except BaseException:
            stored.unlink(missing_ok=True)
            raise

    def attachment_path(self, evidence: Evidence) -> Path | None:
        if not evidence.stored_path or self.store.folder is None:
            return None
        return self.store.folder.attachments / evidence.stored_path

    def _after_part_change(
        self, case_id: int, cls: type, part_id: int, before: Any, now: datetime
    ) -> None:
        cases = self.store.cases
        if cls is Action:
            self._sync_action_commitment(case_id, cases.child("actions", part_id), before, now)
        elif cls is ProgressUpdate and before is None:
            self._on_update_sent(case_id, cases.child("progress_updates", part_id), now)
        elif cls is Escalation and before is None:
            escalation = cases.child("escalations", part_id)
            cases.add_event(
                case_id, EventKind.ESCALATED, escalation.escalated_at or now, escalation.to_whom
            )
        cases.refresh_next_commitment(case_id)

    def _action_commitments(self, case_id: int, action_id: int) -> list[Commitment]:
        return [
            c
            for c in self.store.cases.children("commitments", case_id)
            if c.kind is CommitmentKind.ACTION and c.source_id == action_id
        ]

    def _sync_action_commitment(
        self, case_id: int, action: Action, before: Action | None, now: datetime
    ) -> None:
        cases = self.store.cases
        existing = self._action_commitments(case_id, action.id)
        if before is None:
            cases.add_event(case_id, EventKind.ACTION_ADDED, now, action.description[:200])
        finished = action.status in (ActionStatus.DONE, ActionStatus.VERIFIED)
        if finished and (
            before is None or before.status not in (ActionStatus.DONE, ActionStatus.VERIFIED)
        ):
            cases.add_event(
                case_id, EventKind.ACTION_DONE, action.done_at or now, action.description[:200]
            )
            if action.horizon is ActionHorizon.SHORT_TERM:
                self._schedule_follow_up_after_fix(case_id, action.done_at or now, now)
        if action.due_at is None:
            for commitment in existing:
                cases.delete_child("commitments", commitment.id)
            return
        values: dict[str, Any] = {
            "due_at": action.due_at,
            "description": action.description[:200],
            "kept_at": (action.done_at or now) if finished else None,
            "cancelled_at": now if action.status is ActionStatus.CANCELLED else None,
        }
        if existing:
            cases.update_child("commitments", existing[0].id, values)
        else:
            cases.add_child(
                "commitments",
                case_id,
                Commitment(
                    id=0,
                    case_id=case_id,
                    kind=CommitmentKind.ACTION,
                    source_id=action.id,
                    description=values["description"],
                    due_at=action.due_at,
                    kept_at=values["kept_at"],
                    cancelled_at=values["cancelled_at"],
                ),
                now,
            )

    def _on_update_sent(self, case_id: int, update: ProgressUpdate, now: datetime) -> None:
        """A progress update keeps the promise and the due update, and sets the next one."""
        cases = self.store.cases
        case = cases.get(case_id, with_parts=False)
        for commitment in cases.children("commitments", case_id):
            if (
                commitment.kind in (CommitmentKind.PROMISE, CommitmentKind.PROGRESS_UPDATE)
                and commitment.kept_at is None
                and commitment.cancelled_at is None
            ):
                cases.update_child("commitments", commitment.id, {"kept_at": update.sent_at})
                if commitment.kind is CommitmentKind.PROMISE:
                    cases.add_event(case_id, EventKind.PROMISE_KEPT, update.sent_at)
        cases.add_event(case_id, EventKind.UPDATE_SENT, update.sent_at, update.summary[:200])
        if not case.is_closed:
            due = update.sent_at + timedelta(days=case.next_update_days)
            cases.add_child(
                "commitments",
                case_id,
                Commitment(
                    id=0,
                    case_id=case_id,
                    kind=CommitmentKind.PROGRESS_UPDATE,
                    description="",
                    due_at=due,
                    created_at=update.sent_at,
                ),
                now,
            )

    def _schedule_follow_up_after_fix(
        self, case_id: int, fixed_at: datetime, now: datetime
    ) -> None:
        case = self.store.cases.get(case_id, with_parts=False)
        if case.follow_up.due_at is None:
            days = self.settings.deadlines().follow_up_days
            self._set_follow_up_due(case_id, fixed_at + timedelta(days=days), now)

    def _set_follow_up_due(self, case_id: int, due_at: datetime, now: datetime) -> None:
        cases = self.store.cases
        cases.update_section(case_id, "follow_up", {"due_at": due_at}, now)
        existing = [
            c for c in cases.children("commitments", case_id) if c.kind is CommitmentKind.FOLLOW_UP
        ]
        if existing:
            cases.update_child("commitments", existing[0].id, {"due_at": due_at})
        else:
            cases.add_child(
                "commitments",
                case_id,
                Commitment(
                    id=0,
                    case_id=case_id,
                    kind=CommitmentKind.FOLLOW_UP,
                    description="",
                    due_at=due_at,
                ),
                now,
            )
        cases.refresh_next_commitment(case_id)

    def schedule_follow_up(self, case_id: int, due_at: datetime) -> Case:
        with self.store.transaction():
            case = self._writable(case_id, allow_closed=True)
            due_at = case_rules.clean_due(
                "follow_up_due_at", due_at, case.intake.received_at, required=True
            )
            self._set_follow_up_due(case_id, due_at, self.clock())
        return self.get(case_id)

    def record_follow_up(self, case_id: int, done_at: datetime | None, notes: str) -> Case:
        now = self.clock()
        done_at = case_rules.clean_past_time_field("follow_up_done_at", done_at, now)
        notes = clean_text("follow_up_notes", notes)
        with self.store.transaction():
            case = self._writable(case_id, allow_closed=True)
            cases = self.store.cases
            cases.update_section(case_id, "follow_up", {"done_at": done_at, "notes": notes}, now)
            for commitment in case.commitments:
                if commitment.kind is CommitmentKind.FOLLOW_UP:
                    cases.update_child("commitments", commitment.id, {"kept_at": done_at})
            if done_at and case.follow_up.done_at is None:
                cases.add_event(case_id, EventKind.FOLLOW_UP_DONE, done_at)
            cases.refresh_next_commitment(case_id)
        return self.get(case_id)

    def record_survey(
        self,
        case_id: int,
        csat: int | None,
        nps: int | None,
        comment: str,
        surveyed_at: datetime | None,
    ) -> Case:
        now = self.clock()
        csat, nps = case_rules.clean_survey(csat, nps)
        comment = clean_text("survey_comment", comment)
        surveyed_at = case_rules.clean_past_time_field("surveyed_at", surveyed_at, now)
        with self.store.transaction():
            case = self._writable(case_id, allow_closed=True)
            self.store.cases.update_section(
                case_id,
                "survey",
                {"csat": csat, "nps": nps, "comment": comment, "surveyed_at": surveyed_at},
                now,
            )
            if (
                (csat is not None or nps is not None)
                and case.survey.csat is None
                and case.survey.nps is None
            ):
                self.store.cases.add_event(
                    case_id,
                    EventKind.SURVEY,
                    surveyed_at or now,
                    f"CSAT {csat or '-'} / NPS {nps if nps is not None else '-'}",
                )
        return self.get(case_id)

    # --- waiting on the customer ----------------------------------------------------------
    def pause(self, case_id: int, reason: str = "") -> Case:
        now = self.clock()
        reason = clean_text("pause_reason", reason, multiline=False)
        with self.store.transaction():
            case = self._writable(case_id)
            if case.is_paused:
                return case
            self.store.cases.add_child(
                "case_pauses", case_id, Pause(id=0, started_at=now, reason=reason), now
            )
            self.store.cases.update_fields(case_id, {"paused_since": now}, now)
            self.store.cases.add_event(case_id, EventKind.PAUSED, now, reason)
        return self.get(case_id)

    def resume(self, case_id: int) -> Case:
        """End the pause and stretch every open commitment by the counted time it took."""
        now = self.clock()
        with self.store.transaction():
            case = self._writable(case_id)
            if not case.is_paused:
                return case
            cases = self.store.cases
            started = case.paused_since
            assert started is not None
            calendar = self.calendars.calendar_for(case.intake.customer)
            for commitment in case.commitments:
                if commitment.kept_at is None and commitment.cancelled_at is None:
                    due = stretch_due(commitment, (started, now), calendar)
                    cases.update_child("commitments", commitment.id, {"due_at": due})
            for pause in case.pauses:
                if pause.ended_at is None:
                    cases.update_child("case_pauses", pause.id, {"ended_at": now})
            cases.update_fields(case_id, {"paused_since": None}, now)
            cases.add_event(case_id, EventKind.RESUMED, now)
            cases.refresh_next_commitment(case_id)
        return self.get(case_id)

    # --- closing --------------------------------------------------------------------------
    def close(self, case_id: int) -> Case:
        now = self.clock()
        with self.store.transaction():
            case = self.store.cases.get(case_id)
            problems = case_rules.missing_to_close(case)
            if problems:
                raise CannotCloseError(problems)
            cases = self.store.cases
            for commitment in case.commitments:
                if (
                    commitment.kind in (CommitmentKind.PROMISE, CommitmentKind.PROGRESS_UPDATE)
                    and commitment.kept_at is None
                    and commitment.cancelled_at is None
                ):
                    cases.update_child("commitments", commitment.id, {"cancelled_at": now})
            cases.update_fields(
                case_id, {"status": CaseStatus.CLOSED, "closed_at": now, "stage": Stage.CLOSE}, now
            )
            cases.add_event(case_id, EventKind.CLOSED, now)
            cases.refresh_next_commitment(case_id)
        return self.get(case_id)

    def reopen(self, case_id: int) -> Case:
        now = self.clock()
        with self.store.transaction():
            self.store.cases.update_fields(
                case_id, {"status": CaseStatus.OPEN, "closed_at": None}, now
            )
            self.store.cases.add_event(case_id, EventKind.REOPENED, now)
        return self.get(case_id)

    def lesson_for(self, case_id: int) -> Lesson | None:
        return self.store.library.for_case(case_id)

    def discard_if_empty(self, case_id: int) -> bool:
        """Delete a draft in which nothing was typed (a New complaint opened and closed)."""
        with self.store.transaction():
            try:
                case = self.store.cases.get(case_id, with_parts=False)
            except NotFoundError:
                return False
            intake = case.intake
            typed = (
                intake.customer,
                intake.contact_name,
                intake.complaint_text,
                intake.project,
                intake.contact_phone,
                intake.contact_email,
                intake.title,
            )
            if case.status is not CaseStatus.DRAFT or any(typed):
                return False
            self.store.cases.delete(case_id)
        return True

    def delete(self, case_id: int) -> None:
        with self.store.transaction():
            self.store.cases.delete(case_id)

    def record_event(self, case_id: int, kind: EventKind, detail: str = "") -> None:
        with self.store.transaction():
            self.store.cases.add_event(case_id, kind, self.clock(), detail)

    def _writable(self, case_id: int, allow_closed: bool = False) -> Case:
        case = self.store.cases.get(case_id)
        if case.is_closed and not allow_closed:
            raise ValidationError("status", "case_closed")
        return case


def clean_part_fields(cls: type) -> list[str]:
    from desktop.domain.parts import RULES

    return list(RULES[cls])
