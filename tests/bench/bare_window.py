"""The floor: a bare PySide6 window shown, grabbed into a PNG, and closed."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()


def grab() -> None:
    window.grab().save(sys.argv[1], "PNG")
    app.exit(0)


QTimer.singleShot(0, grab)
sys.exit(app.exec())
