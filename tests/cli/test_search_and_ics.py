from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from desktop.app import main
from desktop.domain.complaint import Action
from desktop.domain.enums import ActionHorizon, Channel
from desktop.domain.ics import CalendarEvent, calendar_text


@pytest.fixture
def two_cases(services, clock):
    for customer, text in (
        ("华信银行", "月底报表查询太慢了"),
        ("Northwind", "The API returns errors"),
    ):
        case = services.cases.create()
        services.cases.update_intake(
            case.id,
            customer=customer,
            contact_name="王",
            complaint_text=text,
            received_at=clock.now,
        )
    return services


def test_search_prints_one_line_per_case(two_cases, data_home, capsys):
    assert main(["search", "报表", "--data-dir", str(data_home.root)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    number, customer, _status, title, snippet = lines[0].split("\t")
    assert title == "月底报表查询太慢了"
    assert (number, customer) == ("C-2026-0001", "华信银行")
    assert "[报表]" in snippet


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "AND",
        "OR NOT",
        "(",
        "a*",
        "^x",
        "body:报表",
        "NEAR(a b)",
        "   ",
        "！！！",
        "x" * 10_000,
    ],
)
def test_search_never_fails_on_odd_text(two_cases, data_home, capsys, text):
    assert main(["search", text, "--data-dir", str(data_home.root)]) == 0


def test_search_limit(two_cases, data_home, capsys):
    assert main(["search", "a", "--limit", "1", "--data-dir", str(data_home.root)]) == 0
    assert len(capsys.readouterr().out.splitlines()) <= 1


def test_ics_parses_back_with_stable_uids_utc_times_and_alarms(
    two_cases, data_home, tmp_path, clock
):
    services = two_cases
    case = services.cases.find("C-2026-0001")
    services.cases.record_first_response(case.id, clock.now, Channel.PHONE)
    services.cases.add_part(
        case.id,
        Action(
            0, ActionHorizon.SHORT_TERM, "加索引；优化, 报表", due_at=clock.now + timedelta(days=1)
        ),
    )
    out = tmp_path / "due.ics"
    assert main(["ics", "--out", str(out), "--data-dir", str(data_home.root)]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = [part for part in calendar.walk("VEVENT")]
    # the second case's first response, the promise and the action of the first
    assert len(events) == 3
    for event in events:
        start = event.decoded("DTSTART")
        assert start.utcoffset() == timedelta(0)
        assert [alarm for alarm in event.walk("VALARM")]
    summaries = sorted(str(event["SUMMARY"]) for event in events)
    assert any("C-2026-0001" in summary for summary in summaries)
    first_uids = sorted(str(event["UID"]) for event in events)
    assert main(["ics", "--out", str(out), "--data-dir", str(data_home.root)]) == 0
    again = icalendar.Calendar.from_ical(out.read_bytes())
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == first_uids
    action = [
        e
        for e in events
        if "C-2026-0001" in str(e["SUMMARY"]) and "加索引" in str(e.get("DESCRIPTION", ""))
    ]
    assert action and "加索引；优化, 报表" in str(action[0]["DESCRIPTION"])


def test_ics_to_an_unwritable_place_is_one_line(two_cases, data_home, capsys):
    assert main(["ics", "--out", "/proc/x/y.ics", "--data-dir", str(data_home.root)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_long_lines_are_folded_at_75_octets():
    event = CalendarEvent("uid-1", datetime(2026, 1, 1, tzinfo=UTC), "很长的标题" * 30)
    text = calendar_text([event], event.start)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(text)
    assert str(next(iter(parsed.walk("VEVENT")))["SUMMARY"]) == "很长的标题" * 30


def test_letter_report_and_brief_from_the_command_line(
    services, clock, data_home, tmp_path, capsys
):
    from tests.documents.conftest import make_case

    case = make_case(services, clock)
    for command in ("letter", "report", "brief"):
        out = tmp_path / f"{command}.pdf"
        assert (
            main(
                [
                    command,
                    case.number,
                    "--out",
                    str(out),
                    "--lang",
                    "zh_CN",
                    "--data-dir",
                    str(data_home.root),
                ]
            )
            == 0
        )
        assert out.read_bytes().startswith(b"%PDF")


def test_a_letter_with_unfilled_placeholders_says_which(
    services, clock, data_home, tmp_path, capsys
):
    from tests.documents.conftest import make_case

    case = make_case(services, clock)
    services.cases.classify(case.id, subtype=None)  # nothing to say what went wrong
    out = tmp_path / "letter.pdf"
    argv = ["letter", case.number, "--out", str(out), "--lang", "zh_CN"]
    assert main([*argv, "--data-dir", str(data_home.root)]) == 1
    err = capsys.readouterr().err
    assert "出了什么问题" in err and "{" not in err and not out.exists()
    assert main([*argv, "--fill", "issue=月结报表数据错误", "--data-dir", str(data_home.root)]) == 0
    assert out.exists()
    saved = services.cases.get(case.id)
    assert saved.letter_subject == "关于月结报表数据错误的说明"


def test_an_unknown_case_is_one_clear_line(data_home, tmp_path, capsys):
    assert (
        main(
            [
                "report",
                "C-2099-0001",
                "--out",
                str(tmp_path / "r.pdf"),
                "--data-dir",
                str(data_home.root),
            ]
        )
        == 1
    )
    assert capsys.readouterr().err.strip() == "turnaround report: no case C-2099-0001"
