"""An unexpected error anywhere in the window is written to the log with its traceback and shown
in a dialog with "Copy details": never lost on a stderr nobody reads, never a blank screen."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.domain.enums import Language
from desktop.domain.errors import TurnaroundError, user_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Install once with `install()`; errors of other threads are shown by the GUI thread."""

    arrived = Signal(str, str)  # what to tell, the details

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.dialog: QMessageBox | None = None
        self.arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.report
        threading.excepthook = self._report_thread

    def _report_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def report(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        import platform  # installed at start, used on the first error: imported then

        details = "".join(traceback.format_exception(kind, error, trace))
        details += (
            f"\nTurnaround {__version__} · Python {platform.python_version()} · "
            f"{platform.platform()}\n"
        )
        told = user_message(error, self.language) if isinstance(error, TurnaroundError) else ""
        app = QApplication.instance()
        assert app is not None  # installed by the window, which has one
        if QThread.currentThread() == app.thread():
            self._show(told, details)
        else:
            self.arrived.emit(told, details)

    def _show(self, told: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            # one dialog at a time: a fault that repeats adds to it instead of piling up
            self.dialog.setDetailedText(f"{self.dialog.detailedText()}\n{details}")
            return
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QMessageBox

        dialog = QMessageBox(QApplication.activeWindow())
        dialog.setIcon(QMessageBox.Icon.Critical)
        dialog.setWindowTitle(self.tr("Something went wrong"))
        dialog.setText(
            self.tr(
                "Something went wrong. What you saved before is safe; the details were written "
                "to the log. Please copy the details and send them to us."
            )
        )
        if told:
            dialog.setInformativeText(told)
        dialog.setDetailedText(details)
        copy = dialog.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copyDetails")
        # any button of the box closes it; copying must leave it open
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(dialog.detailedText()))
        dialog.addButton(QMessageBox.StandardButton.Close)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None
