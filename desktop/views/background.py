"""Running slow work off the GUI thread: run_in_background(work, on_done, on_error).

The callbacks run on the GUI thread. The work must not touch widgets, and must use its own
database connection (the services' `reader()` gives one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to on_error, on the GUI thread
            log.exception("background work failed")
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


_alive: set[_Relay] = set()  # relays live until their job reports back


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    parent: QObject | None = None,
) -> None:
    relay = _Relay(parent)
    _alive.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _alive.discard(relay)
        # off its parent first: a parent deleted while this deferred delete is pending
        # crashed PySide 6.11 (a segfault in ~QObject seen when a restore's callback
        # replaced the data and the tab closed at once)
        relay.setParent(None)
        relay.deleteLater()
        if callback is not None:
            callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(work, relay))


class Progress(QObject):
    """Progress told from the work (any thread), delivered to slots on the GUI thread: connect
    `advanced` to a method of a widget, and hand `report` to the work."""

    advanced = Signal(int, int)  # done, total

    def report(self, done: int, total: int) -> None:
        self.advanced.emit(done, total)
