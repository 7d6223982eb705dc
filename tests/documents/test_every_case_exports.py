"""Every document exports for every case at every stage (a third of the open cases could not
give an improvement report: an empty feedback table)."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.services.demo import fill_demo


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_letter_report_and_brief_export_for_every_demo_case(services, clock):
    fill_demo(services.store, services.clock, 24, 3)
    rows = services.cases.rows(CaseQuery(), 0, 100)
    stages = set()
    for row in rows:
        case = services.cases.get(row.id)
        stages.add((case.status, case.stage))
        language = (
            Language.ZH if any("\u4e00" <= ch <= "\u9fff" for ch in row.customer) else Language.EN
        )
        facts = services.documents.letter_facts(case, language)
        if not facts.issue:
            facts = dataclasses.replace(
                facts, issue="系统故障" if language is Language.ZH else "a fault"
            )
        draft = services.documents.letter_draft(case, language, facts, fresh=True)
        letter = text_of(services.documents.letter_job(case, draft)())
        assert draft.salutation.rstrip("：,") in letter.replace("\n", ""), case.number
        assert "{" not in letter
        for kind in ("report", "brief"):
            for lang in Language:
                document = services.documents.job(kind, case, lang)()
                assert case.number in text_of(document), (kind, lang, case.number)
    assert len(stages) >= 5  # open cases at many stages, and closed ones
