"""Exporting the documents: the apology letter, the improvement report, the escalation brief.

Building a PDF is split in two so the GUI can do the slow half off its thread: `*_job()` reads
what the document needs (on the calling thread) and returns a function that only computes the
PDF bytes; `save()` writes them and records the export in the case's timeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.complaint import Case, Compensation
from desktop.domain.customers import Customer
from desktop.domain.enums import CompensationKind, EventKind, Language
from desktop.domain.errors import ValidationError
from desktop.domain.first_response import (
    ScriptDraft,
    draft_script,
    refill,
    script_template,
    script_values,
)
from desktop.domain.letter import (
    LetterContent,
    LetterDraft,
    LetterFacts,
    Signer,
    customer_language,
    default_facts,
    draft_letter,
    left_to_fill,
    letter_template,
    saved_draft,
    signer_for,
    text_language,
    to_fill,
    unsigned_fields,
)
from desktop.domain.letter_recipient import recipient_lines
from desktop.domain.validation import clean_text
from desktop.safe_write import write_atomically
from desktop.services.cases import CaseService
from desktop.services.clock import Clock
from desktop.services.customers import CustomerService
from desktop.services.settings import SettingsService

if TYPE_CHECKING:
    from desktop.documents.furniture import HeadedPaper

Job = Callable[[], bytes]
EVENTS = {
    "letter": EventKind.LETTER_EXPORTED,
    "report": EventKind.REPORT_EXPORTED,
    "brief": EventKind.BRIEF_EXPORTED,
}


class DocumentService:
    def __init__(
        self, cases: CaseService, settings: SettingsService, clock: Clock, zone: tzinfo
    ) -> None:
        self.cases = cases
        self.settings = settings
        self.clock = clock
        self.zone = zone

    def _font(self) -> str | None:
        return self.settings.get("documents.cjk_font") or None

    def _image(self, relative: str) -> Path | None:
        folder = self.settings.store.folder
        if not relative or folder is None:
            return None
        path = folder.root / relative
        return path if path.exists() else None

    def _paper(self, lang: Language) -> HeadedPaper:
        """The letterhead of Settings, in the document's language, for every page."""
        from desktop.documents.furniture import HeadedPaper  # reportlab: only when exporting

        head = self.settings.letterhead()
        company, address = head.in_language(lang is Language.EN)
        signer = self.signer(lang)
        return HeadedPaper(
            company or signer.company,
            tuple(address.splitlines()),
            self._image(head.logo_path),
        )

    # --- the letter ----------------------------------------------------------------------------
    def letter_language(self, case: Case) -> Language:
        """The language the letter starts in: the one it was last written in, else the
        customer's (the language of their complaint)."""
        if case.letter_text.strip() and case.letter_language:
            return Language(case.letter_language)
        return customer_language(case, self.customer_of(case))

    def customer_of(self, case: Case) -> Customer | None:
        """The customer record the case is linked to."""
        return CustomerService(self.cases.store).of_case(case.id)

    def letter_facts(self, case: Case, lang: Language) -> LetterFacts:
        return default_facts(case, lang)

    def signer(self, lang: Language) -> Signer:
        return signer_for(self.settings.profile(), self.settings.letterhead(), lang)

    def unsigned(self, lang: Language) -> list[str]:
        """What the profile lacks to sign a letter in this language."""
        return unsigned_fields(self.signer(lang))

    def letter_draft(
        self, case: Case, lang: Language, facts: LetterFacts | None = None, fresh: bool = False
    ) -> LetterDraft:
        """The letter as last exported in this language, else (or when `fresh`) drafted from
        the case and the facts."""
        saved = None if fresh else saved_draft(case, lang)
        if saved is not None:
            return saved
        template = letter_template(lang, self.settings.templates_folder())
        return draft_letter(
            case,
            facts or self.letter_facts(case, lang),
            self.signer(lang),
            lang,
            template,
            self.clock(),
            self.zone,
            self.customer_of(case),
        )

    # --- the first-response message ------------------------------------------------------------
    def first_response(
        self, case: Case, promise_due: datetime | None, kept: str = ""
    ) -> ScriptDraft:
        """The message to send within 24 hours, in the customer's language: the user's `kept`
        text with what is now known filled in, else drafted from the template of the type."""
        lang = text_language(kept) if kept.strip() else customer_language(case)
        values = script_values(
            case, self.signer(lang), lang, promise_due, self.zone, self.customer_of(case)
        )
        if kept.strip():
            return refill(kept, values, lang)
        folder = self.settings.templates_folder()
        template = script_template(case.classification.complaint_type, lang, folder)
        return draft_script(template, values, lang)

    # --- nothing leaves with 【what is still to fill】 or a {placeholder} in it -------------------
    def check_script(self, text_: str) -> None:
        """The first-response message can be copied or mailed: ValidationError otherwise."""
        refuse_unfilled(text_, text_language(text_), "response_script", "script_unfinished")

    def check_letter(self, draft: LetterDraft) -> None:
        """The letter can be exported or printed (filled in and signed): ValidationError
        otherwise."""
        parts = "\n".join((draft.subject, draft.salutation, draft.body))
        refuse_unfilled(parts, draft.language, "letter_text", "placeholder_left")
        clean_text("letter_text", draft.body, required=True)
        clean_text("letter_salutation", draft.salutation, required=True, multiline=False)
        if self.unsigned(draft.language):
            raise ValidationError("signer", "unsigned")

    def facts_to_fill(self, text_: str, lang: Language, facts: Iterable[str]) -> list[str]:
        """Which of the letter's `facts` its text still asks for (【出了什么问题】 stands in it)."""
        return [fact for fact in facts if to_fill(fact, lang) in text_]

    def letter_job(self, case: Case, draft: LetterDraft) -> Job:
        from desktop.documents.fonts import register
        from desktop.documents.letter import build_letter

        self.check_letter(draft)
        letterhead = self.settings.letterhead()
        content = LetterContent(
            language=draft.language,
            date=self.clock().astimezone(self.zone).date(),
            subject=clean_text("letter_subject", draft.subject, multiline=False, limit=300),
            salutation=draft.salutation.strip(),
            body=draft.body.strip(),
            recipient_lines=recipient_lines(case, draft.language, self.customer_of(case)),
            letterhead=letterhead,
            signer=self.signer(draft.language),
            logo=self._image(letterhead.logo_path),
            signature=self._image(letterhead.signature_path),
            case_number=case.number,
        )
        font = self._font()

        def job() -> bytes:
            register(font)
            return build_letter(content)

        return job

    def save_letter(
        self, case_id: int, path: Path, data: bytes, draft: LetterDraft, facts: LetterFacts
    ) -> Path:
        """Write the PDF, keep the letter with the case, and carry what the letter says into
        the case: the compensation offered, a promise with a date, what happened."""
        write_atomically(path, data)
        case = self.cases.get(case_id)
        with self.cases.store.transaction():
            if not case.is_closed:
                self.cases.set_fields(
                    case_id,
                    letter_text=draft.body,
                    letter_subject=draft.subject,
                    letter_salutation=draft.salutation,
                    letter_language=draft.language.value,
                )
                self._write_back(case, facts)
            self.cases.record_event(case_id, EventKind.LETTER_EXPORTED, path.name)
        return path

    def _write_back(self, case: Case, facts: LetterFacts) -> None:
        if facts.compensation.strip() and not case.compensations:
            self.cases.add_part(
                case.id, Compensation(0, CompensationKind.OTHER, facts.compensation.strip())
            )
        if facts.commitment.strip() and facts.commitment_due is not None:
            described = {c.description for c in case.commitments}
            if facts.commitment.strip() not in described:
                self.cases.add_promise(case.id, facts.commitment.strip(), facts.commitment_due)
        if facts.what_happened.strip() and not case.investigation.root_cause.strip():
            self.cases.set_investigation(case.id, root_cause=facts.what_happened.strip())

    def export_letter(
        self, case_id: int, path: Path, draft: LetterDraft, facts: LetterFacts | None = None
    ) -> Path:
        """Build and save in one go (the command line)."""
        case = self.cases.get(case_id)
        data = self.letter_job(case, draft)()
        return self.save_letter(case_id, path, data, draft, facts or LetterFacts())

    # --- the report and the brief ---------------------------------------------------------------
    def report_job(self, case: Case, lang: Language) -> Job:
        from desktop.documents.fonts import register
        from desktop.documents.report import build_report

        profile = self.settings.profile().in_language(lang)
        now, zone, font = self.clock(), self.zone, self._font()
        paper = self._paper(lang)

        def job() -> bytes:
            register(font)
            return build_report(case, lang, zone, profile, now, paper=paper)

        return job

    def brief_job(self, case: Case, lang: Language) -> Job:
        from desktop.documents.brief import build_brief
        from desktop.documents.fonts import register

        ledger = self.cases.ledger(case)
        profile = self.settings.profile().in_language(lang)
        now, zone, font = self.clock(), self.zone, self._font()
        paper = self._paper(lang)

        def job() -> bytes:
            register(font)
            return build_brief(case, ledger, lang, zone, profile, now, paper=paper)

        return job

    def job(self, kind: str, case: Case, lang: Language) -> Job:
        """The report or the brief (the letter has its own: `letter_job`)."""
        return self.report_job(case, lang) if kind == "report" else self.brief_job(case, lang)

    # --- saving --------------------------------------------------------------------------------
    def save(self, kind: str, case_id: int, path: Path, data: bytes) -> Path:
        """Write the PDF (whole or not at all) and record the export in the timeline."""
        write_atomically(path, data)
        self.cases.record_event(case_id, EVENTS[kind], path.name)
        return path

    def export(self, kind: str, case_id: int, lang: Language, path: Path) -> Path:
        """Build and save the report or the brief in one go (the command line)."""
        case = self.cases.get(case_id)
        return self.save(kind, case_id, path, self.job(kind, case, lang)())

    def suggested_name(self, kind: str, case: Case, lang: Language) -> str:
        """致歉函-华信银行-2026-11-24.pdf / Apology-Northwind-2026-11-24.pdf"""
        names = {
            "letter": ("致歉函", "Apology"),
            "report": ("整改报告", "Improvement-report"),
            "brief": ("升级简报", "Escalation-brief"),
        }[kind]
        word = names[0] if lang is Language.ZH else names[1]
        customer = "".join(ch for ch in case.intake.customer if ch not in '\\/:*?"<>|').strip()
        day = self.clock().astimezone(self.zone).date().isoformat()
        return "-".join(filter(None, [word, customer.replace(" ", "-"), day])) + ".pdf"


def refuse_unfilled(text_: str, lang: Language, field: str, key: str) -> None:
    """ValidationError(field, key) naming, in words, what `text_` still asks for."""
    names = left_to_fill(text_, lang)
    if names:
        separator = "、" if lang is Language.ZH else "; "
        raise ValidationError(field, key, names=separator.join(names))
