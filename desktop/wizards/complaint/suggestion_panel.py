"""The type suggestion on the Classify page: what the complaint seems to be, how sure, why (the
phrases of the complaint that weighed most, highlighted in it), and a second type when the
complaint is mixed. The user decides; a different choice is remembered and learned from."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalog import join_words, label
from desktop.domain.classify import Suggestion
from desktop.domain.enums import Language
from desktop.views.style import accent
from desktop.views.theme import is_dark

# the highlight behind a phrase that weighed: amber, see-through so the text stays readable
_HIGHLIGHT = {False: QColor(255, 193, 7, 90), True: QColor(255, 179, 0, 80)}


class SuggestionPanel(QFrame):
    use_requested = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("suggestionBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion: Suggestion | None = None
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("suggestionSummary")
        self.use = QPushButton(self.tr("Use this suggestion"))
        self.use.clicked.connect(self.use_requested)
        row.addWidget(self.summary, 1)
        row.addWidget(self.use)
        column.addLayout(row)
        self.complaint = QPlainTextEdit()
        self.complaint.setReadOnly(True)
        self.complaint.setObjectName("classifiedComplaint")
        self.complaint.setAccessibleName(self.tr("The complaint, with the words that weighed"))
        self.complaint.setMaximumHeight(110)
        column.addWidget(self.complaint)
        self.learned = QLabel()
        self.learned.setWordWrap(True)
        self.learned.setObjectName("suggestionLearned")
        self.learned.hide()
        column.addWidget(self.learned)

    def show_suggestion(self, text: str, suggestion: Suggestion | None) -> None:
        self.suggestion = suggestion
        self.say_learned(False)
        self.complaint.setPlainText(text)
        self.complaint.setVisible(bool(text.strip()))
        self.use.setEnabled(suggestion is not None)
        if suggestion is None:
            self.summary.setText(
                self.tr(
                    "No suggestion: nothing in the complaint tells what kind it is. "
                    "Choose the type yourself."
                )
            )
            return
        self._highlight(suggestion.spans)
        if suggestion.also_span is not None:
            self._underline(suggestion.also_span)
        kind = label(suggestion.complaint_type, self.language)
        if suggestion.subtype is not None:
            kind += " · " + label(suggestion.subtype, self.language)
        quoted = join_words((self._quote(cue) for cue in suggestion.cues), self.language)
        summary = (
            self.tr("Suggested: <b>%1</b> (%2% sure), mostly because of %3.")
            .replace("%1", kind)
            .replace("%2", str(suggestion.percent))
            .replace("%3", quoted)
        )
        if suggestion.also is not None:
            summary += " " + (
                self.tr("Part of it is a %1 complaint too: %2.")
                .replace("%1", label(suggestion.also, self.language).lower())  # a technical
                .replace("%2", self._quote(suggestion.also_cue))
            )
        self.summary.setText(summary + " " + self.tr("You decide."))

    def say_learned(self, learned: bool) -> None:
        """After the user's choice: whether it differs from the suggestion and is learned."""
        self.learned.setText(
            self.tr(
                "Noted: complaints like this one will be suggested as you classified it. "
                "Settings › Suggestions can forget what was learned."
            )
            if learned
            else ""
        )
        self.learned.setVisible(learned)

    def _quote(self, phrase: str) -> str:
        phrase = phrase.replace("&", "&amp;").replace("<", "&lt;")
        return f"「{phrase}」" if self.language is Language.ZH else f"“{phrase}”"

    def _underline(self, span: tuple[int, int]) -> None:
        """The clause that speaks for the second type, apart from the first type's phrases."""
        marked = QTextCharFormat()
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        marked.setUnderlineColor(accent())
        cursor = QTextCursor(self.complaint.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(marked)

    def _highlight(self, spans: tuple[tuple[int, int], ...]) -> None:
        marked = QTextCharFormat()
        marked.setBackground(_HIGHLIGHT[is_dark()])
        document = self.complaint.document()
        for start, end in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(marked)
