"""`turnaround calendar`: the calendar in use, a year's official days, a due time."""

from __future__ import annotations

from desktop.app import main
from desktop.domain.working_time import DEFAULT, CalendarSetting, Counting
from desktop.paths import data_folder
from desktop.services import Services


def test_24_working_hours_from_the_eve_of_national_day(tmp_path, capsys):
    folder = str(tmp_path / "data")
    args = ["calendar", "--from", "2026-09-30 17:00", "--hours", "24", "--data-dir", folder]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out == "2026-10-10 14:00\n"
    assert "calendar hours" in err  # the default still counts calendar hours: it says so


def test_the_year_lists_its_days_off_and_make_up_days(tmp_path, capsys):
    folder = str(tmp_path / "data")
    assert main(["calendar", "--year", "2026", "--lang", "zh_CN", "--data-dir", folder]) == 0
    out = capsys.readouterr().out
    assert "工作日：周一、周二、周三、周四、周五，09:00–18:00，无午休" in out
    assert "2026-10-10 周六  调休上班" in out
    assert "2026-10-01 周四  放假" in out
    assert "已知 2004–2026 年" in out


def test_a_year_without_official_data_says_what_is_assumed(tmp_path, capsys):
    folder = str(tmp_path / "data")
    assert main(["calendar", "--year", "2027", "--lang", "en", "--data-dir", folder]) == 0
    out = capsys.readouterr().out
    assert "2027: holidays not published yet" in out
    assert "2027-10-01 Fri  day off" in out
    assert "2027-02-06 Sat  day off" in out and "Spring Festival" in out
    args = ["calendar", "--from", "2027-09-30 17:00", "--hours", "9", "--data-dir", folder]
    assert main([*args, "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert out == "2027-10-06 17:00\n"  # 1–5 October estimated off (National Day, observed)
    assert "2027: holidays not published yet" in err


def test_a_customers_own_calendar_is_used(tmp_path, capsys):
    folder = data_folder(str(tmp_path / "data")).ensure()
    services = Services.open(folder)
    services.calendars.save(DEFAULT, CalendarSetting(counting=Counting.WORKING))
    services.calendars.save("华信银行", CalendarSetting(workdays=frozenset(range(6))))
    services.close()
    common = [
        "calendar",
        "--from",
        "2026-11-27 17:00",
        "--hours",
        "2",
        "--data-dir",
        str(folder.root),
    ]
    assert main(common) == 0
    assert capsys.readouterr() == ("2026-11-30 10:00\n", "")
    assert main([*common, "--customer", "华信银行"]) == 0
    assert capsys.readouterr().out == "2026-11-28 10:00\n"  # it works on Saturdays


def test_bad_input_is_refused_in_the_users_language(tmp_path, capsys):
    folder = str(tmp_path / "data")
    assert main(["calendar", "--from", "明天", "--hours", "8", "--data-dir", folder]) == 1
    assert "“明天”" in capsys.readouterr().err
    assert main(["calendar", "--hours", "8", "--lang", "en", "--data-dir", folder]) == 1
    assert "--from and --hours go together" in capsys.readouterr().err
