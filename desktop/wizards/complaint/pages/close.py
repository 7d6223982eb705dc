"""Stage 8, 总结归档 / Close & learn: the summary, the case library, closing (and reopening)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from desktop.domain.case_rules import missing_to_close
from desktop.domain.complaint import Action, Case, Commitment
from desktop.domain.dates import local_text
from desktop.domain.enums import Stage
from desktop.domain.errors import ValidationError
from desktop.domain.event_text import commitment_name
from desktop.domain.summary import draft_summary
from desktop.services.cases import CannotCloseError
from desktop.views.widgets.status_line import set_tone
from desktop.wizards.complaint.base_page import CasePage
from desktop.wizards.complaint.pages.lesson_preview import LessonPreviewDialog

if TYPE_CHECKING:
    from desktop.wizards.complaint.wizard import ComplaintWizard


class ClosePage(CasePage):
    stage = Stage.CLOSE

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "Write down what was learned, share it, and close the loop. "
                "A closed case can be reopened."
            )
        )
        form = self.new_form()
        self.summary = form.add(
            "summary", self.tr("Summary (problem, cause, fix, prevention)"), self.text_box(130)
        )
        self.redraft = QPushButton(self.tr("Draft it again from the case"))
        self.redraft.clicked.connect(self.draft)
        form.addRow("", self.redraft)
        self.watch(
            "summary",
            self.summary,
            lambda: self.services.cases.set_fields(
                self.case.id, summary=self.summary.toPlainText()
            ),
        )
        buttons = QHBoxLayout()
        self.library_button = QPushButton(self.tr("Add to the case library…"))
        self.library_button.clicked.connect(self.add_to_library)
        self.close_button = QPushButton(self.tr("Close the case"))
        self.close_button.setObjectName("closeCaseButton")
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(self.tr("Reopen the case"))
        self.reopen_button.clicked.connect(self.reopen_case)
        for button in (self.library_button, self.close_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("closeState")
        self.layout_.addWidget(self.state)
        self.layout_.addStretch(1)

    def draft(self) -> None:
        self.summary.setPlainText(draft_summary(self.case, self.language))

    def add_to_library(self) -> None:
        """Review what the anonymiser found, edit the lesson, then save it."""
        self.owner.save_now()
        draft = self.services.library.draft_from_case(self.case.id, self.language)
        preview = LessonPreviewDialog(self.services, self.language, draft, self)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return
        self.owner.reload()
        self.load(self.case)

    def close_case(self) -> None:
        self.owner.save_now()
        try:
            self.services.cases.close(self.case.id)
        except CannotCloseError as error:
            items = "".join(self._item(problem) for problem in error.problems)
            self.state.setText(self.tr("<b>The case cannot close yet:</b>") + f"<ul>{items}</ul>")
            set_tone(self.state, "error")
            return
        self.owner.reload()
        self.load(self.case)
        self.owner.case_changed.emit(self.case.id)
        self.offer_self_review()

    def offer_self_review(self) -> None:
        if self.services.journal.is_hidden():
            return  # the privacy switch is on: someone may be looking at the screen
        answer = QMessageBox.question(
            self,
            self.tr("The case is closed"),
            self.tr(
                "Well done. Would you like to write a short, blameless self-review for "
                "yourself now? It stays in your private journal."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            from desktop.views.self_review import SelfReviewDialog

            SelfReviewDialog(self.services, self.language, self.case.id, self).exec()

    def reopen_case(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Reopen the case"), self.tr("Reopen this case to change it?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.services.cases.reopen(self.case.id)
        self.owner.reload()
        self.load(self.case)
        self.owner.case_changed.emit(self.case.id)

    def _item(self, problem: ValidationError) -> str:
        """One thing that keeps the case open, and which ones: the actions, the promises."""
        named = [
            commitment_name(item, self.language)
            if isinstance(item, Commitment)
            else item.description
            for item in cast("tuple[Action | Commitment, ...]", problem.params.get("items", ()))
        ]
        which = "".join(f"<li>{escape(name)}</li>" for name in named if name)
        return f"<li>{escape(problem.message(self.language))}" + (
            f"<ul>{which}</ul></li>" if which else "</li>"
        )

    def problems(self) -> list:
        return []  # the last page: closing has its own button and its own check

    def load(self, case: Case) -> None:
        if case.summary:
            if self.summary.toPlainText() != case.summary:
                self.summary.setPlainText(case.summary)
        elif not self.summary.toPlainText():
            self.summary.setPlainText(draft_summary(case, self.language))
            self.owner.autosaver.mark(
                "summary",
                lambda: self.services.cases.set_fields(
                    self.case.id, summary=self.summary.toPlainText()
                ),
            )
        lesson = self.services.library.lesson_for(case.id)
        self.library_button.setEnabled(lesson is None)
        self.library_button.setText(
            self.tr("In the case library") if lesson else self.tr("Add to the case library…")
        )
        self.close_button.setVisible(not case.is_closed)
        self.reopen_button.setVisible(case.is_closed)
        self.summary.setReadOnly(case.is_closed)
        if case.is_closed:
            self.state.setText(
                self.tr("Closed on %1.").replace("%1", local_text(case.closed_at, self.zone))
            )
            set_tone(self.state, "success")
        else:
            missing = missing_to_close(case)
            if missing:
                items = "".join(self._item(p) for p in missing)
                self.state.setText(self.tr("Still needed before closing:") + f"<ul>{items}</ul>")
            else:
                self.state.setText(self.tr("Everything needed is there: the case can close."))
            set_tone(self.state, "")
