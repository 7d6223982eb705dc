"""Exporting the documents: the apology letter, the improvement report, the escalation brief.

Building a PDF is split in two so the GUI can do the slow half off its thread: `*_job()` reads
what the document needs (on the calling thread) and returns a function that only computes the
PDF bytes; `save()` writes them and records the export in the case's timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from desktop.domain.catalog import text
from desktop.domain.complaint import Case, first_sentence
from desktop.domain.enums import EventKind, Language
from desktop.domain.letter import LetterContent, fill_letter, letter_template, letter_values
from desktop.domain.templates import Filled
from desktop.domain.validation import clean_text
from desktop.safe_write import write_atomically
from desktop.services.cases import CaseService
from desktop.services.clock import Clock
from desktop.services.settings import SettingsService

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

    # --- the letter ----------------------------------------------------------------------------
    def letter_draft(self, case: Case, lang: Language) -> Filled:
        """The letter's text: the saved edit if any, else the template filled from the case."""
        if case.letter_text.strip() and case.letter_language == lang.value:
            return Filled(case.letter_text, ())
        values = letter_values(
            case, self.settings.profile(), self.settings.letterhead(), lang, self.zone
        )
        return fill_letter(letter_template(lang, self.settings.templates_folder()), values)

    def letter_job(self, case: Case, lang: Language, body: str) -> Job:
        from desktop.documents.fonts import register
        from desktop.documents.letter import build_letter

        body = clean_text("letter_text", body, required=True)
        letterhead = self.settings.letterhead()
        content = LetterContent(
            language=lang,
            date=self.clock().astimezone(self.zone).date(),
            body=body,
            recipient_organisation=case.intake.customer,
            recipient_contact=case.intake.contact_name,
            subject=text(
                "doc.letter_subject",
                lang,
                title=case.intake.title or first_sentence(case.intake.complaint_text),
            ),
            letterhead=letterhead,
            signer=self.settings.profile(),
            logo=self._image(letterhead.logo_path),
            signature=self._image(letterhead.signature_path),
            case_number=case.number,
        )
        font = self._font()

        def job() -> bytes:
            register(font)
            return build_letter(content)

        return job

    # --- the report and the brief ---------------------------------------------------------------
    def report_job(self, case: Case, lang: Language) -> Job:
        from desktop.documents.fonts import register
        from desktop.documents.report import build_report

        profile, now, zone, font = self.settings.profile(), self.clock(), self.zone, self._font()

        def job() -> bytes:
            register(font)
            return build_report(case, lang, zone, profile, now)

        return job

    def brief_job(self, case: Case, lang: Language) -> Job:
        from desktop.documents.brief import build_brief
        from desktop.documents.fonts import register

        ledger = self.cases.ledger(case)
        profile, now, zone, font = self.settings.profile(), self.clock(), self.zone, self._font()

        def job() -> bytes:
            register(font)
            return build_brief(case, ledger, lang, zone, profile, now)

        return job

    def job(self, kind: str, case: Case, lang: Language, body: str = "") -> Job:
        if kind == "letter":
            return self.letter_job(case, lang, body)
        return self.report_job(case, lang) if kind == "report" else self.brief_job(case, lang)

    # --- saving --------------------------------------------------------------------------------
    def save(
        self,
        kind: str,
        case_id: int,
        path: Path,
        data: bytes,
        body: str = "",
        lang: Language | None = None,
    ) -> Path:
        """Write the PDF (whole or not at all) and record the export in the timeline."""
        write_atomically(path, data)
        if kind == "letter" and body and lang and not self.cases.get(case_id).is_closed:
            self.cases.set_fields(case_id, letter_text=body, letter_language=lang.value)
        self.cases.record_event(case_id, EVENTS[kind], path.name)
        return path

    def export(self, kind: str, case_id: int, lang: Language, path: Path, body: str = "") -> Path:
        """Build and save in one go (the command line)."""
        case = self.cases.get(case_id)
        return self.save(kind, case_id, path, self.job(kind, case, lang, body)(), body, lang)

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
