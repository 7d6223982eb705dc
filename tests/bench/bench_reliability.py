"""The long runs of the reliability tests: 200 SIGKILLs while saving, and 1,000 fuzz examples
for every validator and for search. Nothing confirmed may be lost."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import ROOT, table
from tests.reliability.crash import crash_run
from tests.reliability.import_crash import import_crash_run

KILLS = 200
IMPORT_KILLS = 100
EXAMPLES = 1000


def run() -> bool:
    started = time.perf_counter()
    report = crash_run(Path(tempfile.mkdtemp()) / "data", kills=KILLS)
    crash_seconds = time.perf_counter() - started
    started = time.perf_counter()
    imports = import_crash_run(Path(tempfile.mkdtemp()), kills=IMPORT_KILLS)
    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    fuzz = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-o",
            "addopts=",  # the project's -q would make it -qq, which hides the summary line
            "-q",
            "-p",
            "no:cacheprovider",
            str(ROOT / "tests" / "reliability" / "test_fuzz.py"),
            str(ROOT / "tests" / "reliability" / "test_archive_fuzz.py"),
        ],
        env={
            **os.environ,
            "TURNAROUND_FUZZ_EXAMPLES": str(EXAMPLES),
            "QT_QPA_PLATFORM": "offscreen",
        },
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    fuzz_seconds = time.perf_counter() - started
    summary = (fuzz.stdout.strip().splitlines() or ["(no output)"])[-1]
    ok = (
        report.lost == 0
        and report.damaged == 0
        and report.kills == KILLS
        and fuzz.returncode == 0
        and imports.neither == 0
        and imports.damaged == 0
    )
    table(
        "Reliability (long runs)",
        [
            (
                "SIGKILL while saving",
                f"{report.kills} kills",
                f"{report.confirmed} changes confirmed, {report.lost} lost, "
                f"{report.damaged} damaged files ({crash_seconds:.0f} s)",
            ),
            (
                "SIGKILL during import",
                f"{imports.kills} kills",
                f"old data {imports.old}, new data {imports.new}, neither {imports.neither}, "
                f"{imports.damaged} damaged ({import_seconds:.0f} s)",
            ),
            (
                "fuzz: validators, search, archives",
                f"{EXAMPLES} examples each",
                f"{summary} ({fuzz_seconds:.0f} s)",
            ),
            ("target", "", "0 lost, 0 damaged, fuzz passes: " + ("met" if ok else "MISSED")),
        ],
        ("what", "size", "result"),
    )
    if fuzz.returncode != 0:
        print(fuzz.stdout[-3000:])
    return ok
