"""Adding a closed case to the library: what the anonymiser found (its guesses to confirm), the
customer's other names, and the lesson as it will be saved, which the user may edit."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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

from desktop.domain import anonymise
from desktop.domain.anonymise import Finding
from desktop.domain.catalog import join_words
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.library import FIELDS, Lesson, LessonDraft
from desktop.services import Services
from desktop.views.style import resize_to_fit
from desktop.views.widgets.field_form import FieldForm
from desktop.views.widgets.findings_table import UNDECIDED, FindingsTable
from desktop.views.widgets.status_line import set_tone


class GuessHighlighter(QSyntaxHighlighter):
    """Marks in a text the guesses still waiting for the user's decision."""

    format: QTextCharFormat  # type: ignore[assignment]  # hides format(position), never called

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.pattern: re.Pattern[str] | None = None
        self.format = QTextCharFormat()
        self.format.setBackground(UNDECIDED)
        self.format.setForeground(QColor("#000000"))

    def show_guesses(self, guesses: list[Finding]) -> None:
        words = sorted({g.original for g in guesses}, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, words))) if words else None
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.format)


class LessonPreviewDialog(QDialog):
    def __init__(
        self,
        services: Services,
        language: Language,
        draft: LessonDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.draft = draft
        self.saved: Lesson | None = None
        self.edited: set[str] = set()  # fields the user changed by hand: their text is theirs
        self._shown: dict[str, str] = {}  # what the dialog itself last put in each field
        self.setWindowTitle(self.tr("Add to the case library"))

        intro = QLabel(
            self.tr(
                "Before the lesson is saved, whatever could identify the customer is replaced. "
                "Ticked rows are replaced; highlighted rows are guesses: tick each one to "
                "replace it or clear it to keep it. Then read the lesson below and change "
                "anything you like: it is saved as you leave it."
            )
        )
        intro.setWordWrap(True)
        self.aliases = QLineEdit(", ".join(services.settings.customer_aliases(draft.customer)))
        self.aliases.setPlaceholderText(
            self.tr("Short names, abbreviations, English names… separated by commas")
        )
        self.aliases.setAccessibleName(self.tr("Other names of the customer"))
        self.aliases.editingFinished.connect(self.save_aliases)
        self.alias_error = QLabel()
        set_tone(self.alias_error, "error")
        self.alias_error.setWordWrap(True)
        self.alias_error.hide()
        alias_row = QHBoxLayout()
        alias_label = QLabel(self.tr("Other names of “%1”:").replace("%1", draft.customer))
        alias_label.setBuddy(self.aliases)
        alias_row.addWidget(alias_label)
        alias_row.addWidget(self.aliases, 1)

        self.table = FindingsTable(language)
        self.table.decisions_changed.connect(self.redraw)
        self.replace_guesses = QPushButton(self.tr("Replace every guess"))
        self.replace_guesses.clicked.connect(lambda: self.table.decide_all_undecided(True))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("anonymiseStatus")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.replace_guesses)

        self.form = FieldForm()
        captions = {
            "title": self.tr("Title"),
            "problem": self.tr("Problem"),
            "root_cause": self.tr("Root cause"),
            "solution": self.tr("Solution"),
            "prevention": self.tr("Prevention"),
        }
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.highlighters: list[GuessHighlighter] = []
        for name in FIELDS:
            if name == "title":
                line = QLineEdit()
                line.textChanged.connect(self.check_edits)
                editor: QLineEdit | QPlainTextEdit = line
            else:
                box = QPlainTextEdit()
                box.setTabChangesFocus(True)
                box.setMinimumHeight(64)
                box.textChanged.connect(self.check_edits)
                self.highlighters.append(GuessHighlighter(box.document()))
                editor = box
            self.form.add(name, captions[name], editor)
            self.editors[name] = editor
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        set_tone(self.warning, "warning")
        self.warning.hide()
        lesson = QWidget()
        lesson_layout = QVBoxLayout(lesson)
        lesson_layout.setContentsMargins(0, 0, 0, 0)
        lesson_layout.addWidget(QLabel(self.tr("<b>The lesson as it will be saved</b>")))
        lesson_layout.addLayout(self.form)
        lesson_layout.addWidget(self.warning)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(lesson)

        found = QWidget()
        found_layout = QVBoxLayout(found)
        found_layout.setContentsMargins(0, 0, 0, 0)
        found_layout.addWidget(self.table)
        found_layout.addLayout(status_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(found)
        splitter.addWidget(scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 420])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add to library"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if draft.customer:
            layout.addLayout(alias_row)
            layout.addWidget(self.alias_error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        resize_to_fit(self, 760, 720)
        self.table.set_findings(draft.findings)
        self.table.setFocus()

    # --- the texts -----------------------------------------------------------------------------
    def _note_edits(self) -> None:
        for name, editor in self.editors.items():
            if name in self._shown and _text_of(editor) != self._shown[name]:
                self.edited.add(name)

    def texts(self) -> dict[str, str]:
        return {name: _text_of(editor) for name, editor in self.editors.items()}

    def redraw(self) -> None:
        """Show the lesson with the current choices. A field edited by hand keeps the edit; what
        is newly ticked is replaced in it too."""
        self._note_edits()
        chosen = self.table.chosen()
        automatic = self.draft.texts(chosen)
        for name, editor in self.editors.items():
            wanted = (
                anonymise.render(_text_of(editor), chosen)
                if name in self.edited
                else automatic[name]
            )
            self._shown[name] = wanted
            if _text_of(editor) != wanted:
                _set_text(editor, wanted)
        waiting = self.table.undecided()
        for highlighter in self.highlighters:
            highlighter.show_guesses(waiting)
        self.table.setVisible(bool(self.table.findings))
        self.replace_guesses.setVisible(bool(waiting))
        self.add_button.setEnabled(not waiting)
        if waiting:
            self.status.setText(
                self.tr("Guesses to confirm: %1. Tick to replace, clear to keep.").replace(
                    "%1", str(len(waiting))
                )
            )
            set_tone(self.status, "warning")
        elif self.table.findings:
            self.status.setText(self.tr("Every finding has a decision."))
            set_tone(self.status, "")
        else:
            self.status.setText(self.tr("Nothing that names the customer was found."))
            set_tone(self.status, "")
        self.check_edits()

    def check_edits(self) -> None:
        """Say when an edit by hand brought back something that is to be replaced."""
        self._note_edits()
        chosen = self.table.chosen()
        back = [
            finding.original
            for finding in chosen
            if any(
                anonymise.render(_text_of(self.editors[name]), [finding])
                != _text_of(self.editors[name])
                for name in self.edited
            )
        ]
        self.warning.setText(
            self.tr("Your edit still contains: %1. It is saved as you wrote it.").replace(
                "%1", join_words(back, self.language)
            )
        )
        self.warning.setVisible(bool(back))

    # --- the customer's other names ------------------------------------------------------------
    def save_aliases(self) -> None:
        try:
            aliases = self.services.settings.set_customer_aliases(
                self.draft.customer, self.aliases.text()
            )
        except ValidationError as error:
            self.alias_error.setText(error.message(self.language))
            self.alias_error.show()
            return
        self.alias_error.hide()
        shown = ", ".join(aliases)
        if self.aliases.text() != shown:
            self.aliases.setText(shown)
        self.draft = self.services.library.draft_from_case(self.draft.case_id, self.language)
        self.table.set_findings(self.draft.findings)

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if self.table.undecided():
            return
        self.form.clear_errors()
        try:
            self.saved = self.services.library.add_case(
                self.draft.case_id, self.language, self.texts()
            )
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return
        self.accept()


def _text_of(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def _set_text(editor: QLineEdit | QPlainTextEdit, value: str) -> None:
    if isinstance(editor, QLineEdit):
        editor.setText(value)
        editor.setCursorPosition(0)
    else:
        editor.setPlainText(value)
