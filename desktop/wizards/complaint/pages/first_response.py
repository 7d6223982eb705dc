"""Stage 3, 第一时间回应 / First response: contact the customer within 24 hours, apologise,
promise when the next update comes."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from desktop.domain.catalog import label
from desktop.domain.complaint import Case
from desktop.domain.dates import local_text
from desktop.domain.enums import Channel, CommitmentKind, Stage
from desktop.domain.errors import ValidationError
from desktop.domain.first_response import ScriptDraft
from desktop.domain.ledger import first_response_promise
from desktop.domain.mailto import mailto_url
from desktop.views import style
from desktop.views.icons import icon
from desktop.views.letter_signer import SignerForm
from desktop.views.widgets.datetime_edit import DateTimeField
from desktop.views.widgets.status_line import StatusLine, set_tone
from desktop.wizards.complaint.base_page import CasePage

if TYPE_CHECKING:
    pass


class FirstResponsePage(CasePage):
    stage = Stage.FIRST_RESPONSE

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "Contact the customer within 24 hours: apologise, say what "
                "happens next, and promise when you will report progress."
            )
        )
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        style.set_type(self.countdown, "heading")
        self.layout_.addWidget(self.countdown)
        # in the order of the work: what to promise and say, send it, then note that you did
        form = self.new_form()
        self.promise_due = form.add(
            "promise_due", self.tr("Promised progress report by"), DateTimeField(self.zone)
        )
        self.script = form.add(
            "response_script", self.tr("What to say (editable)"), self.text_box(200)
        )
        self.still_needed = StatusLine()
        self.still_needed.setObjectName("scriptStillNeeded")
        self.still_needed.hide()
        self.layout_.addWidget(self.still_needed)
        # what the profile lacks to sign the message: asked here, saved to Settings
        self.signer = SignerForm(self.services, self.language, purpose="message")
        self.signer.changed.connect(self.signer_changed)
        self.layout_.addWidget(self.signer)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_script)
        self.mail_button = QPushButton(icon("mail"), self.tr("Open e-mail draft"))
        self.mail_button.clicked.connect(self.open_mail)
        self.reset_button = QPushButton(icon("rotate-ccw"), self.tr("Use the template again"))
        self.reset_button.clicked.connect(self.reset_script)
        for button in (self.copy_button, self.mail_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        sent = self.new_form()
        self.responded_at = sent.add(
            "responded_at", self.tr("Responded at"), DateTimeField(self.zone, optional=True)
        )
        self.now_button = QPushButton(icon("check"), self.tr("I responded just now"))
        self.now_button.clicked.connect(self.responded_now)
        sent.addRow("", self.now_button)
        sent.setAlignment(self.now_button, Qt.AlignmentFlag.AlignLeft)  # at its own width
        self.response_channel = sent.add(
            "response_channel", self.tr("Responded through"), self.combo(list(Channel))
        )
        self.status = StatusLine()
        self.layout_.addWidget(self.status)
        self.layout_.addStretch(1)
        for name, widget in (
            ("responded_at", self.responded_at),
            ("response_channel", self.response_channel),
            ("promise_due", self.promise_due),
        ):
            self.watch(name, widget, self._save_response)
        self.watch("response_script", self.script, self._save_script)
        self.script.textChanged.connect(self._show_still_needed)
        self.promise_due.edit.dateTimeChanged.connect(self._promise_moved)
        self._drafted = ""  # the script as last drafted from the template, before any edit
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.update_countdown)

    # --- the deadline --------------------------------------------------------------------------
    def update_countdown(self) -> None:
        case = self.case
        now = self.services.clock()
        first = next((c for c in case.commitments if c.kind is CommitmentKind.FIRST_RESPONSE), None)
        if first is None:
            self.countdown.setText(
                self.tr(
                    "Record when the complaint was received (page 1) to start the 24-hour clock."
                )
            )
            set_tone(self.countdown, "")
            return
        due_text = local_text(first.due_at, self.zone)
        if case.first_response.responded_at is not None:
            on_time = case.first_response.responded_at <= first.due_at
            self.countdown.setText(
                (
                    self.tr("Responded on time (deadline %1).")
                    if on_time
                    else self.tr("Responded late (deadline %1).")
                ).replace("%1", due_text)
            )
            set_tone(self.countdown, "success" if on_time else "late")
            return
        if case.paused_since is not None:
            self.countdown.setText(
                self.tr(
                    "The clock is paused while you wait on the customer (since %1); "
                    "it goes on when they reply."
                ).replace("%1", local_text(case.paused_since, self.zone))
            )
            set_tone(self.countdown, "")
            return
        left = first.due_at - now
        if left >= timedelta(0):
            self.countdown.setText(
                self.tr("Respond within %1 (by %2)")
                .replace("%1", self._duration(left))
                .replace("%2", due_text)
            )
            set_tone(self.countdown, "warning" if left < timedelta(hours=4) else "")
        else:
            self.countdown.setText(
                self.tr("Overdue by %1 (deadline %2): respond now")
                .replace("%1", self._duration(-left))
                .replace("%2", due_text)
            )
            set_tone(self.countdown, "error")

    def _duration(self, span: timedelta) -> str:
        minutes = int(span.total_seconds() // 60)
        hours, minutes = divmod(minutes, 60)
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))

    # --- the response --------------------------------------------------------------------------
    def responded_now(self) -> None:
        self.responded_at.set_value(self.services.clock())
        self._default_promise()
        self.owner.autosaver.mark("responded_at", self._save_response)

    def _default_promise(self) -> None:
        responded = self.responded_at.value() or self.services.clock()
        self.promise_due.set_value(self.services.cases.default_promise_due(self.case, responded))

    def _save_response(self) -> None:
        responded = self.responded_at.value()
        if responded is None:
            return  # not responded yet: nothing to record
        self.services.cases.record_first_response(
            self.case.id,
            responded,
            self.response_channel.value(),
            self.script.toPlainText(),
            self.promise_due.value(),
        )
        self.owner.reload()
        self._show_status()
        self.update_countdown()

    def _show_status(self) -> None:
        promise = first_response_promise(self.case.commitments)
        if promise is None:
            self.status.say("")
            return
        self.status.say(
            self.tr(
                "Promise recorded: report progress by %1. It is on the "
                "promise ledger until a progress update keeps it."
            ).replace("%1", local_text(promise.due_at, self.zone))
        )

    # --- the script ------------------------------------------------------------------------------
    def draft(self, kept: str = "") -> ScriptDraft:
        return self.services.documents.first_response(self.case, self.promise_due.value(), kept)

    def _show_draft(self, draft: ScriptDraft) -> None:
        self._drafted = draft.text
        self.script.setPlainText(draft.text)
        self.signer.show_for(draft.language)

    def reset_script(self) -> None:
        self._show_draft(self.draft())
        self.owner.autosaver.mark("response_script", self._save_script)

    def _save_script(self) -> None:
        self.services.cases.set_response_script(self.case.id, self.script.toPlainText())

    def _promise_moved(self) -> None:
        if not self._loading and self.script.toPlainText() == self._drafted:
            self._show_draft(self.draft())  # untouched: the new time goes into the message

    def signer_changed(self) -> None:
        """The profile gained what was missing: it goes into the message, edits kept."""
        kept = self.script.toPlainText()
        untouched = kept == self._drafted
        draft = self.draft() if untouched else self.draft(kept)
        if draft.text != kept:
            if untouched:
                self._drafted = draft.text
            self.script.setPlainText(draft.text)
            self.owner.autosaver.mark("response_script", self._save_script)
        self.signer.show_for(draft.language)

    def _show_still_needed(self) -> None:
        try:
            self.services.documents.check_script(self.script.toPlainText())
        except ValidationError as error:
            self.still_needed.say(error.message(self.language), "warning")
            return
        self.still_needed.say("")

    def _ready_to_send(self) -> bool:
        try:
            self.services.documents.check_script(self.script.toPlainText())
        except ValidationError as error:
            self.status.say(error.message(self.language), "error")
            return False
        return True

    def copy_script(self) -> None:
        if not self._ready_to_send():
            return
        QGuiApplication.clipboard().setText(self.script.toPlainText())
        self.status.say(self.tr("Copied to the clipboard."), "success")

    def mail_link(self) -> str:
        text = self.script.toPlainText()
        subject = self.draft(text).subject
        return mailto_url(self.case.intake.contact_email, subject, text)

    def open_mail(self) -> None:
        if self._ready_to_send():
            QDesktopServices.openUrl(QUrl(self.mail_link(), QUrl.ParsingMode.StrictMode))

    # --- loading -------------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        response = case.first_response
        self.responded_at.set_value(response.responded_at)
        self.set_combo(self.response_channel, response.channel)
        promise = first_response_promise(case.commitments)
        if promise is not None:
            self.promise_due.set_value(promise.due_at)
        else:
            self._default_promise()
        if response.script:
            # an older script may hold {placeholders}: what is known now fills them
            draft = self.draft(response.script)
            if self.script.toPlainText() != draft.text:
                self.script.setPlainText(draft.text)
            if draft.text != response.script:
                self.owner.autosaver.mark("response_script", self._save_script)
            self.signer.show_for(draft.language)
        else:
            self._show_draft(self.draft())
        self._show_still_needed()
        kind = case.classification.complaint_type
        self.reset_button.setToolTip(
            self.tr("The %1 template").replace("%1", label(kind, self.language)) if kind else ""
        )
        self._show_status()
        self.update_countdown()
        self.timer.start(1000)
