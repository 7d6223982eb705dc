"""The window on a database it cannot use: told in a dialog in the user's language, with a way
back; never a traceback and a blank screen."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.views import startup
from desktop.views.recovery_dialog import AFRESH, FILE, LATEST, QUIT, RecoveryDialog


@pytest.fixture
def told(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: messages.append(text))
    )
    return messages


def choosing(monkeypatch, choice: str) -> list[RecoveryDialog]:
    shown: list[RecoveryDialog] = []

    def choose(dialog: RecoveryDialog) -> str:
        shown.append(dialog)
        return choice

    monkeypatch.setattr(RecoveryDialog, "choose", choose)
    return shown


def emptied(folder: DataFolder) -> None:
    folder.database.write_bytes(b"")


def test_an_empty_database_is_told_and_the_latest_backup_restored(qapp, data_home, monkeypatch):
    services = Services.open(data_home)
    services.cases.create()
    services.data.backup_now()
    services.close()
    emptied(data_home)
    shown = choosing(monkeypatch, LATEST)
    reopened = startup.open_services(data_home, Language.ZH, interactive=True)
    assert reopened is not None
    assert reopened.cases.count(CaseQuery()) == 1
    reopened.close()
    assert "是空文件（0 字节）" in shown[0].text()
    assert {LATEST, FILE, AFRESH, QUIT} == set(shown[0].choices)
    assert any(path.name.startswith("damaged-") for path in data_home.root.iterdir())


def test_an_empty_database_with_no_backup_can_start_afresh_keeping_the_empty_file(
    qapp, data_home, monkeypatch
):
    Services.open(data_home).close()
    emptied(data_home)
    shown = choosing(monkeypatch, AFRESH)
    reopened = startup.open_services(data_home, Language.EN, interactive=True)
    assert reopened is not None
    reopened.close()
    assert LATEST not in shown[0].choices
    assert "There is no backup" in shown[0].informativeText()
    assert list(data_home.root.glob("empty-*.db"))


def test_quitting_leaves_the_empty_file_as_it_is(qapp, data_home, monkeypatch):
    Services.open(data_home).close()
    emptied(data_home)
    choosing(monkeypatch, QUIT)
    assert startup.open_services(data_home, Language.EN, interactive=True) is None
    assert data_home.database.stat().st_size == 0


def test_a_database_that_is_a_folder_is_told_in_chinese(qapp, tmp_path, told):
    folder = DataFolder(tmp_path / "d").ensure()
    folder.database.mkdir()
    assert startup.open_services(folder, Language.ZH, interactive=True) is None
    assert "是一个文件夹，而不是数据库文件" in told[0]


def test_a_newer_database_is_told_and_left_untouched(qapp, data_home, told):
    import sqlite3

    Services.open(data_home).close()
    conn = sqlite3.connect(data_home.database)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('turnaround', '0099_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = data_home.database.read_bytes()
    assert startup.open_services(data_home, Language.ZH, interactive=True) is None
    assert "更新版本" in told[0]
    assert data_home.database.read_bytes() == before


def test_the_second_start_socket_is_in_a_private_directory(data_home, monkeypatch, tmp_path):
    from desktop.views.single_instance import server_name

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    short = DataFolder(Path(tempfile.mkdtemp(prefix="d", dir="/tmp"))).ensure()
    path = server_name(short)
    assert path.startswith(str(short.root)) and path.endswith(".sock")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert server_name(short).startswith(str(runtime))
    runtime.chmod(0o777)  # shared with others: not used
    assert server_name(short).startswith(str(short.root))
    deep = DataFolder(tmp_path / ("long" * 30)).ensure()  # too long for a socket path
    for folder in (short, deep):
        directory = os.path.dirname(server_name(folder))
        status = os.lstat(directory)
        assert stat.S_ISDIR(status.st_mode) and not stat.S_IMODE(status.st_mode) & 0o077
        assert status.st_uid == os.getuid()
    shutil.rmtree(short.root)
