"""Asking where to save an export: the last export folder first, a suggested name, the suffix
added when it was left off, and the folder remembered for next time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.services import Services

FOLDER_KEY = "export.folder"


def ask_save_path(
    parent: QWidget, services: Services, title: str, name: str, file_filter: str
) -> Path | None:
    folder = services.settings.get(FOLDER_KEY) or str(Path.home())
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(name).suffix
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    services.settings.set(FOLDER_KEY, str(path.parent))
    return path
