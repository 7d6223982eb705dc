"""Turnaround never opens a network connection: a full run with sockets forbidden succeeds."""

from __future__ import annotations

import socket
import sqlite3

import pytest

from desktop.app import main


class NetworkUsedError(AssertionError):
    pass


class RefusingSocket(socket.socket):
    """Still a class (modules subclass socket.socket on import), but it cannot be made."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise NetworkUsedError("a socket was opened")


@pytest.fixture
def no_sockets(monkeypatch):
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsedError("a connection was attempted")

    monkeypatch.setattr(socket, "socket", RefusingSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_demo_documents_calendar_backup_and_export_open_no_socket(no_sockets, tmp_path, capsys):
    home = str(tmp_path / "home")
    assert main(["demo", "--cases", "40", "--data-dir", home]) == 0
    number = (
        sqlite3.connect(tmp_path / "home" / "turnaround.db")
        .execute("SELECT number FROM cases WHERE status = 'closed' LIMIT 1")
        .fetchone()[0]
    )
    steps = [
        ["search", "报表"],
        ["ics", "--out", str(tmp_path / "c.ics")],
        ["report", number, "--out", str(tmp_path / "r.pdf")],
        ["brief", number, "--out", str(tmp_path / "b.pdf")],
        [
            "letter",
            number,
            "--out",
            str(tmp_path / "l.pdf"),
            "--fill",
            "issue=月结报表数据错误",
            "--fill",
            "commitment=按时交付",
            "--fill",
            "commitment_due=2026-12-31",
            "--fill",
            "what_happened=配置错误",
        ],
        ["backup"],
        ["export", str(tmp_path / "all.turnaround")],
        ["check"],
    ]
    for step in steps:
        assert main([*step, "--data-dir", home]) == 0, (step, capsys.readouterr().err)
    assert (
        main(["import", str(tmp_path / "all.turnaround"), "--data-dir", str(tmp_path / "other")])
        == 0
    )
