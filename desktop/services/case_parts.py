"""Verbs on a case's parts: interviews, factors, actions, progress updates, escalations,
collaborators, resource requests, compensations and evidence (files copied in with their
SHA-256). Actions, their effectiveness checks and progress updates are commitments too: the
ledger says how."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.complaint import (
    Action,
    Case,
    Collaborator,
    Compensation,
    Escalation,
    Evidence,
    Factor,
    Interview,
    ProgressUpdate,
    ResourceRequest,
)
from desktop.domain.effectiveness import FINISHED
from desktop.domain.enums import CaseStatus, CheckResult, EventKind, EvidenceKind, Stage
from desktop.domain.errors import ValidationError
from desktop.domain.ledger import ActionChanged, ActionDeleted, CheckRecorded, UpdateSent
from desktop.domain.parts import check_action, clean_part, settle_action
from desktop.domain.validation import clean_text
from desktop.services.case_access import CaseAccess

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


class CaseParts(CaseAccess):
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
            case = self._writable(case_id)
            part_id = self.store.cases.add_child(PART_TABLES[cls], case_id, item, now)
            self._after_part_change(case, cls, part_id, None, now)
        return part_id

    def update_part(self, cls: type, part_id: int, **values: Any) -> None:
        now = self.clock()
        cleaned = clean_part(cls, values, now)
        table = PART_TABLES[cls]
        with self.store.transaction():
            before = self.store.cases.child(table, part_id)
            case = self._writable(self.store.cases.case_of(table, part_id))
            if cls is Action:
                after = settle_action(dataclasses.replace(before, **cleaned), now)
                if after.done_at != before.done_at:
                    cleaned["done_at"] = after.done_at
                check_action(after)
            self.store.cases.update_child(table, part_id, cleaned)
            self._after_part_change(case, cls, part_id, before, now)

    def delete_part(self, cls: type, part_id: int) -> None:
        table = PART_TABLES[cls]
        with self.store.transaction():
            case = self._writable(self.store.cases.case_of(table, part_id))
            part = self.store.cases.child(table, part_id)
            self.store.cases.delete_child(table, part_id)
            if cls is Evidence and part.stored_path:
                path = self.attachment_path(part)
                if path is not None:
                    path.unlink(missing_ok=True)
            if cls is Action:
                self._record(case, ActionDeleted(self.clock(), part_id), self.clock())

    def record_check(self, action_id: int, held: bool, note: str) -> bool:
        """Record a done action's effectiveness check: it held (a note optional), or it failed
        (the reason required). A failed check sends the case back to the plan stage, reopened
        if it was closed, to plan a new action. Returns whether the case went back."""
        note = clean_text("check_note", note, limit=2000)
        if not held and not note:
            raise ValidationError("check_note", "check_reason")
        now = self.clock()
        with self.store.transaction():
            before = self.store.cases.child("actions", action_id)
            case = self._writable(self.store.cases.case_of("actions", action_id), True)
            if before.status not in FINISHED or before.done_at is None:
                raise ValidationError("check", "check_not_done")
            if before.check_result is not None:
                raise ValidationError("check", "check_recorded")
            values: dict[str, Any] = {
                "check_result": CheckResult.HELD if held else CheckResult.FAILED,
                "check_note": note,
                "checked_at": now,
            }
            self.store.cases.update_child("actions", action_id, values)
            action = dataclasses.replace(before, **values)
            result = self._record(case, CheckRecorded(now, action), now)
            if result.reopens:
                self.store.cases.update_fields(
                    case.id,
                    {
                        "status": CaseStatus.OPEN,
                        "closed_at": None,
                        "stage": Stage.PLAN,
                        "last_page": Stage.PLAN,
                    },
                    now,
                )
        return result.reopens

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
        self, case: Case, cls: type, part_id: int, before: Any, now: datetime
    ) -> None:
        cases = self.store.cases
        if cls is Action:
            action = cases.child("actions", part_id)
            self._record(case, ActionChanged(now, action, before), now)
        elif cls is ProgressUpdate and before is None:
            update = cases.child("progress_updates", part_id)
            self._record(case, UpdateSent(update.sent_at, update.summary), now)
        elif cls is Escalation and before is None:
            escalation = cases.child("escalations", part_id)
            cases.add_event(
                case.id, EventKind.ESCALATED, escalation.escalated_at or now, escalation.to_whom
            )


def clean_part_fields(cls: type) -> list[str]:
    from desktop.domain.parts import RULES

    return list(RULES[cls])
