"""Saving as the user types: each changed field is saved within a second, or at once on flush.

A field whose value is invalid is not saved; its message is shown beside it and it leaves
the queue until it is edited again. A database that cannot be written (a full disk, a read-only
file) keeps every pending field and retries; nothing typed is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.errors import StoreError, ValidationError

log = logging.getLogger(__name__)
DELAY_MS = 700
RETRY_MS = 5000


class Autosaver(QObject):
    invalid = Signal(str, object)  # field, ValidationError
    valid = Signal(str)  # field
    saved = Signal()
    failed = Signal(str)  # the database error, while pending fields wait for a retry

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], object]] = {}
        # fields whose typed value was refused: not saved, still in their widgets
        self.refused: dict[str, ValidationError] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def mark(self, field: str, save: Callable[[], object]) -> None:
        """`field` changed; `save` stores its current value (and may raise ValidationError)."""
        self._pending[field] = save
        self._timer.start(DELAY_MS)

    def forget_refused(self) -> None:
        """What could not be saved need not be asked about (its whole case is going)."""
        self.refused.clear()

    @property
    def pending(self) -> list[str]:
        return list(self._pending)

    def flush(self) -> bool:
        """Save every pending field now; True when nothing valid is left unsaved."""
        self._timer.stop()
        ok = True
        for field, save in list(self._pending.items()):
            try:
                save()
            except ValidationError as error:
                if (error.field or field) == field:  # its value, not the case's state (closed)
                    self.refused[field] = error
                self.invalid.emit(error.field or field, error)
                self._pending.pop(field, None)
                continue
            except (StoreError, OSError) as error:
                log.warning("saving %s failed: %s", field, error)
                self.failed.emit(str(error))
                self._timer.start(RETRY_MS)
                return False
            self._pending.pop(field, None)
            self.refused.pop(field, None)
            self.valid.emit(field)
        if ok:
            self.saved.emit()
        return ok
