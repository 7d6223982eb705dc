"""Backups made before a passphrase was set (or changed, or made stronger) hold the journal as
it was: re-encrypted with the new key, or removed, off the GUI thread with progress."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.journal import Emotion, JournalEntry, SelfReview, ThinkingTrap, ThoughtRecord
from desktop.paths import DB_FILE
from desktop.services import Services
from desktop.services.data import backups_in
from desktop.store.archive import extract_archive
from tests.conftest import SHANGHAI
from tests.store.test_journal_metadata import NOTHING, clear_rows, old_version_database

SECRET = "我其实很怕这个客户 — backup-marker-91c2"
FIRST, SECOND = "correct horse battery", "a second passphrase"


def write_journal(services):
    now = services.clock()
    services.journal.save_entry(
        JournalEntry(0, now, [(Emotion.ASHAMED, 77)], body=SECRET, reframe=SECRET)
    )
    services.journal.add_record(
        ThoughtRecord(0, now, situation=SECRET, thinking_traps=[ThinkingTrap.CATASTROPHISING])
    )
    services.journal.add_review(SelfReview(0, None, now, went_wrong=SECRET))


def back_up(services, clock):
    clock.advance(hours=1)
    return services.data.backup_now()


def unpacked(archive, tmp_path):
    target = tmp_path / f"unpacked-{archive.name}"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    extract_archive(archive, target)
    return target / DB_FILE


def assert_sealed_wholly(archive, tmp_path):
    database = unpacked(archive, tmp_path)
    assert SECRET.encode() not in database.read_bytes()
    assert b"catastrophising" not in database.read_bytes()
    conn = sqlite3.connect(database)
    assert clear_rows(conn) == NOTHING
    assert conn.execute("SELECT DISTINCT encrypted FROM journal_entries").fetchall() == [(2,)]
    conn.close()


def restored_journal(services, archive, passphrase):
    services.data.restore(archive)
    services.journal.lock()
    services.journal.unlock(passphrase)
    return services.journal.entries()


def test_backups_of_a_clear_journal_are_re_encrypted_with_the_new_passphrase(
    services, clock, data_home, tmp_path
):
    write_journal(services)
    first, second = back_up(services, clock), back_up(services, clock)
    dates = {info.path: info.created_at for info in backups_in(data_home.backups)}
    assert SECRET.encode() in unpacked(first, tmp_path).read_bytes()  # as it was
    change = services.journal.set_passphrase(FIRST)
    outdated = services.backup_privacy.outdated()
    assert [backup.path for backup in outdated] == [second, first]
    steps = []
    result = services.backup_privacy.reencrypt_job(
        change, outdated, lambda done, total: steps.append((done, total))
    )()
    assert (result.reencrypted, result.removed, result.left) == (2, 0, [])
    assert steps == [(1, 2), (2, 2)]
    for archive in (first, second):
        assert_sealed_wholly(archive, tmp_path)
    # each keeps its date, so retention and the list of backups are unchanged
    assert {info.path: info.created_at for info in backups_in(data_home.backups)} == dates
    assert not list(data_home.backups.glob(".reencrypting-*"))  # nothing unpacked stays
    [entry] = restored_journal(services, first, FIRST)
    assert (entry.body, entry.feelings) == (SECRET, [(Emotion.ASHAMED, 77)])
    assert services.journal.records()[0].thinking_traps == [ThinkingTrap.CATASTROPHISING]


def test_after_a_change_backups_open_with_the_new_passphrase_only(services, clock, tmp_path):
    write_journal(services)
    services.journal.set_passphrase(FIRST)
    archive = back_up(services, clock)
    change = services.journal.set_passphrase(SECOND, current=FIRST)
    result = services.backup_privacy.reencrypt_job(change, services.backup_privacy.outdated())()
    assert result.reencrypted == 1
    assert_sealed_wholly(archive, tmp_path)
    services.data.restore(archive)
    services.journal.lock()
    with pytest.raises(ValidationError):
        services.journal.unlock(FIRST)
    services.journal.unlock(SECOND)
    assert services.journal.entries()[0].body == SECRET


def test_backups_from_before_the_upgrade_are_sealed_wholly_with_the_stronger_key(
    data_home, clock, tmp_path
):
    old_version_database(data_home, clock)  # text sealed, metadata in clear, scrypt 2^15
    services = Services.open(data_home, clock, SHANGHAI)
    try:
        archive = back_up(services, clock)
        conn = sqlite3.connect(unpacked(archive, tmp_path))
        assert clear_rows(conn)["feelings"] == [(1, "ashamed", 83)]  # in clear in the backup
        conn.close()
        change = services.journal.unlock(FIRST)
        assert change is not None and change.before.parameters.n == 2**15
        assert services.journal.unlock(FIRST) is None  # made again once only
        outdated = services.backup_privacy.outdated()
        assert any(backup.created_at is None for backup in outdated)  # the pre-upgrade copy
        result = services.backup_privacy.reencrypt_job(change, outdated)()
        assert (result.reencrypted, result.removed) == (1, 1)
        conn = sqlite3.connect(unpacked(archive, tmp_path))
        assert clear_rows(conn) == NOTHING
        conn.close()
        assert not list(data_home.backups.glob("before-migration-*.db"))
        [entry] = restored_journal(services, archive, FIRST)
        assert (entry.body, entry.feelings) == ("我很慌", [(Emotion.ASHAMED, 83)])
    finally:
        services.close()


def test_a_backup_under_a_forgotten_passphrase_or_damaged_is_left_as_it_was(
    services, clock, data_home
):
    write_journal(services)
    services.journal.set_passphrase("a passphrase long forgotten")
    forgotten = back_up(services, clock)
    services.journal.remove_passphrase("a passphrase long forgotten")
    clear = back_up(services, clock)
    damaged = data_home.backups / "turnaround-2026-01-01T000000Z.turnaround"
    with zipfile.ZipFile(clear) as source, zipfile.ZipFile(damaged, "w") as copy:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == DB_FILE:
                content = content[:4096] + b"\0" * 512 + content[4608:]  # a damaged page
            copy.writestr(member, content)
    change = services.journal.set_passphrase(FIRST)
    outdated = services.backup_privacy.outdated()
    before = {path: path.read_bytes() for path in (forgotten, damaged)}
    assert damaged in {backup.path for backup in outdated}
    result = services.backup_privacy.reencrypt_job(change, outdated)()
    assert result.reencrypted == 1 and sorted(result.left) == sorted([forgotten, damaged])
    for path, content in before.items():
        assert path.read_bytes() == content


def test_removing_takes_the_backups_and_pre_upgrade_copies_made_before(services, clock, data_home):
    write_journal(services)
    old = back_up(services, clock)
    copy = data_home.backups / "before-migration-20261101T000000Z.db"
    shutil.copy(data_home.database, copy)
    change = services.journal.set_passphrase(FIRST)
    outdated = services.backup_privacy.outdated()
    assert {backup.path for backup in outdated} == {old, copy}
    fresh = back_up(services, clock)  # made after: sealed already, not in the list
    steps = []
    result = services.backup_privacy.remove_job(outdated, lambda d, t: steps.append(d))()
    assert result.removed == 2 and steps == [1, 2]
    assert not old.exists() and not copy.exists() and fresh.exists()
    assert change.after.parameters.n >= 2**17


def test_re_encrypting_removes_the_copies_taken_before_an_upgrade(services, clock, data_home):
    write_journal(services)
    copy = data_home.backups / "before-migration-20261101T000000Z.db"
    shutil.copy(data_home.database, copy)
    archive = back_up(services, clock)
    (data_home.backups / ".reencrypting-left-by-a-crash").mkdir()
    change = services.journal.set_passphrase(FIRST)
    result = services.backup_privacy.reencrypt_job(change, services.backup_privacy.outdated())()
    assert (result.reencrypted, result.removed) == (1, 1)
    assert not copy.exists() and archive.exists()
    assert not list(data_home.backups.glob(".reencrypting-*"))


def test_a_backup_removed_meanwhile_is_not_brought_back(services, clock, monkeypatch):
    write_journal(services)
    archive = back_up(services, clock)
    change = services.journal.set_passphrase(FIRST)
    outdated = services.backup_privacy.outdated()
    import desktop.services.backup_privacy as module

    verify = module._verify

    def retention_strikes(*args):
        verify(*args)
        archive.unlink()  # the automatic backups' retention, on another thread

    monkeypatch.setattr(module, "_verify", retention_strikes)
    result = services.backup_privacy.reencrypt_job(change, outdated)()
    assert result.reencrypted == 0 and not archive.exists()


def test_what_the_journal_put_in_the_trash_is_sealed_in_old_backups_too(services, clock, tmp_path):
    entry = services.journal.save_entry(
        JournalEntry(0, services.clock(), [(Emotion.ASHAMED, 77)], body=SECRET)
    )
    services.trash.delete_journal_entry(entry.id)
    backup = back_up(services, clock)
    assert SECRET.encode() in unpacked(backup, tmp_path).read_bytes()  # in clear, as the journal
    change = services.journal.set_passphrase(FIRST)
    result = services.backup_privacy.reencrypt_job(change, services.backup_privacy.outdated())()
    assert result.reencrypted == 1
    assert SECRET.encode() not in unpacked(backup, tmp_path).read_bytes()
    services.data.restore(backup)
    services.journal.lock()
    services.journal.unlock(FIRST)
    services.trash.restore([item.id for item in services.trash.items()])
    assert [e.body for e in services.journal.entries()] == [SECRET]
