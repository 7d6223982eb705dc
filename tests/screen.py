"""The tests' screen: 1366×768, the users' laptop, instead of the offscreen platform's 800×800.
Imported before Qt is."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path


def on_a_laptop_screen(platform: str | None) -> str:
    """QT_QPA_PLATFORM for a 1366×768 screen when tests run offscreen; any other as it is."""
    if platform not in (None, "offscreen"):
        return platform
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
    config = Path(tempfile.gettempdir()) / "turnaround-tests-screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"
