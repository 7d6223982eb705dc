"""The thought record (思维记录): the seven columns of CBT, one step at a time, then re-rating."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.catalog import label, text
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.journal import ThinkingTrap, ThoughtRecord
from desktop.services import Services
from desktop.views import style
from desktop.views.discard import may_discard
from desktop.views.feelings import FeelingsPicker
from desktop.views.style import resize_to_fit, tone_colour
from desktop.views.widgets.status_line import set_tone


class TextStep(QWizardPage):
    def __init__(self, title: str, hint: str, required: bool = False) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(hint)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(title)
        self.required = required
        self.message = QLabel()
        set_tone(self.message, "error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)

    def validatePage(self) -> bool:
        if self.required and not self.editor.toPlainText().strip():
            wizard = self.wizard()
            assert isinstance(wizard, ThoughtRecordWizard)
            self.message.setText(ValidationError("situation", "required").message(wizard.language))
            return False
        return True


class ThoughtRecordWizard(QWizard):
    def __init__(
        self,
        services: Services,
        language: Language,
        case_id: int | None = None,
        parent: QWidget | None = None,
        editing: ThoughtRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.case_id = case_id
        self.editing = editing  # a record written before, changed; None for a new one
        self.setWindowTitle(self.tr("Thought record"))
        self.situation = TextStep(
            self.tr("1. Situation"),
            self.tr("What happened? Where, when, with whom — the facts only."),
            required=True,
        )
        self.thoughts = TextStep(
            self.tr("2. Automatic thoughts"),
            self.tr("What went through your mind? Write the thoughts as they came."),
        )
        self.before_page = QWizardPage()
        self.before_page.setTitle(self.tr("3. Emotions"))
        self.before_page.setSubTitle(self.tr("What did you feel, and how strongly (0–100)?"))
        self.before = FeelingsPicker(language)
        QVBoxLayout(self.before_page).addWidget(self.before)
        self.traps_page = QWizardPage()
        self.traps_page.setTitle(self.tr("4. Thinking traps"))
        self.traps_page.setSubTitle(
            self.tr("Which of these patterns do you recognise in your thoughts?")
        )
        traps_body = QWidget()
        traps_layout = QVBoxLayout(traps_body)
        self.trap_boxes: dict[ThinkingTrap, QCheckBox] = {}
        for trap in ThinkingTrap:
            box = QCheckBox(label(trap, language))
            explanation = QLabel(text(f"trap.{trap.value}", language))
            explanation.setWordWrap(True)
            explanation.setStyleSheet(
                f"color: {tone_colour('muted')}; margin-left: {style.space(6)}px;"
            )
            traps_layout.addWidget(box)
            traps_layout.addWidget(explanation)
            self.trap_boxes[trap] = box
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(traps_body)
        QVBoxLayout(self.traps_page).addWidget(scroll)
        self.evidence_for = TextStep(
            self.tr("5. Evidence for"), self.tr("What facts support the thought?")
        )
        self.evidence_against = TextStep(
            self.tr("6. Evidence against"),
            self.tr("What facts do not fit it? What would you tell a colleague in your place?"),
        )
        self.balanced = TextStep(
            self.tr("7. Balanced thought"),
            self.tr("A fairer way to see it, taking all the evidence into account."),
        )
        self.after_page = QWizardPage()
        self.after_page.setTitle(self.tr("Re-rate your emotions"))
        self.after_page.setSubTitle(self.tr("How strong are the same emotions now?"))
        self.after = FeelingsPicker(language)
        self.change = QLabel()
        self.change.setWordWrap(True)
        after_layout = QVBoxLayout(self.after_page)
        after_layout.addWidget(self.after)
        after_layout.addWidget(self.change)
        self.after.changed.connect(self.show_change)
        for page in (
            self.situation,
            self.thoughts,
            self.before_page,
            self.traps_page,
            self.evidence_for,
            self.evidence_against,
            self.balanced,
            self.after_page,
        ):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        resize_to_fit(self, 680, 620)
        if editing is not None:
            self._fill(editing)
        self._loaded = self._written()

    def _written(self) -> ThoughtRecord:
        """What the pages hold, whenever asked (a new record's time is not part of it)."""
        return dataclasses.replace(self.record(), created_at=datetime.min)

    def reject(self) -> None:
        if may_discard(self, self._written() != self._loaded):
            super().reject()

    def _fill(self, record: ThoughtRecord) -> None:
        for step, written in (
            (self.situation, record.situation),
            (self.thoughts, record.automatic_thoughts),
            (self.evidence_for, record.evidence_for),
            (self.evidence_against, record.evidence_against),
            (self.balanced, record.balanced_thought),
        ):
            step.editor.setPlainText(written)
        self.before.set_feelings(record.emotions_before)
        self.after.set_feelings(record.emotions_after)
        for trap, box in self.trap_boxes.items():
            box.setChecked(trap in record.thinking_traps)

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.after_page and not self.after.feelings():
            self.after.set_feelings(self.before.feelings())
            self.show_change()

    def record(self) -> ThoughtRecord:
        editing = self.editing
        return ThoughtRecord(
            editing.id if editing else 0,
            editing.created_at if editing else self.services.clock(),
            situation=self.situation.editor.toPlainText(),
            automatic_thoughts=self.thoughts.editor.toPlainText(),
            emotions_before=self.before.feelings(),
            thinking_traps=[t for t, box in self.trap_boxes.items() if box.isChecked()],
            evidence_for=self.evidence_for.editor.toPlainText(),
            evidence_against=self.evidence_against.editor.toPlainText(),
            balanced_thought=self.balanced.editor.toPlainText(),
            emotions_after=self.after.feelings(),
            case_id=self.case_id,
            uuid=editing.uuid if editing else "",
        )

    def show_change(self) -> None:
        lines = [
            f"{label(emotion, self.language)}: {before} → {after} ({after - before:+d})"
            for emotion, before, after in self.record().changes()
        ]
        self.change.setText("\n".join(lines))

    def accept(self) -> None:
        try:
            self.services.journal.save_record(self.record())
        except ValidationError as error:
            self.situation.message.setText(error.message(self.language))
            self.restart()
            return
        super().accept()
