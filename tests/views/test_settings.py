from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.case_query import CaseQuery
from desktop.domain.enums import Language
from desktop.domain.settings import Profile
from desktop.views.settings import SettingsView
from tests.typing import type_text

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7"
    b"5\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def view(qtbot, services):
    widget = SettingsView(services, Language.EN)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_a_profile_and_saving_stores_it(view, qtbot, services):
    type_text(qtbot, view.profile.name, "李明")
    type_text(qtbot, view.profile.title, "实施工程师")
    type_text(qtbot, view.profile.company, "云帆科技")
    type_text(qtbot, view.profile.email, "liming@example.com")
    type_text(qtbot, view.profile.letterhead_company, "云帆科技有限公司")
    type_text(qtbot, view.profile.address, "北京市海淀区中关村大街 1 号")
    qtbot.mouseClick(view.profile.save_profile_button, Qt.MouseButton.LeftButton)
    assert services.settings.profile() == Profile(
        "李明", "实施工程师", "云帆科技", "", "liming@example.com"
    )
    assert services.settings.letterhead().address == "北京市海淀区中关村大街 1 号"
    assert view.profile.saved_label.text() == "Saved."


def test_a_bad_email_is_shown_beside_the_field_and_nothing_is_saved(view, qtbot, services):
    type_text(qtbot, view.profile.name, "李明")
    type_text(qtbot, view.profile.email, "liming at example")
    qtbot.mouseClick(view.profile.save_profile_button, Qt.MouseButton.LeftButton)
    error = view.profile.profile_form.errors["email"]
    assert error.isVisible() and "e-mail" in error.text()
    assert services.settings.profile() == Profile()
    assert view.profile.email.text() == "liming at example"  # what was typed is kept


def test_a_logo_is_copied_into_the_data_folder_and_a_non_image_is_refused(view, tmp_path, services):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    view.profile.use_image("logo", logo)
    stored = services.settings.letterhead().logo_path
    assert stored == "letterhead/logo.png"
    assert (services.folder.root / stored).read_bytes() == PNG
    text = tmp_path / "notes.png"
    text.write_text("not really a picture")
    view.profile.use_image("logo", text)
    assert "PNG or JPEG" in view.profile.profile_form.errors["logo_path"].text()
    assert services.settings.letterhead().logo_path == stored


def test_deadlines_are_saved_and_used_for_new_cases(view, services):
    view.first_response_hours.setValue(8)
    view.save_deadlines()
    assert services.settings.deadlines().first_response_hours == 8


def test_choosing_a_language_is_remembered(view, services):
    view.language_choice.set_value("zh_CN")
    assert services.settings.language() == "zh_CN"
    assert "next time" in view.language_note.text()


def test_choosing_dark_colours_applies_at_once_and_is_kept(qtbot, services, qapp):
    from PySide6.QtGui import QPalette

    from desktop.domain.enums import CommitmentState
    from desktop.views.state_colors import state_color
    from desktop.views.theme import apply_theme, is_dark

    widget = SettingsView(services, Language.EN)
    qtbot.addWidget(widget)
    try:
        widget.theme_choice.set_value("dark")
        assert services.settings.theme() == "dark"
        assert is_dark()
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 60
        # commitment colours turn light enough to read on the dark background
        assert state_color(CommitmentState.DUE).lightness() > 150
        widget.theme_choice.set_value("light")
        assert not is_dark() and services.settings.theme() == "light"
        assert state_color(CommitmentState.DUE).lightness() < 120
    finally:
        apply_theme(qapp, "system")


def test_a_file_that_is_not_a_backup_is_refused_in_chinese(qtbot, services, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.data_tab import DataTab

    tab = DataTab(services, Language.ZH)
    qtbot.addWidget(tab)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    notes = tmp_path / "notes.turnaround"
    notes.write_text("不是备份", encoding="utf-8")
    tab.restore(notes)  # checked off the GUI thread
    qtbot.waitUntil(lambda: tab.backup_button.isEnabled(), timeout=10_000)
    assert "不是“化危为机”的备份文件" in tab.status.text()


def test_restoring_from_settings_swaps_the_data_after_checking_it_off_the_gui_thread(
    qtbot, services, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.data_tab import DataTab

    backup = services.data.backup_now()
    number = services.cases.create().number
    tab = DataTab(services, Language.EN)
    qtbot.addWidget(tab)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(tab.restored, timeout=10_000):
        tab.restore(backup)
    assert "Restored" in tab.status.text()
    assert services.cases.count(CaseQuery()) == 0, number


def test_exporting_an_unsealed_journal_asks_first_and_restoring_says_what_is_replaced(
    qtbot, services, monkeypatch, clock
):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.domain.journal import Emotion, JournalEntry
    from desktop.views.data_tab import DataTab

    tab = DataTab(services, Language.EN)
    qtbot.addWidget(tab)
    chosen: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (chosen.append("asked") or "", "")),
    )
    tab.export_all()  # nothing written in the journal: straight to the file dialog
    assert chosen == ["asked"]
    services.journal.save_entry(JournalEntry(0, clock.now, [(Emotion.ANGRY, 60)], body="被骂了"))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(
            lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel
        ),
    )
    tab.export_all()
    assert "unencrypted" in asked[0] and chosen == ["asked"]  # cancelled: no file asked for
    services.journal.set_passphrase("correct horse battery")
    tab.export_all()
    assert len(asked) == 1 and chosen == ["asked", "asked"]  # sealed: nothing to warn of
    services.cases.create()
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(
            lambda _p, _t, text, *a: warned.append(text) or QMessageBox.StandardButton.Cancel
        ),
    )
    assert not tab.restore(services.data.backup_now())
    assert "(1 cases, the journal, goals and settings)" in warned[0]
    assert "Nothing is added" in warned[0]
    assert tab.import_button.text() == "Replace with an exported file…"


def test_backup_thinning_is_set_in_settings(qtbot, services):
    from desktop.views.data_tab import DataTab

    tab = DataTab(services, Language.ZH)
    qtbot.addWidget(tab)
    assert tab.retention["weekly"].value() == 10
    tab.retention["weekly"].setValue(4)
    tab.retention["recent_days"].setValue(5)
    policy = services.data.retention()
    assert (policy.recent_days, policy.daily, policy.weekly, policy.monthly) == (5, 12, 4, 9)


def test_the_document_font_is_chosen_in_settings(qtbot, services):
    widget = SettingsView(services, Language.ZH)
    qtbot.addWidget(widget)
    assert widget.document_font_choice.value() == "serif"  # the convention for formal letters
    widget.document_font_choice.set_value("sans")
    assert services.settings.document_font() == "sans"
    widget.document_font_choice.set_value("serif")
    assert services.settings.document_font() == "serif"
