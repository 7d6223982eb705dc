"""Helpers for the benchmarks: timing commands, medians, a table, demo data folders."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "bench"


def demo_folder(cases: int) -> Path:
    """A data folder with `cases` demo cases, made once and kept in build/bench/."""
    folder = CACHE / f"demo-{cases}"
    if not (folder / "turnaround.db").exists():
        print(f"making {cases:,} demo cases in {folder} …", flush=True)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "demo",
                "--cases",
                str(cases),
                "--data-dir",
                str(folder),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"  took {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def offscreen_screen(width: int, height: int) -> str:
    """QT_QPA_PLATFORM for a screen of this size (the offscreen plugin's own is 800×800)."""
    config = CACHE / f"screen-{width}x{height}.json"
    config.parent.mkdir(parents=True, exist_ok=True)
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def time_command(command: Sequence[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, check=True, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def time_call(function: Callable[..., object], runs: int = 7) -> float:
    """Median seconds of `runs` calls (after one warm-up call)."""
    function()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def table(title: str, rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
