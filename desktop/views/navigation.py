"""The main window's navigation: the views, each with its icon, in a list down the left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.views.icons import icon
from desktop.views.roles import USER_ROLE

VIEW_NAMES = ("cases", "journal", "goals", "library", "insights", "settings")
VIEW_ICONS = ("inbox", "notebook-pen", "target", "library", "chart-column", "settings")


class Navigation(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("navigation")
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigation"))
        self.setFixedWidth(148)
        self.setIconSize(QSize(18, 18))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        titles = (
            QCoreApplication.translate("MainWindow", "Cases"),
            QCoreApplication.translate("MainWindow", "Journal"),
            QCoreApplication.translate("MainWindow", "Goals"),
            QCoreApplication.translate("MainWindow", "Library"),
            QCoreApplication.translate("MainWindow", "Insights"),
            QCoreApplication.translate("MainWindow", "Settings"),
        )
        for name, title, icon_name in zip(VIEW_NAMES, titles, VIEW_ICONS, strict=True):
            item = QListWidgetItem(icon(icon_name, "text", "accent"), title)
            item.setData(USER_ROLE, name)
            item.setSizeHint(QSize(100, 36))
            self.addItem(item)
