"""Who wants to hear of a change: callbacks added with `watch` (which returns the call that
stops watching) and told in turn."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Change = TypeVar("Change")


class Watchers(Generic[Change]):
    def __init__(self) -> None:
        self._callbacks: list[Callable[[Change], None]] = []

    def watch(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        self._callbacks.append(callback)

        def unwatch() -> None:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

        return unwatch

    def tell(self, change: Change) -> None:
        for callback in list(self._callbacks):
            callback(change)
