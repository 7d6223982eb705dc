"""The open window files the messages `turnaround intake` hands over while it holds the data
folder: at start, and whenever one arrives in the folder's inbox."""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from desktop.domain.catalog import text
from desktop.domain.enums import Language
from desktop.services import Services
from desktop.services.inbox import file_handed_over, inbox_of


class InboxWatch(QObject):
    filed = Signal(str)  # what was filed, as a sentence in the window's language

    def __init__(self, services: Services, language: Language, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.language = language
        self.watcher = QFileSystemWatcher(self)
        if services.folder is not None:
            inbox = inbox_of(services.folder)
            inbox.mkdir(mode=0o700, exist_ok=True)
            self.watcher.addPath(str(inbox))
        self.watcher.directoryChanged.connect(self.file_now)

    def file_now(self, *_: object) -> None:
        made = file_handed_over(self.services)
        if made:
            numbers = ", ".join(case.number for case in made)
            self.filed.emit(text("inbound.filed_by_window", self.language, numbers=numbers))
