"""The layers: domain, store, documents and services never import Qt."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop

ROOT = Path(desktop.__file__).parent
QT_FREE = ("domain", "store", "documents", "services", "demo")


def _modules(package: str) -> list[str]:
    folder = ROOT / package
    if not folder.exists():
        return []
    return [f"desktop.{package}.{info.name}" for info in pkgutil.iter_modules([str(folder)])]


def test_qt_free_layers_do_not_mention_qt_in_their_source():
    offenders = []
    for package in QT_FREE:
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                if any(
                    name.startswith(
                        (
                            "PySide6",
                            "desktop.views",
                            "desktop.wizards",
                            "desktop.gui",
                            "desktop.i18n",
                        )
                    )
                    for name in names
                ):
                    offenders.append(f"{path.relative_to(ROOT)}: {names}")
    assert offenders == []


def test_importing_every_qt_free_module_loads_no_qt():
    modules = [name for package in QT_FREE for name in _modules(package)]
    modules += ["desktop.cli", "desktop.app", "desktop.demo", "desktop.paths"]
    assert len(modules) > 15
    code = (
        "import sys\n"
        f"for name in {modules!r}: __import__(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_views_never_write_sql():
    offenders = []
    for package in ("views", "wizards"):
        folder = ROOT / package
        if not folder.exists():
            continue
        for path in folder.rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "import sqlite3" in text or ".execute(" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_views_and_wizards_reach_the_data_through_the_services_only():
    offenders = []
    for package in ("views", "wizards"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                    if node.module == "desktop":
                        names = [f"desktop.{alias.name}" for alias in node.names]
                if any(
                    name == "desktop.store" or name.startswith("desktop.store.") for name in names
                ):
                    offenders.append(f"{path.relative_to(ROOT)}: {names}")
    assert offenders == []
