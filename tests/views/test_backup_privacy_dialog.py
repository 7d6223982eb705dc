"""Setting the passphrase offers to re-encrypt or remove the older backups, which still hold the
journal as it was; driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.enums import Language
from desktop.domain.journal import Emotion, JournalEntry
from desktop.services import Services
from desktop.views.journal import JournalView
from desktop.views.privacy_tab import PrivacyTab
from tests.conftest import SHANGHAI
from tests.services.test_backup_privacy import SECRET, unpacked
from tests.store.test_journal_metadata import old_version_database
from tests.typing import type_text

PASSPHRASE = "correct horse battery"


def two_backups(services, clock):
    services.journal.save_entry(JournalEntry(0, clock.now, [(Emotion.SAD, 70)], body=SECRET))
    made = []
    for _ in range(2):
        clock.advance(hours=1)
        made.append(services.data.backup_now())
    return made


def set_passphrase(qtbot, services, language=Language.EN):
    tab = PrivacyTab(services, language)
    qtbot.addWidget(tab)
    tab.show()
    type_text(qtbot, tab.new, PASSPHRASE)
    type_text(qtbot, tab.repeat, PASSPHRASE)
    assert tab.set_passphrase()
    return tab


def test_the_backups_are_re_encrypted_with_progress(qtbot, services, clock, tmp_path):
    backups = two_backups(services, clock)
    tab = set_passphrase(qtbot, services)
    dialog = tab.backup_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Backups: 2" in dialog.text.text()
    assert dialog.reencrypt_button.isDefault()
    with qtbot.waitSignal(dialog.completed, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.reencrypt_button, Qt.MouseButton.LeftButton)
        assert not dialog.remove_button.isEnabled()  # one choice, once
    assert finished.args[0].reencrypted == 2
    qtbot.waitUntil(lambda: dialog.progress.value() == 2)
    assert "Backups re-encrypted: 2. Removed: 0." in dialog.text.text()
    assert dialog.close_button.isVisible() and not dialog.keep_button.isVisible()
    for archive in backups:
        assert SECRET.encode() not in unpacked(archive, tmp_path).read_bytes()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_backups_can_be_removed_instead(qtbot, services, clock):
    backups = two_backups(services, clock)
    tab = set_passphrase(qtbot, services, Language.ZH)
    dialog = tab.backup_dialog
    with qtbot.waitSignal(dialog.completed, timeout=30_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not any(path.exists() for path in backups)
    assert "2" in dialog.text.text()


def test_keeping_them_changes_nothing(qtbot, services, clock):
    backups = two_backups(services, clock)
    content = [path.read_bytes() for path in backups]
    tab = set_passphrase(qtbot, services)
    dialog = tab.backup_dialog
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [path.read_bytes() for path in backups] == content


def test_without_backups_nothing_is_offered(qtbot, services):
    assert set_passphrase(qtbot, services).backup_dialog is None


def test_unlocking_a_journal_made_stronger_offers_it_too(qtbot, data_home, clock):
    old_version_database(data_home, clock)
    services = Services.open(data_home, clock, SHANGHAI)
    try:
        clock.advance(hours=1)
        services.data.backup_now()
        view = JournalView(services, Language.EN)
        qtbot.addWidget(view)
        view.show()
        type_text(qtbot, view.passphrase, PASSPHRASE)
        view.unlock()
        dialog = view.backup_dialog
        assert dialog is not None
        assert "Backups: 1" in dialog.text.text()
        assert "taken before an upgrade: 1" in dialog.text.text()
        with qtbot.waitSignal(dialog.completed, timeout=30_000) as finished:
            qtbot.mouseClick(dialog.reencrypt_button, Qt.MouseButton.LeftButton)
        assert (finished.args[0].reencrypted, finished.args[0].removed) == (1, 1)
        view.lock()
        view.unlock()  # nothing more to upgrade, nothing offered
        dialog.close()
    finally:
        services.close()


def test_a_first_unlock_from_the_self_review_offers_it_too(qtbot, data_home, clock, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QWidget

    from desktop.views.self_review import SelfReviewDialog

    old_version_database(data_home, clock)
    services = Services.open(data_home, clock, SHANGHAI)
    try:
        clock.advance(hours=1)
        services.data.backup_now()
        page = QWidget()  # the wizard's last page, which offers the self-review
        qtbot.addWidget(page)
        dialog = SelfReviewDialog(services, Language.EN, 7, page)
        qtbot.addWidget(dialog)
        monkeypatch.setattr(
            QInputDialog, "getText", staticmethod(lambda *a, **k: (PASSPHRASE, True))
        )
        type_text(qtbot, dialog.fields["differently"], "back up first")
        dialog.save()
        assert services.journal.reviews(7)[0].differently == "back up first"
        offer = dialog.backup_dialog
        assert offer is not None and offer.parentWidget() is page
        offer.reject()
    finally:
        services.close()
