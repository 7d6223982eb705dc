"""An unexpected error in the window is logged with its traceback and shown with Copy details."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.domain.enums import Language
from desktop.views.error_dialog import ErrorReporter


def raised() -> tuple:
    try:
        empty: dict[str, int] = {}
        empty["missing key"]
    except KeyError:
        return sys.exc_info()
    raise AssertionError


def test_an_unexpected_error_is_logged_and_shown_with_its_details(qtbot, caplog):
    reporter = ErrorReporter(Language.ZH)
    with caplog.at_level(logging.ERROR):
        reporter.report(*raised())
    assert "missing key" in caplog.text and "Traceback" in caplog.text
    dialog = reporter.dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    assert "missing key" in dialog.detailedText()
    copy = dialog.findChild(QPushButton, "copyDetails")
    copy.click()
    assert "KeyError" in QGuiApplication.clipboard().text()
    assert dialog.isVisible()  # copying leaves the dialog open
    reporter.report(*raised())  # a second fault joins the open dialog
    assert dialog.detailedText().count("KeyError") == 2
    dialog.close()


def test_the_hook_is_installed_for_the_window_and_for_threads(qtbot, monkeypatch):
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = ErrorReporter(Language.EN)
    reporter.install()
    assert sys.excepthook == reporter.report
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
    assert "ZeroDivisionError" in reporter.dialog.detailedText()
    reporter.dialog.close()
