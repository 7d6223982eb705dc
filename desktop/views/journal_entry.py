"""Writing a journal entry: how you feel, then the three prompts, all optional but one."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_query import CaseQuery
from desktop.domain.catalog import label
from desktop.domain.enums import Language
from desktop.domain.errors import ValidationError
from desktop.domain.journal import JournalEntry, Support
from desktop.services import Services
from desktop.views.discard import may_discard
from desktop.views.feelings import FeelingsPicker
from desktop.views.style import resize_to_fit
from desktop.views.widgets.choice_box import ChoiceBox
from desktop.views.widgets.datetime_edit import DateTimeField
from desktop.views.widgets.field_form import FieldForm


class JournalEntryDialog(QDialog):
    def __init__(
        self,
        services: Services,
        language: Language,
        entry: JournalEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.entry = entry or JournalEntry(0, services.clock())
        self.setWindowTitle(self.tr("Journal entry"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.form = FieldForm()
        self.written_at = DateTimeField(services.zone)
        self.form.add("written_at", self.tr("When"), self.written_at)
        self.feelings = FeelingsPicker(language)
        self.form.add("feelings", self.tr("How do you feel?"), self.feelings)
        self.body = self._text(self.tr("Anything on your mind, in a line or a page."))
        self.form.add("body", self.tr("Today"), self.body)
        self.accept_feeling = self._text(
            self.tr(
                "It is normal to feel this after a complaint. Name the feeling without judging it."
            )
        )
        self.form.add("accept_feeling", self.tr("Accept the feeling"), self.accept_feeling)
        people = QWidget()
        row = QHBoxLayout(people)
        row.setContentsMargins(0, 0, 0, 0)
        self.support_boxes = {}
        for support in Support:
            box = QCheckBox(label(support, language))
            self.support_boxes[support] = box
            row.addWidget(box)
        row.addStretch(1)
        self.form.add("talked_to", self.tr("Who did you talk to?"), people)
        self.what_helped = self._text(self.tr("What did they say or do that helped?"))
        self.form.add("what_helped", self.tr("What helped"), self.what_helped)
        self.reframe = self._text(
            self.tr(
                "“Every criticism is a gift, if you are willing to "
                "open it.” What can you learn from this?"
            )
        )
        self.form.add("reframe", self.tr("Reframe"), self.reframe)
        self.case = ChoiceBox()
        # a long case title must not widen the dialog past the screen (no sideways scrolling)
        self.case.setSizeAdjustPolicy(
            ChoiceBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.case.setMinimumContentsLength(24)
        self.case.add_choice(self.tr("(no case)"), None)
        for row_ in services.cases.rows(CaseQuery(), 0, 50):
            self.case.add_choice(f"{row_.number} {row_.customer} · {row_.title}", row_.id)
        self.form.add("case_id", self.tr("About a case"), self.case)
        layout.addLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.scroll_area = scroll
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.privacy_note = QLabel(
            self.tr("Only you can see this. With a passphrase set, it is stored encrypted.")
        )
        self.privacy_note.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.privacy_note)
        outer.addWidget(buttons)
        resize_to_fit(self, 720, 760)
        self._load()
        self._loaded = self.value()

    @staticmethod
    def _text(placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setFixedHeight(70)
        return box

    def _load(self) -> None:
        entry = self.entry
        self.written_at.set_value(entry.written_at)
        self.feelings.set_feelings(entry.feelings)
        self.body.setPlainText(entry.body)
        self.accept_feeling.setPlainText(entry.accept_feeling)
        self.what_helped.setPlainText(entry.what_helped)
        self.reframe.setPlainText(entry.reframe)
        for support, box in self.support_boxes.items():
            box.setChecked(support in entry.talked_to)
        self.case.set_value(entry.case_id)

    def value(self) -> JournalEntry:
        return dataclasses.replace(
            self.entry,
            written_at=self.written_at.value() or self.services.clock(),
            feelings=self.feelings.feelings(),
            body=self.body.toPlainText(),
            accept_feeling=self.accept_feeling.toPlainText(),
            talked_to=[s for s, box in self.support_boxes.items() if box.isChecked()],
            what_helped=self.what_helped.toPlainText(),
            reframe=self.reframe.toPlainText(),
            case_id=self.case.value(),
        )

    def reject(self) -> None:
        if may_discard(self, self.value() != self._loaded):
            super().reject()

    def save(self) -> None:
        self.form.clear_errors()
        try:
            self.saved = self.services.journal.save_entry(self.value())
        except ValidationError as error:
            self.form.show_error(error.field, error.message(self.language))
            return
        self.accept()
