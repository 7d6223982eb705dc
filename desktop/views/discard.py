"""Asking before a dialog throws away what was written in it (Esc, Cancel, the window's close
button): a page written after a bad call is the worst thing to lose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def may_discard(parent: QWidget, changed: bool) -> bool:
    """True when nothing was written, or the user chooses to discard it."""
    if not changed:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Discard", "Discard what you wrote?"))
    box.setText(
        QCoreApplication.translate(
            "Discard", "What you wrote here is not saved yet. Discard it, or keep writing?"
        )
    )
    discard = box.addButton(
        QCoreApplication.translate("Discard", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Discard", "Keep writing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard
