"""`make screenshots`: the README's pictures, made by the app itself (`turnaround --screenshot`)
on fresh demo data, for each main screen in Chinese and in English, plus dark and 2× examples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SCREEN = {"name": "docs", "x": 0, "y": 0, "width": 1368, "height": 848, "logicalDpi": 96}
VIEWS = ("cases", "journal", "goals", "library", "checklists", "insights", "settings")
LANGUAGES = ("zh_CN", "en")
EXTRAS = (
    # (file name, view, language, extra arguments, extra environment)
    ("cases-zh_CN-dark", "cases", "zh_CN", ["--theme", "dark"], {}),
    ("insights-en-dark", "insights", "en", ["--theme", "dark"], {}),
    ("library-zh_CN-2x", "library", "zh_CN", [], {"QT_SCALE_FACTOR": "2"}),  # on a 2× screen
)


def _screen(folder: Path, scale: int) -> str:
    """The offscreen platform with a screen of SCREEN's size at `scale` (its own is 800×800)."""
    screen = {**SCREEN, "width": SCREEN["width"] * scale, "height": SCREEN["height"] * scale}
    config = folder / f"screen-{scale}x.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def main(target: str = "docs/screenshots") -> int:
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    app = [sys.executable, "-m", "desktop"]
    with tempfile.TemporaryDirectory() as home:
        # a screen with room for the window's first-start size, 1320×800 (the plugin's own
        # screen is 800×800 and the window would shrink to fit it)
        screen, doubled = _screen(Path(home), 1), {"QT_QPA_PLATFORM": _screen(Path(home), 2)}
        envs = {}
        for lang in LANGUAGES:  # the same cases; the journal and goals in the user's language
            envs[lang] = {
                **os.environ,
                "TURNAROUND_HOME": str(Path(home) / lang),
                "QT_QPA_PLATFORM": screen,
            }
            subprocess.run(
                [*app, "demo", "--cases", "300", "--lang", lang],
                env=envs[lang],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        shots = [(f"{view}-{lang}", view, lang, [], {}) for view in VIEWS for lang in LANGUAGES]
        for name, view, lang, arguments, extra in [*shots, *EXTRAS]:
            path = folder / f"{name}.png"
            subprocess.run(
                [*app, "--lang", lang, "--view", view, *arguments, "--screenshot", str(path)],
                env={**envs[lang], **(doubled if "QT_SCALE_FACTOR" in extra else {}), **extra},
                check=True,
            )
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
