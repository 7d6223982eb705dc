"""Noticing that the user stepped away: no key or mouse input for N minutes."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, minutes: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.last_input = time.monotonic()
        self._input: set[QEvent.Type] = set()
        # Watching begins once the window is up: a filter on the whole application makes every
        # event of the first paint cross into Python (about 10 ms), and nobody is idle at once.
        self._watch_later = QTimer(self)
        self._watch_later.setSingleShot(True)
        self._watch_later.timeout.connect(self.watch)
        self._watch_later.start(1000)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(30_000)

    def watch(self) -> None:
        self._watch_later.stop()
        self._input = {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._input:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        if time.monotonic() - self.last_input >= self.minutes() * 60:
            self.idle.emit()

    def stop(self) -> None:
        self._watch_later.stop()
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
