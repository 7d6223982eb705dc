"""One window per data folder: a second start asks the first to come forward, through a local
socket (a Unix domain socket or a Windows named pipe, never the network)."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.paths import DataFolder

WAIT_MS = 500
REQUEST = b"show\n"


def server_name(folder: DataFolder) -> str:
    digest = hashlib.sha256(str(folder.root.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"turnaround-{digest}"


def ask_first_to_show(folder: DataFolder) -> bool:
    """Whether the window already open for this folder got the request to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(REQUEST)
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return sent


class ShowRequests(QObject):
    """Listens for a second start of the app on the same data folder."""

    show_requested = Signal()

    def __init__(self, folder: DataFolder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        QLocalServer.removeServer(name)  # a socket file left by a crashed run
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        # the request is a few bytes written at once: read them here, then let the connection go
        # (it is the server's child and goes with it)
        while (connection := self.server.nextPendingConnection()) is not None:
            arrived = connection.bytesAvailable() or connection.waitForReadyRead(WAIT_MS)
            if arrived and bytes(connection.readAll().data()).startswith(REQUEST.strip()):
                self.show_requested.emit()
            connection.abort()
