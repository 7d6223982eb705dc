"""File › Export commitments to a calendar file: every open commitment as an .ics file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import user_message

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def export_commitments(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.safe_write import ExportError

    folder = window.services.settings.get("export.folder") or str(Path.home())
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Export commitments"),
        str(Path(folder) / "turnaround-commitments.ics"),
        QCoreApplication.translate("MainWindow", "Calendar files (*.ics)"),
    )
    if not path:
        return
    try:
        count = window.services.cases.export_calendar(Path(path), window.language)
    except ExportError as error:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Export commitments"),
            user_message(error, window.language),
        )
        return
    window.services.settings.set("export.folder", str(Path(path).parent))
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Exported %1 commitments to %2.")
        .replace("%1", str(count))
        .replace("%2", path),
        8000,
    )
