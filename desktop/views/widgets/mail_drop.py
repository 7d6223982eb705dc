"""Mail files dropped on a window: the widgets inside it would take the drop as text (a path
typed into a field), so a filter on each takes .eml files first and hands them on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

MAIL_SUFFIXES = (".eml",)


def mail_paths(mime: QMimeData | None) -> list[Path]:
    """The local .eml files a drag (or the clipboard) carries."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in MAIL_SUFFIXES]


class MailDrop(QObject):
    """Emits `dropped` with the first .eml file dropped on the watched widgets."""

    dropped = Signal(Path)

    def watch(self, widget: QWidget, with_children: bool = True) -> None:
        widgets = [widget, *(widget.findChildren(QWidget) if with_children else [])]
        widget.setAcceptDrops(True)
        for each in widgets:
            each.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if mail_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = mail_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.dropped.emit(paths[0])
                return True
        return False
