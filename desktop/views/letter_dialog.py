"""The apology letter before it goes: in the customer's language (chosen per letter), what it
says in the engineer's own words, the text to edit with its tone checked, the signature asked
for when the profile lacks it, and the real pages beside it all — then export or print."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import CommitmentKind, Language
from desktop.domain.errors import TurnaroundError, user_message
from desktop.domain.letter import LetterDraft, LetterFacts
from desktop.services import Services
from desktop.views.document_export import DocumentExporter
from desktop.views.icons import icon
from desktop.views.letter_preview import LetterPreview
from desktop.views.letter_signer import SignerForm
from desktop.views.letter_tone import ToneReview
from desktop.views.style import resize_to_fit
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.status_line import set_tone


def _multiline(rows: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * rows + 14)
    return box


# the facts the letter's text may still ask for, each with its own field
FACT_FIELDS = ("issue", "what_happened", "compensation", "commitment")


class LetterDialog(QDialog):
    def __init__(
        self, services: Services, case_id: int, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language  # the window's; the letter has its own
        self.case = services.cases.get(case_id)
        self.exporter = DocumentExporter(services, language, self)
        self.setWindowTitle(self.tr("Apology letter · %1").replace("%1", self.case.number))
        self.body_touched = False  # typed in by hand: the facts no longer redraft it
        self._drafting = False

        self.letter_language = QComboBox()
        self.letter_language.setObjectName("letterLanguage")
        self.letter_language.addItem("中文", Language.ZH)
        self.letter_language.addItem("English", Language.EN)
        self.letter_language.setAccessibleName(self.tr("Language of the letter"))

        self.form = FieldForm()
        # a narrow column: each label above its box, the box as wide as the column
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.subject = QLineEdit()
        self.salutation = QLineEdit()
        self.issue = QLineEdit()
        self.what_happened = _multiline(3)
        self.compensation = _multiline(2)
        self.commitment = QLineEdit()
        self.commitment_dated = QCheckBox(self.tr("by"))
        self.commitment_due = QDateEdit()
        self.commitment_due.setCalendarPopup(True)
        self.commitment_due.setDate(QDate.currentDate().addDays(7))
        self.form.add("letter_subject", self.tr("Subject line"), self.subject)
        self.form.add("letter_salutation", self.tr("Salutation"), self.salutation, required=True)
        self.form.add("issue", self.tr("What went wrong, in your neutral words"), self.issue, True)
        self.form.add("what_happened", self.tr("What happened, and why"), self.what_happened)
        self.form.add("compensation", self.tr("What you offer to make amends"), self.compensation)
        promise = QWidget()
        promise_row = QHBoxLayout(promise)
        promise_row.setContentsMargins(0, 0, 0, 0)
        promise_row.addWidget(self.commitment, 1)
        promise_row.addWidget(self.commitment_dated)
        promise_row.addWidget(self.commitment_due)
        made = [
            c.description
            for c in self.case.commitments
            if c.kind is CommitmentKind.PROMISE and c.description and c.cancelled_at is None
        ]
        # a promise exported once is in the ledger and in the letter: the box is for a new one
        self.commitment.setPlaceholderText(
            self.tr("Another promise, if any (already promised: %1)").replace("%1", "; ".join(made))
            if made
            else self.tr("e.g. send you the written improvement report")
        )
        self.commitment_due.setDisplayFormat("yyyy-MM-dd")
        self.form.add("commitment", self.tr("What you promise next"), promise)
        self.signer = SignerForm(services, language)
        self.signer.changed.connect(self._signer_changed)

        facts_panel = QWidget()
        facts_layout = QVBoxLayout(facts_panel)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Letter in")))
        top.addWidget(self.letter_language)
        top.addStretch(1)
        facts_layout.addLayout(top)
        facts_layout.addLayout(self.form)
        facts_layout.addWidget(self.signer)
        facts_layout.addStretch(1)
        facts_scroll = QScrollArea()
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts_scroll.setWidget(facts_panel)
        facts_scroll.setMinimumWidth(340)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("letterText")
        self.editor.setAccessibleName(self.tr("Letter text"))
        self.redraft_note = QLabel(
            self.tr(
                "You have edited the text yourself: the fields on the left no longer change it."
            )
        )
        self.redraft_note.setWordWrap(True)
        self.redraft_button = QPushButton(
            icon("rotate-ccw"), self.tr("Draft it again from the fields")
        )
        self.redraft_button.clicked.connect(self.redraft)
        self.tone = ToneReview(self.editor, language)
        text_panel = QWidget()
        text_layout = QVBoxLayout(text_panel)
        text_layout.addWidget(self.editor, 4)
        note_row = QHBoxLayout()
        note_row.addWidget(self.redraft_note, 1)
        note_row.addWidget(self.redraft_button)
        text_layout.addLayout(note_row)
        text_layout.addWidget(self.tone, 1)
        self.tone.setMaximumHeight(180)

        self.preview = LetterPreview(lambda error: user_message(error, language))
        splitter = QSplitter()
        splitter.addWidget(facts_scroll)
        splitter.addWidget(text_panel)
        splitter.addWidget(self.preview)
        splitter.setSizes([340, 440, 500])
        splitter.setChildrenCollapsible(False)

        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(icon("printer"), self.tr("Print…"))
        self.print_button.clicked.connect(self.print_letter)
        self.export_button = QPushButton(icon("file-output"), self.tr("Export PDF…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.export_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        resize_to_fit(self, 1280, 760)

        self._checks = QTimer(self)
        self._checks.setSingleShot(True)
        self._checks.setInterval(250)
        self._checks.timeout.connect(self.update_checks)
        start = services.documents.letter_language(self.case)
        self.letter_language.setCurrentIndex(self.letter_language.findData(start))
        self.load(start)
        self.letter_language.currentIndexChanged.connect(lambda _: self.load(self.lang))
        for edit in (self.subject, self.salutation):
            edit.textChanged.connect(self._checks.start)
        for edit in (self.issue, self.commitment):
            edit.textChanged.connect(self._facts_changed)
        for box in (self.what_happened, self.compensation):
            box.textChanged.connect(self._facts_changed)
        self.commitment_dated.toggled.connect(self._facts_changed)
        self.commitment_due.dateChanged.connect(self._facts_changed)
        self.editor.textChanged.connect(self._body_edited)

    # --- what the letter says ---------------------------------------------------------------
    @property
    def lang(self) -> Language:
        return Language(self.letter_language.currentData())

    def load(self, lang: Language) -> None:
        """The letter in `lang`: as last exported in it, else drafted from the case."""
        documents = self.services.documents
        facts = documents.letter_facts(self.case, lang)
        self._drafting = True
        self.issue.setText(facts.issue)
        self.what_happened.setPlainText(facts.what_happened)
        self.compensation.setPlainText("")
        self.compensation.setPlaceholderText(
            self.tr("From the case: %1").replace(
                "%1", "; ".join(c.description or c.value for c in self.case.compensations)
            )
            if self.case.compensations
            else ""
        )
        self.compensation.setEnabled(not self.case.compensations)
        self._drafting = False
        draft = documents.letter_draft(self.case, lang, facts)
        saved = bool(self.case.letter_text.strip()) and self.case.letter_language == lang.value
        # the saved letter counts as edited by hand only when its fields would not draft it
        self.body_touched = saved and self._edited_by_hand(self.case.letter_text)
        self.tone.set_language(lang)  # before the draft is shown and checked in it
        self.signer.show_for(lang)
        self.show_draft(draft)

    def facts(self) -> LetterFacts:
        due = None
        if self.commitment_dated.isChecked():
            day = self.commitment_due.date().toPython()
            assert isinstance(day, date)  # typed object in PySide's stubs
            due = datetime.combine(day, time(18, 0), self.services.zone)
        return LetterFacts(
            issue=self.issue.text().strip(),
            what_happened=self.what_happened.toPlainText().strip(),
            compensation=self.compensation.toPlainText().strip(),
            commitment=self.commitment.text().strip(),
            commitment_due=due,
        )

    def draft(self) -> LetterDraft:
        return LetterDraft(
            self.lang,
            self.subject.text().strip(),
            self.salutation.text().strip(),
            self.editor.toPlainText().strip(),
        )

    def show_draft(self, draft: LetterDraft) -> None:
        self._drafting = True
        self.subject.setText(draft.subject)
        self.salutation.setText(draft.salutation)
        self.editor.setPlainText(draft.body)
        self._drafting = False
        self._show_touched()
        self.update_checks()

    def _facts_changed(self) -> None:
        if self._drafting:
            return
        if not self.body_touched:
            self.redraft(keep_heading=True)
        else:
            self._checks.start()

    def redraft(self, keep_heading: bool = False) -> None:
        """The text drafted again from the case and the fields (the user's edits go)."""
        draft = self.services.documents.letter_draft(self.case, self.lang, self.facts(), fresh=True)
        if keep_heading:
            draft = dataclasses.replace(
                draft,
                subject=self.subject.text() if self.subject.isModified() else draft.subject,
                salutation=self.salutation.text(),
            )
        self.body_touched = False
        self.show_draft(draft)

    def _edited_by_hand(self, body: str) -> bool:
        """Whether `body` is not what the case and the fields draft now."""
        fresh = self.services.documents.letter_draft(self.case, self.lang, self.facts(), True)
        return fresh.body.strip() != body.strip()

    def _body_edited(self) -> None:
        if self._drafting:
            return
        self.body_touched = True
        self._show_touched()
        self._checks.start()

    def _show_touched(self) -> None:
        self.redraft_note.setVisible(self.body_touched)
        self.redraft_button.setVisible(self.body_touched)

    def _signer_changed(self) -> None:
        if not self.body_touched:
            self.redraft(keep_heading=True)  # the contact line names the new phone or e-mail
        else:
            self.update_checks()

    # --- checks and preview ------------------------------------------------------------------
    def problem(self) -> str:
        """Why the letter cannot go yet, in the window's language; "" when it can."""
        try:
            self.services.documents.check_letter(self.draft())
        except TurnaroundError as error:
            return user_message(error, self.language)
        return ""

    def update_checks(self) -> None:
        self._checks.stop()  # done now: a pending run would only repeat it
        self.tone.review(self.editor.toPlainText())
        try:  # letter_job checks the letter first: one check says whether it can go
            job = self.services.documents.letter_job(self.case, self.draft())
            problem = ""
        except TurnaroundError as error:
            job, problem = None, user_message(error, self.language)
        self.export_button.setEnabled(not problem)
        self.print_button.setEnabled(not problem)
        self._mark_facts_to_fill()
        self.status.setText(problem)
        set_tone(self.status, "error" if problem else "")
        if job is None:
            self.preview.show_message(problem)
        else:
            self.preview.request(job)

    def _mark_facts_to_fill(self) -> None:
        """A fact the letter still asks for (【出了什么问题】 in it) is marked at its field."""
        text = self.editor.toPlainText()
        asked = self.services.documents.facts_to_fill(text, self.lang, FACT_FIELDS)
        for field in FACT_FIELDS:
            if field in asked:
                self.form.show_error(field, self.tr("The letter needs this before it can go."))
            else:
                self.form.clear_error(field)

    def done(self, result: int) -> None:
        self._checks.stop()
        self.preview.stop()
        super().done(result)

    # --- out it goes -------------------------------------------------------------------------
    def export(self) -> None:
        self.update_checks()
        if self.problem() or not self._chinese_allowed():
            return
        path = self.exporter.choose_path("letter", self.case, self.lang)
        if path is None:
            return
        draft, facts = self.draft(), self.facts()
        self.exporter.export_letter(
            self.case,
            path,
            draft,
            facts,
            on_done=lambda written: self._exported(str(written)),
        )

    def _exported(self, where: str) -> None:
        self.case = self.services.cases.get(self.case.id)
        self.body_touched = self._edited_by_hand(self.editor.toPlainText())
        self._show_touched()
        set_tone(self.status, "success")
        self.status.setText(self.tr("Exported to %1.").replace("%1", where))

    def print_letter(self) -> None:
        self.update_checks()
        if not self.problem() and self._chinese_allowed():
            self.exporter.print_letter(self.case, self.draft())

    def _chinese_allowed(self) -> bool:
        """An English letter with Chinese in it goes out only when the user says so: it may be
        the customer's own name, or a note from the case nobody translated."""
        chinese = list(dict.fromkeys(self.tone.untranslated))
        if not chinese:
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Chinese in an English letter"),
            self.tr(
                "The English letter still holds Chinese text: %1.\n\nThe customer reads English: "
                "translate it in the letter's text, unless it is a name. Send the letter as it is?"
            ).replace("%1", "、".join(chinese)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
