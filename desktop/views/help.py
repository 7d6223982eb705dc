"""Help: the guide (F1, the README's guide in the window's language), the keyboard shortcuts,
and About with the licences and credits of what Turnaround is built on."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
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
from desktop.views import style
from desktop.views.style import resize_to_fit

# what the menus do not show: shortcuts inside a view or a wizard
OTHER_SHORTCUTS = (
    ("Ctrl+L", QT_TRANSLATE_NOOP("Help", "The apology letter (in the wizard, at any stage)")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Help", "New lesson (in the Library)")),
    (
        "Delete",
        QT_TRANSLATE_NOOP("Help", "Move the selected case or lesson to the Trash (Cases, Library)"),
    ),
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


# where F1 opens the guide: the passage on what is in front of the user, found by words the
# guide has (a test keeps them in step with it); "stage.N" is the wizard at stage N
TOPICS = {
    Language.EN: {
        "cases": "New complaint (Ctrl+N)",
        "stage.1": "New complaint (Ctrl+N)",
        "stage.2": "Classify it",
        "stage.3": "First response: the message",
        "stage.4": "Investigate: work through",
        "stage.5": "Plan and execute: short-term",
        "stage.6": "Team: escalate",
        "stage.7": "Repair the relationship: write",
        "stage.8": "Close and learn: write",
        "library": "Lessons can be searched",
        "checklists": "Prevention checklists",
        "journal": "The journal and small goals",
        "goals": "The journal and small goals",
        "settings": "Deadlines count in",
    },
    Language.ZH: {
        "cases": "新建投诉（Ctrl+N）",
        "stage.1": "新建投诉（Ctrl+N）",
        "stage.2": "识别类型：",
        "stage.3": "第一时间回应：",
        "stage.4": "深入调查：",
        "stage.5": "制定方案：",
        "stage.6": "团队协作：",
        "stage.7": "关系修复：",
        "stage.8": "总结归档：",
        "library": "案例库里的经验可以搜索",
        "checklists": "预防检查清单",
        "journal": "心情日志和小目标只属于你自己",
        "goals": "心情日志和小目标只属于你自己",
        "settings": "期限：默认按自然小时",
    },
}


def guide_markdown(language: Language) -> str:
    """The README's guide, in the window's language (shipped in resources/help)."""
    name = "guide.zh_CN.md" if language is Language.ZH else "guide.en.md"
    return resource("help", name).read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, language: Language, parent: QWidget | None = None, topic: str = "") -> None:
        super().__init__(parent)
        self.passage = TOPICS[language].get(topic, "")
        self.setWindowTitle(QCoreApplication.translate("Help", "Turnaround guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_markdown(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        resize_to_fit(self, 760, 640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.passage and not self.browser.textCursor().hasSelection():
            self.show_passage()

    def show_passage(self) -> None:
        """The passage on what is in front of the user, selected, at the top of the view."""
        if not self.browser.find(self.passage):
            return
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect().top() - style.space(2))


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do): the menus' actions that have a shortcut, then the rest."""
    rows = []
    menus = [action.menu() for action in window.menuBar().actions()]  # whoever owns them
    for menu in [menu for menu in menus if isinstance(menu, QMenu)]:
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
