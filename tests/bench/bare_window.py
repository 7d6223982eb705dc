"""The floor: a bare PySide6 window shown, grabbed into a PNG, and closed."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
# the size the app's window takes at its first start (views/main_window.first_size), so that
# both pictures have as many pixels to grab and compress
available = app.primaryScreen().availableGeometry()
window.resize(min(1320, available.width() - 48), min(800, available.height() - 48))
window.show()


def grab() -> None:
    window.grab().save(sys.argv[1], "PNG")
    app.exit(0)


QTimer.singleShot(0, grab)
sys.exit(app.exec())
