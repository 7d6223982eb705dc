"""Each test gets a fresh data folder: TURNAROUND_HOME points at tmp_path, never a real one."""

from __future__ import annotations

import os
from collections.abc import Iterator

from tests.screen import on_a_laptop_screen

os.environ["QT_QPA_PLATFORM"] = on_a_laptop_screen(os.environ.get("QT_QPA_PLATFORM"))

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.paths import DataFolder
from desktop.services import Services

SHANGHAI = timezone(timedelta(hours=8), "CST")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch) -> DataFolder:
    home = tmp_path / "home"
    monkeypatch.setenv("TURNAROUND_HOME", str(home))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return DataFolder(home).ensure()


@pytest.fixture(autouse=True)
def no_installed_fonts(tmp_path, monkeypatch):
    """The documents' fallback to installed fonts looks only in the test's own font folder."""
    from desktop.documents import fallback

    monkeypatch.setenv(fallback.ENV_FONT_DIRS, str(tmp_path / "fonts"))
    fallback.forget()
    yield tmp_path / "fonts"
    fallback.forget()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))  # 10:00 in Shanghai


@pytest.fixture
def services(data_home, clock) -> Iterator[Services]:
    opened = Services.open(data_home, clock, SHANGHAI)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """Modal questions would wait for a click that never comes: they answer No unless a test
    says otherwise (by patching QMessageBox.question itself)."""
    try:
        from PySide6.QtWidgets import QMessageBox
    except ImportError:  # a test that never loads Qt
        return
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.No)
    )


@pytest.fixture
def speak():
    """`speak(Language.ZH)`: the window's strings in that language for this test (the Qt
    translators installed as at start-up), removed after it."""
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_translators

    installed: list = []

    def install(language) -> None:
        app = QApplication.instance()
        assert app is not None
        installed.extend(install_translators(app, language))

    yield install
    for translator in installed:
        QApplication.instance().removeTranslator(translator)
