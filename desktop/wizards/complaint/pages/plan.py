"""Stage 5, 制定方案 / Plan & execute: fix now, improve, prevent; keep the customer informed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QSpinBox

from desktop.domain.complaint import Action, Case, ProgressUpdate
from desktop.domain.customer_items import still_needed
from desktop.domain.dates import local_moment
from desktop.domain.enums import ActionHorizon, ActionStatus, Channel, CommitmentKind, Stage
from desktop.domain.letter import customer_language
from desktop.domain.summary import loop_progress
from desktop.views.widgets.part_table import Column, PartTable
from desktop.views.widgets.status_line import set_tone
from desktop.wizards.complaint.base_page import CasePage
from desktop.wizards.complaint.pages.plan_checks import ChecksPanel
from desktop.wizards.complaint.pages.plan_promises import PromisesPanel

if TYPE_CHECKING:
    from desktop.wizards.complaint.wizard import ComplaintWizard


class PlanPage(CasePage):
    actions: PartTable  # type: ignore[assignment]  # hides QWidget.actions(), never called on a page
    stage = Stage.PLAN

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "Fix it now, improve the process, prevent it from happening "
                "again, and keep the customer informed. At least one "
                "short-term fix is required. The apology letter lists each action as you "
                "describe it here."
            )
        )
        self.loop = QFrame()
        self.loop.setObjectName("closedLoop")
        self.loop.setFrameShape(QFrame.Shape.StyledPanel)
        loop_row = QHBoxLayout(self.loop)
        self.loop_steps = [QLabel() for _ in range(4)]
        self.loop_names = [
            self.tr("Find the problem"),
            self.tr("Analyse the cause"),
            self.tr("Solve it"),
            self.tr("Learn from it"),
        ]
        for index, step in enumerate(self.loop_steps):
            if index:
                loop_row.addWidget(QLabel("→"))
            loop_row.addWidget(step)
        loop_row.addStretch(1)
        self.layout_.addWidget(self.loop)

        self.actions = PartTable(
            self.tr("Actions"),
            [
                Column(
                    "horizon",
                    self.tr("Kind of action"),
                    "choice",
                    ActionHorizon,
                    required=True,
                    width=105,
                ),
                Column("description", self.tr("Action"), "text", required=True),
                Column("owner", self.tr("Owner"), width=80),
                Column("due_at", self.tr("Due"), "date", width=90),
                Column(
                    "status", self.tr("Status"), "choice", ActionStatus, required=True, width=80
                ),
                Column("done_at", self.tr("Done on"), "date", width=90, asked_on_add=False),
                Column("cancel_reason", self.tr("Why cancelled"), width=90, asked_on_add=False),
                Column("verification", self.tr("Verified how"), width=100, asked_on_add=False),
            ],
            self.language,
            self.zone,
            on_add=self._add_action,
            on_edit=lambda part, field, value: self._edit(Action, part.id, field, value),
            on_delete=lambda part: self._delete(Action, part.id),
            defaults=lambda: {"horizon": ActionHorizon.SHORT_TERM, "status": ActionStatus.PLANNED},
        )
        self.actions.setObjectName("actionsTable")
        self.actions.view.setMinimumHeight(170)
        self.layout_.addWidget(self.actions)
        self.anchors["actions"] = (self.actions, self.tr("A short-term fix"))
        self.checks = ChecksPanel(
            self.language, self.zone, self._record_check, self._save_criterion
        )
        self.layout_.addWidget(self.checks)

        self.updates = PartTable(
            self.tr("Progress updates sent to the customer"),
            [
                Column("sent_at", self.tr("Sent at"), "datetime", required=True, width=130),
                Column("channel", self.tr("Channel"), "choice", Channel, width=110),
                Column("summary", self.tr("What you told them"), "text", required=True),
            ],
            self.language,
            self.zone,
            on_add=lambda values: self._add(ProgressUpdate(0, **values)),
            on_edit=lambda part, field, value: self._edit(ProgressUpdate, part.id, field, value),
            on_delete=lambda part: self._delete(ProgressUpdate, part.id),
            defaults=lambda: {"sent_at": self.services.clock(), "channel": Channel.EMAIL},
        )
        self.layout_.addWidget(self.updates)
        # what the customer still owes us, worded for the next update (their side, politely)
        self._still_needed_text: str = ""
        still = QHBoxLayout()
        self.still_needed = QLabel()
        self.still_needed.setObjectName("stillNeeded")
        self.still_needed.setWordWrap(True)
        self.still_needed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_still_needed = QPushButton(self.tr("Copy for the update"))
        self.copy_still_needed.clicked.connect(
            lambda: QApplication.clipboard().setText(self._still_needed_text)
        )
        still.addWidget(self.still_needed, 1)
        still.addWidget(self.copy_still_needed)
        self.layout_.addLayout(still)
        self.promises = PromisesPanel(
            self.language, self.zone, self._keep_promise, self._withdraw_promise
        )
        self.layout_.addWidget(self.promises)
        form = self.new_form()
        self.next_update_days = QSpinBox()
        self.next_update_days.setRange(1, 60)
        self.next_update_days.setSuffix(self.tr(" days"))
        form.add("next_update_days", self.tr("Send a progress update every"), self.next_update_days)
        self.next_update_label = QLabel()
        self.next_update_label.setAccessibleName(self.tr("Next update due"))
        form.addRow(self.tr("Next update due"), self.next_update_label)
        self.watch(
            "next_update_days",
            self.next_update_days,
            lambda: self.services.cases.set_fields(
                self.case.id, next_update_days=self.next_update_days.value()
            ),
        )
        self.layout_.addStretch(1)

    def _add_action(self, values: dict) -> None:
        self._add(Action(0, **values))

    def _add(self, part: object) -> None:
        self.services.cases.add_part(self.case.id, part)
        self._reload()

    def _edit(self, cls: type, part_id: int, field: str, value: object) -> None:
        self.services.cases.update_part(cls, part_id, **{field: value})
        self._reload()

    def _delete(self, cls: type, part_id: int) -> None:
        self.services.cases.delete_part(cls, part_id)
        self._reload()

    def _record_check(self, action_id: int, held: bool, note: str) -> None:
        self.services.cases.record_check(action_id, held, note)
        self._reload()
        self.owner.case_changed.emit(self.case.id)

    def _keep_promise(self, commitment_id: int) -> None:
        self.services.cases.keep_promise(self.case.id, commitment_id)
        self._reload()
        self.owner.case_changed.emit(self.case.id)

    def _withdraw_promise(self, commitment_id: int, reason: str) -> None:
        self.services.cases.withdraw_promise(self.case.id, commitment_id, reason)
        self._reload()
        self.owner.case_changed.emit(self.case.id)

    def _save_criterion(self, action_id: int, criterion: str) -> None:
        self._edit(Action, action_id, "check_criterion", criterion)

    def _reload(self) -> None:
        self.owner.reload()
        self.initializePage()

    def load(self, case: Case) -> None:
        self.actions.set_parts(case.actions)
        self.checks.show_case(case)
        self.promises.show_case(case)
        self.updates.set_parts(list(reversed(case.updates)))
        self.next_update_days.setValue(case.next_update_days)
        self._still_needed_text = still_needed(case.customer_items, customer_language(case))
        self.still_needed.setText(self._still_needed_text)
        self.still_needed.setVisible(bool(self._still_needed_text))
        self.copy_still_needed.setVisible(bool(self._still_needed_text))
        # the next report owed: the next update, or before the first the one the first
        # response promised (the promises above say the same date the same way)
        nxt = sorted(
            (
                c
                for c in case.commitments
                if (
                    c.kind is CommitmentKind.PROGRESS_UPDATE
                    or (c.kind is CommitmentKind.PROMISE and not c.description)
                )
                and c.kept_at is None
                and c.cancelled_at is None
            ),
            key=lambda c: c.due_at,
        )
        self.next_update_label.setText(
            local_moment(nxt[0].due_at, self.zone, self.language)
            if nxt
            else self.tr("after the first update is sent")
        )
        progress = loop_progress(case)
        done = (progress.found, progress.analysed, progress.solved, progress.learned)
        for step, name, finished in zip(self.loop_steps, self.loop_names, done, strict=True):
            step.setText(("✔ " if finished else "○ ") + name)
            set_tone(step, "success" if finished else "", bold=finished)
