from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from desktop.cli import VIEWS


@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_renders_each_view_and_exits_0(tmp_path, view, qapp):
    out = tmp_path / f"{view}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--screenshot",
            str(out),
            "--view",
            view,
            "--lang",
            "zh_CN",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 760 and image.height() >= 480
    # not a blank picture: many different colours
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5


def test_screenshot_to_an_unwritable_path_fails_clearly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--screenshot",
            "/proc/nope.png",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "cannot write /proc/nope.png" in result.stderr
