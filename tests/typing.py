"""Typing into real widgets as a user does: Latin keys through key events, Chinese through the
input method (as a pinyin IME commits it), since QTest cannot send non-ASCII keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    run = ""
    for char in text:
        if char.isascii() and char != "\n":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)
