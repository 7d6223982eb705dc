"""The improvement report and the escalation brief read back (items 10, 12, 13, 14): 8D headings,
every value translated, each progress update once, full-width colons, the overdue wording, the
metadata, the letterhead on every page."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from enum import StrEnum

import pytest
from pypdf import PdfReader

from desktop import __version__
from desktop.documents.furniture import HeadedPaper
from desktop.documents.report import build_report
from desktop.domain import enums
from desktop.domain.complaint import Compensation, Escalation, Interview, ProgressUpdate
from desktop.domain.enums import Channel, CompensationKind, Language
from tests.conftest import SHANGHAI
from tests.documents.conftest import make_case

ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|[+-]\d{2}:\d{2}\b")


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pages_text(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def add_updates_and_people(services, clock, case):
    for number in range(3):
        services.cases.add_part(
            case.id,
            ProgressUpdate(
                0,
                clock.now - timedelta(hours=20 - number),
                Channel.EMAIL,
                f"进展通报第{number + 1}次",
            ),
        )
    services.cases.add_part(
        case.id, Escalation(0, "项目总监", "部门负责人", clock.now, "需要研发资源")
    )
    services.cases.add_part(case.id, Interview(0, "张伟", "开发", clock.now, "确认脚本跳过了校验"))
    return services.cases.get(case.id)


@pytest.fixture
def full_case(services, clock):
    return add_updates_and_people(services, clock, make_case(services, clock))


def test_the_report_follows_8d_in_both_languages(services, full_case):
    zh = "\n".join(pages_text(read(services.documents.report_job(full_case, Language.ZH)())))
    for heading in (
        "D0 准备",
        "D1 成立小组",
        "D2 描述问题",
        "D3 临时遏制措施",
        "D4 根本原因与逃逸点",
        "D5 永久纠正措施",
        "D6 实施与验证",
        "D7 预防再发",
        "D8 总结与结案",
    ):
        assert heading in zh
    assert "记录投诉、识别类型、第一时间回应" in zh  # the stages beside D0
    assert "8D" in zh and "附录：案件时间线" in zh
    en = "\n".join(pages_text(read(services.documents.report_job(full_case, Language.EN)())))
    for heading in ("D0 Prepare", "D4 Root cause and escape point", "D8 Close and recognise"):
        assert heading in en


def test_report_and_brief_say_what_else_a_mixed_complaint_is_about(services, full_case):
    case = services.cases.classify(full_case.id, also_type=enums.ComplaintType.COMMUNICATION)
    for job in (services.documents.report_job, services.documents.brief_job):
        zh = "".join(pages_text(read(job(case, Language.ZH)())))
        assert "类型\n技术类 · 数据丢失\n也涉及\n沟通类\n" in zh  # label and value cells
        en = "".join(pages_text(read(job(case, Language.EN)())))
        assert "\nAlso about\nCommunication\n" in en


def test_each_progress_update_is_printed_once(services, full_case):
    text = "".join(pages_text(read(services.documents.report_job(full_case, Language.ZH)())))
    for number in range(1, 4):
        assert text.replace("\n", "").count(f"进展通报第{number}次") == 1


def test_no_raw_value_or_iso_time_and_full_width_colons_in_a_chinese_report(services, full_case):
    text = "\n".join(pages_text(read(services.documents.report_job(full_case, Language.ZH)())))
    raw = {
        member.value
        for enum in vars(enums).values()
        if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not Language
        for member in enum
    }
    words = set(re.findall(r"[a-z_]+", text))
    assert not (raw & words), raw & words
    assert not ISO_TIME.search(text), ISO_TIME.search(text)
    assert "根本原因：" in text and "完成分类：技术类" in text
    assert not re.search(r"[\u4e00-\u9fff]: ?", text)  # no half-width colon after Chinese
    assert re.search(r"承诺于 2026年\d+月\d+日 \d\d:\d\d 前通报进展", text)
    assert re.search(r"2026年11月2\d日 \d\d:\d\d", text)  # local time, written in Chinese


def test_an_english_report_writes_times_in_english(services, full_case):
    text = "\n".join(pages_text(read(services.documents.report_job(full_case, Language.EN)())))
    assert not ISO_TIME.search(text)
    assert re.search(r"\d{1,2} Nov 2026, \d\d:\d\d", text)
    assert not re.search(r"[a-z]+_[a-z]+", text)  # no raw value such as short_term


def test_every_table_column_has_a_header(services, full_case):
    text = "\n".join(pages_text(read(services.documents.report_job(full_case, Language.ZH)())))
    assert re.search(r"人员\s*时间\s*摘要", text)  # the interviews' third column had none
    assert re.search(r"措施\s*负责人\s*到期\s*状态", text)


def test_the_brief_says_what_is_asked_of_whom_by_when_and_how_long_overdue(
    services, clock, full_case
):
    start = clock.now
    clock.advance(days=4, hours=1)  # the second action was due a day after the start
    zh = "".join(pages_text(read(services.documents.brief_job(full_case, Language.ZH)())))
    assert "需要研发资源" in zh and "项目总监" in zh
    assert re.search(r"已逾期 3 天", zh)
    en = "".join(pages_text(read(services.documents.brief_job(full_case, Language.EN)())))
    assert re.search(r"\d+ Nov 2026, \d\d:\d\d \(3 days overdue\)", en.replace("\n", " "))
    clock.now = start  # before anything fell due
    zh = "".join(pages_text(read(services.documents.brief_job(full_case, Language.ZH)())))
    assert "逾期" not in zh and "24 小时后到期" in zh.replace("\n", "")


@pytest.mark.parametrize("kind", ["letter", "report", "brief"])
@pytest.mark.parametrize("language", list(Language))
def test_metadata(services, chinese_case, kind, language):
    if kind == "letter":
        draft = services.documents.letter_draft(chinese_case, language)
        data = services.documents.letter_job(chinese_case, draft)()
    else:
        data = services.documents.job(kind, chinese_case, language)()
    reader = read(data)
    info = reader.metadata
    word = {
        "letter": ("致歉函", "apology"),
        "report": ("整改报告", "Improvement report"),
        "brief": ("升级简报", "Escalation brief"),
    }[kind]
    assert word[0 if language is Language.ZH else 1].lower() in info.title.lower()
    assert info.author == ("李明" if language is Language.ZH else "Li Ming")
    assert info.subject
    assert info.creator == f"Turnaround {__version__}"
    assert reader.trailer["/Root"]["/Lang"] == ("zh-CN" if language is Language.ZH else "en")


def test_the_letterhead_is_on_every_page_of_a_long_report(services, clock):
    case = make_case(services, clock, actions=30, long_text="这是一段很长的说明。" * 12)
    paper = HeadedPaper("云帆软件有限公司", ("北京市海淀区中关村大街 1 号",))
    data = build_report(case, Language.ZH, SHANGHAI, services.settings.profile(), clock.now, paper)
    pages = pages_text(read(data))
    assert len(pages) >= 3
    for page in pages:
        assert "云帆软件有限公司" in page and "北京市海淀区中关村大街 1 号" in page
    # from the command line and the GUI, without Settings' letterhead: the profile's company
    pages = pages_text(read(services.documents.report_job(case, Language.ZH)()))
    assert all("云帆软件" in page for page in pages[1:])


def test_a_table_split_between_pages_repeats_its_header(services, clock):
    case = make_case(services, clock, actions=40, long_text="这是一段很长的说明。" * 8)
    pages = pages_text(read(services.documents.report_job(case, Language.ZH)()))
    holding = [page for page in pages if re.search(r"^措施\d+：", page, re.MULTILINE)]
    assert len(holding) >= 2
    for page in holding:
        assert re.search(r"措施\s*负责人\s*到期\s*状态", page)


def test_the_report_names_the_problem_in_our_words_never_the_customers_outburst(services, clock):
    outburst = "你们这帮人到底会不会干活？再这样我们就换供应商！"
    case = make_case(services, clock, complaint=outburst)  # data loss, no title typed
    services.library.add_case(case.id, Language.ZH)
    case = services.cases.get(case.id)
    zh = "".join(pages_text(read(services.documents.report_job(case, Language.ZH)())))
    assert "这帮人" not in zh and "换供应商" not in zh
    assert "问题描述：\n数据丢失\n" in zh
    assert "加入案例库" not in zh  # our own library is none of the customer's business
    en = "".join(pages_text(read(services.documents.report_job(case, Language.EN)())))
    assert "The loss of data" in en and "这帮人" not in en
    services.cases.add_part(
        case.id, Compensation(0, CompensationKind.OTHER, "免费提供两天现场驻场支持")
    )
    case = services.cases.get(case.id)
    zh = "".join(pages_text(read(services.documents.report_job(case, Language.ZH)())))
    assert "免费提供两天现场驻场支持" in zh and "其他 ·" not in zh
    # a title the user typed is theirs to choose
    services.cases.update_intake(case.id, title="月结报表数据丢失")
    case = services.cases.get(case.id)
    zh = "".join(pages_text(read(services.documents.report_job(case, Language.ZH)())))
    assert "问题描述：\n月结报表数据丢失\n" in zh
