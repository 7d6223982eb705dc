"""Typesetting, item 10: what belongs together stays together — a heading with the start of what
follows it, a table's header with its first rows, a letter's closing with its sign-off."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.documents.fonts import mixed
from desktop.documents.keep import keep_together
from desktop.documents.paragraph import Paragraph
from desktop.documents.pdf import BOTTOM, build_pdf
from desktop.documents.sections import Writer
from desktop.documents.styles import MARGIN, PAGE
from desktop.domain.enums import Language
from tests.conftest import SHANGHAI

ROOM = PAGE[1] - MARGIN - BOTTOM  # the height of the text on a page without a letterhead


def pages(story: list) -> list[str]:
    data = build_pdf(story, "t", "", lambda page, pages: "")
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def table(writer: Writer, rows: int):
    return writer.table(
        [("doc.when", 40 * mm), ("doc.event", 130 * mm)],
        [[f"第{n}行", f"事件{n}"] for n in range(1, rows + 1)],
    )


def test_a_heading_near_the_foot_of_a_page_moves_with_the_start_of_its_table():
    writer = Writer(Language.ZH, SHANGHAI)
    story = [
        Spacer(1, ROOM - 30),
        *writer.section(writer.heading("D6 实施与验证"), [table(writer, 10)]),
    ]
    first, second = pages(story)
    assert "D6" not in first
    assert "D6" in second and "时间" in second and "第1行" in second and "第2行" in second


def test_a_long_table_after_a_heading_starts_on_the_same_page_and_repeats_its_header():
    writer = Writer(Language.ZH, SHANGHAI)
    story = [Spacer(1, ROOM / 2), *writer.section(writer.heading("附录"), [table(writer, 60)])]
    result = pages(story)
    assert "附录" in result[0] and "第1行" in result[0]  # no half page left blank
    assert len(result) >= 2 and all("时间" in page and "事件" in page for page in result)


def test_a_label_stays_with_its_text():
    writer = Writer(Language.ZH, SHANGHAI)
    story = [
        Spacer(1, ROOM - 22),
        *writer.labelled("doc.root_cause", "升级脚本跳过了备份校验。" * 20),
    ]
    first, second = pages(story)
    assert "根本原因" not in first and "根本原因：" in second


def test_the_closing_of_a_letter_stays_with_its_sign_off():
    styles = Writer(Language.ZH, SHANGHAI).styles
    body = [
        Paragraph(mixed("我们深表歉意，并将全力整改。" * 8), styles.letter_body) for _ in range(4)
    ]
    filler = Spacer(1, ROOM - 4 * 3 * styles.letter_body.leading - 2.2 * styles.letter_body.leading)
    story = [
        filler,
        *body,
        Paragraph(mixed("此致"), styles.closing_indented),
        Paragraph(mixed("敬礼！"), styles.closing),
        keep_together(
            [Spacer(1, 30 * mm)]
            + [
                Paragraph(mixed(line), styles.signoff_right)
                for line in ("云帆软件有限公司", "李明", "2026年11月24日")
            ]
        ),
    ]
    result = pages(story)
    together = [page for page in result if "李明" in page]
    assert len(result) == 2 and len(together) == 1
    assert "此致" in together[0] and "敬礼！" in together[0]
