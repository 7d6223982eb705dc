"""The Chinese interface is complete: every string in the code has a finished translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desktop
from desktop.domain.enums import Language
from desktop.paths import resource

TS = resource("i18n", "turnaround_zh_CN.ts")
TOOLS = Path(sys.executable).parent


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                if translation.get("type") == "unfinished":
                    missing.append(f"{name}: {message.findtext('source')}")
            elif not (translation.text or "").strip() and not translation.findall("numerusform"):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def test_every_string_in_the_code_has_a_finished_chinese_translation(tmp_path):
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            str(Path(desktop.__file__).parent),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == [], "run `make i18n` and translate these in the .ts file"
    assert ET.parse(copy).getroot().findall(".//message"), "lupdate found the strings"


@pytest.mark.parametrize("name", ["turnaround_zh_CN", "qt_extra_zh_CN"])
def test_the_compiled_translation_is_up_to_date(tmp_path, name):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(resource("i18n", f"{name}.ts")), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    compiled = resource("i18n", f"{name}.qm")
    assert fresh.read_bytes() == compiled.read_bytes(), "run `make i18n` to compile the .ts"


def test_the_chinese_file_dialog_has_no_english_label(qtbot, speak):
    from PySide6.QtWidgets import QFileDialog, QLabel

    speak(Language.ZH)
    dialog = QFileDialog(None, "导出", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels, "the dialog's labels were found"
    assert all(not text.isascii() for text in labels), labels


def test_the_window_speaks_chinese(qtbot, services):
    from PySide6.QtWidgets import QApplication

    from desktop.domain.enums import Language
    from desktop.i18n import install_translators
    from desktop.views.main_window import MainWindow

    translators = install_translators(QApplication.instance(), Language.ZH)
    try:
        window = MainWindow(services, Language.ZH)
        assert window.navigation.item(0).text() == "案件"
        assert window.search.placeholderText() == "搜索案件（Ctrl+F）"
        window.close()
        window.deleteLater()
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def test_translated_strings_are_visible_to_lupdate():
    """lupdate cannot see tr() inside f-strings or through an alias such as `t = self.tr`."""
    import ast

    offenders = []
    for path in Path(desktop.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FormattedValue):
                for inner in ast.walk(node.value):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") == "tr":
                        offenders.append(f"{path.name}:{inner.lineno} tr() in an f-string")
            if isinstance(node, ast.Assign | ast.Tuple):
                values = node.elts if isinstance(node, ast.Tuple) else [node.value]
                for value in values:
                    if isinstance(value, ast.Attribute) and value.attr == "tr":
                        offenders.append(f"{path.name}:{value.lineno} tr aliased")
    assert offenders == []
