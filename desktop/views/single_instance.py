"""One window per data folder: a second start asks the first to come forward, through a local
socket (a Unix domain socket or a Windows named pipe, never the network)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.paths import DataFolder

WAIT_MS = 500
REQUEST = b"show\n"
OPEN = b"open\t"  # followed by a file's absolute path in UTF-8 and a newline


SOCKET_PATH_LIMIT = 100  # sun_path holds 108 bytes on Linux, 104 on macOS


def server_name(folder: DataFolder) -> str:
    """Where the socket lives. On POSIX a full path in a directory only this user can enter —
    $XDG_RUNTIME_DIR, else the data folder — never a guessable name in /tmp that another local
    user could take first. Windows names a pipe (local to the machine)."""
    digest = hashlib.sha256(str(folder.root.resolve()).encode("utf-8")).hexdigest()[:16]
    name = f"turnaround-{digest}"
    if os.name != "posix":
        return name
    candidates = (
        lambda: os.environ.get("XDG_RUNTIME_DIR"),
        lambda: str(folder.root),
        _own_temp_folder,
    )
    for candidate in candidates:  # made only when the ones before will not do
        directory = candidate()
        if directory and _private_directory(Path(directory)):
            path = str(Path(directory) / f".{name}.sock")
            if len(path.encode()) <= SOCKET_PATH_LIMIT:
                return path
    return ""  # nowhere private and short enough: no second-start forwarding


def _own_temp_folder() -> str:
    """For a data folder whose path is too long for a socket: a folder of this user's own in
    the temporary folder (used only if it is this user's and private, see below)."""
    folder = Path(tempfile.gettempdir()) / f"turnaround-{os.getuid()}"
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700)
    return str(folder)


def _private_directory(directory: Path) -> bool:
    try:
        status = os.lstat(directory)
    except OSError:
        return False
    return (
        stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid() and not status.st_mode & 0o077
    )


def ask_first_to_show(folder: DataFolder, open_file: str | None = None) -> bool:
    """Whether the window already open for this folder got the request to come forward (and
    to open a file, when one is given)."""
    name = server_name(folder)
    if not name:
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    request = REQUEST
    if open_file:
        request = OPEN + str(Path(open_file).resolve()).encode("utf-8", "surrogateescape") + b"\n"
    socket.write(request)
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return sent


class ShowRequests(QObject):
    """Listens for a second start of the app on the same data folder."""

    show_requested = Signal()
    open_requested = Signal(str)  # a file's absolute path

    def __init__(self, folder: DataFolder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        # a socket file left by a crashed run (we hold the folder's lock: it cannot be live)
        if name:
            QLocalServer.removeServer(name)
        self.listening = bool(name) and self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        # the request is a few bytes written at once: read them here, then let the connection go
        # (it is the server's child and goes with it)
        while (connection := self.server.nextPendingConnection()) is not None:
            arrived = connection.bytesAvailable() or connection.waitForReadyRead(WAIT_MS)
            request = bytes(connection.readAll().data()) if arrived else b""
            if request.startswith(REQUEST.strip()):
                self.show_requested.emit()
            elif request.startswith(OPEN) and request.endswith(b"\n"):
                self.show_requested.emit()
                path = request[len(OPEN) : -1].decode("utf-8", "surrogateescape")
                self.open_requested.emit(path)
            connection.abort()
