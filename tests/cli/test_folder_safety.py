"""The command line beside an open window, on a damaged or empty database, with odd input."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import main
from desktop.domain.enums import Language
from desktop.folder_lock import WINDOW, FolderLock
from tests.cli.test_cli import run
from tests.cli.test_data_commands import open_window


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path) -> Path:
    folder = tmp_path / "home"
    assert main(["demo", "--cases", "10", "--data-dir", str(folder)]) == 0
    return folder


@pytest.mark.parametrize("command", ["import", "restore", "demo"])
def test_import_restore_and_demo_refuse_while_the_window_holds_the_folder(
    home, tmp_path, capsys, command
):
    assert main(["export", str(tmp_path / "all.turnaround"), "--data-dir", str(home)]) == 0
    before = digest(home / "turnaround.db")
    window = FolderLock(home)
    assert window.acquire(WINDOW)
    try:
        argv = [command, "--data-dir", str(home), "--lang", "zh_CN"]
        if command != "demo":
            argv.insert(1, str(tmp_path / "all.turnaround"))
        assert main(argv) == 1
    finally:
        window.release()
    err = capsys.readouterr().err
    verb = {"import": "导入", "restore": "恢复", "demo": "添加演示数据"}[command]
    assert f"关闭正在运行的化危为机窗口（{home}）后再{verb}" in err
    assert digest(home / "turnaround.db") == before
    assert not any(path.name.startswith("before-") for path in home.iterdir())


def test_an_import_beside_a_real_window_is_refused_and_the_window_keeps_its_data(home, tmp_path):
    assert main(["export", str(tmp_path / "all.turnaround"), "--data-dir", str(home)]) == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}
    window = open_window(home, env)
    try:
        lock = FolderLock(home)
        for _ in range(600):  # until the window holds the folder (a slow machine: 30 s)
            if not lock.acquire("test"):
                break
            lock.release()
            assert window.poll() is None, f"the window ended: {window.communicate()[1]}"
            subprocess.run(["sleep", "0.05"], check=True)
        else:
            raise AssertionError("the window never held its data folder")
        result = run("import", str(tmp_path / "all.turnaround"), "--data-dir", str(home), env=env)
        assert result.returncode == 1
        assert "Close the Turnaround window" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        window.kill()
        window.wait()
    assert not any(path.name.startswith("before-import") for path in home.iterdir())


def test_a_window_does_not_open_while_an_import_holds_the_folder(home):
    importing = FolderLock(home)
    assert importing.acquire("import")
    try:
        result = run("--screenshot", str(home / "x.png"), "--data-dir", str(home))
    finally:
        importing.release()
    assert result.returncode == 1
    assert '"import" is working on this data folder' in result.stderr


def scribble(database: Path) -> None:
    data = bytearray(database.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):
        data[offset : offset + 200] = b"\xff" * 200
    database.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--cases", "3"],
        ["letter", "C-2026-0001", "--out", "{tmp}/x.pdf", "--fill", "what_happened=x"],
        ["report", "C-2026-0001", "--out", "{tmp}/x.pdf"],
        ["backup"],
        ["ics", "--out", "{tmp}/x.ics"],
    ],
)
def test_no_command_writes_into_a_damaged_database(home, tmp_path, capsys, argv):
    assert main(["backup", "--data-dir", str(home)]) == 0
    database = home / "turnaround.db"
    scribble(database)
    before = digest(database)
    argv = [part.replace("{tmp}", str(tmp_path)) for part in argv]
    assert main([*argv, "--data-dir", str(home)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "turnaround restore" in err
    assert digest(database) == before


def test_an_empty_database_file_is_told_and_not_taken_for_a_new_one(home, capsys):
    assert main(["backup", "--data-dir", str(home)]) == 0
    database = home / "turnaround.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"")
    assert main(["search", "报表", "--data-dir", str(home)]) == 1
    err = capsys.readouterr().err
    assert "is empty (0 bytes)" in err and "turnaround restore" in err
    assert database.stat().st_size == 0
    assert main(["check", "--data-dir", str(home)]) == 1
    assert "empty" in capsys.readouterr().err


def test_a_byte_that_is_not_utf8_is_searched_without_a_traceback(home):
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "search", b"\xff\xfe\xe6\x8a", "--data-dir", str(home)],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr


def test_a_lone_surrogate_is_cleaned_by_validation(services):
    from desktop.domain.validation import clean_text

    assert clean_text("title", "报表\udcff出错") == "报表\ufffd出错"
    case = services.cases.create()
    services.cases.update_intake(case.id, customer="华信\ud800银行")
    assert services.cases.get(case.id).intake.customer == "华信\ufffd银行"


def test_a_database_file_that_is_a_folder_is_told_in_the_users_language(tmp_path):
    (tmp_path / "turnaround.db").mkdir()
    result = run("--screenshot", str(tmp_path / "x.png"), "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "is a folder, not the database file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_read_only_database_keeps_its_permissions(home):
    database = home / "turnaround.db"
    database.chmod(0o400)
    try:
        main(["search", "x", "--data-dir", str(home)])
        assert database.stat().st_mode & 0o777 == 0o400
    finally:
        database.chmod(0o600)


def test_a_database_the_user_may_not_read_is_named_as_such(home, monkeypatch):
    from desktop.domain.errors import DataError
    from desktop.store import db

    real_access = os.access
    monkeypatch.setattr(
        db.os,
        "access",
        lambda path, mode: False if str(path).endswith(".db") else real_access(path, mode),
    )
    with pytest.raises(DataError) as refused:
        db.open_db(home / "turnaround.db")
    assert refused.value.code == "db_no_access"
    assert "其他用户" in refused.value.message(Language.ZH)


def test_the_log_and_the_lock_are_owner_only(home):
    log = home / "logs" / "turnaround.log"
    assert log.stat().st_mode & 0o777 == 0o600
    assert (home / "logs").stat().st_mode & 0o777 == 0o700
    assert (home / ".lock").stat().st_mode & 0o777 == 0o600
    assert sqlite3.connect(home / "turnaround.db").execute("SELECT 1").fetchone() == (1,)
