"""A file opened from the file manager (`turnaround FILE`, or a second start with a file while
the window is open): a colleague's lessons go to the Library's import preview, a whole data
export to Settings › Data, which asks before replacing anything."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME

if TYPE_CHECKING:
    from desktop.views.library.view import LibraryView
    from desktop.views.main_window import MainWindow
    from desktop.views.settings import SettingsView


def open_in_window(window: MainWindow, path: Path) -> None:
    name = path.name.lower()
    if name.endswith((".lessons", ".lessons.zip")):
        window.show_view("library")
        library = cast("LibraryView", window.view("library"))
        library.tabs.setCurrentWidget(library.lessons)
        library.lessons.import_file(path)
    elif name.endswith(".turnaround"):
        window.show_view("settings")
        settings = cast("SettingsView", window.view("settings"))
        settings.tabs.setCurrentWidget(settings.data_tab)
        settings.data_tab.restore(path)
    else:
        QMessageBox.information(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "OpenFile", "%1 is not a file Turnaround opens (.lessons.zip or .turnaround)."
            ).replace("%1", path.name),
        )
