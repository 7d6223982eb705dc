"""Killing the app (SIGKILL) a second after typing loses nothing that was typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop.services import Services


def test_text_typed_a_second_before_sigkill_is_there_after_restart(data_home):
    text = "系统升级后数据全部丢失，客户要求今天恢复"
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("autosave_child.py")), text],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TURNAROUND_HOME": str(data_home.root), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        line = child.stdout.readline().strip()
        assert line.startswith("typed "), line
        case_id = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    services = Services.open(data_home)
    try:
        case = services.cases.get(case_id)
        assert case.intake.complaint_text == text
        assert case.intake.customer == "Huaxin Bank"
        assert case.last_page.value == 1
    finally:
        services.close()
