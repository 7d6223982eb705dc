"""Verbs on a case's stages and its life: create, fill each stage, promise, wait on the
customer, close, reopen, discard an empty draft (a delete moves it to the Trash: services/
trash.py). What they do to the commitments is the ledger's to say (domain/ledger.py); here each
verb checks its input and stores the result in one transaction."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from desktop.domain import case_rules
from desktop.domain.complaint import Case, InvestigationItem, Pause
from desktop.domain.customers import new_contact
from desktop.domain.enums import CaseStatus, Channel, EventKind, Language, Stage
from desktop.domain.errors import NotFoundError, TurnaroundError, ValidationError
from desktop.domain.ledger import (
    Closed,
    FollowUpDone,
    FollowUpScheduled,
    Paused,
    PromiseKept,
    PromiseMade,
    PromiseWithdrawn,
    Received,
    Reopened,
    Responded,
    Resumed,
)
from desktop.domain.validation import as_utc, clean_int, clean_text
from desktop.services.case_access import CaseAccess
from desktop.services.customers import link_case


class CannotCloseError(TurnaroundError):
    def __init__(self, problems: list[ValidationError]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems))


class StageVerbs(CaseAccess):
    # --- creating and the case's own fields -------------------------------------------------
    def create(self) -> Case:
        """A numbered draft; its progress updates fall due as often as Settings says (the
        Plan page can change that for the case)."""
        now = self.clock()
        every = self.settings.deadlines().update_every_days
        with self.store.transaction():
            case_id = self.store.cases.create(now, now.astimezone(self.zone).year)
            self.store.cases.update_fields(case_id, {"next_update_days": every}, now)
        return self.get(case_id)

    def update_intake(self, case_id: int, **values: Any) -> Case:
        now = self.clock()
        cleaned = case_rules.clean_intake(values, now)
        with self.store.transaction():
            case = self._writable(case_id)
            self.store.cases.update_section(case_id, "intake", cleaned, now)
            if "customer" in cleaned:
                link_case(self.store, case_id, cleaned["customer"], now)
            received_at = cleaned.get("received_at")
            if received_at is not None:
                # as saved: its customer names the calendar
                case.intake = dataclasses.replace(case.intake, **cleaned)
                self._record(case, Received(received_at), now)
            self._open_if_ready(case_id, now)
        return self.get(case_id)

    def _open_if_ready(self, case_id: int, now: datetime) -> None:
        case = self.store.cases.get(case_id, with_parts=False)
        if case.status is CaseStatus.DRAFT and not case_rules.missing_for_stage(case, Stage.INTAKE):
            self.store.cases.update_fields(case_id, {"status": CaseStatus.OPEN}, now)

    def classify(self, case_id: int, **values: Any) -> Case:
        now = self.clock()
        cleaned = case_rules.clean_classification(values)
        with self.store.transaction():
            case = self._writable(case_id)
            cleaned = case_rules.with_also_settled(case.classification, cleaned)
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
        """The customer was contacted; the promise of a progress report becomes a commitment
        (by the promise hours of Settings unless `promise_due` says when)."""
        now = self.clock()
        responded_at = case_rules.clean_past_time_field("responded_at", responded_at, now)
        script = clean_text("response_script", script)
        with self.store.transaction():
            case = self._writable(case_id)
            received = case.intake.received_at
            case_rules.clean_due("responded_at", responded_at, received)
            if promise_due is not None:
                promise_due = case_rules.clean_due("promise_due", promise_due, received)
                if promise_due < responded_at:
                    raise ValidationError("promise_due", "before_received")
            self.store.cases.update_section(
                case_id,
                "first_response",
                {"responded_at": responded_at, "channel": channel, "script": script},
                now,
            )
            self._record(case, Responded(responded_at, promise_due), now)
        return self.get(case_id)

    def default_promise_due(self, case: Case, responded_at: datetime) -> datetime:
        """The progress report the first response promises, by default: the promise hours of
        Settings on the customer's calendar."""
        return self.terms(case.intake.customer).promise_due(responded_at)

    def add_promise(self, case_id: int, description: str, due_at: datetime) -> None:
        """A promise made in writing (the apology letter): kept in the ledger like the others."""
        description = clean_text("commitment", description, required=True, limit=500)
        due_at = as_utc("commitment_due", due_at)
        now = self.clock()
        with self.store.transaction():
            case = self._writable(case_id)
            self._record(case, PromiseMade(now, due_at, description), now)

    def keep_promise(
        self, case_id: int, commitment_id: int, kept_at: datetime | None = None
    ) -> Case:
        """The user says the promise was kept (now, or when they say)."""
        now = self.clock()
        kept_at = case_rules.clean_past_time_field("kept_at", kept_at or now, now)
        with self.store.transaction():
            case = self._writable(case_id)
            case_rules.open_promise(case, commitment_id)
            self._record(case, PromiseKept(now, commitment_id, kept_at), now)
        return self.get(case_id)

    def withdraw_promise(self, case_id: int, commitment_id: int, reason: str) -> Case:
        """A promise that will not be kept as made: why, in the user's words, on the timeline."""
        if not reason.strip():
            raise ValidationError("withdraw_reason", "withdraw_reason")
        reason = clean_text("withdraw_reason", reason, multiline=False, limit=200)
        now = self.clock()
        with self.store.transaction():
            case = self._writable(case_id)
            case_rules.open_promise(case, commitment_id)
            self._record(case, PromiseWithdrawn(now, commitment_id, reason), now)
        return self.get(case_id)

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
            if page > Stage.INTAKE:
                self._remember_contact(case)

    def _remember_contact(self, case: Case) -> None:
        """Past the intake, the person who complained joins their customer's contacts (not
        while the intake autosaves: a half-typed name would join too)."""
        customer_id = self.store.customers.customer_of_case(case.id)
        if customer_id is None:
            return
        intake = case.intake
        contact = new_contact(
            self.store.customers.get(customer_id),
            intake.contact_name,
            intake.contact_email,
            intake.contact_phone,
            intake.contact_title,
        )
        if contact is not None:
            self.store.customers.add_contact(customer_id, contact)

    # --- the follow-up visit and the survey ------------------------------------------------
    def schedule_follow_up(self, case_id: int, due_at: datetime) -> Case:
        with self.store.transaction():
            case = self._writable(case_id, allow_closed=True)
            due_at = case_rules.clean_due(
                "follow_up_due_at", due_at, case.intake.received_at, required=True
            )
            self._record(case, FollowUpScheduled(self.clock(), due_at), self.clock())
        return self.get(case_id)

    def record_follow_up(self, case_id: int, done_at: datetime | None, notes: str) -> Case:
        now = self.clock()
        done_at = case_rules.clean_past_time_field("follow_up_done_at", done_at, now)
        notes = clean_text("follow_up_notes", notes)
        with self.store.transaction():
            case = self._writable(case_id, allow_closed=True)
            self.store.cases.update_section(
                case_id, "follow_up", {"done_at": done_at, "notes": notes}, now
            )
            self._record(case, FollowUpDone(now, done_at), now)
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
            self._record(case, Paused(now, reason), now)
        return self.get(case_id)

    def resume(self, case_id: int) -> Case:
        """End the pause; the open commitments are due later by the time it took."""
        now = self.clock()
        with self.store.transaction():
            case = self._writable(case_id)
            if not case.is_paused:
                return case
            self._record(case, Resumed(now), now)
            for pause in case.pauses:
                if pause.ended_at is None:
                    self.store.cases.update_child("case_pauses", pause.id, {"ended_at": now})
            self.store.cases.update_fields(case_id, {"paused_since": None}, now)
        return self.get(case_id)

    # --- closing --------------------------------------------------------------------------
    def close(self, case_id: int) -> Case:
        now = self.clock()
        with self.store.transaction():
            case = self.store.cases.get(case_id)
            problems = case_rules.missing_to_close(case)
            if problems:
                raise CannotCloseError(problems)
            self.store.cases.update_fields(
                case_id, {"status": CaseStatus.CLOSED, "closed_at": now, "stage": Stage.CLOSE}, now
            )
            self._record(case, Closed(now), now)
        return self.get(case_id)

    def reopen(self, case_id: int) -> Case:
        now = self.clock()
        with self.store.transaction():
            case = self.store.cases.get(case_id)
            self.store.cases.update_fields(
                case_id, {"status": CaseStatus.OPEN, "closed_at": None}, now
            )
            self._record(case, Reopened(now), now)
        return self.get(case_id)

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
                intake.contact_title,
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

    def record_event(self, case_id: int, kind: EventKind, detail: str = "") -> None:
        with self.store.transaction():
            self.store.cases.add_event(case_id, kind, self.clock(), detail)
