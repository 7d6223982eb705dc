"""The tone check beside the letter: the phrases worth another look highlighted in the text and
listed with a plainer wording, and a warning when the letter no longer owns the fault or no
longer offers repair (the two parts of an apology that matter most)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.enums import Language
from desktop.domain.letter import chinese_in_english
from desktop.domain.tone import ToneNote, apology_gaps, check, gap_message
from desktop.views.style import tone_colour
from desktop.views.widgets.status_line import set_tone


class ToneHighlighter(QSyntaxHighlighter):
    """Underlines the flagged phrases where they stand in the text."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spans: list[tuple[int, int]] = []
        self.flagged = QTextCharFormat()
        self.flagged.setBackground(QColor(255, 213, 79, 110))
        self.flagged.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.flagged.setUnderlineColor(QColor(tone_colour("warning")))

    def set_spans(self, spans: list[tuple[int, int]]) -> None:
        if spans != self.spans:
            self.spans = spans
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text)
        for span_start, span_end in self.spans:
            if span_end > start and span_start < end:
                left = max(span_start, start) - start
                self.setFormat(left, min(span_end, end) - start - left, self.flagged)


class ToneReview(QWidget):
    def __init__(
        self, editor: QPlainTextEdit, window_language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.window_language = window_language
        self.letter_language = window_language
        self.highlighter = ToneHighlighter(editor.document())
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.gaps = QLabel()
        self.gaps.setObjectName("apologyGaps")
        self.gaps.setWordWrap(True)
        set_tone(self.gaps, "error")
        self.notes = QListWidget()
        self.notes.setObjectName("toneNotes")
        self.notes.setAccessibleName(self.tr("Tone check"))
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.gaps)
        layout.addWidget(self.notes, 1)
        self.found: list[ToneNote] = []
        self.gap_codes: list[str] = []
        self.untranslated: list[str] = []

    def set_language(self, lang: Language) -> None:
        self.letter_language = lang

    def review(self, body: str) -> None:
        # every phrase of either language is looked for; what is said of them, in the window's
        self.found = check(body, self.window_language)
        self.highlighter.set_spans([(note.start, note.end) for note in self.found])
        self.notes.clear()
        for note in self.found:
            self.notes.addItem(f"“{note.phrase}” — {note.reason}\n→ {note.suggestion}")
        self.gap_codes = apology_gaps(body, self.letter_language)
        warnings = [gap_message(code, self.window_language) for code in self.gap_codes]
        self.untranslated = chinese_in_english(body) if self.letter_language is Language.EN else []
        if self.untranslated:  # a Chinese note copied from the case: the customer reads English
            warnings.append(
                self.tr(
                    "The English letter holds Chinese text (%1): translate it, unless it is a name."
                ).replace("%1", "、".join(dict.fromkeys(self.untranslated)))
            )
        self.gaps.setText("\n".join(warnings))
        self.gaps.setVisible(bool(warnings))
        self.title.setText(
            (
                self.tr("<b>Tone check</b>: no phrase to change; read the note below.")
                if warnings
                else self.tr("<b>Tone check</b>: nothing to change.")
            )
            if not self.found
            else self.tr(
                "<b>Tone check</b>: %1 phrase(s) worth another look. They do not stop the export."
            ).replace("%1", str(len(self.found)))
        )
