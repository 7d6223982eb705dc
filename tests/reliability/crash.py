"""Kill the app at random moments while it saves; then every confirmed change must be there and
the database sound. Used by the test (20 kills) and the benchmark (200 kills)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.store.integrity import check_file

CHILD = Path(__file__).with_name("crash_child.py")


@dataclass
class CrashReport:
    kills: int = 0
    confirmed: int = 0
    lost: int = 0
    damaged: int = 0


def _verify(folder: Path, journal: Path, report: CrashReport) -> None:
    if check_file(folder / "turnaround.db", thorough=True):
        report.damaged += 1
    conn = sqlite3.connect(folder / "turnaround.db")
    try:
        for line in journal.read_text(encoding="utf-8").splitlines():
            kind, key, *rest = line.split(" ", 2)
            report.confirmed += 1
            if kind == "case":
                found = conn.execute("SELECT 1 FROM cases WHERE id = ?", (key,)).fetchone()
            elif kind == "intake":
                found = conn.execute(
                    "SELECT 1 FROM cases WHERE id = ? AND complaint_text = ?", (key, rest[0])
                ).fetchone()
            else:
                found = conn.execute(
                    "SELECT 1 FROM actions WHERE id = ? AND description = ?", (key, rest[0])
                ).fetchone()
            if found is None:
                report.lost += 1
    finally:
        conn.close()


def crash_run(folder: Path, kills: int, seed: int = 7) -> CrashReport:
    rng = random.Random(seed)
    report = CrashReport()
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for run in range(kills):
        journal = folder / f"journal-{run}.txt"
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), str(journal), str(run)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.02, 0.4))  # a random moment in the middle of saving
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        report.kills += 1
        _verify(folder, journal, report)
    return report
