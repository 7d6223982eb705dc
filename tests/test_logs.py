from __future__ import annotations

import logging
import os

import pytest

from desktop.logs import PrivateRotatingFileHandler


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "logs").mkdir()
    return tmp_path / "logs"


@pytest.fixture
def log(folder):
    handler = PrivateRotatingFileHandler(folder / "turnaround.log", max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test_logs")
    logger.propagate = False
    logger.addHandler(handler)
    yield logger
    logger.removeHandler(handler)
    handler.close()


def test_a_full_log_is_rotated_and_only_so_many_older_ones_kept(log, folder):
    for number in range(20):
        log.warning("line %02d %s", number, "x" * 40)
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["turnaround.log", "turnaround.log.1", "turnaround.log.2"]
    for path in folder.iterdir():
        assert path.stat().st_size <= 200
    assert (folder / "turnaround.log").read_text().splitlines()[-1].startswith("line 19")
    newest_backup = (folder / "turnaround.log.1").read_text().splitlines()
    current = (folder / "turnaround.log").read_text().splitlines()
    assert int(newest_backup[-1].split()[1]) + 1 == int(current[0].split()[1])


def test_every_log_file_is_owner_only(log, folder):
    for number in range(10):
        log.warning("line %02d %s", number, "x" * 40)
    if os.name == "posix":
        for path in folder.iterdir():
            assert path.stat().st_mode & 0o777 == 0o600
