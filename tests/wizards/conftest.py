from __future__ import annotations

import pytest

from desktop.domain.enums import Language
from desktop.wizards.complaint.wizard import ComplaintWizard


@pytest.fixture
def open_wizard(qtbot, services):
    opened: list[ComplaintWizard] = []

    def make(case_id: int | None = None, language: Language = Language.EN, stage=None):
        if case_id is None:
            case_id = services.cases.create().id
        wizard = ComplaintWizard(services, case_id, language, stage)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        opened.append(wizard)
        return wizard

    yield make
    for wizard in opened:
        wizard.autosaver.flush()
        wizard.autosaver.forget_refused()  # a test's bad value: closing need not ask about it
