"""Settings › Suggestions: what the type suggestion learned from the user, and forgetting it."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.enums import Language
from desktop.services import Services
from desktop.views.widgets.status_line import StatusLine


class SuggestionsTab(QWidget):
    def __init__(
        self, services: Services, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The Classify step suggests a type from the complaint's words. When you choose "
                "another type than the one suggested, that complaint and your choice are kept "
                "on this computer, and later suggestions follow your way of classifying."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.count = QLabel()
        row.addWidget(self.count, 1)
        self.forget = QPushButton(self.tr("Forget what was learned…"))
        self.forget.clicked.connect(self.forget_learned)
        row.addWidget(self.forget)
        layout.addLayout(row)
        self.status = StatusLine()
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        learned = self.services.suggestions.learned_count()
        self.count.setText(
            self.tr("Learned from %n of your classifications.", "", learned)
            if learned
            else self.tr("Nothing learned yet: the suggestions are the shipped ones.")
        )
        self.forget.setEnabled(learned > 0)

    def forget_learned(self) -> None:
        learned = self.services.suggestions.learned_count()
        answer = QMessageBox.question(
            self,
            self.tr("Forget what was learned"),
            self.tr(
                "Forget the %n classification(s) the suggestion learned from? Your cases keep "
                "their types; only the suggestion goes back to the shipped one.",
                "",
                learned,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        forgotten = self.services.suggestions.forget_learned()
        self.refresh()
        self.status.say(self.tr("Forgot %n classification(s).", "", forgotten), "success")
