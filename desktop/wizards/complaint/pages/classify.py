"""Stage 2, 识别类型 / Classify: what kind of complaint, and who is responsible."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.domain.catalog import label
from desktop.domain.classify import Suggestion, suggest
from desktop.domain.complaint import Case
from desktop.domain.enums import SUBTYPES, ComplaintType, Responsibility, Stage
from desktop.wizards.complaint.base_page import CasePage


class ClassifyPage(CasePage):
    stage = Stage.CLASSIFY

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setSubTitle(
            self.tr(
                "Name the kind of complaint: it decides the apology script, "
                "the checklist and whether to escalate."
            )
        )
        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("suggestionBox")
        self.suggestion_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QHBoxLayout(self.suggestion_box)
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("Use this suggestion"))
        self.use_suggestion.clicked.connect(self.apply_suggestion)
        box.addWidget(self.suggestion_text, 1)
        box.addWidget(self.use_suggestion)
        self.layout_.addWidget(self.suggestion_box)
        form = self.new_form()
        self.complaint_type = form.add(
            "complaint_type", self.tr("Type"), self.combo(list(ComplaintType)), required=True
        )
        self.subtype = form.add("subtype", self.tr("Subtype"), self.combo([]))
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
        self._suggestion: Suggestion | None = None
        self.complaint_type.currentIndexChanged.connect(self._type_chosen)
        self.watch("complaint_type", self.complaint_type, self._save_type)
        self.watch(
            "subtype",
            self.subtype,
            lambda: self.services.cases.classify(self.case.id, subtype=self.subtype.value()),
        )
        self.watch(
            "responsibility",
            self.responsibility,
            lambda: self.services.cases.classify(
                self.case.id, responsibility=self.responsibility.value()
            ),
        )

    def _save_type(self) -> None:
        self.services.cases.classify(
            self.case.id,
            complaint_type=self.complaint_type.value(),
            subtype=self.subtype.value(),
        )

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
        if self._suggestion is None:
            return
        self.set_combo(self.complaint_type, self._suggestion.complaint_type)
        self.set_combo(self.subtype, self._suggestion.subtype)
        self.owner.autosaver.mark("complaint_type", self._save_type)

    def load(self, case: Case) -> None:
        self.precedents.show_for(case.intake.complaint_text)
        self._suggestion = suggest(case.intake.complaint_text)
        if self._suggestion is None:
            self.suggestion_text.setText(
                self.tr(
                    "No suggestion: the complaint text has none of the usual cue words. "
                    "Choose the type yourself."
                )
            )
            self.use_suggestion.setEnabled(False)
        else:
            s = self._suggestion
            kind = label(s.complaint_type, self.language)
            if s.subtype is not None:
                kind += " · " + label(s.subtype, self.language)
            cues = "、".join(s.cues) if self.language.value == "zh_CN" else ", ".join(s.cues)
            self.suggestion_text.setText(
                self.tr(
                    "Suggested: <b>%1</b> (%2% sure), because the complaint says: %3. You decide."
                )
                .replace("%1", kind)
                .replace("%2", str(s.percent))
                .replace("%3", cues)
            )
            self.use_suggestion.setEnabled(True)
        self.set_combo(self.complaint_type, case.classification.complaint_type)
        self._type_chosen()
        self.set_combo(self.subtype, case.classification.subtype)
        self.set_combo(self.responsibility, case.classification.responsibility)
