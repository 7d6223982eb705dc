from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys

from desktop import __version__
from desktop.app import main


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"turnaround {__version__}"


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "backup", "letter", "calendar"):
        assert f"    {command} " in result.stdout


def test_unknown_arguments_print_usage_and_exit_2():
    result = run("--no-such-option")
    assert result.returncode == 2
    assert "usage: turnaround" in result.stderr
    assert run("frobnicate").returncode == 2
    assert run("demo", "--cases", "-5").returncode == 2


def test_demo_fills_the_data_folder_deterministically(tmp_path, capsys):
    first, second = tmp_path / "one", tmp_path / "two"
    for folder in (first, second):
        assert main(["demo", "--cases", "60", "--seed", "7", "--data-dir", str(folder)]) == 0
    assert "added 60 demo cases" in capsys.readouterr().out

    def content(folder):
        conn = sqlite3.connect(folder / "turnaround.db")
        rows = conn.execute(
            "SELECT number, customer, complaint_text, severity, status, stage "
            "FROM cases ORDER BY number"
        ).fetchall()
        conn.close()
        return rows

    assert content(first) == content(second)
    rows = content(first)
    assert len(rows) == 60
    assert {row[4] for row in rows} == {"open", "closed"}
    assert any("\u4e00" <= row[1][0] <= "\u9fff" for row in rows)  # Chinese customers
    assert any(row[1][0].isascii() for row in rows)  # and English ones


def test_demo_covers_every_type_and_stage(tmp_path):
    assert main(["demo", "--cases", "400", "--data-dir", str(tmp_path)]) == 0
    conn = sqlite3.connect(tmp_path / "turnaround.db")
    types = {t for (t,) in conn.execute("SELECT DISTINCT complaint_type FROM cases") if t}
    stages = {s for (s,) in conn.execute("SELECT DISTINCT stage FROM cases")}
    surveys = conn.execute("SELECT COUNT(*) FROM cases WHERE csat IS NOT NULL").fetchone()[0]
    late = conn.execute("SELECT COUNT(*) FROM commitments WHERE kept_at > due_at").fetchone()[0]
    assert types == {"technical", "communication", "process", "attitude"}
    assert stages == set(range(1, 9))
    assert surveys > 0 and late > 0


def test_an_unwritable_data_folder_is_one_clear_line_and_nothing_is_created():
    # /proc refuses new folders even to root, so this holds wherever the tests run
    result = run("demo", "--data-dir", "/proc/turnaround-data")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "cannot use data folder /proc/turnaround-data" in result.stderr


def test_a_data_folder_on_a_file_is_one_clear_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("demo", "--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "cannot use data folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path):
    (tmp_path / "turnaround.db").write_bytes(b"PK\x03\x04 this is a zip, not a database" * 30)
    before = hashlib.sha256((tmp_path / "turnaround.db").read_bytes()).hexdigest()
    result = run("demo", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "is not a Turnaround database; it was left untouched" in result.stderr
    assert hashlib.sha256((tmp_path / "turnaround.db").read_bytes()).hexdigest() == before


def test_the_environment_variable_chooses_the_data_folder(tmp_path):
    result = run("demo", "--cases", "3", env={"TURNAROUND_HOME": str(tmp_path / "env")})
    assert result.returncode == 0
    assert (tmp_path / "env" / "turnaround.db").exists()
    assert (tmp_path / "env" / "attachments").is_dir()
    assert (tmp_path / "env" / "backups").is_dir()
    assert oct((tmp_path / "env").stat().st_mode)[-3:] == "700"
