"""`turnaround intake FILE`: a case from a customer's mail, for a mail client's filter."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import main
from desktop.folder_lock import WINDOW, FolderLock
from desktop.services.inbound import MAX_FILE
from tests.domain import inbound_samples as samples


def run(*args: str, env: dict | None = None, stdin: bytes = b"") -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        input=stdin,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


def cases_in(folder: Path) -> list[tuple]:
    if not (folder / "turnaround.db").exists():
        return []
    conn = sqlite3.connect(folder / "turnaround.db")
    try:
        return conn.execute(
            "SELECT number, customer, contact_name, contact_email, status FROM cases"
        ).fetchall()
    finally:
        conn.close()


def test_a_mail_file_becomes_a_case_and_what_was_filled_is_printed(tmp_path, capsys):
    mail = tmp_path / "complaint.eml"
    mail.write_bytes(samples.GMAIL_EML)
    home = tmp_path / "home"
    assert main(["intake", str(mail), "--data-dir", str(home), "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    [(number, customer, contact, email, status)] = cases_in(home)
    assert out[0] == f"Created case {number}."
    assert "  contact:   Chloe Martin" in out
    assert "  e-mail:    chloe@contoso-health.example.org" in out
    assert any(line.startswith("  received:  2026-11-24 ") for line in out)
    assert any(line.startswith("  complaint: Maria, the month-end report") for line in out)
    assert (contact, email, customer) == ("Chloe Martin", "chloe@contoso-health.example.org", "")
    assert status == "draft"  # the customer is still to be named


def test_the_report_is_in_chinese_with_the_received_time_in_local_time(tmp_path, capsys):
    mail = tmp_path / "qq.eml"
    mail.write_bytes(samples.QQ_EML)
    home = tmp_path / "home"
    argv = ["intake", str(mail), "--data-dir", str(home), "--lang", "zh_CN"]
    result = run(*argv, env={"TZ": "Asia/Shanghai"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("已创建案件 C-")
    assert "  客户单位：恒远集团有限公司" in lines
    assert "  联系人：  王喆" in lines
    assert "  电话：    13700001111" in lines
    assert "  收到时间：2026-11-24 10:32" in lines
    assert "  简短标题：报表优化进展" in lines  # the subject, without "回复："
    assert cases_in(home)[0][4] == "open"


def test_standard_input_and_a_mail_without_a_date(tmp_path):
    home = tmp_path / "home"
    result = run("intake", "-", "--data-dir", str(home), "--lang", "en", stdin=samples.NO_DATE_EML)
    assert result.returncode == 0, result.stderr
    assert "(the message has no date: the time it was read in)" in result.stdout
    assert cases_in(home)[0][2] == "刘洋"


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("missing.eml", None, "No such file"),
        ("empty.eml", b"", "The file is empty"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50, "neither a mail (.eml) nor a text"),
        ("notes.eml", b"hello\n", "is not a mail: it has no sender, date or subject"),
    ],
)
def test_a_bad_file_is_one_clear_line_exit_1_and_no_case(tmp_path, capsys, name, content, says):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    home = tmp_path / "home"
    assert main(["intake", str(path), "--data-dir", str(home), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("turnaround intake: ") and says in err
    assert err.count("\n") == 1
    assert cases_in(home) == []


def test_a_file_over_25_mb_is_refused_in_chinese(tmp_path, capsys):
    path = tmp_path / "huge.eml"
    with path.open("wb") as file:
        file.truncate(MAX_FILE + 1)
    home = tmp_path / "home"
    assert main(["intake", str(path), "--data-dir", str(home), "--lang", "zh_CN"]) == 1
    assert "过大，不像一封邮件（25.0 MB，上限 25 MB）" in capsys.readouterr().err
    assert cases_in(home) == []


def test_while_the_window_holds_the_folder_the_message_is_handed_to_it(tmp_path, capsys):
    mail = tmp_path / "complaint.eml"
    mail.write_bytes(samples.GMAIL_EML)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    window = FolderLock(home)
    assert window.acquire(WINDOW)
    try:
        assert main(["intake", str(mail), "--data-dir", str(home), "--lang", "en"]) == 0
    finally:
        window.release()
    assert "files the message as a new case now" in capsys.readouterr().out
    assert cases_in(home) == []  # nothing written beside the window
    [handed] = (home / "inbox").iterdir()
    assert handed.read_bytes() == samples.GMAIL_EML
    assert handed.stat().st_mode & 0o777 == 0o600


def test_a_bad_message_is_refused_even_when_the_window_holds_the_folder(tmp_path, capsys):
    bad = tmp_path / "picture.eml"
    bad.write_bytes(bytes(range(256)) * 40)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    window = FolderLock(home)
    assert window.acquire(WINDOW)
    try:
        assert main(["intake", str(bad), "--data-dir", str(home), "--lang", "en"]) == 1
    finally:
        window.release()
    assert capsys.readouterr().err.startswith("turnaround intake: ")
    assert not (home / "inbox").exists() or not any((home / "inbox").iterdir())
