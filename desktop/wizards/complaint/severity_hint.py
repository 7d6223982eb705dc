"""Beside the intake's Severity: the severity the complaint's own words speak for (停产, all
stores → critical; one user, cosmetic → low), with those words and a button to take it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.catalog import join_words, label
from desktop.domain.enums import Language, Severity
from desktop.domain.impact import SeveritySuggestion


class SeverityHint(QWidget):
    use_requested = Signal(object)  # the suggested Severity

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.suggested: SeveritySuggestion | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("severityHint")
        self.use = QPushButton(self.tr("Use"))
        self.use.clicked.connect(lambda: self.use_requested.emit(self.suggested_severity()))
        row.addWidget(self.text, 1)
        row.addWidget(self.use)
        self.hide()

    def suggested_severity(self) -> Severity | None:
        return self.suggested.severity if self.suggested else None

    def show_for(self, suggested: SeveritySuggestion | None, current: Severity | None) -> None:
        """Shown while the words speak for another severity than the one chosen."""
        self.suggested = suggested
        if suggested is None or suggested.severity is current:
            self.hide()
            return
        self.text.setText(
            self.tr("The complaint speaks of %1: that suggests <b>%2</b>.")
            .replace("%1", join_words((f"“{w}”" for w in suggested.words), self.language))
            .replace("%2", label(suggested.severity, self.language))
        )
        self.show()
