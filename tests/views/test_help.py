"""Help: F1 opens the guide in the window's language, the keyboard shortcuts are listed, About
names the licences, and Ctrl+F in the Library goes to the lessons' search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.enums import Language
from desktop.views.help import GuideDialog, ShortcutsDialog, about_html
from desktop.views.main_window import MainWindow

README = Path(__file__).resolve().parents[2] / "README.md"
RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "help"


def test_the_shipped_guide_is_the_readmes():
    readme = README.read_text(encoding="utf-8")
    for name, start, end in (
        ("guide.zh_CN.md", "## 使用指南：处理一次投诉", "## Guide: handling one complaint"),
        ("guide.en.md", "## Guide: handling one complaint", "## The two commands"),
    ):
        section = readme[readme.index(start) : readme.index(end)].rstrip() + "\n"
        assert (RESOURCES / name).read_text(encoding="utf-8") == section, f"make {name} again"


def test_f1_opens_the_guide_in_the_windows_language(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [guide] = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog)]
    assert guide.isVisible()
    assert "Guide: handling one complaint" in guide.browser.toPlainText()
    assert "Ctrl+Shift+L" in guide.browser.toPlainText()
    guide.close()
    chinese = GuideDialog(Language.ZH)
    qtbot.addWidget(chinese)
    assert "使用指南" in chinese.browser.toPlainText()


def test_the_keyboard_shortcuts_are_listed_from_the_menus(window, qtbot):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
        for row in range(dialog.table.rowCount())
    }
    assert rows["Ctrl+N"] == "New complaint"
    assert rows["Ctrl+F"] == "Find cases"
    assert rows["F1"] == "Turnaround guide"
    assert "Ctrl+1" in rows and "Ctrl+Shift+L" in rows and "Ctrl+L" in rows
    assert rows["Ctrl+Z"] == "Undo delete"  # the Edit menu, made apart from the menu bar


def test_about_names_the_licences_and_credits(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _w, _t, text: shown.append(text)))
    about = next(a for a in window.help_actions if a.text() == "&About Turnaround")
    about.trigger()
    assert shown and shown[0] == about_html(str(window.services.folder.root))
    for credit in ("Qt / PySide6", "LGPL-3.0", "ReportLab", "AR PL UMing", "WenQuanYi", "GNU"):
        assert credit in shown[0]


def test_ctrl_f_in_the_library_goes_to_the_lessons_search(window, qtbot):
    window.show_view("library")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    library = window.view("library")
    assert library.lessons.search.hasFocus()
    window.show_view("cases")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_the_chinese_shortcuts_leave_out_the_menus_access_keys(qtbot, services, speak):
    speak(Language.ZH)
    window = MainWindow(services, Language.ZH)
    qtbot.addWidget(window)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert "新建投诉" in names
    assert not any(re.search(r"\([A-Z]\)$", name) for name in names)  # 新建投诉(N)
    window.close()


@pytest.mark.parametrize("language", [Language.EN, Language.ZH])
def test_every_help_topic_is_a_passage_the_guide_has_once(qtbot, language):
    from desktop.views.help import TOPICS

    guide = GuideDialog(language)
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText().casefold()
    for topic, passage in TOPICS[language].items():
        assert text.count(passage.casefold()) == 1, (topic, passage)


def test_f1_in_the_wizard_opens_the_guide_at_its_stage(window, services, qtbot):
    from desktop.domain.enums import Stage

    wizard = window.open_wizard(services.cases.create().id, Stage.PLAN)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    [guide] = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog)]
    cursor = guide.browser.textCursor()
    assert cursor.selectedText() == "Plan and execute: short-term"
    assert guide.browser.verticalScrollBar().value() > 0
    guide.close()
    wizard.close()


def test_f1_in_the_library_opens_the_guide_at_the_lessons(window, qtbot):
    window.show_view("library")
    assert "Ctrl+F" not in window.search.placeholderText()  # it searches the lessons here
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [guide] = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog)]
    assert guide.browser.textCursor().selectedText() == "Lessons can be searched"
    guide.close()
