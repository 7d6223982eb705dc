"""Typesetting, item 9: every character in a font that has it — Chinese quotation marks and …… in
the CJK font, a rare character from an installed font, and an export that stops and says which
character and where when no font has it. Item 11: the serif body and the sans headings."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.documents.fonts import (
    CJK_SANS,
    CJK_SERIF,
    LATIN,
    LATIN_BOLD,
    SERIF,
    mixed,
    register,
)
from desktop.documents.paragraph import Paragraph
from desktop.documents.styles import styles_for
from desktop.domain.enums import Language
from desktop.domain.errors import UnprintableCharacterError
from desktop.domain.letter import LetterDraft
from tests.documents.conftest import make_case
from tests.documents.font_maker import make_font


def fonts_of(paragraph: Paragraph) -> dict[str, set[str]]:
    """Each character of the paragraph and the fonts it is set in."""
    found: dict[str, set[str]] = {}
    for frag in paragraph.frags:
        for character in getattr(frag, "text", "") or "":
            found.setdefault(character, set()).add(frag.fontName)
    return found


def embedded(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]  # pypdf types a PDF dictionary's values loosely
        for font in resources["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_chinese_quotation_marks_and_ellipses_are_set_in_the_cjk_font():
    style = styles_for(Language.ZH).letter_body
    used = fonts_of(Paragraph(mixed("客户说：“系统又崩了……”——我们立即处理。"), style))
    for mark in "“”…—：。":
        assert used[mark] == {CJK_SERIF}, mark


def test_english_quotation_marks_stay_in_the_latin_font():
    style = styles_for(Language.EN).letter_body
    used = fonts_of(Paragraph(mixed("She wrote “it failed again…” — twice."), style))
    for mark in "“”…—":
        assert used[mark] == {SERIF}, mark
    beside = fonts_of(Paragraph(mixed("the “月结报表” function"), style))
    assert beside["“"] == beside["”"] == {CJK_SERIF}  # a Chinese quotation in English text


def test_the_body_is_serif_and_headings_are_sans():
    styles = styles_for(Language.ZH)
    body = fonts_of(Paragraph(mixed("整改报告 Report"), styles.body))
    heading = fonts_of(Paragraph(mixed("整改报告 Report"), styles.heading))
    assert body["整"] == {CJK_SERIF} and body["R"] == {SERIF}
    assert heading["整"] == {CJK_SANS} and heading["R"] == {LATIN_BOLD}


def test_the_sans_body_can_be_chosen():
    try:
        register("sans")
        used = fonts_of(Paragraph(mixed("整改 Report"), styles_for(Language.ZH).body))
        assert used["整"] == {CJK_SANS} and used["R"] == {LATIN}
    finally:
        register()


def test_a_character_the_first_font_lacks_comes_from_another_bundled_font():
    style = styles_for(Language.ZH).heading  # WenQuanYi lacks 䶮 (extension A); UMing has it
    assert fonts_of(Paragraph(mixed("刘䶮"), style))["䶮"] == {CJK_SERIF}
    body = styles_for(Language.EN).body  # DejaVu Serif lacks ✓ and 😀; DejaVu Sans has them
    assert fonts_of(Paragraph(mixed("✓ done 😀"), body))["✓"] == {LATIN}


def test_invisible_variation_selectors_do_not_stop_an_export():
    used = fonts_of(Paragraph(mixed("⚠️ 注意"), styles_for(Language.ZH).body))
    assert "\ufe0f" not in used and "⚠" in used


@pytest.mark.parametrize(("language", "where"), [(Language.ZH, "客户"), (Language.EN, "Customer")])
def test_a_character_no_font_has_stops_the_export_and_names_it_and_the_field(
    services, clock, language, where
):
    case = make_case(services, clock, customer="吉野家𠮷野家")
    with pytest.raises(UnprintableCharacterError) as raised:
        services.documents.report_job(case, language)()
    message = raised.value.message(language)
    assert "𠮷" in message and "U+20BB7" in message and where in message
    assert "𠮷" in raised.value.message(Language.EN if language is Language.ZH else Language.ZH)


def test_an_unprintable_character_in_the_letter_is_shown_with_the_words_around_it(
    services, chinese_case
):
    body = "由于我方的失误，给您带来不便🦄，我们深表歉意。"
    draft = LetterDraft(Language.ZH, "关于数据丢失的说明", "尊敬的王经理：", body)
    with pytest.raises(UnprintableCharacterError) as raised:
        services.documents.letter_job(chinese_case, draft)()
    message = raised.value.message(Language.ZH)
    assert "🦄" in message and "给您带来不便🦄" in message


def test_an_installed_font_that_has_the_character_is_used(services, clock, no_installed_fonts):
    make_font(no_installed_fonts / "rare" / "rare.ttf", "𠮷🦄")
    case = make_case(services, clock, customer="吉野家𠮷野家", contact="王🦄")
    data = services.documents.report_job(case, Language.ZH)()
    assert any("TurnaroundTestFallback" in name for name in embedded(data))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "吉野家𠮷野家" in text


def test_every_document_embeds_its_fonts_and_never_helvetica(services, chinese_case):
    draft = services.documents.letter_draft(chinese_case, Language.ZH)
    for data in (
        services.documents.letter_job(chinese_case, draft)(),
        services.documents.report_job(chinese_case, Language.ZH)(),
        services.documents.brief_job(chinese_case, Language.EN)(),
    ):
        names = embedded(data)
        assert names and not any("Helvetica" in name for name in names)
        assert all("+" in name for name in names)  # subsets of embedded TrueType


def test_the_documents_use_their_own_paragraph():
    """reportlab's Paragraph would set Chinese quotation marks in DejaVu, print a missing
    character blank and start lines with ，：？！"""
    import ast
    from pathlib import Path

    import desktop.documents

    offenders = []
    for path in Path(desktop.documents.__file__).parent.glob("*.py"):
        if path.name == "paragraph.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("reportlab")
                and any(alias.name == "Paragraph" for alias in node.names)
            ):
                offenders.append(path.name)
    assert offenders == []


def test_the_document_font_chosen_in_settings_is_used_by_every_document(services, chinese_case):
    def chinese_fonts(data: bytes) -> set[str]:
        return {name for name in embedded(data) if "UMing" in name or "WenQuanYi" in name}

    draft = services.documents.letter_draft(chinese_case, Language.ZH)
    assert services.settings.document_font() == "serif"
    serif_letter = services.documents.letter_job(chinese_case, draft)()
    assert any("UMing" in name for name in chinese_fonts(serif_letter))
    services.settings.set_document_font("sans")
    for kind in ("letter", "report", "brief"):
        if kind == "letter":
            data = services.documents.letter_job(chinese_case, draft)()
        else:
            data = services.documents.job(kind, chinese_case, Language.ZH)()
        assert chinese_fonts(data) and all("WenQuanYi" in n for n in chinese_fonts(data)), kind
    services.settings.set_document_font("serif")
    data = services.documents.report_job(chinese_case, Language.ZH)()
    assert any("UMing" in name for name in chinese_fonts(data))
    with pytest.raises(ValueError):
        services.settings.set_document_font("comic")
