from __future__ import annotations

import os
import subprocess
import sys

from desktop.app import main


def open_window(folder, env) -> subprocess.Popen:
    """The app's window in its own process, on `folder`."""
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(folder)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_backup_check_export_import_from_the_command_line(tmp_path, capsys):
    home, other = tmp_path / "home", tmp_path / "other"
    assert main(["demo", "--cases", "20", "--data-dir", str(home)]) == 0
    assert main(["backup", "--data-dir", str(home)]) == 0
    assert main(["check", "--data-dir", str(home)]) == 0
    assert main(["export", str(tmp_path / "all.turnaround"), "--data-dir", str(home)]) == 0
    assert main(["import", str(tmp_path / "all.turnaround"), "--data-dir", str(other)]) == 0
    assert main(["search", "a", "--data-dir", str(other)]) == 0
    out = capsys.readouterr().out
    assert "backed up to" in out and "ok" in out and "restored" in out


def test_check_finds_damage_says_which_backup_to_restore_and_writes_nothing(tmp_path, capsys):
    home = tmp_path / "home"
    assert main(["demo", "--cases", "30", "--data-dir", str(home)]) == 0
    assert main(["backup", "--data-dir", str(home)]) == 0
    database = home / "turnaround.db"
    data = bytearray(database.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):  # scribble over many pages
        data[offset : offset + 200] = b"\xff" * 200
    database.write_bytes(bytes(data))
    before = database.read_bytes()
    assert main(["check", "--data-dir", str(home)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "turnaround restore" in err
    assert database.read_bytes() == before
    backup = err.split("turnaround restore ")[1].strip()
    assert main(["restore", backup, "--data-dir", str(home)]) == 0
    assert main(["check", "--data-dir", str(home)]) == 0
    assert any(path.name.startswith("before-restore") for path in home.iterdir())


def test_a_second_window_on_the_same_data_says_it_is_open(tmp_path):
    """The first holds the lock; a second start on the same folder stops with a clear line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = open_window(tmp_path, env)
    try:
        for _ in range(100):
            if (tmp_path / ".lock").exists():
                break
            subprocess.run(["sleep", "0.1"], check=True)
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "--screenshot",
                str(tmp_path / "x.png"),
                "--data-dir",
                str(tmp_path),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 1
        assert "already open" in second.stderr
    finally:
        first.kill()
        first.wait()
    # the lock of the killed window is stale: the next start takes it over
    third = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--screenshot",
            str(tmp_path / "y.png"),
            "--data-dir",
            str(tmp_path),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert third.returncode == 0, third.stderr


def test_a_second_start_brings_the_open_window_forward(tmp_path, qapp):
    from desktop.paths import DataFolder
    from desktop.views.single_instance import ask_first_to_show

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = open_window(tmp_path, env)
    try:
        folder = DataFolder(tmp_path)
        for _ in range(200):  # until the window listens (after its first paint)
            if ask_first_to_show(folder):
                break
            subprocess.run(["sleep", "0.1"], check=True)
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 1
        assert "brought to the front" in second.stderr
        assert first.poll() is None  # the first window is still there
    finally:
        first.kill()
        first.wait()
