"""What any first screen with words costs: a bare window plus a toolbar, a list and a table of
Chinese text, shown, grabbed into a PNG and closed. No data, no styling, no app code; the
start-up benchmark prints it beside the bare window to show how much of the gap is Qt's own."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QTableView,
    QToolBar,
    QWidget,
)

app = QApplication(sys.argv[:1])
window = QMainWindow()
available = app.primaryScreen().availableGeometry()
window.resize(min(1320, available.width() - 48), min(800, available.height() - 48))
toolbar = QToolBar()
for name in ("新建投诉", "致歉函", "打印整改报告"):
    toolbar.addAction(name)
window.addToolBar(toolbar)
navigation = QListWidget()
navigation.addItems(["投诉", "日记", "目标", "经验库", "洞察", "设置"])
model = QStandardItemModel(30, 9)
for row in range(30):
    for column in range(9):
        model.setItem(row, column, QStandardItem(f"华东制造 报表出错 {row}-{column}"))
table = QTableView()
table.setModel(model)
central = QWidget()
layout = QHBoxLayout(central)
layout.addWidget(navigation)
layout.addWidget(table, 1)
window.setCentralWidget(central)
window.statusBar().addWidget(QLabel("3 项承诺今天到期"))
window.show()


def grab() -> None:
    window.grab().save(sys.argv[1], "PNG")
    app.exit(0)


QTimer.singleShot(0, grab)
sys.exit(app.exec())
