"""Running slow work off the GUI thread: run_in_background(work, on_done, on_error).

The callbacks run on the GUI thread. The work must not touch widgets, and must use its own
database connection (the services' `reader()` gives one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from shiboken6 import isValid

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
            self._tell(self.relay.failed, error)
        else:
            self._tell(self.relay.done, result)

    def _tell(self, signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app is quitting and took the relay with it: nobody to tell
            log.info("background work finished after the app began to quit")


_alive: set[_Relay] = set()  # relays live until their job reports back


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    parent: QObject | None = None,
) -> None:
    """Run `work` on the thread pool; `on_done` (or `on_error`) gets its result on the GUI
    thread, unless `parent` was deleted meanwhile."""
    # The relay has no parent: a relay deleted with its parent while the job still ran made the
    # job's emit fail (or race), and a parent deleted while the relay's deferred delete was
    # pending crashed PySide 6.11. The parent only decides whether the callback still runs.
    relay = _Relay()
    _alive.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _alive.discard(relay)
        relay.deleteLater()
        if callback is not None and (parent is None or isValid(parent)):
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
