"""Leaving Settings, or quitting, with something typed there that cannot be saved: ask first."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.settings import SettingsView


def settings_saved(window: MainWindow, leaving: bool = False) -> bool:
    """What was typed in Settings is saved; when it cannot be (not valid), ask first: Yes
    drops it (the form shows what is saved again), No stays in Settings."""
    settings = window.built_view("settings")
    problem = cast("SettingsView", settings).flush() if settings is not None else ""
    if not problem:
        return True
    from PySide6.QtWidgets import QMessageBox

    question = (
        QCoreApplication.translate(
            "MainWindow", "A setting you typed cannot be saved: %1\n\nLeave Settings without it?"
        )
        if leaving
        else QCoreApplication.translate(
            "MainWindow", "A setting you typed cannot be saved: %1\n\nQuit without it?"
        )
    )
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Settings not saved"),
        question.replace("%1", problem),
    )
    if answer == QMessageBox.StandardButton.Yes:
        cast("SettingsView", settings).load()
        return True
    if not leaving:
        window.show_view("settings")
    return False
