"""Kill `turnaround import` at random moments; the next start must open the folder with the
old data or the new, never neither, and never a damaged file. Used by the test (a few kills)
and the benchmark (many)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.app import main as turnaround
from desktop.domain.case_query import CaseQuery
from desktop.paths import DataFolder
from desktop.services import Services
from desktop.services.folder import hold_folder
from desktop.store.integrity import check_file


@dataclass
class ImportCrashReport:
    kills: int = 0
    old: int = 0  # the folder opened with the data from before the import
    new: int = 0  # ... with the imported data
    neither: int = 0
    damaged: int = 0


def _archive(root: Path, cases: int, seed: int) -> Path:
    folder = root / f"source-{cases}"
    assert (
        turnaround(["demo", "--cases", str(cases), "--seed", str(seed), "--data-dir", str(folder)])
        == 0
    )
    target = root / f"{cases}.turnaround"
    assert turnaround(["export", str(target), "--data-dir", str(folder)]) == 0
    return target


def _count(folder: DataFolder) -> int | None:
    """What a new start finds: it takes the folder (finishing a cut-short swap) and opens it."""
    lock = hold_folder(folder, "check")
    assert lock is not None
    try:
        if check_file(folder.database, thorough=True):
            return None
        services = Services.open(folder)
        try:
            return services.cases.count(CaseQuery())
        finally:
            services.close()
    finally:
        lock.release()


def _command(archive: Path, folder: DataFolder) -> list[str]:
    return [sys.executable, "-m", "desktop", "import", str(archive), "--data-dir", str(folder.root)]


def import_crash_run(root: Path, kills: int, seed: int = 11) -> ImportCrashReport:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    archives = {12: _archive(root, 12, 1), 30: _archive(root, 30, 2)}
    folder = DataFolder(root / "data").ensure()
    assert turnaround(["import", str(archives[12]), "--data-dir", str(folder.root)]) == 0
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    started = time.perf_counter()
    for size in (30, 12):  # how long a whole import takes here, Python's start included
        subprocess.run(_command(archives[size], folder), env=env, check=True, capture_output=True)
    whole = (time.perf_counter() - started) / 2
    report = ImportCrashReport()
    current = 12
    for _ in range(kills):
        incoming = 30 if current == 12 else 12
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop",
                "import",
                str(archives[incoming]),
                "--data-dir",
                str(folder.root),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        try:  # any moment of start-up, unpacking, migrating, swapping
            child.wait(timeout=rng.uniform(0.05, whole))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait()
        report.kills += 1
        found = _count(folder)
        if found is None:
            report.damaged += 1
        elif found == current:
            report.old += 1
        elif found == incoming:
            report.new += 1
            current = incoming
        else:
            report.neither += 1
    return report
