"""Typesetting, item 8: no line starts with a closing mark and none ends with an opening one, in
Chinese, in English with Chinese runs, in tables — read back from the PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.documents.fonts import CJK_SERIF, mixed
from desktop.documents.linebreak import NO_END, NO_START, may_break_before
from desktop.documents.paragraph import Paragraph
from desktop.documents.pdf import build_pdf
from desktop.documents.styles import styles_for
from desktop.domain.enums import Language

CLOSING = "，。、；：？！）》」』”’"
OPENING = "（《「『“‘"
FILL = "整改措施已经落实到位并经客户确认无误后关闭此项问题"  # ideographs, one em each
WIDTH = 170 * mm


def lines_of(paragraph: Paragraph, width: float = WIDTH) -> list[str]:
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines  # type: ignore[attr-defined]  # reportlab's; not in its stubs
    return ["".join(word.text for word in line.words) for line in lines]


def pdf_lines(story: list) -> list[str]:
    data = build_pdf(story, "t", "footer", lambda page, pages: f"{page}/{pages}")
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def naive_breaks_at(style, before: str, mark: str, width: float = WIDTH) -> str:
    """Text that a wrap breaking wherever it runs out of room would break right before `mark`:
    as many ideographs as fill a line, then the mark."""
    room = width - style.firstLineIndent
    count = 0
    while stringWidth(FILL[0] * (count + 1), CJK_SERIF, style.fontSize) <= room:
        count += 1
    return (before * count)[:count] + mark


def test_the_rules():
    for mark in CLOSING:
        assert mark in NO_START and not may_break_before("字", mark)
    for mark in OPENING:
        assert mark in NO_END and not may_break_before(mark, "字")
    assert may_break_before("字", "字") and may_break_before("字", "（")
    assert not may_break_before("w", "o") and may_break_before(" ", "w")
    assert not may_break_before("…", "…") and not may_break_before("—", "—")


@pytest.mark.parametrize("language", list(Language))
def test_no_chinese_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(language):
    style = styles_for(language).letter_body
    story = []
    for mark in CLOSING:  # each paragraph runs out of room exactly before the mark
        text = naive_breaks_at(style, "整", mark) + "后面还有一些文字。" * 3
        story.append(Paragraph(mixed(text), style))
    for mark in OPENING:  # each runs out of room exactly after the mark
        text = naive_breaks_at(style, "整", "")[:-1] + mark + "引用的内容" + "。" + "后面的文字" * 9
        story.append(Paragraph(mixed(text), style))
    for paragraph in story:
        lines = lines_of(paragraph)
        assert len(lines) >= 2
        for line in lines:
            assert line[0] not in CLOSING, lines
            assert line[-1] not in OPENING, lines
    read_back = pdf_lines(story)
    assert any(line.startswith("整整整") for line in read_back)
    for line in read_back:
        assert line[0] not in CLOSING, line
        assert line[-1] not in OPENING, line


def test_two_closing_marks_in_a_row_and_ellipses_stay_whole():
    style = styles_for(Language.ZH).body
    for tail in ("。”", "”。", "！）", "……", "——"):
        text = naive_breaks_at(style, "整", "")[:-1] + "句" + tail + "后文" * 30
        lines = lines_of(Paragraph(mixed(text), style))
        assert any(tail in line for line in lines), (tail, lines)  # never split
        for line in lines:
            assert line[0] not in CLOSING + "…", (tail, line)


def test_english_text_breaks_inside_a_chinese_run_and_only_between_english_words():
    style = styles_for(Language.EN).letter_body
    run = "华东制造有限公司月结报表系统的数据迁移与备份校验"
    text = (
        "We are sorry that our upgrade script skipped the backup check of "
        + run
        + (" and cost your team three months of claims, which we will restore this week.")
    )
    lines = lines_of(Paragraph(mixed(text), style), width=90 * mm)
    assert any(line[-1] in run and line[-2] in run for line in lines)  # the run was broken
    words = set(text.replace(run, " ").split())
    for line in lines:
        for word in line.replace(run, " ").split():
            if not any(char in run for char in word):
                assert word in words, (word, lines)  # no English word cut in two
        assert not line.startswith(" ") and not line.endswith(" ")


def test_a_number_stays_with_the_chinese_it_counts():
    style = styles_for(Language.ZH).cell
    for width in range(30, 60):
        for line in lines_of(
            Paragraph(mixed("2026年11月25日 10:00前（已逾期 12 天）"), style), width * mm
        ):
            assert not line.startswith(("天", "12")), (width, line)


def test_a_phone_number_is_never_broken_between_its_groups():
    style = styles_for(Language.ZH).letter_body
    text = "如有任何问题，请随时与我联系（电话：138 0013 8000，邮箱：liming@example.com）。"
    for width in range(40, 120, 2):
        for line in lines_of(Paragraph(mixed(text), style), width * mm):
            assert not line.startswith(("0013", "8000")), (width, line)


def test_a_table_cell_obeys_the_rules_too():
    style = styles_for(Language.ZH).cell
    text = naive_breaks_at(style, "整", "，", width=40 * mm) + "再写一句话。"
    lines = lines_of(Paragraph(mixed(text), style), width=40 * mm)
    assert len(lines) >= 2 and all(line[0] != "，" for line in lines)


def test_a_paragraph_split_between_pages_gets_no_spaces_between_chinese_characters():
    style = styles_for(Language.ZH).letter_body
    text = "由于我方升级脚本跳过了备份校验，给贵公司造成了损失。" * 60
    paragraph = Paragraph(mixed(text), style)
    paragraph.wrap(WIDTH, 10_000)
    first, rest = paragraph.split(WIDTH, 5 * style.leading)
    rest.wrap(WIDTH, 10_000)
    joined = "".join(lines_of(first) + lines_of(rest))
    assert joined == text
