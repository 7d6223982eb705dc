"""Help: the guide (F1, the README's guide in the window's language), the keyboard shortcuts,
and About with the licences and credits of what Turnaround is built on."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain.enums import Language
from desktop.paths import resource

# what the menus do not show: shortcuts inside a view or a wizard
OTHER_SHORTCUTS = (
    ("Ctrl+L", QT_TRANSLATE_NOOP("Help", "The apology letter (in the wizard, at any stage)")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Help", "New lesson (in the Library)")),
    ("Delete", QT_TRANSLATE_NOOP("Help", "Delete the selected lesson (in the Library)")),
)

CREDITS = (
    ("Qt / PySide6", "LGPL-3.0", "The Qt Company"),
    ("Python", "PSF-2.0", "Python Software Foundation"),
    ("ReportLab", "BSD-3-Clause", "ReportLab Europe"),
    ("pypdfium2 / PDFium", "Apache-2.0, BSD-3-Clause", "pypdfium2 team, Google"),
    ("sqlite-utils", "Apache-2.0", "Simon Willison"),
    ("SQLite", "Public domain", "D. Richard Hipp"),
    ("cryptography", "Apache-2.0, BSD-3-Clause", "Python Cryptographic Authority"),
    ("platformdirs", "MIT", "platformdirs team"),
    ("chinesecalendar", "MIT", "LKI"),
    ("holidays", "MIT", "vacanza team"),
    ("Lucide icons", "ISC", "Lucide contributors"),
    ("AR PL UMing", "Arphic Public License", "Arphic Technology"),
    ("WenQuanYi Micro Hei", "Apache-2.0 / GPL-3.0 with font exception", "WenQuanYi project"),
    ("DejaVu fonts", "Bitstream Vera license", "DejaVu authors"),
)


def guide_markdown(language: Language) -> str:
    """The README's guide, in the window's language (shipped in resources/help)."""
    name = "guide.zh_CN.md" if language is Language.ZH else "guide.en.md"
    return resource("help", name).read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Turnaround guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_markdown(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do): the menus' actions that have a shortcut, then the rest."""
    rows = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                # 新建投诉(&N) / &New complaint: the menu's access key is not part of the name
                rows.append((keys, re.sub(r"\(&\w\)", "", action.text()).replace("&", "")))
    rows += [
        (keys, QCoreApplication.translate("Help", str(text))) for keys, text in OTHER_SHORTCUTS
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Help", "Keys"),
                QCoreApplication.translate("Help", "What they do"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)


def about_html(folder: str) -> str:
    credits = "".join(
        f"<tr><td>{name}</td><td>{licence}</td><td>{who}</td></tr>"
        for name, licence, who in CREDITS
    )
    return (
        QCoreApplication.translate(
            "Help",
            "<h3>Turnaround · 化危为机</h3><p>Version %1</p><p>Handle a customer "
            "complaint from the first call to the lesson learned.</p><p>Your data "
            "folder:<br><code>%2</code></p>",
        )
        .replace("%1", __version__)
        .replace("%2", folder)
        + "<p>"
        + QCoreApplication.translate(
            "Help", "Free software under the GNU General Public License, version 3 or later."
        )
        + "</p><p><b>"
        + QCoreApplication.translate("Help", "Built on")
        + "</b></p><table cellspacing='4'>"
        + credits
        + "</table>"
    )


def show_dialog(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
