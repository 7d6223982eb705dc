"""The PDFs read back: their text, their fonts, every table row."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from desktop.documents.fonts import CJK_SERIF, mixed
from desktop.domain.enums import Language
from desktop.paths import resource
from desktop.safe_write import ExportError
from tests.documents.conftest import make_case


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def all_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def fonts(reader: PdfReader) -> dict[str, Any]:
    found = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]  # pypdf types a PDF dictionary's values loosely
        for font in resources["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def assert_fonts_embedded(reader: PdfReader) -> None:
    """The CJK font is used, every font is embedded TrueType (subset), none is Helvetica."""
    embedded = fonts(reader)
    assert any("UMing" in name or "WenQuanYiMicroHei" in name for name in embedded)
    assert not any("Helvetica" in name for name in embedded)  # no silent fallback
    for font in embedded.values():
        descriptor = (
            font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/DescendantFonts" in font
            else font["/FontDescriptor"]
        )
        assert "/FontFile2" in descriptor.get_object()  # TrueType, embedded
        assert re.match(r"/?[A-Z]{6}\+", str(font["/BaseFont"])) or "+" in str(font["/BaseFont"])


def test_the_bundled_fonts_are_truetype_that_reportlab_accepts():
    TTFont("check-cjk", str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0)
    TTFont("check-latin", str(resource("fonts", "DejaVuSans.ttf")))
    assert resource("fonts", "LICENSE-wqy-microhei.txt").exists()
    assert resource("fonts", "LICENSE-DejaVu.txt").exists()


def test_mixed_text_marks_chinese_runs_and_escapes_markup():
    assert mixed("报告 <b> & Co") == f'<font name="{CJK_SERIF}">报告</font> &lt;b&gt; &amp; Co'


def test_a_chinese_letter_has_its_text_and_embedded_fonts(services, chinese_case):
    draft = services.documents.letter_draft(chinese_case, Language.ZH)
    assert draft.missing == ()
    reader = read(services.documents.letter_job(chinese_case, draft)())
    text = all_text(reader)
    for expected in (
        "王建国",
        "致歉函",
        "措施1：恢复并核对数据",
        "培训一次",
        "李明",
        "2026年11月24日",
    ):
        assert expected in text
    assert_fonts_embedded(reader)


def test_an_english_letter_sets_latin_text_in_the_latin_font(services, english_case):
    draft = services.documents.letter_draft(english_case, Language.EN)
    reader = read(services.documents.letter_job(english_case, draft)())
    used: dict[str, set[str]] = {}

    def visit(text, cm, tm, font, size):
        if font and text.strip():
            used.setdefault(text.strip(), set()).add(str(font["/BaseFont"]))

    reader.pages[0].extract_text(visitor_text=visit)
    dear = [fonts_ for text, fonts_ in used.items() if text.startswith("Dear Sarah Miller")]
    assert dear and all("DejaVuSerif" in name for name in dear[0])  # the serif body
    chinese = [fonts_ for text, fonts_ in used.items() if "措施" in text]
    assert chinese and all("UMing" in name for name in chinese[0])
    assert not any("Helvetica" in name for name in fonts(reader))
    assert "Northwind Traders" in all_text(reader)


def test_a_report_with_thirty_long_actions_has_every_row(services, clock):
    case = make_case(services, clock, actions=30, long_text="这是一段很长的说明。" * 12)
    reader = read(services.documents.report_job(case, Language.ZH)())
    text = all_text(reader).replace("\n", "")
    for number in range(1, 31):
        assert f"措施{number}：" in text
    assert len(reader.pages) >= 3
    pages = len(reader.pages)
    assert f"第 1 页 共 {pages} 页" in reader.pages[0].extract_text()
    assert f"第 {pages} 页 共 {pages} 页" in reader.pages[-1].extract_text()


def test_a_case_with_two_hundred_actions_still_exports(services, clock):
    case = make_case(services, clock, actions=200)
    reader = read(services.documents.report_job(case, Language.EN)())
    assert "Page 1 of" in reader.pages[0].extract_text()
    assert "措施200：" in all_text(reader).replace("\n", "")


def test_the_brief_is_one_page(services, chinese_case):
    reader = read(services.documents.brief_job(chinese_case, Language.ZH)())
    assert len(reader.pages) == 1
    text = all_text(reader)
    assert "升级简报" in text and "华信银行" in text


def test_export_records_it_in_the_timeline(services, chinese_case, tmp_path):
    path = services.documents.export("report", chinese_case.id, Language.ZH, tmp_path / "r.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert services.cases.get(chinese_case.id).timeline[-1].kind.value == "report_exported"


def test_an_unwritable_path_leaves_no_file_and_says_why(services, chinese_case, tmp_path):
    locked = tmp_path / "missing-folder" / "letter.pdf"
    with pytest.raises(ExportError, match="cannot write"):
        services.documents.export("report", chinese_case.id, Language.EN, locked)
    assert not locked.exists()
    assert not list(tmp_path.rglob("*.part"))  # no half-written temporary file either


def test_a_broken_logo_does_not_stop_the_letter(services, chinese_case):
    folder = services.folder.root / "letterhead"
    folder.mkdir(exist_ok=True)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    from dataclasses import replace

    services.settings.save_letterhead(
        replace(services.settings.letterhead(), logo_path="letterhead/logo.png")
    )
    draft = services.documents.letter_draft(chinese_case, Language.ZH)
    assert read(services.documents.letter_job(chinese_case, draft)()).pages


def test_suggested_names(services, chinese_case, english_case):
    assert (
        services.documents.suggested_name("letter", chinese_case, Language.ZH)
        == "致歉函-华信银行-2026-11-24.pdf"
    )
    assert (
        services.documents.suggested_name("report", english_case, Language.EN)
        == "Improvement-report-Northwind-Traders-2026-11-24.pdf"
    )
    assert (
        Path(services.documents.suggested_name("brief", english_case, Language.ZH)).suffix == ".pdf"
    )


def test_the_lessons_digest_has_every_chosen_lesson_and_embedded_fonts(services):
    chosen = [
        services.library.save(
            0,
            {
                "title": f"第{n}课：升级前没有备份",
                "problem": "月底结账时报表超时。" * 30,
                "prevention": f"Prevention step {n}: rehearse the restore",
                "tags": ["备份", "upgrade"],
            },
        ).id
        for n in range(1, 13)
    ]
    services.library.save(0, {"title": "不在摘要里"})
    reader = read(services.library.digest_pdf(chosen, Language.ZH))
    text = all_text(reader)
    assert "案例库摘要" in text
    for n in range(1, 13):
        assert f"第{n}课" in text and f"Prevention step {n}" in text
    assert "不在摘要里" not in text
    assert len(reader.pages) > 1 and f"共 {len(reader.pages)} 页" in text
    assert_fonts_embedded(reader)


def test_the_report_names_each_actions_criterion_and_what_its_check_found(services, clock):
    from tests.services.test_effectiveness_checks import closable_case

    case_id, action_id = closable_case(services, clock)
    clock.advance(days=31)
    services.cases.record_check(action_id, held=False, note="第12天备份又失败了")
    case = services.cases.get(case_id)
    zh = all_text(read(services.documents.report_job(case, Language.ZH)())).replace("\n", "")
    assert "验证标准：连续 30 天备份成功" in zh
    assert "效果验证（2026年12月25日）：失败：措施无效（第12天备份又失败了）" in zh.replace(" ", "")
    en = all_text(read(services.documents.report_job(case, Language.EN)())).replace("\n", " ")
    assert "Failed: not effective" in en
