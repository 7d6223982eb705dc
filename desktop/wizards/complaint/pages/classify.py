"""Stage 2, 识别类型 / Classify: what kind of complaint, and who is responsible."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop.domain.catalog import label
from desktop.domain.complaint import Case
from desktop.domain.enums import SUBTYPES, ComplaintType, Responsibility, Stage
from desktop.wizards.complaint.base_page import CasePage
from desktop.wizards.complaint.suggestion_panel import SuggestionPanel


class ClassifyPage(CasePage):
    stage = Stage.CLASSIFY

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "Name the kind of complaint: it decides the apology script, "
                "the checklist and whether to escalate. The subtype names the problem in the "
                "first message and the letter (you can reword it in the letter). When the "
                "complaint is also about something else, say what: both apologise for it too."
            )
        )
        self.suggestion_box = SuggestionPanel(self.language)
        self.suggestion_box.use_requested.connect(self.apply_suggestion)
        self.suggestion_text = self.suggestion_box.summary
        self.use_suggestion = self.suggestion_box.use
        self.layout_.addWidget(self.suggestion_box)
        form = self.new_form()
        self.complaint_type = form.add(
            "complaint_type", self.tr("Type"), self.combo(list(ComplaintType)), required=True
        )
        self.subtype = form.add("subtype", self.tr("Subtype"), self.combo([]))
        self.also_type = form.add(
            "also_type", self.tr("Also about"), self.combo([], self.tr("Nothing else"))
        )
        self.also_type.setToolTip(
            self.tr(
                "Another side of the same complaint (a wrong report, and nobody called back): "
                "the first message and the letter apologise for it in a sentence of its own."
            )
        )
        self.responsibility = form.add(
            "responsibility", self.tr("Responsibility"), self.combo(list(Responsibility))
        )
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setObjectName("guidance")
        guidance_frame = QFrame()
        guidance_frame.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(guidance_frame).addWidget(self.guidance)
        self.layout_.addWidget(guidance_frame)
        self.precedents = self.precedents_panel()
        self.layout_.addWidget(self.precedents)
        self.layout_.addStretch(1)
        self.complaint_type.currentIndexChanged.connect(self._type_chosen)
        self.watch("complaint_type", self.complaint_type, self._save_type)
        self.watch("subtype", self.subtype, self._save_subtype)
        self.watch("also_type", self.also_type, self._save_kinds)
        self.watch(
            "responsibility",
            self.responsibility,
            lambda: self.services.cases.classify(
                self.case.id, responsibility=self.responsibility.value()
            ),
        )

    def _save_type(self) -> None:
        self._save_kinds()
        self._learn()

    def _save_kinds(self) -> None:
        """The type, subtype and other type together, as shown: whichever change is saved
        first, the main and the other type are never the same."""
        self.services.cases.classify(
            self.case.id,
            complaint_type=self.complaint_type.value(),
            subtype=self.subtype.value(),
            also_type=self.also_type.value(),
        )

    def _save_subtype(self) -> None:
        self.services.cases.classify(self.case.id, subtype=self.subtype.value())
        self._learn()

    def _learn(self) -> None:
        """A choice other than the suggestion is kept, for the suggestion to learn from."""
        learned = self.services.suggestions.record_choice(
            self.case.id,
            self.case.intake.complaint_text,
            self.complaint_type.value(),
            self.subtype.value(),
        )
        self.suggestion_box.say_learned(learned)

    def _type_chosen(self) -> None:
        kind = self.complaint_type.value()
        current = self.subtype.value()
        self.subtype.blockSignals(True)
        self.subtype.clear_choices()
        self.subtype.add_choice("", None)
        for member in SUBTYPES.get(kind, ()):
            self.subtype.add_choice(label(member, self.language), member)
        self.set_combo(self.subtype, current)
        self.subtype.blockSignals(False)
        also = self.also_type.value()
        self.also_type.blockSignals(True)
        self.also_type.clear_choices()
        self.also_type.add_choice(self.tr("Nothing else"), None)
        for other in ComplaintType:
            if other is not kind:
                self.also_type.add_choice(label(other, self.language), other)
        self.set_combo(self.also_type, None if also is kind else also)
        self.also_type.blockSignals(False)
        self.guidance.setText(self._guidance(kind))

    def _guidance(self, kind: ComplaintType | None) -> str:
        texts: dict[ComplaintType | None, str] = {
            ComplaintType.TECHNICAL: self.tr(
                "Technical: confirm the facts and the impact first, stop the damage (restore "
                "data, work around), then find the cause. Say what you know and what you do not "
                "know yet."
            ),
            ComplaintType.COMMUNICATION: self.tr(
                "Communication: the customer felt ignored. Name one person who owns the case, "
                "answer quickly, and report progress before you are asked."
            ),
            ComplaintType.PROCESS: self.tr(
                "Process: show a realistic plan with dates, write down every change and "
                "agreement, and report progress on a fixed rhythm."
            ),
            ComplaintType.ATTITUDE: self.tr(
                "Attitude: emotions escalate fastest. Treat it as high priority, apologise "
                "without excuses, listen first, and consider who should apologise in person."
            ),
        }
        return texts.get(kind, self.tr("Choose a type to see how to handle it."))

    def apply_suggestion(self) -> None:
        suggestion = self.suggestion_box.suggestion
        if suggestion is None:
            return
        self.set_combo(self.complaint_type, suggestion.complaint_type)
        self.set_combo(self.subtype, suggestion.subtype)
        self.set_combo(self.also_type, suggestion.also)  # saved with the type
        self.owner.autosaver.mark("complaint_type", self._save_type)

    def load(self, case: Case) -> None:
        text = case.intake.complaint_text
        self.precedents.show_for(text)
        self.suggestion_box.show_suggestion(text, self.services.suggestions.type_of(text, case.id))
        self.set_combo(self.complaint_type, case.classification.complaint_type)
        self._type_chosen()
        self.set_combo(self.subtype, case.classification.subtype)
        self.set_combo(self.also_type, case.classification.also_type)
        self.set_combo(self.responsibility, case.classification.responsibility)
