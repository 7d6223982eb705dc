"""The main window, shown in English, for tests that drive it (a module may define its own)."""

from __future__ import annotations

import pytest

from desktop.domain.enums import Language
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, services):
    shown = MainWindow(services, Language.EN)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown._quitting = True  # closing never stays in the tray
    shown.close()
