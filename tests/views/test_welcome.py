"""The first launch: a short, skippable welcome on an empty data folder; sample data in a folder
of its own."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QProcess, Qt

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.paths import DataFolder, sample_folder
from desktop.services import Services
from desktop.services.welcome import mark_welcomed, needs_welcome
from desktop.views.welcome import LANGUAGE_CHANGED, WelcomeDialog, sample_command
from tests.typing import type_text


def welcome(qtbot, services, language=Language.EN) -> WelcomeDialog:
    dialog = WelcomeDialog(services, language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_only_an_empty_never_welcomed_folder_is_welcomed(services):
    assert needs_welcome(services)
    mark_welcomed(services)
    assert not needs_welcome(services)


def test_a_folder_with_cases_is_not_welcomed(services):
    services.cases.create()
    assert not needs_welcome(services)


def test_start_saves_who_signs_and_the_welcome_is_not_shown_again(qtbot, services):
    dialog = welcome(qtbot, services, Language.ZH)
    type_text(qtbot, dialog.profile.name, "李明")
    type_text(qtbot, dialog.profile.name_en, "Li Ming")
    type_text(qtbot, dialog.profile.phone, "13800001234")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    profile = services.settings.profile()
    assert (profile.name, profile.name_en, profile.phone) == ("李明", "Li Ming", "13800001234")
    assert not needs_welcome(services)


def test_skip_saves_nothing_and_is_not_asked_again(qtbot, services):
    dialog = welcome(qtbot, services)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == WelcomeDialog.DialogCode.Rejected
    assert services.settings.profile().name == ""
    assert not needs_welcome(services)


def test_a_bad_email_is_told_and_start_waits(qtbot, services):
    dialog = welcome(qtbot, services)
    type_text(qtbot, dialog.profile.email, "li at example")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.status.tone() == "error" and dialog.status.text()
    assert dialog.profile.email.text() == "li at example"


def test_choosing_a_language_keeps_what_was_typed_and_asks_again(qtbot, services):
    dialog = welcome(qtbot, services, Language.EN)
    type_text(qtbot, dialog.profile.name, "李明")
    dialog.language_choice.set_value(Language.ZH.value)
    assert dialog.result() == LANGUAGE_CHANGED
    assert dialog.chosen_language is Language.ZH
    assert services.settings.language() == "zh_CN"
    assert services.settings.profile().name == "李明"
    assert needs_welcome(services) is False  # a profile now: the next start goes straight in


def test_explore_starts_this_program_on_the_sample_folder(qtbot, services, monkeypatch):
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        staticmethod(
            lambda program, arguments: (started.append((program, arguments)), (True, 1))[1]
        ),
    )
    dialog = welcome(qtbot, services)
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    assert started == [sample_command(services.folder)]
    assert "--sample" in started[0][1]
    assert dialog.status.tone() == "success" and dialog.isVisible()


def test_the_sample_command_opens_sample_data_beside_the_users_untouched(tmp_path):
    mine = DataFolder(tmp_path / "Turnaround")
    program, arguments = sample_command(mine)
    shot = tmp_path / "sample.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [program, *arguments, "--screenshot", str(shot), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert program == sys.executable and shot.exists()
    assert not mine.database.exists()  # nothing of the sample in the user's folder
    opened = Services.open(sample_folder(mine))
    try:
        assert opened.cases.count(CaseQuery()) > 100
        assert not needs_welcome(opened)
    finally:
        opened.close()
