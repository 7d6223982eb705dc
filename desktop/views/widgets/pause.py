"""Work done a moment after the last change (a key, a value), not on every one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def after_pause(parent: QObject, milliseconds: int, work: Callable[[], object]) -> QTimer:
    """A timer that runs `work` once, `milliseconds` after its last start()."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(work)
    return timer
