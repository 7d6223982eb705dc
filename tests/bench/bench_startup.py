"""Start-up: `turnaround --screenshot` on 10,000 and on 100,000 demo cases against a bare PySide6
window, as whole processes: start, window shown, picture saved, quit. A third line, for scale: a
window with a toolbar, a list and a table of text and nothing else (tests/bench/text_window.py).

Each size runs in the same session as the bare window, alternating, so that disk cache and CPU
state affect both alike. Target (issue 18): at most 1.5 times the bare window on both.
"""

from __future__ import annotations

import compileall
import statistics
import sys
import tempfile
from pathlib import Path

from tests.bench.common import ROOT, demo_folder, ms, offscreen_screen, table, time_command

RUNS = 9
SIZES = (10_000, 100_000)
TARGET = 1.5


def run() -> bool:
    # an installed app has its byte-code compiled at install time; so does the checkout here
    # (PYTHONDONTWRITEBYTECODE may be set, which would make every run compile from source)
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    return all([_compare(size) for size in SIZES])


def _compare(size: int) -> bool:
    folder = demo_folder(size)
    # a 1366×768 laptop: the window takes its first-start size, the bare one the same
    env = {"QT_QPA_PLATFORM": offscreen_screen(1366, 768)}
    shot = Path(tempfile.mkdtemp()) / "shot.png"
    app = [sys.executable, "-m", "desktop", "--screenshot", str(shot), "--data-dir", str(folder)]
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py")), str(shot)]
    # not the target's measure: what a window with a table of text costs in Qt alone
    words = [sys.executable, str(Path(__file__).with_name("text_window.py")), str(shot)]
    for command in (app, bare, words):
        time_command(command, env)  # warm the disk cache and .pyc files
    app_times, bare_times, words_times = [], [], []
    for _ in range(RUNS):
        app_times.append(time_command(app, env))
        bare_times.append(time_command(bare, env))
        words_times.append(time_command(words, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    words_median = statistics.median(words_times)
    ratio = app_median / bare_median
    ok = ratio <= TARGET
    table(
        f"Start-up to first picture, {size:,} cases ({RUNS} runs each, alternating, medians)",
        [
            (f"turnaround --screenshot, {size:,} cases", ms(app_median), f"{ratio:.2f}×"),
            ("bare QMainWindow", ms(bare_median), "1.00×"),
            (
                "QMainWindow with a toolbar, a list, a table of text",
                ms(words_median),
                f"{words_median / bare_median:.2f}×",
            ),
            ("target", "", f"≤ {TARGET}× {'met' if ok else 'MISSED'}"),
        ],
        ("what", "median", "ratio"),
    )
    return ok
